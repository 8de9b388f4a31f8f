"""A plain-text layout that repaints only the edited paragraph when a highlighter restyles it."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

__all__ = ["BlockUpdateLayout", "install_block_update_layout"]


class BlockUpdateLayout(QPlainTextDocumentLayout):
    """``QPlainTextDocumentLayout`` that finds the edited blocks from the added characters only.

    A keystroke and the highlighter's restyling of its paragraph reach the layout as one
    change: "the paragraph's N characters were replaced by N + 1". The stock layout adds the
    removed and the added counts to find where the change ends, lands in the next paragraph,
    and repaints the whole viewport, on every keystroke of a highlighted story (2-3 ms of a
    5 ms budget at 10,000 words). Only ``from .. from + added`` exists in the new text, so
    that is what needs laying out; newer Qt releases compute it the same way.
    """

    def documentChanged(self, position: int, removed: int, added: int) -> None:  # noqa: N802
        if removed and added:
            removed = 0
        super().documentChanged(position, removed, added)


def install_block_update_layout(document: QTextDocument) -> None:
    """Give ``document`` a :class:`BlockUpdateLayout` (before any highlighter is attached)."""
    document.setDocumentLayout(BlockUpdateLayout(document))
