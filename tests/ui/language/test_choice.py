"""Which language the interface takes: --ui-language, Preferences, the system locale; bad input."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from pytestqt.qtbot import QtBot

from newsdesk.__main__ import split_ui_language, window_start
from newsdesk.ui.translator import install_ui_language, save_ui_language
from newsdesk.ui_language import choose_ui_language, system_ui_language

_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def test_the_system_locale_picks_the_language() -> None:
    assert system_ui_language({"LANG": "ru_RU.UTF-8"}) == "ru"
    assert system_ui_language({"LANG": "ru_KZ.UTF-8"}) == "ru"
    assert system_ui_language({"LANG": "en_GB.UTF-8"}) == "en"
    assert system_ui_language({"LANG": "kk_KZ.UTF-8"}) == "en"
    assert system_ui_language({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}) == "ru"
    assert system_ui_language({"LC_ALL": "en_US.UTF-8", "LANG": "ru_RU.UTF-8"}) == "en"
    assert system_ui_language({}) == "en"


def test_the_flag_wins_over_preferences_and_preferences_over_the_system() -> None:
    russian = {"LANG": "ru_RU.UTF-8"}
    assert choose_ui_language("en", "ru", russian) == "en"
    assert choose_ui_language(None, "en", russian) == "en"
    assert choose_ui_language(None, None, russian) == "ru"
    assert choose_ui_language(None, "xx", {"LANG": "en_US"}) == "en"  # a hand-edited setting


def test_ui_language_keeps_the_window_fast_path() -> None:
    assert split_ui_language(["--ui-language", "ru"]) == ([], "ru")
    assert split_ui_language(["--database", "x.db", "--ui-language=en"]) == (
        ["--database", "x.db"], "en")
    assert window_start(split_ui_language(["--ui-language", "ru", "--database", "a.db"])[0]) == (
        True, "a.db")
    # After a command it is not the window's option; an unknown value goes to the parser.
    assert split_ui_language(["list", "--ui-language", "ru"]) == (["list", "--ui-language", "ru"],
                                                                  None)
    assert split_ui_language(["--ui-language", "xx"]) == (["--ui-language", "xx"], None)


def test_an_unknown_ui_language_is_refused_with_exit_2() -> None:
    done = subprocess.run([sys.executable, "-m", "newsdesk", "--ui-language", "xx"],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 2
    assert "--ui-language" in done.stderr and "'xx'" in done.stderr
    assert "Traceback" not in done.stderr


def _system_russian(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")


def test_lang_ru_gives_a_russian_interface_with_russian_dates(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, russian_catalogue: Path
) -> None:
    del qtbot  # for the QApplication
    _system_russian(monkeypatch)
    assert install_ui_language(None, russian_catalogue) == "ru"
    assert QCoreApplication.translate("Menus", "&File") == "&Файл"
    assert QCoreApplication.translate("Status", "Spiked") == "Снят"
    assert QLocale().language() == QLocale.Language.Russian
    assert QLocale().toString(QDate(2026, 5, 4), "d MMMM yyyy") == "4 мая 2026"


def test_the_flag_and_preferences_override_the_system(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, russian_catalogue: Path
) -> None:
    del qtbot
    _system_russian(monkeypatch)
    assert install_ui_language("en", russian_catalogue) == "en"
    assert QCoreApplication.translate("Menus", "&File") == "&File"
    save_ui_language("en")
    assert install_ui_language(None, russian_catalogue) == "en"
    assert install_ui_language("ru", russian_catalogue) == "ru"
    save_ui_language(None)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert install_ui_language(None, russian_catalogue) == "en"
    assert QCoreApplication.translate("Menus", "&File") == "&File"


def test_a_missing_catalogue_leaves_the_window_in_english_with_a_warning(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    del qtbot
    missing = tmp_path / "newsdesk_ru.qm"
    with caplog.at_level(logging.WARNING, logger="newsdesk.ui.translator"):
        assert install_ui_language("ru", missing) == "en"
    assert QCoreApplication.translate("Menus", "&File") == "&File"
    assert [r.getMessage() for r in caplog.records if str(missing) in r.getMessage()]
    damaged = tmp_path / "damaged.qm"
    damaged.write_bytes(b"not a catalogue")
    assert install_ui_language("ru", damaged) == "en"


def test_preferences_keep_the_language_for_the_next_start(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, russian_catalogue: Path, database_url: str
) -> None:
    from PySide6.QtGui import QAction

    from newsdesk.ui.dialogs.preferences_dialog import PreferencesDialog
    from newsdesk.ui.main_window import MainWindow
    from tests.ui.conftest import ui_newsroom

    for name in _LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    with ui_newsroom(database_url) as room:
        window = MainWindow(room)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: not window.initial_story_pending)
        action = window.findChild(QAction, "preferencesAction")
        assert action is not None and action in window.tools_menu.actions()
        action.trigger()
        dialog = window.findChild(PreferencesDialog, "preferencesDialog")
        assert dialog is not None and dialog.isVisible()
        combo = dialog.language_combo
        assert combo.currentData() is None  # nothing chosen yet: the system decides
        combo.setCurrentIndex(combo.findData("ru"))
        dialog.save()
        assert not dialog.isVisible()
        window.close()
    assert install_ui_language(None, russian_catalogue) == "ru"  # the next start
    assert QCoreApplication.translate("Menus", "&Tools") == "&Сервис"
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.language_combo.currentData() == "ru"
    assert again.windowTitle() == "Параметры"
    save_ui_language(None)


def test_dates_in_lists_follow_the_interface(
    qtbot: QtBot, russian_catalogue: Path
) -> None:
    from datetime import datetime

    from newsdesk.ui.translator import moment_text

    del qtbot
    moment = datetime(2026, 5, 4, 10, 42, 7)
    assert install_ui_language("en", russian_catalogue) == "en"
    assert moment_text(moment) == "2026-05-04 10:42"
    assert moment_text(moment, seconds=True) == "2026-05-04 10:42:07"
    assert install_ui_language("ru", russian_catalogue) == "ru"
    assert moment_text(moment) == "04.05.2026 10:42"
