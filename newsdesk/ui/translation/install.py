"""Installing the translators' desk into the Story menu from a tool context, in one call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from newsdesk.domain.workflow import Problem
from newsdesk.ui.tool_context import ToolContext
from newsdesk.ui.window_menus import ActionId, MenuId

if TYPE_CHECKING:
    from newsdesk.services.changes import Changes
    from newsdesk.ui.translation.desk_dialog import TranslationDeskDialog


def _action(parent: QWidget, text: str, tip: str, key: str = "") -> QAction:
    """A Story-menu command: its caption, status tip and key (both texts already translated,
    where lupdate sees them)."""
    action = QAction(text, parent)
    if key:
        action.setShortcut(QKeySequence(key))
    action.setStatusTip(tip)
    return action


@dataclass
class TranslationTools:
    """What was installed, so the shell or a test can reach the actions and the open desk."""

    desk_action: QAction
    translate_action: QAction
    dialog: TranslationDeskDialog | None = None
    concordance_action: QAction | None = None
    then_now_action: QAction | None = None

    def follow_changes(self, changes: Changes) -> None:
        """Colleagues' changes (the window's live updates) reach the desk while it is open."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.desk.follow_changes(changes)


def install_translation_desk(context: ToolContext) -> TranslationTools:
    """Add "Translators' Desk…", "Translate…", "Search the Translation Memory…" and
    "Then / Now…" to the Story menu, and let a readiness problem of a translation's row open
    the desk on that row.

    The open story is saved before the desk opens (``context.story.save_first``: the desk
    opens once that save has landed, never on the text before it), and reloaded
    in the editor when the desk changed it, so the editor never holds a stale version; a
    translation started on the desk joins the story list. The editor's body selection is what
    Ctrl+K looks up in the memory (the desk saves through the services).
    """
    newsroom, editor, story = context.newsroom, context.editor, context.story
    window = context.docks.window  # the dialog's and the actions' parent, nothing more
    desk_action = _action(
        window, QCoreApplication.translate("TranslationTools", "Translators' &Desk…"),
        QCoreApplication.translate(
            "TranslationTools", "Original and translation side by side, with the original's "
            "changes since it was translated"), "Ctrl+Shift+T")
    translate_action = _action(
        window, QCoreApplication.translate("TranslationTools", "&Translate…"),
        QCoreApplication.translate(
            "TranslationTools", "Start a translation of the open story into another language"))
    tools = TranslationTools(desk_action, translate_action)

    def message(text: str) -> None:
        context.messages.info(text)

    def on_finished(_result: int) -> None:
        dialog = tools.dialog
        if dialog is not None:
            # A paragraph committed as the desk closed is saved on the runner: follow it once
            # that save (and any realignment) has landed.
            dialog.desk.when_idle(follow_desk)

    def follow_desk() -> None:
        dialog = tools.dialog
        if dialog is None or dialog.isVisible():
            return  # opened again meanwhile: its own closing follows it
        if story.current_id() in dialog.desk.touched_ids:
            story.reload()
        original = dialog.desk.original
        if dialog.desk.touched_ids:
            # Rows confirmed or texts saved: the list's and details' progress lines move.
            story.translations_changed(
                {*dialog.desk.touched_ids, *([original.id] if original and original.id else [])})

    def open_desk(translate: bool = False,
                  then: Callable[[TranslationDeskDialog], object] | None = None) -> None:
        """Open the desk on the open story once its typing is stored; ``then(dialog)`` after."""
        article_id = story.current_id()
        if article_id is None:
            message(QCoreApplication.translate(
                "TranslationTools",
                "Open a saved story first: the desk works on stories in the database."))
            return
        story.save_first(lambda refused: show_desk(article_id, refused, translate, then))

    def show_desk(article_id: int, refused: str | None, translate: bool,
                  then: Callable[[TranslationDeskDialog], object] | None) -> None:
        if refused is not None:
            message(QCoreApplication.translate(
                "TranslationTools",
                "The open story could not be saved, so the desk stays closed: {0}"
            ).format(refused))
            return
        if tools.dialog is None:
            # Imported on first use: the desk (alignment, diffing) is not needed to start up.
            from newsdesk.ui.translation.desk_dialog import TranslationDeskDialog

            tools.dialog = TranslationDeskDialog(
                newsroom, window, journal=context.journal)
            tools.dialog.desk.translation_started.connect(story.added)
            tools.dialog.desk.failed.connect(message)
            tools.dialog.finished.connect(on_finished)
        dialog = tools.dialog
        dialog.desk.touched_ids.clear()
        dialog.desk.open_for(article_id)  # read on the runner: what needs it waits for it
        dialog.open()
        if translate:
            dialog.desk.when_opened(dialog.desk.ask_language)
        if then is not None:
            dialog.desk.when_opened(lambda: then(dialog))

    def search_memory() -> None:
        """Ctrl+K: the desk opens on the concordance of the editor's selection."""
        selected = editor.body_edit.textCursor().selectedText().replace("\u2029", " ")

        def search(dialog: TranslationDeskDialog) -> None:
            original = dialog.desk.original
            opened = story.current_id()
            side = "source" if original is not None and original.id == opened else "target"
            dialog.desk.tools.search_when_loaded(selected, side)

        open_desk(then=search)

    concordance_action = _action(
        window, QCoreApplication.translate("TranslationTools", "Search the Translation &Memory…"),
        QCoreApplication.translate(
            "TranslationTools", "Find the selected words in the translation memory, with the "
            "stories they come from"), "Ctrl+K")
    concordance_action.triggered.connect(search_memory)
    tools.concordance_action = concordance_action
    def show_then_now() -> None:
        """The desk's then/now for the whole story, from the Story menu (no row chosen yet)."""
        from newsdesk.ui.translation.then_now_dialog import STORY

        open_desk(then=lambda dialog: dialog.desk.tools.then_now_when_loaded(STORY))

    then_now_action = _action(
        window, QCoreApplication.translate("TranslationTools", "T&hen / Now…"),
        QCoreApplication.translate(
            "TranslationTools", "The original as it was when it was translated, beside the "
            "original now, on the translators' desk"), "Ctrl+Shift+H")
    then_now_action.triggered.connect(show_then_now)
    tools.then_now_action = then_now_action

    def on_problem_activated(problem: object) -> None:
        """A readiness problem that names a desk row ("p3", "headline") opens the desk there;
        the editor still puts its cursor on the paragraph, as for any problem."""
        if not isinstance(problem, Problem) or not problem.row:
            return
        row = problem.row
        open_desk(then=lambda dialog: dialog.desk.select_row_key_when_loaded(row))

    editor.readiness_panel.problem_activated.connect(on_problem_activated)
    desk_action.triggered.connect(lambda: open_desk())
    translate_action.triggered.connect(lambda: open_desk(translate=True))
    menus = context.menus
    menus.add_action(ActionId.TRANSLATION_DESK, desk_action, menu=MenuId.STORY, separated=True)
    menus.add_action(ActionId.TRANSLATE, translate_action, menu=MenuId.STORY)
    menus.add_action(ActionId.CONCORDANCE, concordance_action, menu=MenuId.STORY)
    menus.add_action(ActionId.THEN_NOW, then_now_action, menu=MenuId.STORY)
    return tools
