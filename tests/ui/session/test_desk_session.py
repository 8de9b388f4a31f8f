"""The desk session without a window: open, new, save off the GUI thread, conflict and its
ways out, status moves, spike and duplicate with undo, and closing; on SQLite and PostgreSQL.

A colleague's open write transaction on the story's row stands in for a slow newsroom: the
save waits for it on a worker while the GUI thread goes on (its timers tick, the user types).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, Status
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.recovery_journal import RecoveryJournal
from newsdesk.ui.autosave import SaveState
from newsdesk.ui.desk_session import CloseChoice, CloseVerdict, DeskSession, DeskState
from tests.helpers.desk import close_session, new_story, open_story, run, saved, wait_idle
from tests.ui.session.conftest import PlainEditor, row_locked

SOON = 10_000  # ms: generous bounds for a loaded machine, not timing assertions


def _story(newsroom: Newsroom, headline: str = "Bridge over the Vakhsh reopens") -> Article:
    return newsroom.articles.create(Article(headline=headline, body="The bridge reopened."))


@contextmanager
def _gui_clock() -> Iterator[list[int]]:
    """Counts the GUI thread's timer ticks meanwhile: proof that the window went on."""
    ticks: list[int] = []
    clock = QTimer()
    clock.timeout.connect(lambda: ticks.append(1))
    clock.start(20)
    try:
        yield ticks
    finally:
        clock.stop()


def _state(session: DeskSession) -> DeskState:
    return session.state  # read anew each time (mypy would narrow an attribute)


def _settled(qtbot: QtBot, session: DeskSession) -> None:
    qtbot.waitUntil(lambda: not session.autosaver.saving, timeout=SOON)


def test_opening_shows_the_stored_story_and_says_so(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom, editor: PlainEditor
) -> None:
    story = _story(newsroom)
    assert _state(session) is DeskState.OPENING  # nothing shown yet
    assert new_story(qtbot, session)
    states: list[str] = []
    session.state_changed.connect(states.append)
    with qtbot.wait_signal(session.story_opened) as opened:
        session.open(story.id or 0)
        assert _state(session) is DeskState.OPENING  # asked, not read yet: no wait here
        assert session.busy and editor.current_article() != story
    assert opened.args == [story]
    assert not session.busy
    assert editor.current_article() == story
    assert session.open_id == story.id
    assert states == [DeskState.OPENING.value, DeskState.READY.value]
    assert session.autosaver.state is SaveState.SAVED


def test_a_story_gone_meanwhile_is_not_opened(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom
) -> None:
    story = _story(newsroom)
    newsroom.articles.delete(story.id or 0)
    with qtbot.wait_signal(session.story_missing) as missing, \
            qtbot.wait_signal(session.open_failed) as failed:
        session.open(story.id or 0)
    assert missing.args == [story.id] == failed.args
    assert session.open_id is None


def test_the_save_runs_off_the_gui_thread_while_typing_goes_on(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom, editor: PlainEditor,
    journal: RecoveryJournal,
) -> None:
    story = _story(newsroom)
    assert open_story(qtbot, session, story.id or 0)
    saver = session.autosaver
    with _gui_clock() as ticks, row_locked(newsroom, story.id or 0):
        editor.type(more=" First sentence.")
        saver.start_save()  # returns at once: the write waits for the lock on a worker
        assert saver.saving
        assert _state(session) is DeskState.SAVING
        qtbot.wait(300)
        editor.type(more=" Typed while it saved.")
        assert ticks, "the GUI thread must go on while the save waits"
        assert saver.saving
    _settled(qtbot, session)

    stored = newsroom.articles.get(story.id or 0)
    assert stored.body == "The bridge reopened. First sentence."
    assert stored.version == story.version + 1
    # The save covered the snapshot only: the newer words stay unsaved, and in the journal.
    assert editor.current_article().version == stored.version
    assert editor.current_article().body.endswith("Typed while it saved.")
    assert saver.is_dirty and saver.state is SaveState.UNSAVED
    qtbot.waitUntil(lambda: (entry := journal.read(saver.journal_key)) is not None
                    and entry.article.body.endswith("Typed while it saved."), timeout=SOON)

    assert saved(qtbot, saver)
    assert newsroom.articles.get(story.id or 0).body.endswith("Typed while it saved.")
    assert session.journal_writer is not None and session.journal_writer.flush()
    assert journal.read(saver.journal_key) is None
    assert _state(session) is DeskState.READY


