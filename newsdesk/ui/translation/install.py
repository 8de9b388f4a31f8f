"""Wiring the translators' desk into the main window's Story menu in one call."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from newsdesk.domain.article import Article
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.models.article_list_model import summary_of
from newsdesk.ui.window_menus import MenuId

if TYPE_CHECKING:
    from newsdesk.ui.translation.desk_dialog import TranslationDeskDialog


@dataclass
class TranslationTools:
    """What was installed, so the shell or a test can reach the actions and the open desk."""

    desk_action: QAction
    translate_action: QAction
    dialog: TranslationDeskDialog | None = None
    concordance_action: QAction | None = None


def story_menu(window: QMainWindow) -> QMenu | None:
    """The window's Story menu, found by its id (its caption changes with the language)."""
    return window.menuBar().findChild(QMenu, MenuId.STORY.value)


def install_translation_desk(
    window: QMainWindow, newsroom: Newsroom, editor: object
) -> TranslationTools:
    """Add "Translators' Desk…" and "Translate…" to the Story menu.

    ``window`` is the ``MainWindow`` (typed loosely, like the people tools): ``open_article_id``,
    ``autosaver.save_now()``, ``reload_story()``, ``list_panel`` and ``statusBar()`` are used.
    The open story is saved before the desk opens, and reloaded in the editor when the desk
    changed it, so the editor never holds a stale version. ``editor`` is accepted for the
    shell's uniform call; its body's selection is what Ctrl+K looks up in the memory (the desk
    saves through the services).
    """
    desk_action = QAction(QCoreApplication.translate("TranslationTools", "Translators' &Desk…"),
                          window)
    desk_action.setObjectName("translationDeskAction")
    desk_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
    desk_action.setStatusTip(QCoreApplication.translate(
        "TranslationTools", "Original and translation side by side, with the original's changes "
        "since it was translated"))
    translate_action = QAction(QCoreApplication.translate("TranslationTools", "&Translate…"),
                               window)
    translate_action.setObjectName("translateAction")
    translate_action.setStatusTip(QCoreApplication.translate(
        "TranslationTools", "Start a translation of the open story into another language"))
    tools = TranslationTools(desk_action, translate_action)

    def message(text: str) -> None:
        window.statusBar().showMessage(text, 8000)

    def on_started(article: Article) -> None:
        panel = getattr(window, "list_panel", None)
        if panel is not None:
            panel.model.insert_summary(summary_of(article))
            panel.refresh_counts()

    def on_finished(_result: int) -> None:
        dialog = tools.dialog
        if dialog is None:
            return
        if getattr(window, "open_article_id", None) in dialog.desk.touched_ids:
            window.reload_story()  # type: ignore[attr-defined]

    def open_desk(translate: bool = False) -> TranslationDeskDialog | None:
        article_id = getattr(window, "open_article_id", None)
        if article_id is None:
            message(QCoreApplication.translate(
                "TranslationTools",
                "Open a saved story first: the desk works on stories in the database."))
            return None
        autosaver = getattr(window, "autosaver", None)
        if autosaver is not None and not autosaver.save_now():
            message(QCoreApplication.translate(
                "TranslationTools",
                "The open story could not be saved, so the desk stays closed: {0}"
            ).format(autosaver.message))
            return None
        if tools.dialog is None:
            # Imported on first use: the desk (alignment, diffing) is not needed to start up.
            from newsdesk.ui.translation.desk_dialog import TranslationDeskDialog

            tools.dialog = TranslationDeskDialog(
                newsroom, window, journal=getattr(window, "journal_writer", None))
            tools.dialog.desk.translation_started.connect(on_started)
            tools.dialog.desk.failed.connect(message)
            tools.dialog.finished.connect(on_finished)
        dialog = tools.dialog
        dialog.desk.touched_ids.clear()
        dialog.desk.open_for(article_id)
        dialog.open()
        if translate:
            dialog.desk.ask_language()
        return dialog

    def search_memory() -> None:
        """Ctrl+K: the desk opens on the concordance of the editor's selection."""
        body = getattr(editor, "body", None)
        selected = body.textCursor().selectedText().replace("\u2029", " ") if body else ""
        dialog = open_desk()
        if dialog is None:
            return
        original = dialog.desk.original
        opened = getattr(window, "open_article_id", None)
        side = "source" if original is not None and original.id == opened else "target"
        dialog.desk.tools.search_when_loaded(selected, side)

    concordance_action = QAction(QCoreApplication.translate(
        "TranslationTools", "Search the Translation &Memory…"), window)
    concordance_action.setObjectName("concordanceAction")
    concordance_action.setShortcut(QKeySequence("Ctrl+K"))
    concordance_action.setStatusTip(QCoreApplication.translate(
        "TranslationTools", "Find the selected words in the translation memory, with the "
        "stories they come from"))
    concordance_action.triggered.connect(search_memory)
    tools.concordance_action = concordance_action
    desk_action.triggered.connect(lambda: open_desk())
    translate_action.triggered.connect(lambda: open_desk(translate=True))
    menu = story_menu(window)
    if menu is not None:
        menu.addSeparator()
        menu.addActions([desk_action, translate_action, concordance_action])
    else:
        window.addActions([desk_action, translate_action, concordance_action])
    return tools
