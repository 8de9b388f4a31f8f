"""The words of a conflict at close, in both interface languages: the close notice names only
the buttons it shows, and my copy's headline says "my version" in the story's language."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.autosave import SaveState
from newsdesk.ui.desk_conflict import RELOAD_STORY, SAVE_AS_COPY
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.translator import install_ui_language
from newsdesk.ui.window_closing import COPY_AND_CLOSE, DISCARD_AND_CLOSE, KEEP_AND_CLOSE
from tests.helpers.desk import SOON, open_story, run
from tests.ui.language.test_russian_leftovers import english_leftovers
from tests.ui.shell.conftest import shown_window

# Every caption a save notice can carry: a notice must never name one it does not show.
CAPTIONS = [("WindowClosing", COPY_AND_CLOSE), ("WindowClosing", KEEP_AND_CLOSE),
            ("WindowClosing", DISCARD_AND_CLOSE), ("DeskSession", SAVE_AS_COPY),
            ("DeskSession", RELOAD_STORY), ("MainWindow", "Compare"),
            ("ColleagueFollow", "Compare"), ("DeskNotices", "Retry Now")]


@pytest.fixture(params=["en", "ru"])
def ui_language(request: pytest.FixtureRequest, qtbot: QtBot,
                russian_catalogue: Path) -> Iterator[str]:
    del qtbot
    if request.param == "ru":
        assert install_ui_language("ru", russian_catalogue) == "ru"
    yield request.param


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal box would hang the test: it closes at once."""
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)


@pytest.fixture
def window(qtbot: QtBot, room: Newsroom, ui_language: str) -> Iterator[MainWindow]:
    """A window in ``ui_language`` (built after the catalogue is in)."""
    del ui_language
    window = shown_window(qtbot, room)
    yield window
    if window.isVisible():
        window.autosaver.discard()
        window.close()


def _type_at_end(window: MainWindow, text: str) -> None:
    body = window.editor.body
    body.moveCursor(body.textCursor().MoveOperation.End)
    body.insertPlainText(text)


def _in_conflict(qtbot: QtBot, room: Newsroom, window: MainWindow, story: Article) -> None:
    assert open_story(qtbot, window, story.id or 0)
    room.articles.save(replace(room.articles.get(story.id or 0), body="Their text."))
    _type_at_end(window, " Mine.")


def _named_but_absent(window: MainWindow) -> list[str]:
    """Captions the notice's words name that are not on one of its visible buttons."""
    notice = window.notice
    shown = [button.text() for button in notice.findChildren(QPushButton)
             if button.isVisible()]
    words = notice.label.text()
    for caption in sorted(shown, key=len, reverse=True):  # "… and Close" before its prefix
        words = words.replace(caption, "")
    known = {QCoreApplication.translate(context, source) for context, source in CAPTIONS}
    return sorted(caption for caption in known - set(shown) if caption in words)


def test_the_close_notice_in_a_conflict_names_only_its_buttons(
    qtbot: QtBot, room: Newsroom, window: MainWindow, ui_language: str
) -> None:
    story = room.articles.create(Article(headline="Water law", language="en", body="Text."))
    _in_conflict(qtbot, room, window, story)
    window.close()
    copy_and_close = QCoreApplication.translate("WindowClosing", COPY_AND_CLOSE)
    qtbot.waitUntil(lambda: window.notice.isVisible()
                    and window.notice.button.text() == copy_and_close, timeout=SOON)
    assert window.autosaver.state is SaveState.CONFLICT
    assert window.notice.second_button.text() == QCoreApplication.translate(
        "WindowClosing", KEEP_AND_CLOSE)
    assert copy_and_close in window.notice.message  # the way out is named, and it is there
    assert _named_but_absent(window) == []
    shown = [button for button in window.notice.findChildren(QPushButton) if button.isVisible()]
    label = window.notice.label
    qtbot.waitUntil(lambda: all(button.width() >= button.sizeHint().width() for button in shown)
                    and label.height() >= label.heightForWidth(label.width()), timeout=SOON)
    if ui_language == "ru":
        assert english_leftovers(window.notice, {"water", "law"}) == []


def test_the_close_notice_for_a_refused_field_names_only_its_buttons(
    qtbot: QtBot, window: MainWindow, ui_language: str
) -> None:
    run(qtbot, window, window.new_action.trigger)
    _type_at_end(window, "A paragraph typed before any headline.")
    window.close()
    qtbot.waitUntil(lambda: window.notice.isVisible()
                    and window.autosaver.state is SaveState.INVALID
                    and window.notice.second_button.text() == QCoreApplication.translate(
                        "WindowClosing", DISCARD_AND_CLOSE), timeout=SOON)
    assert _named_but_absent(window) == []
    if ui_language == "ru":
        assert english_leftovers(window.notice) == []


@pytest.mark.parametrize(("language", "headline", "suffix"), [
    ("en", "Water law", " (my version)"),
    ("ru", "Закон о воде", " (моя версия)"),
])
def test_my_copy_s_headline_is_in_the_story_s_language_whatever_the_interface_s(
    qtbot: QtBot, room: Newsroom, window: MainWindow, ui_language: str,
    language: str, headline: str, suffix: str,
) -> None:
    story = room.articles.create(Article(headline=headline, language=language, body="Text."))
    _in_conflict(qtbot, room, window, story)
    with qtbot.wait_signal(window.session.conflict_found, timeout=SOON):
        window.autosaver.start_save()
    with qtbot.wait_signal(window.session.story_copied, timeout=SOON) as copied:
        window.session.save_as_copy()
    copy = copied.args[0]
    assert copy.headline == headline + suffix, (ui_language, copy.headline)
    assert room.articles.get(copy.id).headline == headline + suffix
    assert room.articles.get(story.id or 0).body == "Their text."
