"""A database driver's own reason in the Russian interface: said in Russian, never quoted in
English ("занята … (database is locked)" was what a fresh-eyes run saw in House Settings and
the house dictionary). A known reason has its own words; one not known gives way to "the
details are in the log" in a translated sentence and stays as it is in the English one.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from newsdesk.db.failures import translate
from newsdesk.domain.errors import StorageError, wording
from newsdesk.ui.dialogs.house_dictionary_dialog import HouseDictionaryDialog
from newsdesk.ui.dialogs.house_settings_dialog import HouseSettingsDialog
from newsdesk.ui.error_text import error_text, situation_text
from newsdesk.ui.error_texts.driver_reasons import DRIVER_REASONS, known_reason
from newsdesk.ui.tasks import TaskRunner
from tests.helpers.unavailable import unavailable
from tests.ui.conftest import ui_newsroom
from tests.ui.language.test_russian_leftovers import text_leftovers

SOON = 20000  # ms: a generous bound for a loaded machine, not a timing assertion
_CYRILLIC = re.compile("[А-Яа-яЁё]")
_PATH = re.compile(r"(?:/[\w.+-]+)+/?")  # a file's path stays as it is: a name, not English

BUSY = ("the newsroom {where} is busy: another program is writing to it ({reason})")
ADVICE = ("{situation}; nothing was written and your text is kept: try again when it has "
          "finished")


def _busy(reason: str) -> StorageError:
    situation = wording(BUSY, where="/srv/newsroom.db", reason=reason)
    return StorageError(wording(ADVICE, situation=situation), situation=situation)


def _latin(qtbot: QtBot, text: str, *names: str) -> list[str]:
    """The English words left in ``text`` once paths and the given names are taken out."""
    without = _PATH.sub(" ", text)
    for name in names:
        without = without.replace(name, " ")
    return text_leftovers(qtbot, without)


def _database(url: str) -> str:
    """A server's database is named as it is called (a name, not English)."""
    return make_url(url).database or "" if not url.startswith("sqlite") else "sqlite"


# What the drivers really say (SQLite's fixed messages, libpq's and the server's lines).
SAID = {
    "database is locked": "база данных заблокирована",
    "database table is locked: articles": "таблица заблокирована",
    "attempt to write a readonly database": "базу данных можно только читать",
    "disk I/O error": "не удалось прочитать диск или записать на него",
    "database disk image is malformed": "файл базы данных повреждён",
    "file is not a database": "файл — не база данных",
    "database or disk is full": "диск заполнен",
    "unable to open database file": "файл базы данных не открывается",
    "no such table: house_words": "нет таблицы house_words",
    "connection failed: connection to server at \"127.0.0.1\", port 5432 failed: Connection "
    "refused": "сервер отказал в соединении",
    "server closed the connection unexpectedly": "сервер неожиданно закрыл соединение",
    "consuming input failed: server closed the connection unexpectedly":
        "сервер неожиданно закрыл соединение",
    "the connection is closed": "соединение закрыто",
    "terminating connection due to administrator command":
        "администратор сервера прервал соединение",
    "could not serialize access due to concurrent update":
        "другая транзакция изменила те же записи",
    "deadlock detected": "две транзакции ждали друг друга",
    "canceling statement due to lock timeout": "блокировку не удалось получить вовремя",
    "cannot execute INSERT in a read-only transaction": "базу данных можно только читать",
    "FATAL:  sorry, too many clients already": "у сервера слишком много соединений",
    "FATAL:  the database system is starting up": "сервер запускается или останавливается",
    "database \"newsroom\" does not exist": "нет базы данных newsroom",
    "permission denied for table house_words": "нет прав доступа",
}


@pytest.mark.parametrize("said", sorted(SAID))
def test_a_known_driver_reason_is_said_in_russian(
    qtbot: QtBot, russian_ui: None, said: str
) -> None:
    del russian_ui
    shown = error_text(_busy(said))
    assert f"({SAID[said]})" in shown, shown
    assert shown.startswith("редакция /srv/newsroom.db занята: в неё пишет другая программа")
    assert _latin(qtbot, shown, "house_words", "newsroom") == []


