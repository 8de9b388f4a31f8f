"""Help (F1): how the desk works in a few lines, and every command with its shortcut."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.ui.noop import QT_TRANSLATE_NOOP

GUIDE = QT_TRANSLATE_NOOP("HelpDialog", """
<h2>Newsdesk in one minute</h2>
<p><b>Stories</b> are listed on the left; type in the search box to find any story by its words,
tags or authors (Ctrl+Shift+F), or narrow the list with the status, author, language and tag
filters. <b>Ctrl+N</b> starts a new story; it is kept as soon as it has a headline.</p>
<p><b>Writing</b>: the body is Markdown. The <b>dateline</b> city completes from a list of cities
(type “Alm”), and the line under it shows exactly how the story will open in the house style.
Add authors under <b>Byline</b>, each with a role. Cite a source with <b>Ctrl+Shift+K</b>; a
citation is written <code>[text](source:key)</code>.</p>
<p><b>Saving</b> is automatic, two seconds after you stop typing and whenever you switch
stories or close. <b>Ctrl+S</b> records a named revision you can go back to. If a colleague saved
the same story in the meantime, nothing is overwritten: you are told, and can reload.</p>
<p><b>Workflow</b>: draft → editing → ready → published (Ctrl+1 … Ctrl+4). Moving to ready
checks the story (headline, dateline, author, body, every quote attributed, every citation
known) and lists what is missing; click a line to jump to it. <b>Delete</b> in the story list
spikes a story; Ctrl+Z brings it back.</p>
<p><b>Spelling</b> follows the story’s language; right-click a word for suggestions or to add it
to the <b>house dictionary</b> that everyone on this database shares (Tools menu). F7 walks
through every misspelling.</p>
<p><b>Translations</b>: Story ▸ Translate… starts one; Story ▸ Translators’ Desk shows original
and translation side by side and flags paragraphs changed in the original since.</p>
<p><b>Publishing</b>: File ▸ Export writes HTML pages (with an index and author pages),
Markdown or IPTC ninjs; File ▸ Export PDF prints the open story for the legal desk.</p>
""")


def _commands(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, command, shortcut) for every action in the window's menus, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(title: str, actions: list[QAction]) -> None:
        for action in actions:
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(f"{title} ▸ {action.text().replace('&', '')}", submenu.actions())
            elif not action.isSeparator() and action.text():
                shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((title, action.text().replace("&", ""), shortcut))

    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(top.text().replace("&", ""), menu.actions())
    return rows


class HelpDialog(QDialog):
    """The guide and the command table; the table is read from the real menus, so it is never
    out of date."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Newsdesk Help"))
        self.guide = QTextBrowser(self)
        self.guide.setObjectName("helpGuide")
        self.guide.setHtml(self.tr(GUIDE))
        rows = _commands(menu_bar)
        self.commands = QTableWidget(len(rows), 3, self)
        self.commands.setObjectName("helpCommands")
        self.commands.setHorizontalHeaderLabels(
            [self.tr("Menu"), self.tr("Command"), self.tr("Shortcut")])
        self.commands.verticalHeader().setVisible(False)
        self.commands.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.commands.setItem(row, column, QTableWidgetItem(value))
        header = self.commands.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.guide, 3)
        layout.addWidget(self.commands, 2)
        layout.addWidget(buttons)
        self.resize(720, 760)

    def command_rows(self) -> list[tuple[str, ...]]:
        table = self.commands
        return [
            tuple(item.text() if (item := table.item(r, c)) is not None else "" for c in range(3))
            for r in range(table.rowCount())
        ]
