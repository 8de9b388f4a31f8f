"""The window's non-modal dialogs: kept while open, one of each kind, and the tool dialogs.

A dialog the window opens (spelling, revisions, the house dictionary and settings, profiles,
help, a comparison, the export) is held here until it closes; opening one of a kind closes
the older one, and closing the window closes them all. The tool dialogs need the desk (the
newsroom, the editor, the open story), given by :meth:`WindowDialogs.attach` once it exists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow, QWidget

from newsdesk import __version__

if TYPE_CHECKING:
    from newsdesk.domain.house import HouseSettings
    from newsdesk.services.newsroom import Newsroom
    from newsdesk.ui.desk_session import DeskSession
    from newsdesk.ui.editor.article_editor import ArticleEditor
    from newsdesk.ui.messages import MessageBus


@dataclass(frozen=True)
class DialogDesk:
    """What the tool dialogs work on, and what they hand back to the window."""

    newsroom: Newsroom
    editor: ArticleEditor
    session: DeskSession
    reload_story: Callable[[], object]
    """A restored revision of the open story, or Reload in a comparison: show it stored."""
    apply_house: Callable[[HouseSettings], object]
    """House settings saved in the dialog: every view of the window takes them."""
    show_author_articles: Callable[[int], object]
    """A profile's "show their stories": the list filters by that author."""
    authors_changed: Callable[[], object]
    """Profiles were added, renamed or merged: the list's author filter follows."""


class WindowDialogs(QObject):
    """Holds the window's non-modal dialogs and opens its tool dialogs."""

    def __init__(self, window: QMainWindow, messages: MessageBus) -> None:
        super().__init__(window)
        self._window = window
        self._messages = messages
        self._dialogs: dict[str, QWidget] = {}
        self._desk: DialogDesk | None = None

    def attach(self, desk: DialogDesk) -> None:
        self._desk = desk

    @property
    def desk(self) -> DialogDesk:
        if self._desk is None:
            raise RuntimeError("the tool dialogs need the newsroom, which is not open yet")
        return self._desk

    # -- keeping -------------------------------------------------------------------------------
    def keep(self, name: str, dialog: QWidget) -> None:
        """Hold a non-modal dialog until it closes (then Qt deletes it and we forget it)."""
        old = self._dialogs.pop(name, None)
        if old is not None:
            old.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(partial(self._forget, name, dialog))
        self._dialogs[name] = dialog

    def _forget(self, name: str, dialog: QWidget, *_destroyed: object) -> None:
        # The one closed, not the newer one of its kind that replaced it meanwhile (compared
        # by identity only: its C++ half is gone).
        if self._dialogs.get(name) is dialog:
            del self._dialogs[name]

    def get(self, name: str) -> QWidget | None:
        return self._dialogs.get(name)

    def close_all(self) -> None:
        for dialog in list(self._dialogs.values()):
            dialog.close()

    # -- the tool dialogs ----------------------------------------------------------------------
    def check_spelling(self) -> None:
        from newsdesk.ui.spelling.spell_check_dialog import SpellCheckDialog

        dialog = SpellCheckDialog(self.desk.editor.spelling_menus, self._window)
        self.keep("spelling", dialog)
        dialog.show()
        dialog.start()

    def show_revisions(self) -> None:
        """Story ▸ Revisions…: the open story's history; a restore is shown at once."""
        from newsdesk.ui.dialogs.revisions_dialog import RevisionsDialog

        desk = self.desk
        open_id = desk.session.open_id
        if open_id is None:
            self._messages.info(self.tr("Open a story to see its revisions."))
            return

        def save_first(then: Callable[[int | None], None]) -> None:
            # The restore must not drop typing: it is saved, then restored over that version.
            desk.session.autosaver.save_first(lambda refused: then(
                None if refused is not None else desk.editor.current_article().version))

        def restored(article_id: int) -> None:
            if article_id != desk.session.open_id:
                return
            autosaver = desk.session.autosaver
            if autosaver.is_dirty:
                # Typed while the restore was on its way: the editor keeps it, and its save
                # meets the restored version with the ways out (a copy, or the restored text).
                autosaver.start_save()
                return
            desk.reload_story()

        dialog = RevisionsDialog(desk.newsroom.revisions, open_id, save_first=save_first,
                                 parent=self._window)
        dialog.story_restored.connect(restored)
        self.keep("revisions", dialog)
        dialog.show()

    def show_house_dictionary(self) -> None:
        from newsdesk.ui.dialogs.house_dictionary_dialog import HouseDictionaryDialog

        desk = self.desk
        dialog = HouseDictionaryDialog(desk.newsroom.house, self._window)
        dialog.words_changed.connect(lambda _language: desk.editor.reload_house_words())
        self.keep("house-dictionary", dialog)
        dialog.show()

    def show_house_settings(self) -> None:
        from newsdesk.ui.dialogs.house_settings_dialog import HouseSettingsDialog

        desk = self.desk
        story = desk.editor.current_article() if desk.session.open_id is not None else None
        dialog = HouseSettingsDialog(desk.newsroom.house, story, self._window)
        dialog.settings_saved.connect(desk.apply_house)
        self.keep("house-settings", dialog)
        dialog.show()

    def show_profiles(self) -> None:
        """Author profiles: one dialog, kept (hidden, not closed) between uses."""
        from newsdesk.ui.people.profiles_dialog import ProfilesDialog

        desk = self.desk
        dialog = self._dialogs.get("profiles")
        if not isinstance(dialog, ProfilesDialog):
            dialog = ProfilesDialog(desk.newsroom, self._window)
            dialog.show_articles_requested.connect(desk.show_author_articles)
            dialog.authors_changed.connect(desk.authors_changed)
            self._dialogs["profiles"] = dialog
        dialog.show()
        dialog.raise_()

    def show_help(self) -> None:
        from newsdesk.ui.dialogs.help_dialog import HelpDialog

        dialog = HelpDialog(self._window.menuBar(), self._window)
        self.keep("help", dialog)
        dialog.show()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # not on the start-up path

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Newsdesk"),
                          self.tr("Newsdesk {0}\nA desktop newsroom editor.\n\nDatabase: {1}")
                          .format(__version__, self.desk.newsroom.url),
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("aboutBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def ask_revision_note(self, save: Callable[[str], object]) -> None:
        """Save Revision with Note…: ask for the note without blocking (window-modal, opened
        and not exec'd); ``save`` gets it when the user confirms."""
        from PySide6.QtWidgets import QInputDialog  # not on the start-up path

        dialog = QInputDialog(self._window)
        dialog.setObjectName("revisionNoteDialog")
        dialog.setWindowTitle(self.tr("Save revision"))
        dialog.setLabelText(self.tr("Note for this revision (optional):"))
        dialog.setTextValue("")
        dialog.textValueSelected.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def tell_kept_on_this_computer(self, headline: str, why: str) -> None:
        """Closing while the newsroom is unavailable: say where the text is before going (a
        modal box: the window is about to close)."""
        from PySide6.QtWidgets import QMessageBox  # only when something went wrong

        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Text Kept on This Computer"),
            self.tr("The newsroom could not be reached, so the latest changes to “{0}” are "
                    "kept on this computer. They will be offered back the next time Newsdesk "
                    "opens this newsroom.\n\n{1}").format(headline.strip(), why),
            QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("keptOnThisComputerBox")
        box.exec()