def test_every_listed_reason_has_russian_words(russian_ui: None) -> None:
    del russian_ui
    for _pattern, phrase in DRIVER_REASONS:
        said = QCoreApplication.translate("Errors", phrase)
        assert said != phrase and _CYRILLIC.search(said), phrase
    for said in SAID:
        assert known_reason(said) is not None, said


def test_an_unknown_driver_reason_is_left_to_the_log_in_russian_and_kept_in_english(
    qtbot: QtBot, russian_catalogue: Path
) -> None:
    error = _busy("SQL logic error near 'frobnicate'")
    english = error_text(error)
    assert "(SQL logic error near 'frobnicate')" in english  # the English window quotes it
    assert "SQL logic error" in str(error)  # and the log always has it
    from newsdesk.ui.translator import install_ui_language, remove_ui_language
    assert install_ui_language("ru", russian_catalogue) == "ru"
    try:
        shown = error_text(error)
        assert "(подробности — в журнале)" in shown, shown
        assert situation_text(error).endswith("(подробности — в журнале)")
        assert _latin(qtbot, shown) == []
    finally:
        remove_ui_language()


def test_a_real_sqlite_lock_is_said_in_russian_as_translated_from_the_driver(
    qtbot: QtBot, russian_ui: None, tmp_path: Path
) -> None:
    """The failure the unit of work really raises for a held lock, not a hand-made one."""
    del russian_ui
    import sqlite3

    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    path = tmp_path / "held.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
    try:
        with pytest.raises(OperationalError) as raised, engine.begin() as connection:
            connection.execute(text("INSERT INTO t VALUES (1)"))
        shown = error_text(translate(raised.value, str(path)))
    finally:
        engine.dispose()
        holder.execute("ROLLBACK")
        holder.close()
    assert "(база данных заблокирована)" in shown, shown
    assert _latin(qtbot, shown) == []


def test_house_settings_refused_by_a_held_newsroom_say_it_all_in_russian(
    qtbot: QtBot, russian_ui: None, database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """SQLite: another program writes to the file; PostgreSQL: the server is away."""
    del russian_ui
    with unavailable(database_url) as (url, go_away, _come_back), ui_newsroom(url) as room:
        dialog = HouseSettingsDialog(room.house)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.ready, timeout=SOON)
        dialog.outlet_edit.setText("Kabar Desk")
        go_away()
        with caplog.at_level(logging.WARNING), \
                qtbot.waitSignal(dialog.save_refused, timeout=SOON) as refused:
            dialog.save_button.click()
        why = refused.args[0]
        assert why.startswith("Не сохранено: ") and dialog.message_label.text() == why, why
        assert _latin(qtbot, why, _database(url)) == [], why
        if url.startswith("sqlite"):
            assert "(база данных заблокирована)" in why, why
            # The driver's own words are where a technician looks: the log.
            assert "database is locked" in caplog.text
        TaskRunner.of().drain()


def test_a_house_word_refused_by_a_held_newsroom_is_said_all_in_russian(
    qtbot: QtBot, russian_ui: None, database_url: str
) -> None:
    del russian_ui
    with unavailable(database_url) as (url, go_away, _come_back), ui_newsroom(url) as room:
        dialog = HouseDictionaryDialog(room.house)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.loading, timeout=SOON)
        go_away()
        dialog.word_edit.setText("Japarov")
        with qtbot.waitSignal(dialog.change_answered, timeout=SOON) as answered:
            assert dialog.add_word()
        assert answered.args == [False]
        said = dialog.message_label.text()
        assert said.startswith("Не добавлено: "), said
        assert _latin(qtbot, said, _database(url)) == [], said
        if url.startswith("sqlite"):
            assert "(база данных заблокирована)" in said, said
        assert dialog.word_edit.text() == "Japarov"  # kept, to retry
        TaskRunner.of().drain()
