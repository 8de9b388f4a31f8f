"""The desk session: the open story's life cycle (open, new, save, reload, copy, move, spike,
duplicate, undo) without a widget, so it is tested against the services without a window.

The window shows what the session says happened (its signals) and forwards what the user
asks; it keeps no flags of its own about the story. Every database round trip runs on the
task runner: autosaves fire and forget (:class:`~newsdesk.ui.autosave.Autosaver`), commands
wait for their outcome in a nested event loop (:mod:`newsdesk.ui.waiting`), so the window
keeps painting while the newsroom answers and nothing goes on before the save that covers
the text has landed.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from newsdesk.domain.article import Article, Status
from newsdesk.domain.errors import ConflictError, NewsdeskError, NotFoundError, NotReadyError
from newsdesk.ui.autosave import Autosaver, EditorLike, SaveState, is_blank
from newsdesk.ui.commands import CreateCommand, SpikeCommand
from newsdesk.ui.error_text import error_text
from newsdesk.ui.messages import MessageAction, MessageBus
from newsdesk.ui.noop import QT_TRANSLATE_NOOP
from newsdesk.ui.plural import english_plural
from newsdesk.ui.status_labels import status_label
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.waiting import call, wait_until

if TYPE_CHECKING:
    from newsdesk.services.articles import ArticleService
    from newsdesk.services.recovery_journal import RecoveryJournal

log = logging.getLogger(__name__)

SAVE_AS_COPY = QT_TRANSLATE_NOOP("DeskSession", "Save Mine as a Copy")
RELOAD_STORY = QT_TRANSLATE_NOOP("DeskSession", "Reload Story")
CLOSE_WAIT_MS = 10_000
"""How long closing waits for a save on its way (the journal keeps the text either way)."""


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


class StoryEditor(EditorLike, Protocol):
    """What the session needs from the editor widget (or from a test's stand-in)."""

    def load(self, article: Article | None) -> None: ...

    def set_status(self, status: Status) -> None: ...


class DeskSession(QObject):
    """The open story's life cycle over the services, reported by signals.

    Signals:
        state_changed(str): the :class:`DeskState` value.
        story_opened(object): the editor shows this Article as stored (None: a new story).
        story_created(object): a new story's first save landed; the Article as stored.
        story_saved(object): a save landed; the Article as stored (new id, version).
        story_missing(int): a story asked for is gone (a colleague deleted it).
        story_reloaded(object): the stored Article replaced the editor's text on purpose.
        story_copied(object): the editor's text was kept as this new draft (conflict way out).
        status_moved(object): the open story moved; the Article as stored.
        move_refused(object): the move was refused for these readiness problems (a list).
        story_changed(object, int): a desk action (spike, duplicate, undo) left the story with
            this id as this Article (None: it is gone).
        conflict_found(str): a save or a move was refused by a newer stored version.
        journal_failed(str): the recovery journal on this computer cannot be written.
    """

    state_changed = Signal(str)
    """The :class:`DeskState` value, on every change."""
    story_opened = Signal(object)
    """The editor shows this Article exactly as stored (None: a new, empty story)."""
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
    status_moved = Signal(object)
    """The open story moved through the workflow; the Article as stored."""
    move_refused = Signal(object)
    """A move to ready/published was refused; the readiness problems (list) to fix first."""
    story_changed = Signal(object, int)
    """(Article or None, id) after a spike, a duplicate, or an undo/redo of one."""
    conflict_found = Signal(str)
    """A newer stored version refused a save or a move; the message says what to do."""
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
        self._undo_refused = False
        self._finished = False
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

    def _on_save_state(self, value: str, message: str) -> None:
        if self._state in (DeskState.CLOSING, DeskState.OPENING):
            return
        self._set_state(self._settled_state())
        if SaveState(value) is SaveState.CONFLICT:
            self.conflict_found.emit(message)

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

    # -- showing and opening -------------------------------------------------------------------
    def show(self, article: Article | None) -> None:
        """Put ``article`` (as stored; None: a new story) in the editor, no database call."""
        self._started = True
        self.editor.load(article)
        self.autosaver.loaded(article)
        self._open_id = article.id if article is not None else None
        self._set_state(DeskState.READY)
        self.story_opened.emit(article)

    def leave_current(self) -> bool:
        """Save the open story before another is shown; refuse (and say why) if it cannot be.

        Waits for the save on its way, so the next story never loads before it has landed.
        """
        if self.autosaver.save_now():
            return True
        if is_blank(self.editor.current_article()):
            return True
        self.messages.info(self.tr("Stayed on this story so nothing is lost: {0}").format(
            self.autosaver.message), about="save")
        return False

    def open(self, article_id: int) -> bool:
        """Show a stored story (saving the open one first); False when it stayed as it was."""
        self._started = True
        if article_id == self._open_id:
            return True
        if not self.leave_current():
            return False
        before = self._state
        self._set_state(DeskState.OPENING)
        try:
            article = call(self.runner, self.articles.get, article_id)
        except NotFoundError as exc:
            self._set_state(before)
            self.messages.info(error_text(exc))
            self.story_missing.emit(article_id)
            return False
        except NewsdeskError as exc:
            self._set_state(before)
            self.messages.warning(
                self.tr("The story could not be opened: {0}").format(error_text(exc)))
            return False
        self.show(article)
        return True

    def new_story(self) -> bool:
        """An empty story in the editor (after the open one is saved)."""
        self._started = True
        if not self.leave_current():
            return False
        self.show(None)
        return True

    def reload(self) -> None:
        """Drop what the editor holds and show the stored story (the way out of a conflict)."""
        self.autosaver.discard()
        # A save on its way lands first: the reloaded text must not be older than the stored.
        wait_until(lambda: not self.autosaver.saving)
        if self._open_id is None:
            self.show(None)
            return
        article_id = self._open_id
        self._set_state(DeskState.OPENING)
        try:
            article = call(self.runner, self.articles.get, article_id)
        except NotFoundError as exc:
            self.messages.info(error_text(exc))
            self.story_missing.emit(article_id)
            self.show(None)
            return
        except NewsdeskError as exc:
            self._set_state(self._settled_state())
            self.messages.warning(self.tr("The stored story could not be read: {0}")
                                  .format(error_text(exc)))
            return
        self.show(article)
        self.story_reloaded.emit(article)
        self.messages.info(self.tr("Reloaded the stored story."))

    def conflict_actions(self) -> list[MessageAction]:
        """The two ways out of a refused save: take the stored text, or keep mine as a copy."""
        return [MessageAction(self.tr(RELOAD_STORY), self.reload),
                MessageAction(self.tr(SAVE_AS_COPY), self.save_as_copy)]

    def save_as_copy(self) -> Article | None:
        """The way out of a conflict that keeps both texts: mine becomes a new draft.

        The stored story keeps the colleague's version; the editor moves to the copy. The
        copy is made by the service (``ArticleService.save_as_new_draft``), in one write.
        """
        mine = self.editor.current_article()
        try:
            saved: Article = call(self.runner, _save_as_new_draft, self.articles, mine,
                                  self.tr(" (my version)"))
        except NewsdeskError as exc:
            self.messages.warning(self.tr("The copy was not saved either: {0}").format(
                error_text(exc)),
                                  about="save")
            return None
        self.autosaver.discard()
        self.show(saved)
        self.story_copied.emit(saved)
        self.messages.info(self.tr(
            "Your text is saved as a new draft, “{0}”; the original keeps the version saved "
            "elsewhere.").format(saved.headline))
        return saved

    # -- revisions and workflow ----------------------------------------------------------------
    def save_revision(self, note: str = "") -> int | None:
        """Save now and record a named revision; its number (None: nothing recorded)."""
        if not self.autosaver.save_now():
            self.messages.info(self.autosaver.message)
            return None
        if self._open_id is None:
            self.messages.info(self.tr("Type a headline first: a new story is kept once it "
                                       "has one."))
            return None
        article_id = self._open_id
        note = note.strip()
        try:
            unchanged = call(self.runner, self.articles.revision_of_now, article_id)
            if unchanged is not None and not note:
                # A second Ctrl+S with nothing new would only repeat the same text.
                self.messages.info(self.tr("Saved; no change since revision {0}, so no new "
                                           "one.").format(unchanged))
                return int(unchanged)
            note = note or self.tr("Saved as a revision")
            number = int(call(self.runner, _record_revision, self.articles, article_id, note))
        except NewsdeskError as exc:
            self.messages.info(self.tr("Revision not recorded: {0}").format(error_text(exc)))
            return None
        self.messages.info(self.tr("Saved; revision {0} recorded ({1}).").format(number, note))
        return number

    def move_to_status(self, status: Status) -> bool:
        """Move the open story; ready/published are checked, problems reported to click."""
        if not self.autosaver.save_now() or self._open_id is None:
            self.messages.info(self.autosaver.message
                               or self.tr("Type a headline first to keep the story."))
            self._reset_editor_status()
            return False
        article_id = self._open_id
        version = self.editor.current_article().version
        try:
            article: Article = call(self.runner, _set_status, self.articles, article_id,
                                    status, version)
        except NotReadyError as exc:
            self.move_refused.emit(list(exc.problems))
            count = len(exc.problems)
            self.messages.warning(english_plural(
                self.tr("Not moved to {0}: %n thing(s) to fix first — click one under “Ready "
                        "to publish?” to jump to it.", None, count), count
            ).format(status_label(status).lower()), about="ready")
            self._reset_editor_status()
            return False
        except (ConflictError, NotFoundError) as exc:
            self.conflict_found.emit(error_text(exc))
            self.messages.warning(error_text(exc), actions=self.conflict_actions(), about="save")
            self._reset_editor_status()
            return False
        except NewsdeskError as exc:
            self.messages.warning(self.tr("Not moved: {0}").format(error_text(exc)), about="save")
            self._reset_editor_status()
            return False
        self.editor.mark_saved(article)
        self.status_moved.emit(article)
        self.messages.info(self.tr("Moved to {0}.").format(status_label(status).lower()))
        return True

    def _reset_editor_status(self) -> None:
        """The editor's status control goes back to the stored status (a refused move)."""
        self.editor.set_status(self.editor.current_article().status)

    # -- desk actions with undo ----------------------------------------------------------------
    def duplicate(self, article_id: int) -> Article | None:
        """A new draft copy of the story (made by the service), opened; undo deletes it."""
        if not self.leave_current():
            return None
        try:
            copy: Article = call(self.runner, self.articles.duplicate, article_id)
        except NewsdeskError as exc:
            self.messages.info(self.tr("Not duplicated: {0}").format(error_text(exc)))
            return None
        self.undo_stack.push(CreateCommand(
            self.articles, copy, self.tr("Duplicate “{0}”").format(copy.headline),
            self._on_command_changed, self._on_command_failed, self._call))
        self.story_changed.emit(copy, copy.id or 0)
        self.open(copy.id or 0)
        return copy

    def spike(self, article_ids: Sequence[int]) -> list[int]:
        """Archive stories (one undo step); the ids actually spiked."""
        if self._open_id in article_ids and not self.autosaver.save_now():
            self.messages.info(self.autosaver.message)
            return []
        spiked_ids: list[int] = []
        self.undo_stack.beginMacro(self.tr("Spike {0} stories").format(len(article_ids))
                                   if len(article_ids) > 1 else self.tr("Spike"))
        try:
            for article_id in article_ids:
                try:
                    spiked, previous = call(self.runner, self.articles.spike, article_id)
                except NewsdeskError as exc:
                    self.messages.info(self.tr("Not spiked: {0}").format(error_text(exc)))
                    continue
                self.undo_stack.push(SpikeCommand(self.articles, spiked, previous,
                                                  self._on_command_changed,
                                                  self._on_command_failed, self._call))
                spiked_ids.append(article_id)
                self._on_command_changed(spiked, article_id)
        finally:
            self.undo_stack.endMacro()
        return spiked_ids

    def undo(self) -> None:
        """Undo the last desk action; says what was undone, or why it could not be."""
        self._replay(self.undo_stack.undoText(), self.undo_stack.undo,
                     QT_TRANSLATE_NOOP("DeskSession", "Undone: {0}."))

    def redo(self) -> None:
        self._replay(self.undo_stack.redoText(), self.undo_stack.redo,
                     QT_TRANSLATE_NOOP("DeskSession", "Redone: {0}."))

    def _replay(self, text: str, step: Callable[[], None], done: str) -> None:
        self._undo_refused = False
        step()
        if not self._undo_refused:  # a refusal said so itself
            self.messages.info(self.tr(done).format(text))

    def _call(self, fn: Callable[[], Any]) -> Any:
        """An undo's service call: on the runner, awaited with the window still painting."""
        return call(self.runner, fn)

    def _on_command_changed(self, article: Article | None, article_id: int) -> None:
        self.story_changed.emit(article, article_id)

    def _on_command_failed(self, message: str) -> None:
        self._undo_refused = True
        self.messages.info(message)

    # -- closing -------------------------------------------------------------------------------
    def close(self, choice: CloseChoice = CloseChoice.SAVE) -> CloseVerdict:
        """Decide what becomes of the open text as the window goes.

        The newsroom unavailable: the journal keeps the text (CLOSE_KEPT_HERE: tell the user).
        A conflict or a refused field: STAY, the user chooses (keep here, or discard).
        """
        if choice is CloseChoice.DISCARD:
            self.autosaver.discard()
        elif choice is CloseChoice.KEEP_HERE or self._newsroom_closed():
            # Kept here; or the newsroom was closed before its window (a script, a test):
            # nothing can be written to it any more, the journal offers the text next time.
            self.autosaver.flush_journal()
        elif not self.autosaver.save_now(CLOSE_WAIT_MS) \
                and not is_blank(self.editor.current_article()):
            kept = self.autosaver.flush_journal()
            if not (self.autosaver.offline and kept):
                self._set_state(self._settled_state())
                return CloseVerdict.STAY
            self._set_state(DeskState.CLOSING)
            return CloseVerdict.CLOSE_KEPT_HERE
        self._set_state(DeskState.CLOSING)
        return CloseVerdict.CLOSE

    def finish(self) -> bool:
        """The window goes: saves still on their way land, the journal's writer stops.

        True the first time; False when it had finished already (a window closed twice).
        """
        if self._finished:
            return False
        self._finished = True
        self._set_state(DeskState.CLOSING)
        wait_until(lambda: not self.autosaver.saving, CLOSE_WAIT_MS)
        if self.journal_writer is not None:
            self.journal_writer.close()
        return True


def _save_as_new_draft(articles: ArticleService, article: Article, suffix: str) -> Article:
    return articles.save_as_new_draft(article, suffix=suffix)


def _record_revision(articles: ArticleService, article_id: int, note: str) -> int:
    return articles.record_revision(article_id, note=note)


def _set_status(articles: ArticleService, article_id: int, status: Status,
                version: int) -> Article:
    return articles.set_status(article_id, status, version=version)
