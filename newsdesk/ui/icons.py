"""Icons for actions, loaded from the package's SVG assets with a Qt standard icon as fallback."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

_FALLBACK = {
    "new-story": QStyle.StandardPixmap.SP_FileIcon,
    "save-revision": QStyle.StandardPixmap.SP_DialogSaveButton,
    "spike": QStyle.StandardPixmap.SP_TrashIcon,
    "undo": QStyle.StandardPixmap.SP_ArrowBack,
    "redo": QStyle.StandardPixmap.SP_ArrowForward,
}


@cache
def icon(name: str) -> QIcon:
    """The icon ``assets/icons/<name>.svg``; a missing file degrades to a standard icon so a
    broken install still shows a usable toolbar."""
    resource = files("newsdesk").joinpath(f"assets/icons/{name}.svg")
    if resource.is_file():
        loaded = QIcon(str(resource))
        if not loaded.isNull():
            return loaded
    style = QApplication.style()
    return style.standardIcon(_FALLBACK.get(name, QStyle.StandardPixmap.SP_FileIcon))
