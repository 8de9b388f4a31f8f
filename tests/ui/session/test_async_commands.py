"""The desk's commands never wait on the database: each returns at once, one is in flight at a
time, the latest open wins, a refused save keeps the user on the story, a refused undo leaves
the stack true, and closing during a save loses nothing; on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, Status
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.autosave import SaveState
from newsdesk.ui.desk_session import CloseVerdict, Command, DeskSession, DeskState
from tests.helpers.desk import SOON, close_session, open_story, run, wait_idle
from tests.ui.session.conftest import PlainEditor, row_locked

ROOT = Path(__file__).resolve().parents[3]


def _story(newsroom: Newsroom, headline: str) -> Article:
    return newsroom.articles.create(Article(headline=headline, body="First paragraph."))


def _first_open(qtbot: QtBot, session: DeskSession, newsroom: Newsroom,
                *headlines: str) -> list[Article]:
    """Stories with these headlines, the first of them open in the session."""
    stories = [_story(newsroom, headline) for headline in headlines]
    assert open_story(qtbot, session, stories[0].id or 0)
    return stories


def _said(session: DeskSession) -> list[str]:
    said: list[str] = []
    session.messages.message_posted.connect(lambda message: said.append(message.text))
    return said


def test_the_latest_open_wins_and_the_earlier_story_is_never_shown(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom, editor: PlainEditor
) -> None:
    _first, second, third = _first_open(qtbot, session, newsroom, "One", "Two", "Three")
    editor.loads.clear()
    opened: list[object] = []
    session.story_opened.connect(opened.append)

    session.open(second.id or 0)
    session.open(third.id or 0)  # at once: the second's read (or its save) is overtaken
    assert session.busy and session.command is Command.OPEN
    wait_idle(qtbot, session)

    assert opened == [third] and editor.loads == [third]
    assert session.open_id == third.id and session.state is DeskState.READY


def test_asking_back_for_the_story_shown_while_another_opens_keeps_it(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom, editor: PlainEditor
) -> None:
    first, second = _first_open(qtbot, session, newsroom, "One", "Two")
    editor.loads.clear()
    session.open(second.id or 0)
    session.open(first.id or 0)
    wait_idle(qtbot, session)
    assert editor.loads == [] and session.open_id == first.id
    assert session.state is DeskState.READY


def test_typing_is_not_lost_while_the_next_story_is_on_its_way(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom, editor: PlainEditor
) -> None:
    first, second = _first_open(qtbot, session, newsroom, "One", "Two")
    with row_locked(newsroom, first.id or 0):
        editor.type(more=" Last words.")
        session.open(second.id or 0)  # the save of the first waits for the lock
        qtbot.wait(200)
        assert session.state is DeskState.OPENING and session.open_id == first.id
    wait_idle(qtbot, session)
    assert newsroom.articles.get(first.id or 0).body.endswith("Last words.")
    assert session.open_id == second.id


def test_a_refused_save_keeps_the_user_on_the_story(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom, editor: PlainEditor
) -> None:
    mine, other = _first_open(qtbot, session, newsroom, "Mine", "Other")
    newsroom.articles.save(replace(mine, deck="A colleague's deck"))  # a newer version
    editor.type(more=" My sentence.")
    said = _said(session)
    with qtbot.wait_signal(session.open_failed, timeout=SOON) as failed:
        session.open(other.id or 0)
    assert failed.args == [other.id]
    assert session.open_id == mine.id and editor.current_article().body.endswith("sentence.")
    assert session.state is DeskState.CONFLICT and not session.busy
    assert any(line.startswith("Stayed on this story") for line in said)


def test_one_command_at_a_time(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom
) -> None:
    story = _story(newsroom, "One")
    assert open_story(qtbot, session, story.id or 0)
    said = _said(session)
    spiked: list[object] = []
    session.stories_spiked.connect(spiked.append)
    session.move_to_status(Status.EDITING)
    session.spike([story.id or 0])  # refused: the move is on its way
    assert any(line.startswith("Not now") for line in said)
    wait_idle(qtbot, session)
    assert spiked == []
    assert newsroom.articles.get(story.id or 0).status is Status.EDITING


def test_a_story_asked_for_while_another_command_runs_opens_after_it(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom, editor: PlainEditor
) -> None:
    first, second, third = _first_open(qtbot, session, newsroom, "One", "Two", "Three")
    session.move_to_status(Status.EDITING)
    session.open(second.id or 0)  # waits for the move; asked again, the latest wins
    session.open(third.id or 0)
    assert session.command is Command.MOVE
    wait_idle(qtbot, session)
    assert newsroom.articles.get(first.id or 0).status is Status.EDITING
    assert session.open_id == third.id and editor.loads[-1] == third


def test_a_refused_redo_leaves_the_stack_true(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom
) -> None:
    kept, other = _story(newsroom, "Kept"), _story(newsroom, "Other")
    run(qtbot, session, lambda: session.spike([kept.id or 0]))
    run(qtbot, session, lambda: session.spike([other.id or 0]))
    stack = session.undo_stack
    run(qtbot, session, session.undo)  # "Other" back
    assert stack.count() == 2 and stack.index() == 1
    restored = newsroom.articles.get(other.id or 0)
    newsroom.articles.save(replace(restored, body="A colleague wrote."))

    with qtbot.wait_signal(session.replayed, timeout=SOON) as replayed:
        session.redo()  # would spike over the colleague's change: refused
    assert replayed.args == [False]
    assert newsroom.articles.get(other.id or 0).status is Status.DRAFT
    # The refused step is gone; the one before it is still there to undo.
    assert stack.count() == 1 and stack.index() == 1 and not stack.canRedo()
    run(qtbot, session, session.undo)
    assert newsroom.articles.get(kept.id or 0).status is Status.DRAFT


def test_a_refused_undo_drops_the_step_and_keeps_the_rest(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom
) -> None:
    first, second = _story(newsroom, "First"), _story(newsroom, "Second")
    run(qtbot, session, lambda: session.spike([first.id or 0]))
    run(qtbot, session, lambda: session.spike([second.id or 0]))
    spiked = newsroom.articles.get(second.id or 0)
    newsroom.articles.save(replace(spiked, status=Status.EDITING))  # a colleague moved it
    stack = session.undo_stack

    with qtbot.wait_signal(session.replayed, timeout=SOON) as replayed:
        session.undo()
    assert replayed.args == [False]
    assert stack.count() == 1 and stack.index() == 1
    assert stack.undoText() == "Spike"
    run(qtbot, session, session.undo)  # the first spike is still undoable
    assert newsroom.articles.get(first.id or 0).status is Status.DRAFT
    assert newsroom.articles.get(second.id or 0).status is Status.EDITING


def test_closing_while_a_save_is_on_its_way_waits_for_it_without_waiting_here(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom, editor: PlainEditor
) -> None:
    story = _story(newsroom, "Closing")
    assert open_story(qtbot, session, story.id or 0)
    verdicts: list[object] = []
    session.close_decided.connect(verdicts.append)
    with row_locked(newsroom, story.id or 0):
        editor.type(more=" Closing words.")
        session.autosaver.start_save()
        session.close()  # returns at once: the save waits for the colleague's lock
        qtbot.wait(200)
        assert verdicts == [] and session.closing
    qtbot.waitUntil(lambda: bool(verdicts), timeout=SOON)
    assert verdicts == [CloseVerdict.CLOSE]
    assert newsroom.articles.get(story.id or 0).body.endswith(" Closing words.")
    assert session.state is DeskState.CLOSING


def test_closing_during_an_open_drops_the_story_and_saves_the_shown_one(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom, editor: PlainEditor
) -> None:
    shown, asked = _first_open(qtbot, session, newsroom, "Shown", "Asked")
    editor.loads.clear()
    session.open(asked.id or 0)
    assert close_session(qtbot, session) is CloseVerdict.CLOSE
    qtbot.wait(100)
    assert editor.loads == [] and session.open_id == shown.id
    assert session.autosaver.state is SaveState.SAVED


def test_no_command_path_runs_a_nested_event_loop() -> None:
    """The session, its commands, the window and what reads the story after a save (export,
    revisions, the tools) start work and return: the bounded wait is gone and nothing spins
    the event loop itself (a nested loop re-enters the window's code and holds user input)."""
    assert not (ROOT / "newsdesk/ui/waiting.py").exists()
    for path in sorted((ROOT / "newsdesk/ui").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert "newsdesk.ui.waiting" not in source, path
        assert "processEvents" not in source, path
        assert "save_now" not in source, path
