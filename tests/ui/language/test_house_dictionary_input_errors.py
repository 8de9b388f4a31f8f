"""A word list the house dictionary cannot import (missing, a folder, not UTF-8, a bad line) is
refused in words that fit the cause, in English and in Russian, and logged as one line: it
is the user's input, not a bug, so no traceback (the task runner's rule for our own errors).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.dialogs.house_dictionary_dialog import HouseDictionaryDialog
from newsdesk.ui.tasks import TaskRunner
from tests.ui.conftest import ui_newsroom
from tests.ui.editor.test_house_dictionary_failures import _shown
from tests.ui.language.test_russian_leftovers import text_leftovers

SOON = 20000  # ms: a generous bound for a loaded machine, not a timing assertion


@pytest.fixture
def stocked(database_url: str) -> Iterator[Newsroom]:
    with ui_newsroom(database_url) as newsroom:
        newsroom.house.import_words("en", ["Tokayev"])
        yield newsroom


def _missing(folder: Path) -> Path:
    return folder / "nonexist.txt"


def _a_folder(folder: Path) -> Path:
    made = folder / "words.txt"
    made.mkdir()
    return made


def _latin1(folder: Path) -> Path:
    made = folder / "latin1.txt"
    made.write_bytes("Tokayev\nGödel\n".encode("latin-1"))
    return made


def _two_words(folder: Path) -> Path:
    made = folder / "bad.txt"
    made.write_text("Japarov\ntwo words\n", encoding="utf-8")
    return made


CASES: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "missing": (_missing, "Nothing imported: cannot read nonexist.txt: there is no such file "
                          "or folder.",
                "Ничего не импортировано: не удалось прочитать nonexist.txt: такого файла или "
                "папки нет."),
    "folder": (_a_folder, "Nothing imported: cannot read words.txt: it is a folder.",
               "Ничего не импортировано: не удалось прочитать words.txt: это папка."),
    "not UTF-8": (_latin1, "Nothing imported: latin1.txt is not UTF-8 text (byte 9 is not "
                           "UTF-8); save it as UTF-8 and import it again.",
                  "Ничего не импортировано: latin1.txt — не текст UTF-8 (байт 9 — не UTF-8); "
                  "сохраните его в UTF-8 и импортируйте снова."),
    "bad line": (_two_words, "Nothing imported: bad.txt, line 2: 'two words' is not a single "
                             "word",
                 "Ничего не импортировано: bad.txt, строка 2: «two words» — не одно слово"),
}


def _refused(qtbot: QtBot, dialog: HouseDictionaryDialog, path: Path,
             caplog: pytest.LogCaptureFixture) -> str:
    caplog.clear()
    with caplog.at_level(logging.WARNING), \
            qtbot.waitSignal(dialog.change_answered, timeout=SOON) as answered:
        assert dialog.import_file(path)
    assert answered.args == [False]
    TaskRunner.of().drain()
    failures = [r for r in caplog.records if "failed" in r.getMessage()]
    assert len(failures) == 1, caplog.text
    # One line: the refusal in English, no traceback for input the user was told about.
    assert failures[0].exc_info is None and "\n" not in failures[0].getMessage(), caplog.text
    assert path.name in failures[0].getMessage()
    return dialog.message_label.text()


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_unreadable_word_list_is_said_for_what_it_is_and_logged_as_one_line(
    qtbot: QtBot, stocked: Newsroom, tmp_path: Path, caplog: pytest.LogCaptureFixture, case: str
) -> None:
    make, english, _russian = CASES[case]
    dialog = _shown(qtbot, stocked)
    said = _refused(qtbot, dialog, make(tmp_path), caplog)
    assert said == english
    assert "as UTF-8" not in said or case == "not UTF-8"
    assert [dialog.model.word_at(r) for r in range(dialog.model.rowCount())] == ["Tokayev"]
    assert stocked.house.words("en") == {"Tokayev"}  # nothing of the file half-imported


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_unreadable_word_list_is_said_in_russian(
    qtbot: QtBot, russian_ui: None, stocked: Newsroom, tmp_path: Path,
    caplog: pytest.LogCaptureFixture, case: str
) -> None:
    del russian_ui
    make, _english, russian = CASES[case]
    dialog = _shown(qtbot, stocked)
    said = _refused(qtbot, dialog, make(tmp_path), caplog)
    assert said == russian
    names = {"nonexist", "txt", "latin1", "words", "bad", "two", "utf"}
    assert text_leftovers(qtbot, said, names) == []