def test_one_save_in_flight_and_the_newest_text_queued_behind_it(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom, editor: PlainEditor
) -> None:
    story = _story(newsroom)
    assert open_story(qtbot, session, story.id or 0)
    saved: list[Article] = []
    session.story_saved.connect(saved.append)
    with row_locked(newsroom, story.id or 0):
        editor.type(more=" one")
        session.autosaver.start_save()
        editor.type(more=" two")
        session.autosaver.start_save()  # queued behind the first
        editor.type(more=" three")
        session.autosaver.start_save()  # replaces the queued one
        qtbot.wait(100)
    _settled(qtbot, session)

    assert [article.body for article in saved] == [
        "The bridge reopened. one", "The bridge reopened. one two three"]
    assert newsroom.articles.get(story.id or 0).version == story.version + 2
    assert not session.autosaver.is_dirty


def test_switching_stories_waits_for_the_save_on_its_way(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom, editor: PlainEditor
) -> None:
    first = _story(newsroom)
    second = _story(newsroom, "Second story")
    assert open_story(qtbot, session, first.id or 0)
    lock = row_locked(newsroom, first.id or 0)
    lock.__enter__()
    editor.type(more=" Last words before switching.")
    session.autosaver.start_save()
    QTimer.singleShot(400, lambda: lock.__exit__(None, None, None))

    with qtbot.wait_signal(session.story_opened, timeout=SOON):
        session.open(second.id or 0)
        assert editor.current_article().id == first.id  # the save has not landed yet

    assert newsroom.articles.get(first.id or 0).body.endswith("Last words before switching.")
    assert editor.current_article() == second


def test_a_new_story_saved_while_typing_moves_its_journal_entry_to_its_own_key(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom, editor: PlainEditor,
    journal: RecoveryJournal,
) -> None:
    assert new_story(qtbot, session)
    saver = session.autosaver
    first_key = saver.journal_key
    editor.type(headline="Flood warning for the Zarafshan valley")
    saver.start_save()
    editor.type(more="Rain is expected.")
    _settled(qtbot, session)

    assert session.open_id is not None
    assert saver.journal_key == f"story-{session.open_id}"
    assert session.journal_writer is not None and session.journal_writer.flush()
    assert journal.read(first_key) is None
    entry = journal.read(saver.journal_key)
    assert entry is not None and entry.article.body == "Rain is expected."


def test_a_conflict_keeps_my_text_and_offers_both_ways_out(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom, editor: PlainEditor
) -> None:
    story = _story(newsroom)
    assert open_story(qtbot, session, story.id or 0)
    newsroom.articles.save(replace(story, deck="A colleague's deck"))
    editor.type(more=" My sentence.")
    with qtbot.wait_signal(session.conflict_found):
        assert not saved(qtbot, session.autosaver)
    assert _state(session) is DeskState.CONFLICT
    assert [action.label for action in session.conflict_actions()] == [
        "Reload Story", "Save Mine as a Copy"]

    with qtbot.wait_signal(session.story_copied, timeout=SOON) as copied:
        session.save_as_copy()
    copy = copied.args[0]

    assert copy is not None and copy.id not in (None, story.id)
    assert copy.headline == f"{story.headline} (my version)"
    assert copy.body.endswith(" My sentence.") and copy.status is Status.DRAFT
    assert newsroom.articles.get(story.id or 0).deck == "A colleague's deck"
    assert session.open_id == copy.id and _state(session) is DeskState.READY


def test_reload_takes_the_stored_text(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom, editor: PlainEditor
) -> None:
    story = _story(newsroom)
    assert open_story(qtbot, session, story.id or 0)
    stored = newsroom.articles.save(replace(story, body="The colleague's text."))
    editor.type(more=" Mine.")
    assert not saved(qtbot, session.autosaver)
    with qtbot.wait_signal(session.story_reloaded):
        session.reload()
    assert editor.current_article() == stored
    assert _state(session) is DeskState.READY


