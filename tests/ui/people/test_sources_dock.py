"""The source registry dock on a real SQLite newsroom: bad ids, anonymity, where it is cited."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from newsdesk.domain.people import SourceKind
from newsdesk.ui.people.sources_dock import SourcesDock
from tests.ui.people.conftest import Desk


def _fill(qtbot, dock: SourcesDock, key: str, name: str) -> None:
    qtbot.mouseClick(dock.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dock.form.name_edit, name)
    dock.form.key_edit.setText(key)  # QTest cannot type Cyrillic key clicks


def test_source_models_pass_the_model_tester(qtmodeltester, dock: SourcesDock) -> None:
    qtmodeltester.check(dock.model)
    qtmodeltester.check(dock.proxy)
    assert dock.model.rowCount() == 4


def test_dock_shows_where_a_source_is_cited(qtbot, dock: SourcesDock, desk: Desk) -> None:
    with qtbot.waitSignal(dock.uses_shown):
        dock.select_source("kazinform")
    assert dock.uses_label.text() == "Cited 2 times in 1 story"
    assert dock.uses_list.count() == 1
    item = dock.uses_list.item(0)
    assert desk.water_story.headline in item.text() and "2×" in item.text()
    with qtbot.waitSignal(dock.open_article_requested) as blocker:
        dock.uses_list.itemActivated.emit(item)
    assert blocker.args == [desk.water_story.id]

    with qtbot.waitSignal(dock.uses_shown):
        dock.select_source("official-1")
    assert dock.uses_label.text() == "Cited in: no story yet"


def test_new_source_is_saved_with_an_id_offered_from_its_name(
    qtbot, dock: SourcesDock, desk: Desk
) -> None:
    qtbot.mouseClick(dock.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dock.form.name_edit, "AKIpress News")
    assert dock.form.key_edit.text() == "akipress-news"
    dock.form.kind_combo.setCurrentIndex(dock.form.kind_combo.findData(SourceKind.NEWS_AGENCY))
    qtbot.keyClicks(dock.form.url_edit, "https://akipress.com/")
    with qtbot.waitSignal(dock.sources_changed):
        qtbot.mouseClick(dock.save_button, Qt.MouseButton.LeftButton)
    saved = desk.newsroom.sources.get("akipress-news")
    assert saved.kind is SourceKind.NEWS_AGENCY and saved.url == "https://akipress.com/"
    assert dock.model.rowCount() == 5
    assert dock.registry.get("akipress-news") == saved
    assert dock.form.key_edit.isReadOnly()  # stories cite the id: it is fixed once saved


def test_a_new_sources_kind_follows_its_name_until_the_user_picks_one(
    qtbot, dock: SourcesDock, desk: Desk
) -> None:
    combo = dock.form.kind_combo
    qtbot.mouseClick(dock.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dock.form.name_edit, "Ministry of Energy")
    assert combo.currentData() == SourceKind.ORGANISATION
    dock.form.name_edit.clear()
    qtbot.keyClicks(dock.form.name_edit, "Jude Law")
    assert combo.currentData() == SourceKind.PERSON
    # The user says otherwise: typing on never overrides them.
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last kind, chosen from the keyboard
    chosen = combo.currentData()
    assert chosen != SourceKind.PERSON
    qtbot.keyClicks(dock.form.name_edit, " news agency")
    assert combo.currentData() == chosen
    # A saved source keeps its kind whatever its name says.
    dock.select_source("kazinform")
    kazinform = combo.currentData()
    qtbot.keyClicks(dock.form.name_edit, " Ministry")
    assert combo.currentData() == kazinform == SourceKind.NEWS_AGENCY


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("kazinform", "already in the registry"),
        ("ria novosti", "contains a space"),
        ("минэнерго", "contains Cyrillic"),
        ("Reuters", "capital letters"),
    ],
)
def test_bad_ids_are_refused_naming_the_field(
    qtbot, dock: SourcesDock, desk: Desk, key: str, expected: str
) -> None:
    _fill(qtbot, dock, key, "Some source")
    qtbot.mouseClick(dock.save_button, Qt.MouseButton.LeftButton)
    assert dock.banner.is_error
    assert dock.banner.text().startswith("field “id”: ") and expected in dock.banner.text()
    assert dock.form.key_edit.hasFocus()
    assert len(desk.newsroom.sources.all()) == 4
    assert desk.newsroom.sources.get("kazinform").name == "Kazinform"


def test_anonymous_source_without_reason_is_refused(qtbot, dock: SourcesDock, desk: Desk) -> None:
    _fill(qtbot, dock, "official-2", "Senior diplomat")
    assert not dock.form.reason_edit.isEnabled()
    dock.form.on_record_check.click()
    assert dock.form.reason_edit.isEnabled()
    qtbot.mouseClick(dock.save_button, Qt.MouseButton.LeftButton)
    assert "field “anonymity reason”" in dock.banner.text()
    assert dock.form.reason_edit.hasFocus()
    assert "official-2" not in {s.key for s in desk.newsroom.sources.all()}

    qtbot.keyClicks(dock.form.reason_edit, "fears reprisal from the ministry")
    with qtbot.waitSignal(dock.save_answered):
        qtbot.mouseClick(dock.save_button, Qt.MouseButton.LeftButton)
    saved = desk.newsroom.sources.get("official-2")
    assert not saved.on_record and saved.anonymity_reason == "fears reprisal from the ministry"


def test_delete_of_a_cited_source_is_refused(
    qtbot, dock: SourcesDock, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dock.select_source("kazinform")
    with qtbot.waitSignal(dock.delete_answered) as refused:
        qtbot.mouseClick(dock.delete_button, Qt.MouseButton.LeftButton)
        assert not dock.delete_button.isEnabled() and not dock.save_button.isEnabled()
    assert refused.args == [False] and dock.delete_button.isEnabled()
    assert dock.banner.is_error and "cited in 1 story;" in dock.banner.text()
    assert dock.current_source is not None and dock.current_source.key == "kazinform"
    dock.select_source("official-1")
    with qtbot.waitSignal(dock.delete_answered) as deleted:
        qtbot.mouseClick(dock.delete_button, Qt.MouseButton.LeftButton)
    assert deleted.args == [True] and "Deleted" in dock.banner.text()
    assert "official-1" not in {s.key for s in desk.newsroom.sources.all()}
    assert dock.model.row_of("official-1") == -1


def test_editing_a_source_updates_it_in_place(qtbot, dock: SourcesDock, desk: Desk) -> None:
    dock.select_source("minenergy-kz")
    dock.form.title_edit.clear()
    qtbot.keyClicks(dock.form.title_edit, "Press office, Astana")
    with qtbot.waitSignal(dock.save_answered):
        qtbot.mouseClick(dock.save_button, Qt.MouseButton.LeftButton)
    assert desk.newsroom.sources.get("minenergy-kz").title == "Press office, Astana"
    assert len(desk.newsroom.sources.all()) == 4
