"""The main window's commands: which caption, key, icon and tip call which of its slots.

Each action is a direct child of the window named by its :class:`~newsdesk.ui.window_menus.
ActionId` value, so the menus find it by id (``build_menus``); the window and the tests reach
the same actions by name (``window.spike_action``) through :class:`ActionOf`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol, overload

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMainWindow

from newsdesk.domain.article import Status
from newsdesk.ui.icons import icon
from newsdesk.ui.status_labels import status_label

if TYPE_CHECKING:
    from newsdesk.ui.editor.editor_actions import EditorActions
    from newsdesk.ui.story_transfer import StoryTransfer

_STATUS_SHORTCUTS = {
    Status.DRAFT: "Ctrl+1",
    Status.EDITING: "Ctrl+2",
    Status.READY: "Ctrl+3",
    Status.PUBLISHED: "Ctrl+4",
}


class WindowCommands(Protocol):
    """The window's slots its actions call (the window is one; a test may pass another)."""

    def new_story(self) -> None: ...
    def duplicate_story(self) -> None: ...
    def save_revision(self, note: str = "") -> object: ...
    def save_revision_with_note(self) -> None: ...
    def reload_story(self) -> None: ...
    def close(self) -> bool: ...
    def undo(self) -> None: ...
    def redo(self) -> None: ...
    def edit_focused(self, command: str) -> None: ...
    def focus_search(self) -> None: ...
    def refresh_from_database(self) -> None: ...
    def set_list_visible(self, visible: bool) -> None: ...
    def set_full_screen(self, on: bool) -> None: ...
    def move_to_status(self, status: Status) -> object: ...
    def spike_selected(self) -> None: ...
    def show_revisions(self) -> None: ...
    def check_spelling(self) -> None: ...
    def show_profiles(self) -> None: ...
    def show_house_dictionary(self) -> None: ...
    def show_house_settings(self) -> None: ...
    def show_about(self) -> None: ...
    def show_help(self) -> None: ...


