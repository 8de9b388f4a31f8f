"""The desk session: the open story's life cycle (open, new, save, reload, copy, move, spike,
duplicate, undo, close) without a widget, so it is tested against the services without a
window.

The window shows what the session says happened (its signals) and forwards what the user
asks; it keeps no flags of its own about the story. The window never waits on the database:
each command starts its work on the task runner and returns at once, and its outcome arrives
later as a signal. One command is in flight at a time (:attr:`DeskSession.busy`); a command
that leaves the story goes on only once the save that covers the text has landed
(:meth:`Autosaver.flush`); for opening stories the latest request wins.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from newsdesk.domain.article import Article, Status
from newsdesk.domain.errors import ConflictError, NewsdeskError, NotFoundError, NotReadyError
from newsdesk.ui.autosave import Autosaver, EditorLike, SaveState, is_blank
from newsdesk.ui.commands import CreateCommand, SpikeCommand
from newsdesk.ui.error_text import error_text
from newsdesk.ui.messages import MessageAction, MessageBus
from newsdesk.ui.noop import QT_TRANSLATE_NOOP
from newsdesk.ui.plural import english_plural
from newsdesk.ui.status_labels import status_label
from newsdesk.ui.tasks import TaskHandle, TaskRunner

if TYPE_CHECKING:
    from newsdesk.services.articles import ArticleService
    from newsdesk.services.recovery_journal import RecoveryJournal

log = logging.getLogger(__name__)

SAVE_AS_COPY = QT_TRANSLATE_NOOP("DeskSession", "Save Mine as a Copy")
RELOAD_STORY = QT_TRANSLATE_NOOP("DeskSession", "Reload Story")
CLOSE_WAIT_MS = 10_000
"""How long closing waits for a save on its way before it goes with the text in the journal."""
_NEW = 0
"""The story to open when it is a new one (stored stories' ids start at 1)."""


class DeskState(enum.StrEnum):
    """Where the open story's life cycle is (one value, instead of a window's flags)."""

    OPENING = "opening"  # a story is being read from the newsroom
    READY = "ready"  # the editor shows a story; typing is saved as it comes
    SAVING = "saving"  # a save is on its way to the newsroom (typing goes on)
    OFFLINE = "offline"  # the newsroom is unavailable; the text waits in the journal
    CONFLICT = "conflict"  # a save was refused (a colleague's newer version, a bad field)
    CLOSING = "closing"  # the window goes; nothing more is written


class CloseChoice(enum.Enum):
    """What the user chose for the open text when closing."""

    SAVE = "save"  # the usual: save it, keep it on this computer if the newsroom is away
    KEEP_HERE = "keep-here"  # a refused save: keep the text in the journal for the next start
    DISCARD = "discard"  # a refused save: throw the text away on purpose


class CloseVerdict(enum.Enum):
    """Whether the window may go, and whether it must say where the text is first."""

    CLOSE = "close"
    CLOSE_KEPT_HERE = "close-kept-here"  # the newsroom is away: the text is in the journal
    STAY = "stay"  # a conflict or a refused field: the user decides first


class Command(enum.Enum):
    """The desk command in flight; its value is what the editor says meanwhile."""

    OPEN = QT_TRANSLATE_NOOP("DeskSession", "Opening…")
    RELOAD = QT_TRANSLATE_NOOP("DeskSession", "Reading the stored story…")
    COPY = QT_TRANSLATE_NOOP("DeskSession", "Saving your text as a copy…")
    REVISION = QT_TRANSLATE_NOOP("DeskSession", "Recording a revision…")
    MOVE = QT_TRANSLATE_NOOP("DeskSession", "Moving the story…")
    DUPLICATE = QT_TRANSLATE_NOOP("DeskSession", "Duplicating…")
    SPIKE = QT_TRANSLATE_NOOP("DeskSession", "Spiking…")
    UNDO = QT_TRANSLATE_NOOP("DeskSession", "Undoing…")
    REDO = QT_TRANSLATE_NOOP("DeskSession", "Redoing…")


class StoryEditor(EditorLike, Protocol):
    """What the session needs from the editor widget (or from a test's stand-in)."""

    def load(self, article: Article | None) -> None: ...

    def set_status(self, status: Status) -> None: ...


@dataclass
class _Replay:
    """An undo or redo on its way: the stack's index moved when its steps started."""

    command: QUndoCommand  # the stack's top-level command (a macro for several spikes)
    undo: bool
    text: str
    pending: int = 0
    started: bool = False  # every step has been started (the stack's call returned)
    refused: bool = False


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
        self._newsroom_closed = newsroom_closed
        self.autosaver = Autosaver(articles, editor, journal=self.journal_writer,
                                   runner=self.runner, newsroom_closed=newsroom_closed,
                                   parent=self)
        self.undo_stack = QUndoStack(self)
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
        self._replay: _Replay | None = None
        self._closing: CloseChoice | None = None  # a close asked for, not decided yet
        self._close_timer = QTimer(self)
        self._close_timer.setSingleShot(True)
        self._close_timer.setInterval(CLOSE_WAIT_MS)
        self._close_timer.timeout.connect(self._on_close_timed_out)
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
        return self._closing is not None

    def _set_state(self, state: DeskState) -> None:
        if state is self._state:
            return
        self._state = state
        self.state_changed.emit(state.value)

    def _settled_state(self) -> DeskState:
        """The state the autosave's outcome implies once nothing is on its way."""
        save = self.autosaver.state
        if save is SaveState.OFFLINE:
            return DeskState.OFFLINE
        if save in (SaveState.CONFLICT, SaveState.INVALID):
            return DeskState.CONFLICT
        return DeskState.SAVING if self.autosaver.saving else DeskState.READY

    def _restore_state(self) -> None:
        """A command that showed nothing new: the state the story shown implies."""
        self._set_state(DeskState.OPENING if self._before is DeskState.OPENING
                        and self._open_id is None else self._settled_state())

    def _on_save_state(self, value: str, message: str) -> None:
        if SaveState(value) is SaveState.CONFLICT:
            self.conflict_found.emit(message)
        if self._state not in (DeskState.CLOSING, DeskState.OPENING):
            self._set_state(self._settled_state())

    def _on_saving(self, _saving: bool) -> None:
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
        if self._state is DeskState.CLOSING or self._closing is not None:
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
        if self._closing is not None:
            self._close_now()
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
        if self._command is not None and self._closing is None:
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
        return [MessageAction(self.tr(RELOAD_STORY), self.reload),
                MessageAction(self.tr(SAVE_AS_COPY), self.save_as_copy)]

    def save_as_copy(self) -> None:
        """The way out of a conflict that keeps both texts: mine becomes a new draft.

        The stored story keeps the colleague's version; the editor moves to the copy
        (``story_copied``). The copy is made by the service (``save_as_new_draft``), in one
        write.
        """
        if not self._begin(Command.COPY):
            return
        self.runner.run(_save_as_new_draft, self.articles, self.editor.current_article(),
                        self.tr(" (my version)"), on_result=self._on_copied,
                        on_error=self._on_copy_failed)

    def _on_copied(self, saved: Article) -> None:
        self.autosaver.discard()
        self.show(saved)
        self._end()
        self.story_copied.emit(saved)
        self.messages.info(self.tr(
            "Your text is saved as a new draft, “{0}”; the original keeps the version saved "
            "elsewhere.").format(saved.headline))

    def _on_copy_failed(self, exc: BaseException) -> bool:
        self._end()
        if not isinstance(exc, NewsdeskError):
            return False
        self.messages.warning(self.tr("The copy was not saved either: {0}").format(
            error_text(exc)), about="save")
        return True

    # -- revisions and workflow ----------------------------------------------------------------
    def save_revision(self, note: str = "") -> None:
        """Save now and record a named revision (``revision_recorded`` with its number)."""
        if not self._begin(Command.REVISION):
            return
        self.autosaver.flush(lambda stored: self._record_revision(note.strip(), stored))

    def _record_revision(self, note: str, stored: bool) -> None:
        if not stored:
            self._end()
            self.messages.info(self.autosaver.message)
            return
        if self._open_id is None:
            self._end()
            self.messages.info(self.tr("Type a headline first: a new story is kept once it "
                                       "has one."))
            return
        said = note or self.tr("Saved as a revision")
        self.runner.run(_revision, self.articles, self._open_id, note, said,
                        on_result=lambda outcome: self._on_revision(said, outcome),
                        on_error=self._on_revision_failed)

    def _on_revision(self, note: str, outcome: tuple[int, bool]) -> None:
        number, recorded = outcome
        self._end()
        if recorded:
            self.messages.info(self.tr("Saved; revision {0} recorded ({1}).").format(
                number, note))
        else:
            # A second Ctrl+S with nothing new would only repeat the same text.
            self.messages.info(self.tr("Saved; no change since revision {0}, so no new "
                                       "one.").format(number))
        self.revision_recorded.emit(number)

    def _on_revision_failed(self, exc: BaseException) -> bool:
        self._end()
        if not isinstance(exc, NewsdeskError):
            return False
        self.messages.info(self.tr("Revision not recorded: {0}").format(error_text(exc)))
        return True

    def move_to_status(self, status: Status) -> None:
        """Move the open story (``status_moved``); ready/published are checked, problems
        reported to click (``move_refused``)."""
        if not self._begin(Command.MOVE):
            self._reset_editor_status()
            return
        self.autosaver.flush(lambda stored: self._move(status, stored))

    def _move(self, status: Status, stored: bool) -> None:
        if not stored or self._open_id is None:
            self._end()
            self.messages.info(self.autosaver.message
                               or self.tr("Type a headline first to keep the story."))
            self._reset_editor_status()
            return
        version = self.editor.current_article().version
        self.runner.run(_set_status, self.articles, self._open_id, status, version,
                        on_result=lambda article: self._on_moved(status, article),
                        on_error=lambda exc: self._on_move_failed(status, exc))

    def _on_moved(self, status: Status, article: Article) -> None:
        self.editor.mark_saved(article)
        self._end()
        self.status_moved.emit(article)
        self.messages.info(self.tr("Moved to {0}.").format(status_label(status).lower()))

    def _on_move_failed(self, status: Status, exc: BaseException) -> bool:
        self._end()
        self._reset_editor_status()
        if isinstance(exc, NotReadyError):
            self.move_refused.emit(list(exc.problems))
            count = len(exc.problems)
            self.messages.warning(english_plural(
                self.tr("Not moved to {0}: %n thing(s) to fix first — click one under “Ready "
                        "to publish?” to jump to it.", None, count), count
            ).format(status_label(status).lower()), about="ready")
        elif isinstance(exc, ConflictError | NotFoundError):
            self.conflict_found.emit(error_text(exc))
            self.messages.warning(error_text(exc), actions=self.conflict_actions(), about="save")
        elif isinstance(exc, NewsdeskError):
            self.messages.warning(self.tr("Not moved: {0}").format(error_text(exc)), about="save")
        else:
            return False
        return True

    def _reset_editor_status(self) -> None:
        """The editor's status control goes back to the stored status (a refused move)."""
        self.editor.set_status(self.editor.current_article().status)

    # -- desk actions with undo ----------------------------------------------------------------
    def duplicate(self, article_id: int) -> None:
        """A new draft copy of the story (made by the service), opened; undo deletes it.

        ``story_changed`` then ``story_opened`` with the copy when it is made."""
        if not self._begin(Command.DUPLICATE):
            return
        self._leave_then(lambda: self._duplicate(article_id), self._end)

    def _duplicate(self, article_id: int) -> None:
        self.runner.run(self.articles.duplicate, article_id, on_result=self._on_duplicated,
                        on_error=self._on_duplicate_failed)

    def _on_duplicated(self, copy: Article) -> None:
        self.undo_stack.push(CreateCommand(
            self.articles, copy, self.tr("Duplicate “{0}”").format(copy.headline),
            self._on_command_changed, self._on_command_failed, self._start_step))
        self.story_changed.emit(copy, copy.id or 0)
        self.show(copy)
        self._end()

    def _on_duplicate_failed(self, exc: BaseException) -> bool:
        self._end()
        if not isinstance(exc, NewsdeskError):
            return False
        self.messages.info(self.tr("Not duplicated: {0}").format(error_text(exc)))
        return True

    def spike(self, article_ids: Sequence[int]) -> None:
        """Archive stories (one undo step); ``stories_spiked`` with the ids spiked."""
        ids = list(article_ids)
        if not ids or not self._begin(Command.SPIKE):
            return
        if self._open_id in ids:
            self.autosaver.flush(lambda stored: self._spike_saved(ids, stored))
        else:
            self._spike_all(ids)

    def _spike_saved(self, ids: list[int], stored: bool) -> None:
        if not stored:
            self._end()
            self.messages.info(self.autosaver.message)
            return
        self._spike_all(ids)

    def _spike_all(self, ids: list[int]) -> None:
        self.runner.run(_spike_each, self.articles, ids, on_result=self._on_spiked,
                        on_error=self._on_spike_failed)

    def _on_spiked(self, outcomes: list[tuple[int, tuple[Article, Status] | NewsdeskError]],
                   ) -> None:
        spiked = [(article_id, outcome) for article_id, outcome in outcomes
                  if not isinstance(outcome, NewsdeskError)]
        if spiked:
            self.undo_stack.beginMacro(self.tr("Spike {0} stories").format(len(spiked))
                                       if len(spiked) > 1 else self.tr("Spike"))
            for _article_id, (article, previous) in spiked:
                self.undo_stack.push(SpikeCommand(self.articles, article, previous,
                                                  self._on_command_changed,
                                                  self._on_command_failed, self._start_step))
            self.undo_stack.endMacro()
        self._end()  # before the list moves on: its next story opens as a command of its own
        for _article_id, outcome in outcomes:
            if isinstance(outcome, NewsdeskError):
                self.messages.info(self.tr("Not spiked: {0}").format(error_text(outcome)))
        for article_id, (article, _previous) in spiked:
            self._on_command_changed(article, article_id)
        self.stories_spiked.emit([article_id for article_id, _outcome in spiked])

    def _on_spike_failed(self, exc: BaseException) -> bool:
        self._end()
        self.stories_spiked.emit([])
        if not isinstance(exc, NewsdeskError):
            return False
        self.messages.info(self.tr("Not spiked: {0}").format(error_text(exc)))
        return True

    def undo(self) -> None:
        """Undo the last desk action; says what was undone, or why it could not be
        (``replayed``)."""
        self._start_replay(undo=True)

    def redo(self) -> None:
        self._start_replay(undo=False)

    def _start_replay(self, *, undo: bool) -> None:
        stack = self.undo_stack
        if not (stack.canUndo() if undo else stack.canRedo()):
            return
        if not self._begin(Command.UNDO if undo else Command.REDO):
            return
        index = stack.index()
        command = stack.command(index - 1 if undo else index)
        replay = _Replay(command, undo, stack.undoText() if undo else stack.redoText())
        self._replay = replay
        # The index moves now; each step's service call starts on the runner (_start_step).
        (stack.undo if undo else stack.redo)()
        replay.started = True
        if replay.pending == 0:
            self._step_done(replay, lambda: None, landed=False)

    def _start_step(self, work: Callable[[], Any], on_result: Callable[[Any], None],
                    on_error: Callable[[BaseException], bool]) -> None:
        """An undo step's service call (commands.Start): on the runner, counted, so the
        replay ends (and the stack is put right after a refusal) once every step landed."""
        replay = self._replay
        if replay is None:  # not through undo()/redo(): nothing to keep count for
            self.runner.run(work, on_result=on_result, on_error=on_error)
            return
        replay.pending += 1

        def failed(exc: BaseException) -> bool:
            replay.refused = True
            handled: list[bool] = []
            self._step_done(replay, lambda: handled.append(on_error(exc)))
            return all(handled)

        self.runner.run(work, on_result=lambda value: self._step_done(
            replay, lambda: on_result(value)), on_error=failed)

    def _step_done(self, replay: _Replay, then: Callable[[], None], *,
                   landed: bool = True) -> None:
        """A step landed: its outcome is applied (``then``); the last one ends the replay."""
        if landed:
            replay.pending -= 1
        last = replay.started and replay.pending == 0
        if not last:
            then()
            return
        self._replay = None
        if replay.refused:
            then()  # says why, while the command is still whole
            # The step did not happen, yet the index moved when it started: the command goes
            # (Qt drops an obsolete command without calling it), so the index says what is
            # true again and nothing is replayed over a colleague's change.
            replay.command.setObsolete(True)
            (self.undo_stack.redo if replay.undo else self.undo_stack.undo)()
            self._end()
        else:
            self._end()  # before the changes: the list moving on opens its story as a command
            then()
            done = (QT_TRANSLATE_NOOP("DeskSession", "Undone: {0}.") if replay.undo
                    else QT_TRANSLATE_NOOP("DeskSession", "Redone: {0}."))
            self.messages.info(self.tr(done).format(replay.text))
        self.replayed.emit(not replay.refused)

    def _on_command_changed(self, article: Article | None, article_id: int) -> None:
        self.story_changed.emit(article, article_id)

    def _on_command_failed(self, message: str) -> None:
        self.messages.info(message)

    # -- closing -------------------------------------------------------------------------------
    def close(self, choice: CloseChoice = CloseChoice.SAVE) -> None:
        """Decide what becomes of the open text as the window goes: ``close_decided`` with the
        verdict once the save has landed (at once when there is nothing to save).

        The newsroom unavailable: the journal keeps the text (CLOSE_KEPT_HERE: tell the user).
        A conflict or a refused field: STAY, the user chooses (keep here, or discard). A
        command on its way ends first; a save that does not land in CLOSE_WAIT_MS leaves the
        text in the journal.
        """
        if self._finished or self._closing is not None:
            return
        self._closing = choice
        self._close_timer.start()
        if self._command is Command.OPEN and self._reading is not None:
            self._reading.cancel()  # a story nobody will see: drop it
            self._restore_state()
            self._end()  # goes on with the close
            return
        if self._command is None:
            self._close_now()

    def _close_now(self) -> None:
        choice = self._closing
        if choice is CloseChoice.DISCARD:
            self.autosaver.discard()
            self.autosaver.after_saves(lambda: self._decide(CloseVerdict.CLOSE))
        elif choice is CloseChoice.KEEP_HERE or self._newsroom_closed():
            # Kept here; or the newsroom was closed before its window (a script, a test):
            # nothing can be written to it any more, the journal offers the text next time.
            self.autosaver.flush_journal()
            self.autosaver.after_saves(lambda: self._decide(CloseVerdict.CLOSE))
        else:
            self.autosaver.flush(self._on_close_saved)

    def _on_close_saved(self, stored: bool) -> None:
        if self._closing is None:
            return  # decided already (it took too long)
        if stored or is_blank(self.editor.current_article()):
            self._decide(CloseVerdict.CLOSE)
            return
        kept = self.autosaver.flush_journal()
        self._decide(CloseVerdict.CLOSE_KEPT_HERE if self.autosaver.offline and kept
                     else CloseVerdict.STAY)

    def _on_close_timed_out(self) -> None:
        """The newsroom did not answer in time: the text is in the journal, the window goes."""
        if self._closing is None:
            return
        log.warning("closing: the save did not land within %d ms; the text is kept on this "
                    "computer", CLOSE_WAIT_MS)
        kept = self.autosaver.flush_journal()
        self._decide(CloseVerdict.CLOSE_KEPT_HERE if kept else CloseVerdict.STAY)

    def _decide(self, verdict: CloseVerdict) -> None:
        if self._closing is None:
            return
        self._closing = None
        self._close_timer.stop()
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
        self._close_timer.stop()
        if self._reading is not None:
            self._reading.cancel()
        self._set_state(DeskState.CLOSING)
        if self.journal_writer is not None:
            self.journal_writer.close()
        return True


def _save_as_new_draft(articles: ArticleService, article: Article, suffix: str) -> Article:
    return articles.save_as_new_draft(article, suffix=suffix)


def _revision(articles: ArticleService, article_id: int, note: str,
              default_note: str) -> tuple[int, bool]:
    """The revision that holds the story now: (number, recorded). An unnamed Save Revision
    over a text already recorded records nothing new."""
    unchanged = articles.revision_of_now(article_id)
    if unchanged is not None and not note:
        return int(unchanged), False
    return int(articles.record_revision(article_id, note=note or default_note)), True


def _set_status(articles: ArticleService, article_id: int, status: Status,
                version: int) -> Article:
    return articles.set_status(article_id, status, version=version)


def _spike_each(articles: ArticleService, ids: list[int],
                ) -> list[tuple[int, tuple[Article, Status] | NewsdeskError]]:
    """Spike each story in turn; a refusal (gone, changed) is kept with its id, the rest go."""
    outcomes: list[tuple[int, tuple[Article, Status] | NewsdeskError]] = []
    for article_id in ids:
        try:
            outcomes.append((article_id, articles.spike(article_id)))
        except NewsdeskError as exc:
            outcomes.append((article_id, exc))
    return outcomes
