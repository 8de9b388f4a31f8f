"""The window and every dialog in Russian: no English left where a Russian desk reads it.

Texts are collected from the real widgets (labels, buttons, menus and their actions, window
and group titles, placeholders, list and table headers, combo items) and any Latin word of
three letters or more that is not a name, a format or a key is an English leftover.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, BylineEntry, Dateline, Role, Status
from newsdesk.domain.people import Author, Source
from newsdesk.domain.query import ArticleQuery
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.recovery import RecoveryOffer
from newsdesk.services.recovery_journal import JournalEntry
from newsdesk.ui.dialogs.colleague_compare_dialog import ColleagueCompareDialog
from newsdesk.ui.dialogs.damaged_newsroom import DamagedNewsroomDialog
from newsdesk.ui.dialogs.first_start_dialog import FirstStartDialog
from newsdesk.ui.dialogs.preferences_dialog import PreferencesDialog
from newsdesk.ui.dialogs.recovery_dialog import RecoveryDialog
from newsdesk.ui.dialogs.upgrade_notice import upgrade_notice
from newsdesk.ui.editor.byline_picker import NewProfileDialog
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.people.merge_dialog import MergeDialog
from newsdesk.ui.translator import install_ui_language
from tests.helpers.desk import open_story
from tests.ui.conftest import ui_newsroom

# Names, formats, keys and codes that stay Latin in a Russian interface.
ALLOWED = {
    "newsdesk", "tca", "html", "pdf", "markdown", "ninjs", "url", "iptc", "json", "utf",
    "afp", "ctrl", "shift", "alt", "esc", "enter", "delete", "png", "jpeg", "webp", "https",
    "source", "key", "pg_dump", "database", "dic", "txt", "md", "sqlite", "kazinform",
    "minenergy", "damaged", "www", "org", "gb", "english", "tmx", "tbx", "csv",
}
_WORD = re.compile(r"[A-Za-z][A-Za-z_]{2,}")
_TAG = re.compile(r"<[^>]+>")
# File names and paths (the test's own tmp_path among them), links and template fields.
_NOT_WORDS = re.compile(r"\S*[/\\.]\S*[A-Za-z]\S*|\{[^}]*\}|\[[^]]*\]\([^)]*\)")


@pytest.fixture
def russian(qtbot: QtBot, russian_catalogue: Path) -> Iterator[None]:
    del qtbot
    assert install_ui_language("ru", russian_catalogue) == "ru"
    yield


@pytest.fixture
def desk(database_url: str) -> Iterator[Newsroom]:
    with ui_newsroom(database_url) as room:
        room.house.set_values({"outlet_name": "Вести Азии", "agency_credit": "ВА"})
        author = room.authors.create(Author(name="Сергей Кван", roles=(Role.REPORTER,)))
        room.sources.create(Source(key="minfin", name="Минфин Казахстана"))
        room.articles.create(Article(
            headline="Рынок в Оше снова открыт", deck="Торговцы вернулись.",
            language="ru", status=Status.EDITING,
            body="Торговцы вернулись на рынок, сообщил [Минфин](source:minfin).",
            dateline=Dateline(city="Ош", country="Кыргызстан"),
            byline=(BylineEntry(author.name, Role.REPORTER, author.id),), tags=("торговля",),
        ))
        yield room


def _headers(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    return [str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for column in range(header.count())]


def visible_texts(root: QWidget) -> list[str]:
    """What a user reads in ``root`` and its children (menus included, tooltips not)."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QMenu):
            texts.append(widget.title())
            texts += [action.text() for action in widget.actions()]
        elif isinstance(widget, QHeaderView) and not widget.isHidden():
            texts += _headers(widget)
    return texts


def english_leftovers(root: QWidget, also_allowed: set[str] = frozenset()) -> list[str]:
    found = []
    for text in visible_texts(root):
        plain = _NOT_WORDS.sub(" ", _TAG.sub(" ", text).replace("&", ""))
        words = [w for w in _WORD.findall(plain)
                 if w.lower() not in ALLOWED and w.lower() not in also_allowed]
        if words:
            found.append(f"{type(root).__name__}: {text!r} ({', '.join(words)})")
    return found


def text_leftovers(qtbot: QtBot, text: str, also_allowed: set[str] = frozenset()) -> list[str]:
    """:func:`english_leftovers` of a message read outside its widget, shown in a label."""
    label = QLabel(text)
    qtbot.addWidget(label)
    return english_leftovers(label, also_allowed)


