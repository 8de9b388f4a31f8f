"""Importing a TMX file on the desk behind a progress dialog with Cancel (SQLite and
PostgreSQL): a cancel after a batch was written keeps nothing of the file, and a whole import
brings the progress to its end."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QProgressBar, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.services.tmx import BATCH
from newsdesk.ui.translation.memory_import import MemoryImport
from tests.ui.translation.desk_helpers import open_russian, shown_desk


def _tmx(path: Path, units: int) -> Path:
    body = "\n".join(f'<tu><tuv xml:lang="en"><seg>Canal share {n} was agreed.</seg></tuv>'
                     f'<tuv xml:lang="ru"><seg>Доля канала {n} согласована.</seg></tuv></tu>'
                     for n in range(units))
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
                    '<header srclang="en" datatype="plaintext"/>\n<body>\n' + body
                    + "\n</body>\n</tmx>\n", encoding="utf-8")
    return path


def _importer(qtbot: QtBot, newsroom: Newsroom) -> MemoryImport:
    desk = shown_desk(qtbot, newsroom)
    open_russian(qtbot, desk, newsroom)
    return desk.tools.memory_import


def test_cancel_after_a_written_batch_keeps_no_unit(
    qtbot: QtBot, newsroom: Newsroom, tmp_path: Path
) -> None:
    importer = _importer(qtbot, newsroom)
    before = newsroom.memory.count()
    steps: list[tuple[int, int]] = []
    importer.progress_advanced.connect(lambda done, total: steps.append((done, total)))
    path = _tmx(tmp_path / "partner.tmx", 3 * BATCH)
    assert importer.import_file(path)
    dialog = importer.progress_dialog
    assert isinstance(dialog, QProgressDialog) and dialog.labelText().startswith("Importing")
    assert not importer.button.isEnabled()
    # Pressed before the worker gets far: it writes its first batch into the transaction,
    # reports it, finds the cancel and rolls everything back.
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    with qtbot.wait_signal(importer.cancelled, timeout=60000) as cancelled:
        cancel.click()
    assert steps and steps[0][0] == BATCH  # a batch was written before the cancel was seen
    assert steps[-1][0] < 3 * BATCH
    assert cancelled.args[0] == ("Import of partner.tmx cancelled: nothing of it was added "
                                 "to the memory.")
    assert newsroom.memory.count() == before
    assert importer.progress_dialog is None and importer.button.isEnabled()
    assert not importer.busy


def test_a_whole_import_brings_the_progress_to_its_end(
    qtbot: QtBot, newsroom: Newsroom, tmp_path: Path
) -> None:
    importer = _importer(qtbot, newsroom)
    before = newsroom.memory.count()
    steps: list[tuple[int, int]] = []
    importer.progress_advanced.connect(lambda done, total: steps.append((done, total)))
    units = 2 * BATCH + 7
    bar_at: list[tuple[int, int]] = []  # (value, maximum) of the dialog's bar as it moves
    with qtbot.wait_signal(importer.imported, timeout=60000) as imported:
        assert importer.import_file(_tmx(tmp_path / "whole.tmx", units))
        dialog = importer.progress_dialog
        assert dialog is not None
        bar = dialog.findChild(QProgressBar)
        assert bar is not None
        bar.valueChanged.connect(lambda value: bar_at.append((value, bar.maximum())))
    assert imported.args[0].added == units
    assert newsroom.memory.count() == before + units
    assert [done for done, _ in steps][:2] == [BATCH, 2 * BATCH]
    assert steps[-1] == (units, units)
    assert all(total >= done for done, total in steps)
    assert bar_at[-1] == (units, units)  # the bar full at the end
    assert importer.progress_dialog is None and importer.button.isEnabled()
