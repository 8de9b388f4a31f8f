"""The house dictionary manager when the newsroom fails under it (SQLite and PostgreSQL): a
word that cannot be stored stays typed, words that cannot be read are said in the dialog,
a removal failing between its rows and an import killed before its commit write nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine

from newsdesk.domain.errors import DatabaseOfflineError
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.dialogs.house_dictionary_dialog import HouseDictionaryDialog
from newsdesk.ui.messages import Message, MessageBus
from newsdesk.ui.tasks import TaskRunner
from tests.helpers.newsroom import opened
from tests.helpers.unavailable import unavailable

ROOT = Path(__file__).resolve().parents[3]
SOON = 10000  # ms: a generous bound for a loaded machine, not a timing assertion


@pytest.fixture
def posted() -> Iterator[list[Message]]:
    """What reached the window's message bus meanwhile (the dialog says its failures itself)."""
    seen: list[Message] = []
    MessageBus.of().message_posted.connect(seen.append)
    yield seen
    MessageBus.of().message_posted.disconnect(seen.append)


def _shown(qtbot: QtBot, room: Newsroom) -> HouseDictionaryDialog:
    dialog = HouseDictionaryDialog(room.house)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=SOON)
    return dialog


def _listed(dialog: HouseDictionaryDialog) -> list[str | None]:
    return [dialog.model.word_at(r) for r in range(dialog.model.rowCount())]


def test_a_word_the_newsroom_cannot_store_stays_typed_to_retry(
    qtbot: QtBot, database_url: str, posted: list[Message]
) -> None:
    with opened(database_url) as setup:
        setup.house.import_words("en", ["Tokayev"])
    with unavailable(database_url) as (url, go_away, come_back), opened(url) as room:
        dialog = _shown(qtbot, room)
        assert _listed(dialog) == ["Tokayev"]
        go_away()  # SQLite: another program writes; PostgreSQL: the server stops
        dialog.word_edit.setText("Japarov")
        with qtbot.assert_not_emitted(dialog.words_changed), \
                qtbot.wait_signal(dialog.change_answered, timeout=SOON) as answered:
            assert dialog.add_word()
        assert answered.args == [False]
        said = dialog.message_label.text()
        assert said.startswith("Not added: ") and "Traceback" not in said, said
        assert dialog.word_edit.text() == "Japarov"  # kept, to retry
        assert not dialog.busy and dialog.add_button.isEnabled()
        assert not dialog.word_edit.isReadOnly() and dialog.language_combo.isEnabled()
        assert _listed(dialog) == ["Tokayev"]
        come_back()
        with qtbot.wait_signal(dialog.word_added, timeout=SOON):
            assert dialog.add_word()
        assert _listed(dialog) == ["Japarov", "Tokayev"]
        assert dialog.word_edit.text() == ""
        TaskRunner.of().drain()
    assert posted == []
    with opened(database_url) as room:
        assert room.house.words("en") == {"Japarov", "Tokayev"}


def test_words_that_cannot_be_read_are_said_in_the_dialog(
    qtbot: QtBot, database_url: str, posted: list[Message]
) -> None:
    with opened(database_url) as room:
        dialog = _shown(qtbot, room)
        engine = create_engine(database_url)
        try:
            with engine.begin() as connection:
                connection.execute(text("DROP TABLE house_words"))
        finally:
            engine.dispose()
        with qtbot.wait_signal(dialog.load_failed, timeout=SOON) as failed:
            dialog.reload()
        said = failed.args[0]
        assert said.startswith("The en house dictionary could not be read: "), said
        assert "house_words" in said and "SELECT" not in said  # the SQL is for the log
        assert dialog.message_label.text() == said
        assert "Loading" not in dialog.count_label.text()  # not "loading" for good
        assert not dialog.loading and dialog.add_button.isEnabled()
        TaskRunner.of().drain()
    assert posted == []


def test_a_removal_failing_between_its_rows_removes_nothing(
    qtbot: QtBot, database_url: str
) -> None:
    deletes: list[str] = []

    def fail_second_delete(_conn: object, _cursor: object, statement: str,
                           *_args: object) -> None:
        if statement.lstrip().upper().startswith("DELETE FROM HOUSE_WORDS"):
            deletes.append(statement)
            if len(deletes) == 2:  # the first row's DELETE has gone to the database
                raise DatabaseOfflineError("the server went away")

    with opened(database_url) as room:
        room.house.import_words("en", ["Japarov", "Rahmon", "Tokayev"])
        dialog = _shown(qtbot, room)
        selection = dialog.view.selectionModel()
        for row in (0, 1):
            selection.select(dialog.model.index(row), selection.SelectionFlag.Select)
        event.listen(Engine, "before_cursor_execute", fail_second_delete)
        try:
            with qtbot.assert_not_emitted(dialog.words_removed), \
                    qtbot.wait_signal(dialog.change_answered, timeout=SOON) as answered:
                assert dialog.remove_selected()
        finally:
            event.remove(Engine, "before_cursor_execute", fail_second_delete)
        assert answered.args == [False] and len(deletes) == 2
        assert dialog.message_label.text() == "Nothing removed: the server went away"
        assert room.house.words("en") == {"Japarov", "Rahmon", "Tokayev"}
        assert _listed(dialog) == ["Japarov", "Rahmon", "Tokayev"]
        TaskRunner.of().drain()


KILLED_IMPORT = """
import os, signal, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from sqlalchemy import event
from sqlalchemy.engine import Engine
from newsdesk.services.newsroom import open_newsroom
from newsdesk.ui.dialogs.house_dictionary_dialog import HouseDictionaryDialog


def killed(_conn, _cursor, statement, *_args):
    if statement.lstrip().upper().startswith("INSERT INTO HOUSE_WORDS"):
        print("killed after the INSERT, before the commit", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)


app = QApplication([])
room = open_newsroom(sys.argv[1])
dialog = HouseDictionaryDialog(room.house)
sent = []


def import_once(_language):
    if not sent:
        event.listen(Engine, "after_cursor_execute", killed)
        sent.append(dialog.import_file(Path(sys.argv[2])))


dialog.words_loaded.connect(import_once)
dialog.change_answered.connect(lambda ok: (print("answered", ok, flush=True), app.exit(3)))
dialog.show()
sys.exit(app.exec())
"""


def test_an_import_killed_before_its_commit_leaves_no_word_of_the_file(
    database_url: str, tmp_path: Path
) -> None:
    with opened(database_url) as room:
        room.house.import_words("en", ["Tokayev"])
    names = tmp_path / "names.txt"
    names.write_text("# names\nJaparov\nRahmon\nMirziyoyev\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", KILLED_IMPORT, database_url, str(names)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr
    assert "killed after the INSERT" in done.stdout
    with opened(database_url) as room:
        assert room.house.words("en") == {"Tokayev"}
