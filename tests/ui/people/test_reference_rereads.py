"""Reading the byline's profiles and the source registry again, on the task runner.

Each re-read lands later: what the widget offered meanwhile stays until then, and a re-read
that fails leaves it offering what it had, saying why (the table renamed away under a real
SQLite file, the way a damaged or half-upgraded newsroom fails)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Role
from newsdesk.domain.people import Author, Source, SourceKind
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.editor.byline_picker import BylinePicker
from newsdesk.ui.people.sources_dock import SourcesDock
from tests.helpers.storage_faults import table_gone
from tests.ui.conftest import ui_newsroom


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Newsroom]:
    """A newsroom on a SQLite file (``room.path``) with a profile and a source."""
    with ui_newsroom(f"sqlite:///{tmp_path / 'newsroom.sqlite3'}") as newsroom:
        newsroom.authors.create(Author(name="Aigerim Sarsenbayeva", roles=(Role.REPORTER,)))
        newsroom.sources.create(Source("kazinform", "Kazinform", SourceKind.NEWS_AGENCY))
        yield newsroom


def _file(room: Newsroom) -> Path:
    assert room.path is not None
    return room.path


def _picker(qtbot: QtBot, room: Newsroom) -> BylinePicker:
    """A picker on its own, shown, the profiles read once."""
    picker = BylinePicker(room.authors)
    qtbot.addWidget(picker)
    picker.show()
    with qtbot.waitSignal(picker.authors_read):
        picker.reload_authors()
    return picker


def _offered(picker: BylinePicker) -> list[str]:
    return list(picker.completer.model().stringList())  # type: ignore[attr-defined]


def test_the_byline_offers_a_colleagues_new_profile_once_read_again(
    qtbot: QtBot, room: Newsroom
) -> None:
    picker = _picker(qtbot, room)
    room.authors.create(Author(name="Zarina Testova"))
    with qtbot.waitSignal(picker.authors_read) as read:
        picker.reload_authors()
        assert _offered(picker) == ["Aigerim Sarsenbayeva"]  # until the new read lands
    assert read.args == [True]
    assert _offered(picker) == ["Aigerim Sarsenbayeva", "Zarina Testova"]


def test_the_byline_keeps_its_profiles_when_a_reread_fails_and_says_why(
    qtbot: QtBot, room: Newsroom
) -> None:
    picker = _picker(qtbot, room)
    with table_gone(_file(room), "authors"), qtbot.waitSignal(picker.authors_read) as read:
        picker.reload_authors()

    assert read.args == [False]
    assert _offered(picker) == ["Aigerim Sarsenbayeva"]
    said = picker.message_label.text()
    assert picker.message_label.isVisible() and "could not be read" in said
    assert "SELECT" not in said  # the SQL is for the log


def test_the_registry_keeps_its_sources_when_a_reread_fails_and_the_dock_says_why(
    qtbot: QtBot, room: Newsroom
) -> None:
    dock = SourcesDock(room)
    qtbot.addWidget(dock)
    dock.show()
    qtbot.waitUntil(lambda: not dock.registry.reading)
    assert dock.model.rowCount() == 1

    with table_gone(_file(room), "sources"), \
            qtbot.waitSignal(dock.registry.read_failed) as failed:
        dock.registry.reload()
        assert dock.registry.reading

    assert "sources" in failed.args[0] and "SELECT" not in failed.args[0]
    assert dock.banner.is_error and "could not be read" in dock.banner.text()
    assert dock.registry.get("kazinform") is not None and dock.model.rowCount() == 1
