"""The start-up story without a window: the last session's story, else the list's first, else a
new one, each tried as the one before cannot be opened (SQLite and PostgreSQL)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.desk_session import DeskSession
from newsdesk.ui.initial_story import InitialStory
from tests.helpers.desk import SOON, close_session, open_story
from tests.ui.session.conftest import PlainEditor


class _Watch:
    """What the chain asked of the window: the cursor to the body, and when it ended."""

    def __init__(self) -> None:
        self.focused = 0
        self.shown = 0

    def focus(self) -> None:
        self.focused += 1

    def end(self) -> None:
        self.shown += 1


def _chain(session: DeskSession, first: int | None, watch: _Watch) -> InitialStory:
    """The chain as the window wires it: the session's outcomes forwarded to it."""
    initial = InitialStory(session, first_in_list=lambda: first, focus_body=watch.focus,
                           shown=watch.end)
    session.open_failed.connect(lambda _id: initial.open_failed())
    session.story_opened.connect(lambda _article: initial.story_opened())
    return initial


def _story(newsroom: Newsroom, headline: str) -> Article:
    return newsroom.articles.create(Article(headline=headline, body="Text."))


def test_the_last_session_s_story_opens_and_the_cursor_goes_to_its_body(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom
) -> None:
    last, first = _story(newsroom, "Last one"), _story(newsroom, "First in the list")
    watch = _Watch()
    initial = _chain(session, first.id, watch)
    assert initial.pending  # nothing shown yet
    initial.start(str(last.id), focus_body=True)  # QSettings may give the id back as text
    qtbot.waitUntil(lambda: not initial.pending, timeout=SOON)
    assert session.open_id == last.id
    assert (watch.focused, watch.shown) == (1, 1)


def test_a_story_deleted_since_gives_way_to_the_list_s_first_then_to_a_new_one(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom
) -> None:
    gone, first = _story(newsroom, "Deleted since"), _story(newsroom, "First in the list")
    newsroom.articles.delete(gone.id or 0)
    watch = _Watch()
    initial = _chain(session, first.id, watch)
    initial.start(gone.id, focus_body=False)
    qtbot.waitUntil(lambda: not initial.pending, timeout=SOON)
    assert session.open_id == first.id and (watch.focused, watch.shown) == (0, 1)

    also_gone = _story(newsroom, "Also deleted")
    newsroom.articles.delete(also_gone.id or 0)
    other, other_watch = DeskSession(newsroom.articles, PlainEditor()), _Watch()
    try:
        chain = _chain(other, None, other_watch)
        chain.start(also_gone.id, focus_body=True)
        qtbot.waitUntil(lambda: not chain.pending, timeout=SOON)
        assert other.started and other.open_id is None  # a new, empty story
        assert (other_watch.focused, other_watch.shown) == (0, 1)  # no body to go to
    finally:
        close_session(qtbot, other)
        other.finish()


def test_a_story_the_user_opened_first_is_not_replaced(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom
) -> None:
    last, chosen = _story(newsroom, "Last one"), _story(newsroom, "Chosen by the user")
    watch = _Watch()
    initial = _chain(session, None, watch)
    assert open_story(qtbot, session, chosen.id or 0)
    initial.start(last.id, focus_body=True)
    assert not initial.pending
    assert session.open_id == chosen.id and watch.shown == 0


def test_a_second_start_while_the_first_is_on_its_way_asks_nothing_more(
    qtbot: QtBot, session: DeskSession, newsroom: Newsroom
) -> None:
    """The window starts the chain after the first paint and again from a fallback timer."""
    last = _story(newsroom, "Last one")
    opened: list[object] = []
    session.story_opened.connect(opened.append)
    watch = _Watch()
    initial = _chain(session, None, watch)
    initial.start(last.id, focus_body=False)
    initial.start(last.id, focus_body=False)
    qtbot.waitUntil(lambda: not initial.pending, timeout=SOON)
    qtbot.wait(50)
    assert len(opened) == 1 and watch.shown == 1
