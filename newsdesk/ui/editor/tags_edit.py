"""The tags field: comma-separated tags that complete from the tags already in use."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

__all__ = ["TagCompleter", "TagsEdit"]


class TagCompleter(QCompleter):
    """Completes only the tag being typed (after the last comma) and keeps the ones before."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: object) -> str:  # noqa: N802 - Qt override
        completion = str(super().pathFromIndex(index))  # type: ignore[arg-type]
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        head = typed.rsplit(",", 1)[0] if "," in typed else ""
        return f"{head}, {completion}" if head else completion


class TagsEdit(QLineEdit):
    """``economy, Kazakhstan, central bank`` with completion from ``ArticleService.tags()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Comma-separated, e.g. economy, Kazakhstan"))
        self._model = QStringListModel(self)
        self.tag_completer = TagCompleter(self._model, self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(self.tag_completer)
        # QLineEdit keeps the typed prefix when the popup is chosen from; set the whole list.
        self.tag_completer.activated[str].connect(self._on_completion_chosen)  # type: ignore[index]

    def _on_completion_chosen(self, text: str) -> None:
        self.setText(text)
        self.textEdited.emit(text)

    def set_tags(self, known: list[str]) -> None:
        """The tags the newsroom already uses, offered as completions."""
        self._model.setStringList(sorted(set(known), key=str.casefold))

    def known_tags(self) -> list[str]:
        return list(self._model.stringList())
