"""The main window's menu bar and toolbar: where each of its actions is offered."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar

if TYPE_CHECKING:
    from newsdesk.ui.main_window import MainWindow


@dataclass(frozen=True)
class WindowMenus:
    """The menus other parts add to: docks and tools install themselves there."""

    view: QMenu
    docks: QMenu
    tools: QMenu


def build_menus(window: MainWindow) -> WindowMenus:
    """The menu bar, in the order a desk editor expects; every action is the window's."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
    file_menu.addActions([window.new_action, window.duplicate_action])
    file_menu.addSeparator()
    file_menu.addActions([window.save_action, window.save_note_action, window.reload_action])
    file_menu.addSeparator()
    file_menu.addActions([window.import_action, window.export_action, window.pdf_action])
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Edit"))
    edit_menu.addActions([window.undo_action, window.redo_action])
    edit_menu.addSeparator()
    edit_menu.addActions(
        [window.cut_action, window.copy_action, window.paste_action, window.select_all_action]
    )
    edit_menu.addSeparator()
    edit_menu.addActions([window.find_action, window.replace_action, window.search_action])
    edit_menu.addSeparator()
    edit_menu.addAction(window.smart_quotes_action)
    view_menu = bar.addMenu(QCoreApplication.translate("Menus", "&View"))
    view_menu.addActions([window.refresh_action, window.list_action, window.preview_action])
    view_menu.addSeparator()
    docks_menu = QMenu(QCoreApplication.translate("Menus", "&Docks"), window)
    docks_menu.setObjectName("docksMenu")
    view_menu.addMenu(docks_menu)
    view_menu.addSeparator()
    view_menu.addAction(window.full_screen_action)
    story_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Story"))
    story_menu.addActions(list(window.status_actions.values()))
    story_menu.addSeparator()
    story_menu.addAction(window.spike_action)
    story_menu.addSeparator()
    story_menu.addAction(window.revisions_action)
    tools_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Tools"))
    tools_menu.addActions(
        [window.spelling_action, window.house_words_action, window.profiles_action]
    )
    tools_menu.addAction(window.house_settings_action)
    tools_menu.addSeparator()
    tools_menu.addAction(_preferences_action(window))
    help_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
    help_menu.addActions([window.help_action, window.about_action])
    return WindowMenus(view_menu, docks_menu, tools_menu)


def _preferences_action(window: MainWindow) -> QAction:
    """Tools ▸ Preferences… (the application menu's Preferences on macOS)."""
    from newsdesk.ui.dialogs.preferences_dialog import show_preferences

    action = QAction(QCoreApplication.translate("Menus", "&Preferences…"), window)
    action.setObjectName("preferencesAction")
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda _checked=False: show_preferences(window))
    return action


def build_toolbar(window: MainWindow) -> QToolBar:
    """The toolbar: the commands used all day, one click away; its toggle goes in Docks."""
    toolbar = window.addToolBar(QCoreApplication.translate("Menus", "Main"))
    toolbar.setObjectName("mainToolBar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([window.new_action, window.duplicate_action, window.save_action])
    toolbar.addSeparator()
    toolbar.addActions([window.undo_action, window.redo_action])
    toolbar.addSeparator()
    toolbar.addActions([window.spike_action, window.export_action, window.preview_action])
    window.docks_menu.addAction(toolbar.toggleViewAction())
    return toolbar
