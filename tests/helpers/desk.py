"""Waiting for the desk's commands in tests: the product never waits for the newsroom, so a
test that needs a command's outcome waits for it here (``qtbot.waitUntil`` on the session).

Every helper takes a :class:`~newsdesk.ui.main_window.MainWindow` or a bare
:class:`~newsdesk.ui.desk_session.DeskSession`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from newsdesk.ui.desk_session import CloseChoice, CloseVerdict, DeskSession

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

SOON = 20_000
"""ms: generous for a loaded machine; a bound, not a timing assertion."""

T = TypeVar("T")


def session_of(target: Any) -> DeskSession:
    """The desk session of a window, or the session itself."""
    session = getattr(target, "session", target)
    assert isinstance(session, DeskSession)
    return session


def wait_idle(qtbot: QtBot, target: Any, timeout: int = SOON) -> None:
    """Until no command is on its way and no save is either."""
    session = session_of(target)
    qtbot.waitUntil(lambda: not session.busy and not session.autosaver.saving,
                    timeout=timeout)


def saved(qtbot: QtBot, target: Any, timeout: int = SOON) -> bool:
    """Save what is typed (a window, a session or an :class:`Autosaver`) and wait until the
    save covering it landed; True when it was stored (False: see the autosaver's state)."""
    saver = target if hasattr(target, "flush") else session_of(target).autosaver
    outcome: list[bool] = []
    saver.flush(outcome.append)
    qtbot.waitUntil(lambda: bool(outcome), timeout=timeout)
    return outcome[0]


def run(qtbot: QtBot, target: Any, command: Callable[[], T], timeout: int = SOON) -> T:
    """``command()`` (a desk command started through the window or the session), then wait
    for its outcome; what the command returned."""
    result = command()
    wait_idle(qtbot, target, timeout)
    return result


def open_story(qtbot: QtBot, target: Any, article_id: int, timeout: int = SOON) -> bool:
    """Open ``article_id`` and wait for the outcome; True when the editor shows it."""
    session = session_of(target)
    opener = getattr(target, "open_article", session.open)
    run(qtbot, target, lambda: opener(article_id), timeout)
    return session.open_id == article_id


def new_story(qtbot: QtBot, target: Any, timeout: int = SOON) -> bool:
    """Start a new story and wait; True when the editor shows an empty new story."""
    session = session_of(target)
    shown: list[object] = []
    session.story_opened.connect(shown.append)
    try:
        run(qtbot, target, target.new_story, timeout)
    finally:
        session.story_opened.disconnect(shown.append)
    return bool(shown) and shown[-1] is None and session.open_id is None


def close_session(qtbot: QtBot, session: DeskSession,
                  choice: CloseChoice = CloseChoice.SAVE, timeout: int = SOON) -> CloseVerdict:
    """Ask the session to close and wait for its verdict."""
    verdicts: list[CloseVerdict] = []
    session.close_decided.connect(verdicts.append)
    try:
        session.close(choice)
        qtbot.waitUntil(lambda: bool(verdicts), timeout=timeout)
    finally:
        session.close_decided.disconnect(verdicts.append)
    return verdicts[0]


def close_window(qtbot: QtBot, window: Any, timeout: int = SOON) -> None:
    """Close the window and wait until it has gone (its last save landed first)."""
    window.close()
    qtbot.waitUntil(lambda: not window.is_open or window.session.finished, timeout=timeout)
