"""A house-settings save that fails between its two writes, as a disk going away mid-way would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from newsdesk.db.repositories import HouseRepository

REASON = "the disk went away between two settings"
"""What the injected failure says (the dialogs show it after "Not saved: ")."""


def fail_the_second_write(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Until ``monkeypatch.undo()``, the second setting written raises :class:`OSError` after
    the first has been written in the same transaction; returns the keys asked to be written
    (a test checks the failure came between two writes, then that nothing of it was stored)."""
    real_put = HouseRepository.put_setting
    written: list[str] = []

    def put_then_fail(self: HouseRepository, key: str, value: object) -> None:
        written.append(key)
        if len(written) == 2:
            raise OSError(REASON)
        real_put(self, key, value)

    monkeypatch.setattr(HouseRepository, "put_setting", put_then_fail)
    return written


def save_failing_mid_way(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                         save: QAbstractButton, refused: SignalInstance) -> str:
    """Click ``save`` (a dialog storing the outlet's name and credit) with the credit's write
    failing after the name's; the refusal the dialog said (``refused``'s argument)."""
    written = fail_the_second_write(monkeypatch)
    with qtbot.waitSignal(refused) as said:
        save.click()
    monkeypatch.undo()
    assert written == ["outlet_name", "agency_credit"]  # the name written, the credit failed
    return str(said.args[0])
