"""What the window holds back while its newsroom opens: commands wait, a chosen story waits.

The window appears before the newsroom is open (the list shows the start-up page). Until the
desk is built, the commands that need the newsroom are disabled, and a story activated in
the list (Enter, a double-click) is remembered: it opens, with the cursor in its body, once
the desk is there, instead of the last session's story; a new story asked for (Ctrl+N)
starts then, with the headline typed meanwhile (:func:`start_new_story`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from newsdesk.ui.desk_session import DeskSession
    from newsdesk.ui.editor.article_editor import ArticleEditor
    from newsdesk.ui.widgets.article_list_panel import ArticleListPanel


class WhileOpening:
    """Disables ``actions`` (those enabled now) and remembers the story activated in
    ``panel`` until :meth:`end`."""

    def __init__(self, panel: ArticleListPanel, actions: Iterable[QAction]) -> None:
        self._panel = panel
        self._waiting = [action for action in actions if action.isEnabled()]
        for action in self._waiting:
            action.setEnabled(False)
        self._activated: int | None = None
        panel.article_activated.connect(self._remember_activation)

    def _remember_activation(self, article_id: int) -> None:
        """Enter or a double-click while the newsroom opens: open it, and go to its body."""
        self._activated = article_id

    def end(self) -> int | None:
        """The desk is built: the commands work again (the docks' own actions keep their own
        state); returns the story activated meanwhile (None: none was)."""
        self._panel.article_activated.disconnect(self._remember_activation)
        for action in self._waiting:
            action.setEnabled(True)
        self._waiting = []
        return self._activated


def start_new_story(session: DeskSession, editor: ArticleEditor, headline: str) -> None:
    """Ctrl+N pressed while opening: the new story, not the last one, with what was typed."""
    session.show(None)
    editor.focus_field("headline")
    if headline:
        editor.headline_edit.insertPlainText(headline)
