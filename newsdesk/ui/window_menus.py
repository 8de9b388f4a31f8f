"""The main window's menu bar and toolbar, and the registry that finds menus and actions by id.

Menus and actions are found by a stable id, never by their caption: captions change with the
interface language (the Story menu is "Материал" in Russian) and with a mnemonic moved to
another letter. An id's value is also the objectName tests, accessibility and the help table
see.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QToolBar

from newsdesk.ui.noop import QT_TRANSLATE_NOOP


class MenuId(enum.Enum):
    """The menus of the window, in menu-bar order; the value is the menu's objectName."""

    FILE = "fileMenu"
    EDIT = "editMenu"
    VIEW = "viewMenu"
    DOCKS = "docksMenu"
    """View ▸ Docks: a toggle for each dock and the toolbar."""
    STORY = "storyMenu"
    TOOLS = "toolsMenu"
    HELP = "helpMenu"


_MENU_TITLES = {
    MenuId.FILE: QT_TRANSLATE_NOOP("Menus", "&File"),
    MenuId.EDIT: QT_TRANSLATE_NOOP("Menus", "&Edit"),
    MenuId.VIEW: QT_TRANSLATE_NOOP("Menus", "&View"),
    MenuId.DOCKS: QT_TRANSLATE_NOOP("Menus", "&Docks"),
    MenuId.STORY: QT_TRANSLATE_NOOP("Menus", "&Story"),
    MenuId.TOOLS: QT_TRANSLATE_NOOP("Menus", "&Tools"),
    MenuId.HELP: QT_TRANSLATE_NOOP("Menus", "&Help"),
}


class ActionId(enum.Enum):
    """Every command offered in a menu; the value is the action's objectName."""

    NEW = "newAction"
    DUPLICATE = "duplicateAction"
    SAVE = "saveRevisionAction"
    SAVE_WITH_NOTE = "saveRevisionNoteAction"
    RELOAD = "reloadAction"
    IMPORT = "importAction"
    EXPORT = "exportAction"
    EXPORT_PDF = "exportPdfAction"
    QUIT = "quitAction"
    UNDO = "undoAction"
    REDO = "redoAction"
    CUT = "cutAction"
    COPY = "copyAction"
    PASTE = "pasteAction"
    SELECT_ALL = "selectAllAction"
    FIND = "findAction"
    REPLACE = "replaceAction"
    SEARCH = "searchStoriesAction"
    SMART_QUOTES = "smartQuotesAction"
    REFRESH = "refreshListAction"
    TOGGLE_LIST = "toggleListAction"
    TOGGLE_PREVIEW = "togglePreviewAction"
    FULL_SCREEN = "fullScreenAction"
    MOVE_DRAFT = "moveDraftAction"
    MOVE_EDITING = "moveEditingAction"
    MOVE_READY = "moveReadyAction"
    MOVE_PUBLISHED = "movePublishedAction"
    SPIKE = "spikeAction"
    REVISIONS = "revisionsAction"
    SPELLING = "spellingAction"
    HOUSE_DICTIONARY = "houseDictionaryAction"
    PROFILES = "profilesAction"
    HOUSE_SETTINGS = "houseSettingsAction"
    PREFERENCES = "preferencesAction"
    HELP = "helpAction"
    ABOUT = "aboutAction"
    # Installed by the toolbar and the tools (people, translation) once they exist.
    TOGGLE_TOOLBAR = "toggleToolBarAction"
    TOGGLE_SOURCES = "toggleSourcesAction"
    TOGGLE_STORY_SOURCES = "toggleArticleSourcesAction"
    TOGGLE_ATTRIBUTION = "toggleAttributionAction"
    CITE_SOURCE = "citeSourceAction"
    TRANSLATION_DESK = "translationDeskAction"
    TRANSLATE = "translateAction"
    CONCORDANCE = "concordanceAction"
    THEN_NOW = "thenNowAction"


_MOVES = (ActionId.MOVE_DRAFT, ActionId.MOVE_EDITING, ActionId.MOVE_READY,
          ActionId.MOVE_PUBLISHED)

# What each menu offers, in order; None is a separator.
_LAYOUT: dict[MenuId, tuple[ActionId | MenuId | None, ...]] = {
    MenuId.FILE: (ActionId.NEW, ActionId.DUPLICATE, None, ActionId.SAVE, ActionId.SAVE_WITH_NOTE,
                  ActionId.RELOAD, None, ActionId.IMPORT, ActionId.EXPORT, ActionId.EXPORT_PDF,
                  None, ActionId.QUIT),
    MenuId.EDIT: (ActionId.UNDO, ActionId.REDO, None, ActionId.CUT, ActionId.COPY,
                  ActionId.PASTE, ActionId.SELECT_ALL, None, ActionId.FIND, ActionId.REPLACE,
                  ActionId.SEARCH, None, ActionId.SMART_QUOTES),
    MenuId.VIEW: (ActionId.REFRESH, ActionId.TOGGLE_LIST, ActionId.TOGGLE_PREVIEW, None,
                  MenuId.DOCKS, None, ActionId.FULL_SCREEN),
    MenuId.DOCKS: (),
    MenuId.STORY: (*_MOVES, None, ActionId.SPIKE, None, ActionId.REVISIONS),
    MenuId.TOOLS: (ActionId.SPELLING, ActionId.HOUSE_DICTIONARY, ActionId.PROFILES,
                   ActionId.HOUSE_SETTINGS, None, ActionId.PREFERENCES),
    MenuId.HELP: (ActionId.HELP, ActionId.ABOUT),
}
_TOOLBAR: tuple[ActionId | None, ...] = (
    ActionId.NEW, ActionId.DUPLICATE, ActionId.SAVE, None, ActionId.UNDO, ActionId.REDO, None,
    ActionId.SPIKE, ActionId.EXPORT, ActionId.TOGGLE_PREVIEW)


