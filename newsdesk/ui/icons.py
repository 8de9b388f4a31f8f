"""Icons for actions, loaded from the package's SVG assets with a Qt standard icon as fallback."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

# Beside this package, as the wheel and an editable install both lay it out. (A plain path:
# ``importlib.resources`` costs start-up time the window has not got.)
_ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"


@cache
def icon(name: str) -> QIcon:
    """The icon ``assets/icons/<name>.svg``; a missing file degrades to a standard icon so a
    broken install still shows a usable toolbar."""
    path = _ICONS / f"{name}.svg"
    if path.is_file():
        loaded = QIcon(str(path))
        if not loaded.isNull():
            return loaded
    return _standard_icon(name)


def _standard_icon(name: str) -> QIcon:
    from PySide6.QtWidgets import QApplication, QStyle

    fallback = {
        "new-story": QStyle.StandardPixmap.SP_FileIcon,
        "save-revision": QStyle.StandardPixmap.SP_DialogSaveButton,
        "spike": QStyle.StandardPixmap.SP_TrashIcon,
        "undo": QStyle.StandardPixmap.SP_ArrowBack,
        "redo": QStyle.StandardPixmap.SP_ArrowForward,
    }
    return QApplication.style().standardIcon(fallback.get(name, QStyle.StandardPixmap.SP_FileIcon))
