"""The desk session: the open story's life cycle (open, new, save, reload, copy, move, spike,
duplicate, undo, close) without a widget, so it is tested against the services alone.

The window shows what the session says happened (its signals) and forwards what the user
asks; it keeps no flags of its own about the story. The window never waits on the database:
each command starts its work on the task runner and returns at once, and its outcome arrives
later as a signal. One command is in flight at a time (:attr:`DeskSession.busy`); a command
that leaves the story goes on only once the save that covers the text has landed
(:meth:`Autosaver.flush`); for opening stories the latest request wins. The session keeps
that state machine and the wiring; each command's own work is a helper's (desk_workflow,
desk_actions, desk_conflict, desk_undo_steps; closing's decision is desk_close).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from newsdesk.domain.article import Article, Status
from newsdesk.domain.errors import NewsdeskError, NotFoundError
from newsdesk.ui.autosave import Autosaver, SaveState, is_blank
from newsdesk.ui.desk_actions import DeskActions
from newsdesk.ui.desk_close import CloseChoice, CloseVerdict, DeskCloser
from newsdesk.ui.desk_conflict import DeskConflict
from newsdesk.ui.desk_parts import DeskParts, StoryEditor
from newsdesk.ui.desk_state import Command, DeskState, settled_state
from newsdesk.ui.desk_undo_steps import DeskUndoSteps
from newsdesk.ui.desk_workflow import DeskWorkflow
from newsdesk.ui.error_text import error_text
from newsdesk.ui.messages import MessageAction, MessageBus
from newsdesk.ui.plural import english_plural
from newsdesk.ui.status_labels import status_label
from newsdesk.ui.tasks import TaskHandle, TaskRunner

if TYPE_CHECKING:
    from newsdesk.domain.workflow import Problem
    from newsdesk.services.articles import ArticleService
    from newsdesk.services.recovery_journal import RecoveryJournal

__all__ = ["CloseChoice", "CloseVerdict", "Command", "DeskSession", "DeskState", "StoryEditor"]

_NEW = 0
"""The story to open when it is a new one (stored stories' ids start at 1)."""


class DeskSession(QObject):
    """The open story's life cycle over the services, reported by signals.

    Signals:
        state_changed(str): the :class:`DeskState` value.
        busy_changed(bool): a command went on its way (True) or its outcome arrived (False).
        story_opened(object): the editor shows this Article as stored (None: a new story).
        open_failed(int): the story with this id was not opened; the editor keeps its story.
        story_created(object): a new story's first save landed; the Article as stored.
        story_saved(object): a save landed; the Article as stored (new id, version).
        story_missing(int): a story asked for is gone (a colleague deleted it).
        story_reloaded(object): the stored Article replaced the editor's text on purpose.
        story_copied(object): the editor's text was kept as this new draft (conflict way out).
        revision_recorded(int): Save Revision landed; the revision's number.
        status_moved(object): the open story moved; the Article as stored.
        move_refused(object): the move was refused for these readiness problems (a list).
        story_changed(object, int): a desk action (spike, duplicate, undo) left the story with
            this id as this Article (None: it is gone).
        stories_spiked(object): a spike landed; the ids spiked (a list, maybe empty).
        replayed(bool): an undo or redo ended; True when it was done, False when refused.
        conflict_found(str): a save or a move was refused by a newer stored version.
        close_decided(object): the :class:`CloseVerdict` for a :meth:`close` asked before.
        journal_failed(str): the recovery journal on this computer cannot be written.
    """

    state_changed = Signal(str)
    """The :class:`DeskState` value, on every change."""
    busy_changed = Signal(bool)
    """A command went on its way (True) or ended (False); :attr:`busy_text` says which."""
    story_opened = Signal(object)
    """The editor shows this Article exactly as stored (None: a new, empty story)."""
    open_failed = Signal(int)
    """This story was not opened (refused, gone, unreadable); the editor keeps its story."""
    story_created = Signal(object)
    """A new story was stored for the first time (it now has an id); the Article."""
    story_saved = Signal(object)
    """A save landed in the newsroom; the Article as stored."""
    story_missing = Signal(int)
    """The story with this id is not in the newsroom any more."""
    story_reloaded = Signal(object)
    """The stored Article replaced the editor's text (Reload Story)."""
    story_copied = Signal(object)
    """The editor's text was kept as this new draft; the editor shows it."""
    revision_recorded = Signal(int)
    """Save Revision landed: the number of the revision that holds the text now."""
    status_moved = Signal(object)
    """The open story moved through the workflow; the Article as stored."""
    move_refused = Signal(object)
    """A move to ready/published was refused; the readiness problems (list) to fix first."""
    story_changed = Signal(object, int)
    """(Article or None, id) after a spike, a duplicate, or an undo/redo of one."""
    stories_spiked = Signal(object)
    """A spike landed: the ids of the stories it archived (a list; empty if none was)."""
    replayed = Signal(bool)
    """An undo or redo ended: True when done, False when refused (the message says why)."""
    conflict_found = Signal(str)
    """A newer stored version refused a save or a move; the message says what to do."""
    close_decided = Signal(object)
    """The :class:`CloseVerdict` once closing's save has landed (or could not)."""
    journal_failed = Signal(str)
    """The journal's writer could not write (carried here from its thread)."""

    def __init__(
        self,
        articles: ArticleService,
        editor: StoryEditor,
        *,
        journal: RecoveryJournal | None = None,
        runner: TaskRunner | None = None,
        messages: MessageBus | None = None,
        newsroom_closed: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        from newsdesk.services.recovery_journal import JournalWriter

        self.articles = articles
        self.editor = editor
        self.runner = runner or TaskRunner.of()
        self.messages = messages or MessageBus.of()
        self.journal = journal
        self.journal_writer = (JournalWriter(journal, on_error=self.journal_failed.emit)
                               if journal is not None else None)
        self.autosaver = Autosaver(articles, editor, journal=self.journal_writer,
                                   runner=self.runner, newsroom_closed=newsroom_closed,
                                   parent=self)
        self.undo_stack = QUndoStack(self)
        parts = DeskParts(articles, editor, self.autosaver, self.runner, self.messages,
                          begin=self._begin, end=self._end, open_id=lambda: self._open_id)
        self._history = DeskUndoSteps(self.undo_stack, parts, changed=self.story_changed.emit,
                                      replayed=self.replayed.emit)
        self._conflict = DeskConflict(parts, reload=self.reload, show=self.show,
                                      copied=self.story_copied.emit, found=self.conflict_found.emit)
        self._workflow = DeskWorkflow(parts, recorded=self.revision_recorded.emit,
                                      moved=self.status_moved.emit,
                                      refused=self._say_not_ready, conflict=self._conflict.say)
        self._actions = DeskActions(parts, self._history, leave_then=self._leave_then,
                                    show=self.show, changed=self.story_changed.emit,
                                    spiked=self.stories_spiked.emit)
        self._state = DeskState.OPENING
        self._open_id: int | None = None
        self._started = False
        self._finished = False
        self._command: Command | None = None
        self._before = DeskState.OPENING  # the state the command in flight started from
        self._open_target = _NEW  # the newest story asked for while an open is on its way
        self._queued_open: int | None = None  # asked for while another command was on its way
        self._reading: TaskHandle | None = None
        # The runner's latest-wins channel, one per session (two windows open independently).
        self._open_channel = f"desk-open-{id(self)}"
        self._closer = DeskCloser(self.autosaver, editor, newsroom_closed=newsroom_closed,
                                  decided=self._on_close_decided, parent=self)
        self.autosaver.state_changed.connect(self._on_save_state)
        self.autosaver.saving_changed.connect(self._on_saving)
        self.autosaver.article_saved.connect(self._on_saved)
        editor.edited.connect(self._on_edited)

    # -- state ---------------------------------------------------------------------------------
    @property
    def state(self) -> DeskState:
        return self._state

    @property
    def open_id(self) -> int | None:
        """The stored story the editor shows (None: a new story not stored yet, or none)."""
        return self._open_id

    @property
    def started(self) -> bool:
        """A story was shown, or the user began one: the start-up story must not replace it."""
        return self._started

    @property
    def busy(self) -> bool:
        """A command is on its way; the next waits for its outcome (opens: the latest wins)."""
        return self._command is not None

    @property
    def command(self) -> Command | None:
        """The command in flight (None: none)."""
        return self._command

    @property
    def busy_text(self) -> str:
        """What the editor says while a command is on its way ("" when none is)."""
        return self.tr(self._command.value) if self._command is not None else ""

    @property
    def finished(self) -> bool:
        """The window went (:meth:`finish`): nothing more starts."""
        return self._finished

    @property
    def closing(self) -> bool:
        """A close was asked for and its verdict has not come yet."""
        return self._closer.pending

    def _set_state(self, state: DeskState) -> None:
        if state is self._state:
            return
        self._state = state
        self.state_changed.emit(state.value)

    def _settled_state(self) -> DeskState:
        """The state the autosave's outcome implies once nothing is on its way."""
        return settled_state(self.autosaver.state, self.autosaver.saving)

    def _restore_state(self) -> None:
        """A command that showed nothing new: the state the story shown implies."""
        self._set_state(DeskState.OPENING if self._before is DeskState.OPENING
                        and self._open_id is None else self._settled_state())

    def _on_save_state(self, value: str, message: str) -> None:
        if SaveState(value) is SaveState.CONFLICT:
            self.conflict_found.emit(message)
        self._on_saving()

    def _on_saving(self, _saving: bool = False) -> None:
        """A save went or landed: the state follows it (not while opening or closing)."""
        if self._state not in (DeskState.CLOSING, DeskState.OPENING):
            self._set_state(self._settled_state())

    def _on_saved(self, article: Article) -> None:
        created = self._open_id is None
        self._open_id = article.id
        if created:
            self.story_created.emit(article)
        self.story_saved.emit(article)

    def _on_edited(self) -> None:
        self._started = True  # typing before the last story came back starts a new one

    # -- one command at a time -----------------------------------------------------------------
    def _begin(self, command: Command) -> bool:
        """Start ``command``; False (and a word to the user) while another is on its way."""
        if self._state is DeskState.CLOSING or self._closer.pending:
            return False
        if self._command is not None:
            self.messages.info(self.tr("Not now: {0} Try again in a moment.").format(
                self.busy_text))
            return False
        self._command = command
        self._before = self._state
        self.busy_changed.emit(True)
        return True

    def _end(self) -> None:
        """The command's outcome arrived: the next may start (a close asked meanwhile goes on)."""
        if self._command is None:
            return
        self._command = None
        self._reading = None
        queued, self._queued_open = self._queued_open, None
        self.busy_changed.emit(False)
        if self._closer.pending:
            self._closer.go()
        elif queued is not None:
            self._request_open(queued)

    def _leave_then(self, then: Callable[[], None], refused: Callable[[], None]) -> None:
        """Save the open story, then ``then()``; ``refused()`` (after saying why) when the
        text could not be stored: the next story never loads before the save has landed."""

        def landed(stored: bool) -> None:
            if self._command is None or self._state is DeskState.CLOSING:
                return  # ended meanwhile (the window went)
            if stored or is_blank(self.editor.current_article()):
                then()
                return
            self.messages.info(self.tr("Stayed on this story so nothing is lost: {0}").format(
                self.autosaver.message), about="save")
            refused()

        self.autosaver.flush(landed)

    # -- showing and opening -------------------------------------------------------------------
    def show(self, article: Article | None) -> None:
        """Put ``article`` (as stored; None: a new story) in the editor, no database call."""
        self._started = True
        self.editor.load(article)
        self.autosaver.loaded(article)
        self._open_id = article.id if article is not None else None
        self._set_state(DeskState.READY)
        self.story_opened.emit(article)

    def open(self, article_id: int) -> None:
        """Show a stored story (after the open one is saved); the outcome comes as
        ``story_opened`` or ``open_failed``. Asked again meanwhile, the latest story wins."""
        self._started = True
        self._request_open(article_id)

    def new_story(self) -> None:
        """An empty story in the editor (after the open one is saved): ``story_opened(None)``."""
        self._started = True
        self._request_open(_NEW)

    def _request_open(self, target: int) -> None:
        if self._command is Command.OPEN:
            # Latest request wins: the story asked for last is the one shown.
            self._open_target = target
            if self._reading is not None:  # the save landed; a read is on its way
                self._proceed_open()
            return  # still saving: the save's landing goes on with the newest story
        if target != _NEW and target == self._open_id and self._command is None:
            return  # shown already
        if self._command is not None and not self._closer.pending:
            # Another command is on its way (a reload, a move): the story asked for opens
            # when it has landed; asked again meanwhile, the latest wins.
            self._queued_open = target
            return
        if not self._begin(Command.OPEN):
            if target != _NEW:
                self.open_failed.emit(target)
            return
        self._open_target = target
        self._set_state(DeskState.OPENING)
        self._leave_then(self._proceed_open, self._open_refused)

    def _proceed_open(self) -> None:
        target = self._open_target
        if target == _NEW or target == self._open_id:
            if self._reading is not None:
                self._reading.cancel()  # an older request's story must never be shown
            if target == _NEW:
                self.show(None)
            else:
                self._restore_state()  # asked back to the story shown: nothing to read
            self._end()
            return
        # A newer read on the channel drops the older one's outcome (the runner's latest wins).
        self._reading = self.runner.run(
            self.articles.get, target, on_result=self._on_read,
            on_error=lambda exc: self._on_read_failed(target, exc), channel=self._open_channel)

    def _on_read(self, article: Article) -> None:
        self.show(article)
        self._end()

    def _on_read_failed(self, article_id: int, exc: BaseException) -> bool:
        self._restore_state()
        self._end()
        # open_failed first: the list goes back to the story shown before a gone story's row
        # leaves it (removing the current row would move the list on and open its neighbour).
        self.open_failed.emit(article_id)
        if isinstance(exc, NotFoundError):
            self.messages.info(error_text(exc))
            self.story_missing.emit(article_id)
        elif isinstance(exc, NewsdeskError):
            self.messages.warning(
                self.tr("The story could not be opened: {0}").format(error_text(exc)))
        return isinstance(exc, NewsdeskError)  # anything else is a bug: the runner says it

    def _open_refused(self) -> None:
        target = self._open_target
        self._restore_state()
        self._end()
        if target != _NEW:
            self.open_failed.emit(target)

    def reload(self) -> None:
        """Drop what the editor holds and show the stored story (the way out of a conflict);
        ``story_reloaded`` when it is shown."""
        if not self._begin(Command.RELOAD):
            return
        self.autosaver.discard()
        self._set_state(DeskState.OPENING)
        # A save on its way lands first: the reloaded text must not be older than the stored.
        self.autosaver.after_saves(self._reread)

    def _reread(self) -> None:
        if self._command is not Command.RELOAD:
            return
        if self._open_id is None:
            self.show(None)
            self._end()
            return
        article_id = self._open_id
        self._reading = self.runner.run(
            self.articles.get, article_id, on_result=self._on_reloaded,
            on_error=lambda exc: self._on_reload_failed(article_id, exc),
            channel=self._open_channel)

    def _on_reloaded(self, article: Article) -> None:
        self.show(article)
        self._end()
        self.story_reloaded.emit(article)
        self.messages.info(self.tr("Reloaded the stored story."))

    def _on_reload_failed(self, article_id: int, exc: BaseException) -> bool:
        if isinstance(exc, NotFoundError):
            self.show(None)
            self._end()
            self.messages.info(error_text(exc))
            self.story_missing.emit(article_id)
            return True
        self._set_state(self._settled_state())
        self._end()
        if not isinstance(exc, NewsdeskError):
            return False
        self.messages.warning(self.tr("The stored story could not be read: {0}")
                              .format(error_text(exc)))
        return True

    def conflict_actions(self) -> list[MessageAction]:
        """The two ways out of a refused save: take the stored text, or keep mine as a copy."""
        return self._conflict.actions()

    def save_as_copy(self, then: Callable[[bool], None] | None = None) -> None:
        """The way out of a conflict that keeps both texts: mine becomes a new draft, the
        editor moves to it (``story_copied``); the stored story keeps the colleague's.
        ``then(stored)`` once its outcome is known (closing goes on from it)."""
        self._conflict.save_as_copy(then)

    # -- workflow and desk actions (their own modules) -----------------------------------------
    def _say_not_ready(self, status: Status, problems: list[Problem]) -> None:
        """A move refused for readiness (said here: lupdate finds a plural only in tr())."""
        self.move_refused.emit(problems)
        count = len(problems)
        self.messages.warning(english_plural(
            self.tr("Not moved to {0}: %n thing(s) to fix first — click one under “Ready "
                    "to publish?” to jump to it.", None, count), count
        ).format(status_label(status).lower()), about="ready")

    def save_revision(self, note: str = "") -> None:
        """Save now and record a named revision (``revision_recorded`` with its number)."""
        self._workflow.save_revision(note)

    def move_to_status(self, status: Status) -> None:
        """Move the open story (``status_moved``); ready/published are checked, problems
        reported to click (``move_refused``)."""
        self._workflow.move_to_status(status)

    def duplicate(self, article_id: int) -> None:
        """A new draft copy of the story, opened (``story_changed``, then ``story_opened``
        with the copy); undo deletes it."""
        self._actions.duplicate(article_id)

    def spike(self, article_ids: Sequence[int]) -> None:
        """Archive stories (one undo step); ``stories_spiked`` with the ids spiked."""
        self._actions.spike(article_ids)

    def undo(self) -> None:
        """Undo the last desk action; says what was undone, or why not (``replayed``)."""
        self._history.replay(undo=True)

    def redo(self) -> None:
        self._history.replay(undo=False)

    # -- closing -------------------------------------------------------------------------------
    def close(self, choice: CloseChoice = CloseChoice.SAVE) -> None:
        """Decide what becomes of the open text as the window goes: ``close_decided`` with the
        verdict once the save has landed (at once when there is nothing to save).

        The newsroom unavailable: the journal keeps the text (CLOSE_KEPT_HERE: tell the user).
        A conflict or a refused field: STAY, the user chooses (keep here, or discard). A
        command on its way ends first; a save that does not land in CLOSE_WAIT_MS leaves the
        text in the journal.
        """
        if self._finished or self._closer.pending:
            return
        self._closer.ask(choice)
        if self._command is Command.OPEN and self._reading is not None:
            self._reading.cancel()  # a story nobody will see: drop it
            self._restore_state()
            self._end()  # goes on with the close
            return
        if self._command is None:
            self._closer.go()

    def _on_close_decided(self, verdict: CloseVerdict) -> None:
        self._set_state(self._settled_state() if verdict is CloseVerdict.STAY
                        else DeskState.CLOSING)
        self.close_decided.emit(verdict)

    def finish(self) -> bool:
        """The window goes: the journal's writer stops; no command starts any more.

        Call it once ``close_decided`` said the window may go (the save has landed by then).
        True the first time; False when it had finished already (a window closed twice).
        """
        if self._finished:
            return False
        self._finished = True
        self._closer.stop()
        if self._reading is not None:
            self._reading.cancel()
        self._set_state(DeskState.CLOSING)
        if self.journal_writer is not None:
            self.journal_writer.close()
        return True