def make_action(
    parent: QMainWindow,
    name: str,
    text: str,
    slot: Callable[..., object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    *,
    icon_name: str = "",
    tip: str = "",
    checkable: bool = False,
) -> QAction:
    """One command of ``parent``, named ``name`` (its ActionId value) and calling ``slot``."""
    action = QAction(text, parent)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon_name:
        action.setIcon(icon(icon_name))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.setCheckable(checkable)
    if checkable:
        action.toggled.connect(slot)
    else:
        # triggered(bool) would hand its "checked" flag to a slot's first optional
        # parameter (Ctrl+S passed False as the revision note): call the slot bare.
        action.triggered.connect(lambda _checked=False, run=slot: run())
    parent.addAction(action)
    return action


class WindowActions(QObject):
    """Every command of the main window, made once as it is built."""

    def __init__(
        self,
        window: QMainWindow,
        commands: WindowCommands,
        *,
        transfer: StoryTransfer,
        editor_actions: EditorActions,
        list_view: QAbstractItemView,
    ) -> None:
        super().__init__(window)
        a = partial(make_action, window)
        run = commands
        key = QKeySequence.StandardKey
        self.new_action = a("newAction", self.tr("&New Story"), run.new_story, key.New,
                            icon_name="new-story", tip=self.tr("Start a new story"))
        self.duplicate_action = a("duplicateAction", self.tr("&Duplicate Story"),
                                  run.duplicate_story, "Ctrl+D", icon_name="duplicate",
                                  tip=self.tr("Copy the story as a new draft"))
        self.save_action = a("saveRevisionAction", self.tr("&Save Revision"), run.save_revision,
                             key.Save, icon_name="save-revision",
                             tip=self.tr("Save now and record a revision you can go back to"))
        self.save_note_action = a("saveRevisionNoteAction", self.tr("Save Revision with &Note…"),
                                  run.save_revision_with_note, "Ctrl+Shift+S")
        self.reload_action = a("reloadAction", self.tr("&Reload Story"), run.reload_story,
                               key.Refresh,
                               tip=self.tr("Drop unsaved changes and show the stored story"))
        self.import_action = a("importAction", self.tr("&Import…"), transfer.choose_import_files,
                               "Ctrl+I", icon_name="import",
                               tip=self.tr("Import Markdown story files"))
        self.export_action = a("exportAction", self.tr("&Export…"), transfer.open_export_dialog,
                               "Ctrl+E", icon_name="export",
                               tip=self.tr("Export stories to HTML, Markdown, ninjs"))
        self.pdf_action = a("exportPdfAction", self.tr("Export &PDF…"), transfer.choose_pdf_file,
                            key.Print, icon_name="pdf",
                            tip=self.tr("The open story as a PDF for the legal desk"))
        # Some platforms bind no key to StandardKey.Quit; Ctrl+Q is what every desktop expects.
        quit_key = key.Quit if QKeySequence.keyBindings(key.Quit) else "Ctrl+Q"
        self.quit_action = a("quitAction", self.tr("&Quit"), run.close, quit_key)
        self.undo_action = a("undoAction", self.tr("&Undo"), run.undo, key.Undo, icon_name="undo")
        self.redo_action = a("redoAction", self.tr("&Redo"), run.redo, key.Redo, icon_name="redo")
        # Find, replace and preview are the editor's own actions: one action per shortcut, or
        # Qt calls the key ambiguous and does nothing.
        self.find_action = editor_actions.find
        self.find_action.setIcon(icon("find"))
        self.replace_action = editor_actions.replace
        self.preview_action = editor_actions.toggle_preview
        self.preview_action.setIcon(icon("preview"))
        self.smart_quotes_action = editor_actions.smart_quotes
        for action in (self.find_action, self.replace_action, self.preview_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.search_action = a("searchStoriesAction", self.tr("&Search Stories"), run.focus_search,
                               "Ctrl+Shift+F", tip=self.tr("Search every story in the database"))
        # Clipboard commands for the menu (the text fields handle the keys themselves; these
        # make the commands findable and work on whatever field has focus).
        self.cut_action = a("cutAction", self.tr("Cu&t"), partial(run.edit_focused, "cut"), key.Cut)
        self.copy_action = a("copyAction", self.tr("&Copy"), partial(run.edit_focused, "copy"),
                             key.Copy)
        self.paste_action = a("pasteAction", self.tr("&Paste"), partial(run.edit_focused, "paste"),
                              key.Paste)
        self.select_all_action = a("selectAllAction", self.tr("Select &All"),
                                   partial(run.edit_focused, "selectAll"), key.SelectAll)
        self.refresh_action = a("refreshListAction", self.tr("Refresh Story &List"),
                                run.refresh_from_database, "Ctrl+R",
                                tip=self.tr("Show stories others saved or imported since"))
        self.list_action = a("toggleListAction", self.tr("Story &List"), run.set_list_visible,
                             "Ctrl+Shift+L", checkable=True)
        self.full_screen_action = a("fullScreenAction", self.tr("F&ull Screen"),
                                    run.set_full_screen, key.FullScreen, checkable=True)
        self.status_actions: dict[Status, QAction] = {
            status: a(f"move{status.value.capitalize()}Action",
                      self.tr("Move to &{0}").format(status_label(status)),
                      partial(run.move_to_status, status), shortcut)
            for status, shortcut in _STATUS_SHORTCUTS.items()
        }
        # No window-wide key: Ctrl+Del deletes a word in every text editor, and a spike from the
        # middle of typing is a nasty surprise. Delete spikes when the story list has focus.
        self.spike_action = a("spikeAction", self.tr("S&pike Story"), run.spike_selected,
                              icon_name="spike",
                              tip=self.tr("Archive the story (Delete in the story list; "
                                      "undo brings it)"))
        self.spike_key_action = QAction(self.tr("Spike Story"), list_view)
        self.spike_key_action.setObjectName("spikeKeyAction")
        self.spike_key_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.spike_key_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.spike_key_action.triggered.connect(run.spike_selected)
        list_view.addAction(self.spike_key_action)
        self.revisions_action = a("revisionsAction", self.tr("&Revisions…"), run.show_revisions,
                                  "Ctrl+Alt+H", tip=self.tr("Browse, compare and restore the "
                                                        "open story's revisions"))
        self.spelling_action = a("spellingAction", self.tr("&Spelling…"), run.check_spelling,
                                 "F7", icon_name="spelling")
        self.profiles_action = a("profilesAction", self.tr("Author &Profiles…"),
                                 run.show_profiles, "Ctrl+Shift+A", icon_name="profiles")
        self.house_words_action = a("houseDictionaryAction", self.tr("&House Dictionary…"),
                                    run.show_house_dictionary)
        self.house_settings_action = a("houseSettingsAction", self.tr("House &Settings…"),
                                       run.show_house_settings)
        self.about_action = a("aboutAction", self.tr("&About Newsdesk"), run.show_about)
        self.help_action = a("helpAction", self.tr("Newsdesk &Help"), run.show_help,
                             key.HelpContents)
        self.list_action.setChecked(True)

    def follow(
        self, *, has_story: bool, has_target: bool, typing: bool, undo: str | None,
        redo: str | None,
    ) -> None:
        """Enable what can run now and say what Undo and Redo would do.

        ``has_target``: a story is open or chosen in the list; ``typing``: a text field has
        focus (its own typing is undone there); ``undo``/``redo``: the desk command that would
        be undone or redone elsewhere (None: nothing).
        """
        self.duplicate_action.setEnabled(has_target)
        self.spike_action.setEnabled(has_target)
        self.pdf_action.setEnabled(has_story)
        for action in self.status_actions.values():
            action.setEnabled(has_story)
        self.undo_action.setText(
            self.tr("&Undo Typing") if typing
            else self.tr("&Undo {0}").format(undo).rstrip() if undo is not None
            else self.tr("&Undo"))
        self.redo_action.setText(
            self.tr("&Redo Typing") if typing
            else self.tr("&Redo {0}").format(redo).rstrip() if redo is not None
            else self.tr("&Redo"))


class HasWindowActions(Protocol):
    window_actions: WindowActions


class ActionOf:
    """``window.new_action`` is ``window.window_actions.new_action``: the window's commands
    keep the names the menus' callers, the tests and the people/translation tools know."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, window: None, owner: type) -> ActionOf: ...
    @overload
    def __get__(self, window: HasWindowActions, owner: type) -> QAction: ...

    def __get__(self, window: HasWindowActions | None, owner: type) -> ActionOf | QAction:
        if window is None:
            return self
        action = vars(window.window_actions)[self._name]
        assert isinstance(action, QAction)
        return action
