"""Side by side: the story as a colleague stored it, and the text in this window not saved yet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QTextBrowser,
    QWidget,
)

from newsdesk.domain.article import Article
from newsdesk.domain.revision_diff import story_diff
from newsdesk.ui.dialogs.revisions_dialog import diff_html


class ColleagueCompareDialog(QDialog):
    """Never modal: the user may copy from the colleague's text into their own.

    Signals:
        reload_requested(): the user takes the stored text (drops theirs).
    """

    reload_requested = Signal()
    """Take the colleague's stored text in place of the window's unsaved edits."""

    def __init__(self, stored: Article, mine: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colleagueCompareDialog")
        self.setWindowTitle(self.tr("Compare with the Stored Story"))
        diff = story_diff(stored, mine)
        self.stored_view = QTextBrowser(self)
        self.stored_view.setObjectName("storedTextView")
        self.stored_view.setHtml(diff_html(diff, old=True))
        self.mine_view = QTextBrowser(self)
        self.mine_view.setObjectName("myTextView")
        self.mine_view.setHtml(diff_html(diff, old=False))
        buttons = QDialogButtonBox(self)
        reload_button = buttons.addButton(self.tr("Reload Story"),
                                          QDialogButtonBox.ButtonRole.DestructiveRole)
        reload_button.setObjectName("reloadStoryButton")
        reload_button.clicked.connect(self._take_theirs)
        keep = buttons.addButton(self.tr("Keep Mine"), QDialogButtonBox.ButtonRole.RejectRole)
        keep.setObjectName("keepMineButton")
        keep.clicked.connect(self.reject)
        layout = QGridLayout(self)
        layout.addWidget(QLabel(self.tr("Saved by a colleague"), self), 0, 0)
        layout.addWidget(QLabel(self.tr("Yours, not saved yet"), self), 0, 1)
        layout.addWidget(self.stored_view, 1, 0)
        layout.addWidget(self.mine_view, 1, 1)
        layout.addWidget(buttons, 2, 0, 1, 2, Qt.AlignmentFlag.AlignRight)
        self.resize(900, 560)

    def _take_theirs(self) -> None:
        self.reload_requested.emit()
        self.accept()
