"""Following a colleague's save of the open story: shown in place, or offered with Compare.

The catch-up reads the stored story on a worker (:class:`~newsdesk.ui.catch_up.CatchUp`);
this decides what the writer sees. With nothing unsaved here the newer text replaces the
editor's, the cursor and the scroll position kept; with unsaved edits nothing is replaced and
a warning offers Compare (the stored story, read again on the task runner, beside the
editor's text) and Reload Story.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from newsdesk.ui.autosave import SaveState
from newsdesk.ui.messages import MessageAction
from newsdesk.ui.tasks import describe_failure

if TYPE_CHECKING:
    from newsdesk.domain.article import Article
    from newsdesk.services.articles import ArticleService
    from newsdesk.ui.desk_session import DeskSession
    from newsdesk.ui.editor.article_editor import ArticleEditor
    from newsdesk.ui.messages import MessageBus
    from newsdesk.ui.tasks import TaskRunner


class ColleagueFollow(QObject):
    """What the window does with the open story as a colleague stored it."""

    def __init__(
        self,
        window: QWidget,
        session: DeskSession,
        editor: ArticleEditor,
        articles: ArticleService,
        *,
        reload_story: Callable[[], object],
        keep_dialog: Callable[[str, QWidget], object],
        tasks: TaskRunner,
        messages: MessageBus,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._editor = editor
        self._articles = articles
        self._reload_story = reload_story
        self._keep_dialog = keep_dialog
        self._tasks = tasks
        self._messages = messages

    def follow(self, stored: Article) -> None:
        """The open story as stored now (read off the GUI thread): a newer version is shown in
        place when the editor holds nothing unsaved, offered (Compare, Reload Story) when it
        does (with a conflict's ways out when a save of mine was refused already)."""
        editor = self._editor
        if stored.version <= editor.current_article().version:
            return  # this window's own save, or already shown
        autosaver = self._session.autosaver
        if not autosaver.is_dirty and autosaver.state is SaveState.SAVED:
            focus = QApplication.focusWidget()
            body = editor.body_edit
            position = body.textCursor().position()
            scrolled = body.verticalScrollBar().value()
            self._session.show(stored)
            cursor = body.textCursor()
            cursor.setPosition(min(position, len(body.toPlainText())))
            body.setTextCursor(cursor)
            body.verticalScrollBar().setValue(scrolled)
            if focus is not None and self._window.isAncestorOf(focus):
                focus.setFocus()
            self._messages.info(self.tr("“{0}” was updated by a colleague.").format(
                stored.headline))
            return
        compare = MessageAction(self.tr("Compare"), self.compare)
        if autosaver.state is SaveState.CONFLICT:
            # A save of mine was refused already: its notice's ways out stay, Save Mine as a
            # Copy (the one that keeps both texts, named in the save label's tooltip) too.
            self._messages.warning(
                self.tr("A newer version of this story was saved by a colleague."),
                actions=[*self._session.conflict_actions(), compare], about="save")
            return
        self._messages.warning(
            self.tr("A newer version of this story was saved by a colleague."),
            actions=[compare, MessageAction(self.tr("Reload Story"), self._reload_story)],
            about="colleague")

    def compare(self) -> None:
        """The stored story beside the editor's unsaved text (the notice's Compare): read on
        the task runner, shown when it lands (unless another story was opened meanwhile)."""
        open_id = self._session.open_id
        if open_id is None:
            return
        self._tasks.run(self._articles.get, open_id,
                        on_result=partial(self._show_compare, open_id),
                        on_error=self._on_compare_failed, channel=f"compare:{id(self)}")

    def _show_compare(self, open_id: int, stored: Article) -> None:
        from newsdesk.ui.dialogs.colleague_compare_dialog import ColleagueCompareDialog

        if self._session.open_id != open_id:
            return  # the writer moved on to another story: this comparison is moot
        dialog = ColleagueCompareDialog(stored, self._editor.current_article(), self._window)
        dialog.reload_requested.connect(self._reload_story)
        self._keep_dialog("colleague-compare", dialog)
        dialog.show()

    def _on_compare_failed(self, exc: BaseException) -> bool:
        self._messages.error(self.tr("Cannot read the stored story: {0}").format(
            describe_failure(exc)))
        return True