class Menus:
    """The window's menus and actions by id; tools add theirs here and find the others here.

    A tool never looks a menu up by its caption or reads an action off the window's
    attributes: it asks this registry, which the window builds once and hands to the tools.
    """

    def __init__(self) -> None:
        self._menus: dict[MenuId, QMenu] = {}
        self._actions: dict[ActionId, QAction] = {}

    def menu(self, menu_id: MenuId) -> QMenu:
        """The menu ``menu_id``; a KeyError names it when it was never built."""
        try:
            return self._menus[menu_id]
        except KeyError:
            raise KeyError(f"no menu {menu_id.name} was built") from None

    def action(self, action_id: ActionId) -> QAction:
        """The action ``action_id``; a KeyError names it when nobody registered it."""
        try:
            return self._actions[action_id]
        except KeyError:
            raise KeyError(f"no action {action_id.name} was registered") from None

    def has_action(self, action_id: ActionId) -> bool:
        return action_id in self._actions

    def add_menu(self, menu_id: MenuId, menu: QMenu) -> QMenu:
        menu.setObjectName(menu_id.value)
        self._menus[menu_id] = menu
        return menu

    def add_action(
        self, action_id: ActionId, action: QAction, *, menu: MenuId | None = None,
        separated: bool = False,
    ) -> QAction:
        """Register ``action`` under ``action_id`` (its objectName becomes the id's value) and,
        with ``menu``, offer it at the end of that menu (after a separator if ``separated``)."""
        known = self._actions.get(action_id)
        if known is not None and known is not action:
            raise ValueError(f"another action is already registered as {action_id.name}")
        action.setObjectName(action_id.value)
        self._actions[action_id] = action
        if menu is not None:
            target = self.menu(menu)
            if separated and target.actions():
                target.addSeparator()
            target.addAction(action)
        return action

    def adopt(self, actions: Iterable[QAction]) -> None:
        """Register those of ``actions`` whose objectName is an action id (the window's own)."""
        by_name = {action_id.value: action_id for action_id in ActionId}
        for action in actions:
            action_id = by_name.get(action.objectName())
            if action_id is not None:
                self.add_action(action_id, action)

    def actions(self, ids: Sequence[ActionId]) -> list[QAction]:
        return [self.action(action_id) for action_id in ids]


def build_menus(window: QMainWindow) -> Menus:
    """The menu bar, in the order a desk editor expects, from the window's own actions.

    The actions are the window's direct children, found by their objectName (an
    :class:`ActionId` value); Tools ▸ Preferences… is made here.
    """
    menus = Menus()
    menus.adopt(window.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly))
    menus.add_action(ActionId.PREFERENCES, _preferences_action(window))
    _fill(window.menuBar(), menus, _LAYOUT)
    return menus


def bare_menus(window: QMainWindow) -> Menus:
    """Every menu, empty, on ``window``'s menu bar: for tools installed without the desk
    (tests, a second window) that only add their own actions."""
    menus = Menus()
    _fill(window.menuBar(), menus, {MenuId.VIEW: (MenuId.DOCKS,)})
    return menus


def _fill(bar: QMenuBar, menus: Menus,
          layout: dict[MenuId, tuple[ActionId | MenuId | None, ...]]) -> None:
    """Make every menu (a nested one inside its parent, the rest on ``bar``) and fill them."""
    nested = {entry for entries in layout.values() for entry in entries
              if isinstance(entry, MenuId)}
    for menu_id in MenuId:
        title = QCoreApplication.translate("Menus", _MENU_TITLES[menu_id])
        if menu_id in nested:
            menus.add_menu(menu_id, QMenu(title, bar))
        else:
            menus.add_menu(menu_id, bar.addMenu(title))
    for menu_id, entries in layout.items():
        menu = menus.menu(menu_id)
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            elif isinstance(entry, MenuId):
                menu.addMenu(menus.menu(entry))
            else:
                menu.addAction(menus.action(entry))


def _preferences_action(window: QMainWindow) -> QAction:
    """Tools ▸ Preferences… (the application menu's Preferences on macOS)."""
    from newsdesk.ui.dialogs.preferences_dialog import show_preferences

    action = QAction(QCoreApplication.translate("Menus", "&Preferences…"), window)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda _checked=False: show_preferences(window))
    return action


def build_toolbar(window: QMainWindow, menus: Menus) -> QToolBar:
    """The toolbar: the commands used all day, one click away; its toggle goes in Docks."""
    toolbar = window.addToolBar(QCoreApplication.translate("Menus", "Main"))
    toolbar.setObjectName("mainToolBar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for entry in _TOOLBAR:
        if entry is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(menus.action(entry))
    menus.add_action(ActionId.TOGGLE_TOOLBAR, toolbar.toggleViewAction(), menu=MenuId.DOCKS)
    return toolbar