def test_status_moves_and_a_refused_ready(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom, editor: PlainEditor
) -> None:
    story = _story(newsroom)
    assert open_story(qtbot, session, story.id or 0)
    with qtbot.wait_signal(session.status_moved) as moved:
        session.move_to_status(Status.EDITING)
    assert moved.args[0].status is Status.EDITING
    assert newsroom.articles.get(story.id or 0).status is Status.EDITING
    assert editor.current_article().status is Status.EDITING

    with qtbot.wait_signal(session.move_refused) as refused:
        session.move_to_status(Status.READY)  # no byline, no dateline
    assert refused.args[0]
    assert newsroom.articles.get(story.id or 0).status is Status.EDITING


def test_spike_and_duplicate_undo_and_redo(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom, editor: PlainEditor
) -> None:
    story = _story(newsroom)
    assert open_story(qtbot, session, story.id or 0)
    with qtbot.wait_signal(session.story_opened, timeout=SOON) as opened:
        session.duplicate(story.id or 0)
    copy = opened.args[0]
    assert copy is not None and session.open_id == copy.id
    assert copy.status is Status.DRAFT and copy.headline == story.headline

    with qtbot.wait_signal(session.stories_spiked, timeout=SOON) as spiked:
        session.spike([story.id or 0])
    assert spiked.args == [[story.id]]
    assert newsroom.articles.get(story.id or 0).status is Status.ARCHIVED
    changed: list[tuple[object, int]] = []
    session.story_changed.connect(lambda article, article_id: changed.append(
        (article, article_id)))
    run(qtbot, session, session.undo)
    assert newsroom.articles.get(story.id or 0).status is Status.DRAFT
    run(qtbot, session, session.redo)
    assert newsroom.articles.get(story.id or 0).status is Status.ARCHIVED
    assert [article_id for _article, article_id in changed] == [story.id, story.id]


def test_an_undo_across_a_colleague_s_change_is_refused(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom
) -> None:
    story = _story(newsroom)
    run(qtbot, session, lambda: session.spike([story.id or 0]))
    spiked = newsroom.articles.get(story.id or 0)
    newsroom.articles.save(replace(spiked, status=Status.EDITING))  # a colleague moved it
    said: list[str] = []
    session.messages.message_posted.connect(lambda message: said.append(message.text))
    with qtbot.wait_signal(session.replayed, timeout=SOON) as replayed:
        session.undo()
    assert replayed.args == [False]
    assert newsroom.articles.get(story.id or 0).status is Status.EDITING
    assert any(text.startswith("Cannot undo") for text in said)
    assert not any(text.startswith("Undone") for text in said)


def test_closing_with_a_conflict_stays_until_the_user_chooses(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom, editor: PlainEditor,
    journal: RecoveryJournal,
) -> None:
    story = _story(newsroom)
    assert open_story(qtbot, session, story.id or 0)
    newsroom.articles.save(replace(story, deck="Colleague"))
    editor.type(more=" Keep me.")
    assert close_session(qtbot, session) is CloseVerdict.STAY
    assert _state(session) is DeskState.CONFLICT

    assert close_session(qtbot, session, CloseChoice.KEEP_HERE) is CloseVerdict.CLOSE
    assert _state(session) is DeskState.CLOSING
    entry = journal.read(f"story-{story.id}")
    assert entry is not None and entry.article.body.endswith(" Keep me.")


def test_closing_saves_what_was_typed(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom, editor: PlainEditor
) -> None:
    story = _story(newsroom)
    assert open_story(qtbot, session, story.id or 0)
    editor.type(more=" Closing words.")
    assert close_session(qtbot, session) is CloseVerdict.CLOSE
    assert newsroom.articles.get(story.id or 0).body.endswith(" Closing words.")


def test_an_undo_waits_for_the_newsroom_off_the_gui_thread(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom
) -> None:
    story = _story(newsroom)
    run(qtbot, session, lambda: session.spike([story.id or 0]))
    lock = row_locked(newsroom, story.id or 0)
    lock.__enter__()
    QTimer.singleShot(400, lambda: lock.__exit__(None, None, None))

    with _gui_clock() as ticks:
        session.undo()  # returns at once: the restore waits for the colleague's lock
        assert session.busy
        wait_idle(qtbot, session)

    assert ticks, "the GUI thread must go on while the undo waits"
    assert newsroom.articles.get(story.id or 0).status is Status.DRAFT
