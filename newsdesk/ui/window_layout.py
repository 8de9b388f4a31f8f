"""The main window's layout and last story kept across sessions (QSettings), in one place.

Size, toolbars and list width are restored before the newsroom opens (the first paint needs
them); the docks, the editor's columns and the last story once it has. A window closed while
its newsroom was still opening stores only what it showed, so the rest stays as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from newsdesk.ui.main_window import MainWindow

DEFAULT_SIZE = (1400, 900)


def restore_frame(window: MainWindow) -> bool:
    """Size, toolbars, list width and toggles; False when there is no list width to restore
    (the window then sets its proportions once it has its real width)."""
    settings = QSettings()
    window.resize(*DEFAULT_SIZE)
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    restore_docks(window)
    sizes = settings.value("window/splitter")
    restored = isinstance(sizes, QByteArray) and window.splitter.restoreState(sizes)
    window.list_action.setChecked(_as_bool(settings.value("window/list", True)))
    # The toolbar shows the preview's saved state from the first paint (the editor, built
    # later, follows the same setting).
    window.preview_action.setChecked(_as_bool(settings.value("window/preview", True)))
    return restored


def restore_docks(window: MainWindow) -> None:
    """Docks and toolbars; again once the newsroom's docks exist."""
    state = QSettings().value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)


def restore_editor(window: MainWindow) -> bool:
    """The editor's columns and the preview; False when no column widths were stored."""
    settings = QSettings()
    sizes = settings.value("window/editorSplitter")
    restored = isinstance(sizes, QByteArray) and window.editor.splitter.restoreState(sizes)
    window.editor.set_preview_visible(_as_bool(settings.value("window/preview", True)))
    return restored


def last_story(url: str) -> object:
    """The story id left open in this newsroom (a string or int from QSettings), or None."""
    return QSettings().value(_last_story_key(url))


def remember_last_story(url: str, article_id: int | None) -> None:
    QSettings().setValue(_last_story_key(url), article_id if article_id is not None else "")


def save_layout(window: MainWindow, *, complete: bool) -> None:
    """Store what the window shows; ``complete`` False: only the frame (still opening)."""
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/list", window.list_action.isChecked())
    settings.setValue("window/splitter", window.splitter.saveState())
    if complete:
        settings.setValue("window/state", window.saveState())
        settings.setValue("window/editorSplitter", window.editor.splitter.saveState())
        settings.setValue("window/preview", window.preview_action.isChecked())
        remember_last_story(window.newsroom.url, window.open_article_id)
    settings.sync()


def _last_story_key(url: str) -> str:
    # Per database: the last story of one newsroom means nothing in another.
    import hashlib  # not on the start-up path: asked once the newsroom is open

    return f"newsroom-{hashlib.sha1(url.encode()).hexdigest()[:12]}/last_article"


def _as_bool(value: object) -> bool:
    # QSettings' INI backend hands booleans back as the strings "true"/"false".
    if isinstance(value, str):
        return value.lower() == "true"
    return bool(value)