def _window(qtbot: QtBot, newsroom: Newsroom) -> MainWindow:
    window = MainWindow(newsroom)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.initial_story_pending)
    return window


def _dialogs(window: MainWindow) -> list[QWidget]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return [w for w in app.topLevelWidgets()
            if w is not window and w.isVisible() and isinstance(w, (QDialog, QDockWidget))]


def test_the_window_and_its_dialogs_have_no_english_left(
    russian: None, desk: Newsroom, qtbot: QtBot, tmp_path: Path
) -> None:
    del russian
    window = _window(qtbot, desk)
    window.sources_dock.show()
    leftovers = english_leftovers(window)

    window.transfer.open_export_dialog()
    window.show_house_settings()
    window.show_profiles()
    window.show_revisions()
    window.show_help()
    window.show_house_dictionary()
    window.check_spelling()
    window.show_about()
    desk_action = window.findChild(QAction, "translationDeskAction")
    assert desk_action is not None
    desk_action.trigger()
    qtbot.wait(50)
    opened = _dialogs(window)
    names = {w.objectName() for w in opened}
    assert {"exportDialog", "houseSettingsDialog", "profilesDialog", "revisionsDialog",
            "helpDialog", "houseDictionaryDialog", "aboutBox", "translationDeskDialog"} <= names, names
    for dialog in opened:
        leftovers += english_leftovers(dialog)

    mine = Article(headline="Рынок в Оше", body="Текст.", language="ru")
    others = [
        FirstStartDialog(desk.house, window),
        DamagedNewsroomDialog(window, database=tmp_path / "desk.db", reason="ошибка",
                              backup=tmp_path / "desk.db.bak", can_read=True),
        RecoveryDialog(RecoveryOffer(JournalEntry("k", mine, datetime.now(UTC),
                                                  tmp_path / "k.json"), None), window),
        upgrade_notice(window, database="desk.db", from_revision="0006", to_revision="0007",
                       backup=tmp_path / "desk.db.bak"),
        NewProfileDialog("Айгерим", window),
        MergeDialog(desk.authors.all()[0], desk.authors.all(), window),
        PreferencesDialog(window),
        ColleagueCompareDialog(mine, mine, window),
    ]
    for dialog in others:
        dialog.show()
        leftovers += english_leftovers(dialog)
        dialog.close()
    assert leftovers == [], "\n".join(leftovers)


def test_the_length_line_and_dates_follow_the_interface(
    russian: None, desk: Newsroom, qtbot: QtBot
) -> None:
    del russian
    story = next(iter(desk.articles.page(ArticleQuery(), 0, 1)))
    desk.articles.save(replace(desk.articles.get(story.id), body="Слово " * 1200,
                               dateline=Dateline(city="Ош", country="Кыргызстан",
                                                 date=date(2026, 5, 4))))
    window = _window(qtbot, desk)
    open_story(qtbot, window, story.id)
    stats = window.findChild(QLabel, "bodyStatsLabel")
    assert stats is not None
    qtbot.waitUntil(lambda: "слов:" in stats.text())
    assert "слов: 1\u00a0200" in stats.text()  # Russian groups thousands with a no-break space
    date_edit = window.findChild(QDateEdit, "datelineDateEdit")
    assert date_edit is not None
    assert date_edit.text() == "4 мая 2026"


def _clashes(actions: list[QAction]) -> dict[str, list[str]]:
    letters: dict[str, list[str]] = {}
    for action in actions:
        found = re.search(r"&(\w)", action.text())
        if found:
            letters.setdefault(found.group(1).lower(), []).append(action.text())
    return {letter: texts for letter, texts in letters.items() if len(texts) > 1}


def test_russian_menus_keep_one_mnemonic_per_letter(
    russian: None, desk: Newsroom, qtbot: QtBot
) -> None:
    """Alt+letter reaches one command: the translation kept every mnemonic, and no two clash."""
    del russian
    window = _window(qtbot, desk)
    bar = window.menuBar()
    assert _clashes(bar.actions()) == {}
    for top in bar.actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        assert _clashes(menu.actions()) == {}, top.text()
        assert all("&" in a.text() for a in menu.actions()
                   if a.text() and not a.isSeparator() and a.menu() is None
                   and a.objectName() not in ("", "citeSourceAction")), top.text()
