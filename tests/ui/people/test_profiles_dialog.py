"""The profiles dialog on a real SQLite newsroom: photos, bad input, merge, delete, articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from newsdesk.domain.article import Role
from newsdesk.domain.query import ArticleQuery
from newsdesk.ui.people.merge_dialog import MergeDialog
from newsdesk.ui.people.profiles_dialog import ProfilesDialog
from tests.helpers.profiles import settle
from tests.ui.people.conftest import Desk
from tests.ui.people.photos import banded_photo, transparent_logo


def _pick_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def _new_profile(qtbot, dialog: ProfilesDialog, name: str) -> None:
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.form.name_edit, name)


def test_author_models_pass_the_model_tester(qtmodeltester, dialog: ProfilesDialog) -> None:
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    assert dialog.proxy.rowCount() == 3


def test_create_profile_with_a_jpeg_photo_stores_a_centre_cropped_square(
    qtbot, dialog: ProfilesDialog, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _new_profile(qtbot, dialog, "Zhang Mingyu")
    dialog.form.role_checks[Role.PHOTOGRAPHER].setChecked(True)
    qtbot.keyClicks(dialog.form.email_edit, "zhang@example.org")
    qtbot.keyClicks(dialog.form.languages_edit, "zh, en")
    _pick_file(monkeypatch, banded_photo(tmp_path / "portrait.jpg", "JPEG"))
    qtbot.mouseClick(dialog.form.choose_photo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)

    saved = desk.newsroom.authors.find("Zhang Mingyu")
    assert saved.photo_mime == "image/jpeg"
    assert saved.roles == (Role.REPORTER, Role.PHOTOGRAPHER)
    assert saved.languages == ("zh", "en")
    photo = QImage.fromData(saved.photo)
    assert (photo.width(), photo.height()) == (256, 256)
    # The red and blue side bands are cropped away: every corner is the green centre.
    for x, y in ((2, 2), (253, 2), (2, 253), (253, 253)):
        pixel = photo.pixelColor(x, y)
        assert pixel.green() > 100 and pixel.red() < 60 and pixel.blue() < 60
    assert dialog.model.rowCount() == 4
    assert not dialog.banner.is_error


def test_transparent_png_photo_stays_png(
    qtbot, dialog: ProfilesDialog, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.select_author(desk.unused.id)
    settle(qtbot, dialog)
    _pick_file(monkeypatch, transparent_logo(tmp_path / "logo.png"))
    qtbot.mouseClick(dialog.form.choose_photo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    saved = desk.newsroom.authors.get(desk.unused.id)
    assert saved.photo_mime == "image/png"
    photo = QImage.fromData(saved.photo)
    assert photo.pixelColor(0, 0).alpha() == 0
    assert photo.pixelColor(128, 128) == QColor("orange")


def test_corrupt_photo_is_refused_naming_the_field_and_old_photo_kept(
    qtbot, dialog: ProfilesDialog, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.select_author(desk.farrukh.id)
    settle(qtbot, dialog)
    good = banded_photo(tmp_path / "good.png", "PNG")
    _pick_file(monkeypatch, good)
    qtbot.mouseClick(dialog.form.choose_photo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    before = desk.newsroom.authors.get(desk.farrukh.id).photo
    assert before

    broken = tmp_path / "broken.png"
    broken.write_bytes(good.read_bytes()[:200])  # a truncated download
    _pick_file(monkeypatch, broken)
    qtbot.mouseClick(dialog.form.choose_photo_button, Qt.MouseButton.LeftButton)
    assert dialog.banner.is_error
    assert "photo" in dialog.banner.text() and "broken.png" in dialog.banner.text()
    assert dialog.form.photo_bytes == before
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert desk.newsroom.authors.get(desk.farrukh.id).photo == before


def test_file_that_is_not_an_image_is_refused(
    qtbot, dialog: ProfilesDialog, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.select_author(desk.unused.id)
    settle(qtbot, dialog)
    fake = tmp_path / "cv.png"
    fake.write_bytes(b"%PDF-1.7\n" + b"x" * 4000)
    _pick_file(monkeypatch, fake)
    qtbot.mouseClick(dialog.form.choose_photo_button, Qt.MouseButton.LeftButton)
    assert "field “photo”" in dialog.banner.text()
    assert "not a PNG, JPEG or WebP" in dialog.banner.text()
    assert dialog.form.photo_bytes is None


def test_fifty_megabyte_photo_is_refused_before_decoding(
    qtbot, dialog: ProfilesDialog, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.select_author(desk.unused.id)
    settle(qtbot, dialog)
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as handle:
        handle.write(b"\xff\xd8\xff\xe0")
        handle.truncate(50 * 1024 * 1024)  # sparse: the test does not write 50 MB
    _pick_file(monkeypatch, huge)
    qtbot.mouseClick(dialog.form.choose_photo_button, Qt.MouseButton.LeftButton)
    assert "field “photo”" in dialog.banner.text()
    assert "50.0 MB" in dialog.banner.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert desk.newsroom.authors.get(desk.unused.id).photo is None


def test_name_of_only_whitespace_is_refused_and_nothing_saved(
    qtbot, dialog: ProfilesDialog, desk: Desk
) -> None:
    _new_profile(qtbot, dialog, "   ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert dialog.banner.is_error
    assert "field “name”" in dialog.banner.text()
    assert dialog.form.name_edit.hasFocus()
    assert len(desk.newsroom.authors.all()) == 3


def test_bio_preview_renders_markdown_as_the_user_types(qtbot, dialog: ProfilesDialog) -> None:
    dialog.form.bio_edit.setPlainText("Writes about *rivers* and **dams**.")
    qtbot.waitUntil(lambda: "rivers" in dialog.form.bio_preview.toPlainText())
    html = dialog.form.bio_preview.toHtml()
    assert "font-weight" in html and "font-style:italic" in html
    assert "**" not in dialog.form.bio_preview.toPlainText()


def test_merge_moves_bylines_and_keeps_the_chosen_bio(
    qtbot, dialog: ProfilesDialog, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.select_author(desk.aigerim.id)
    settle(qtbot, dialog)

    def drive(merge: MergeDialog) -> int:
        merge.select_other(desk.farrukh.id)
        merge.other_bio_radio.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", drive)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)

    authors = desk.newsroom.authors
    assert [a.name for a in authors.all()] == ["Aigerim Sarsenbayeva", "Nilufar Rakhimova"]
    kept = authors.get(desk.aigerim.id)
    assert kept.bio == "Tashkent correspondent."
    assert Role.TRANSLATOR in kept.roles
    for summary in desk.newsroom.articles.page(ArticleQuery(), 0, 10):
        story = desk.newsroom.articles.get(summary.id)
        assert {entry.author_id for entry in story.byline} == {desk.aigerim.id}
    solar = desk.newsroom.articles.page(ArticleQuery(text="Issyk-Kul"), 0, 1)[0]
    assert [e.role for e in desk.newsroom.articles.get(solar.id).byline] == [
        Role.REPORTER, Role.TRANSLATOR]
    assert dialog.model.rowCount() == 2
    assert "Tashkent correspondent." in dialog.form.bio_edit.toPlainText()


def test_merge_keeps_own_bio_by_default(desk: Desk, qtbot) -> None:
    merge = MergeDialog(desk.aigerim, desk.newsroom.authors.all())
    qtbot.addWidget(merge)
    merge.select_other(desk.farrukh.id)
    assert merge.bio_from() == desk.aigerim.id
    assert "Tashkent correspondent." in merge.other_bio_radio.text()


def test_delete_is_refused_for_an_author_with_bylines(
    qtbot, dialog: ProfilesDialog, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.select_author(desk.aigerim.id)
    settle(qtbot, dialog)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert dialog.banner.is_error
    assert "byline of 2 stories" in dialog.banner.text()
    assert desk.newsroom.authors.get(desk.aigerim.id).name == "Aigerim Sarsenbayeva"

    dialog.select_author(desk.unused.id)
    settle(qtbot, dialog)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert not dialog.banner.is_error
    assert [a.id for a in desk.newsroom.authors.all()] == [desk.aigerim.id, desk.farrukh.id]


def test_deactivate_keeps_the_profile_listed_as_inactive(
    qtbot, dialog: ProfilesDialog, desk: Desk
) -> None:
    dialog.select_author(desk.farrukh.id)
    settle(qtbot, dialog)
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert not desk.newsroom.authors.get(desk.farrukh.id).active
    row = dialog.model.row_of(desk.farrukh.id)
    assert "inactive" in dialog.model.index(row, 0).data()
    assert dialog.active_button.text() == "Reactivate"


def test_more_articles_emits_the_author_id_and_shows_counts(
    qtbot, dialog: ProfilesDialog, desk: Desk
) -> None:
    dialog.select_author(desk.farrukh.id)
    settle(qtbot, dialog)
    assert "1 story" in dialog.counts_label.text() and "Editing 1" in dialog.counts_label.text()
    with qtbot.waitSignal(dialog.show_articles_requested) as blocker:
        qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [desk.farrukh.id]
    assert dialog.more_button.text() == "More articles by Farrukh Nazarov"


def test_moving_to_another_profile_keeps_the_edit_in_the_form(
    qtbot, dialog: ProfilesDialog, desk: Desk
) -> None:
    authors = desk.newsroom.authors
    dialog.select_author(desk.aigerim.id or 0)
    settle(qtbot, dialog)
    dialog.form.bio_edit.selectAll()
    qtbot.keyClicks(dialog.form.bio_edit, "Now covers Astana.")
    assert dialog.has_unsaved_edits

    dialog.select_author(desk.farrukh.id or 0)
    settle(qtbot, dialog)
    assert dialog.current_author is not None and dialog.current_author.id == desk.farrukh.id
    assert authors.get(desk.aigerim.id or 0).bio == "Now covers Astana."
    assert "Saved the profile of Aigerim Sarsenbayeva" in dialog.banner.text()

    # An edit that cannot be stored keeps the user on that profile, with the reason.
    dialog.form.name_edit.clear()
    qtbot.keyClicks(dialog.form.name_edit, " ")
    dialog.select_author(desk.aigerim.id or 0)
    settle(qtbot, dialog)
    assert dialog.current_author is not None and dialog.current_author.id == desk.farrukh.id
    assert dialog.banner.is_error
    assert authors.get(desk.farrukh.id or 0).name == desk.farrukh.name


def test_closing_the_dialog_stores_the_edit(qtbot, dialog: ProfilesDialog, desk: Desk) -> None:
    dialog.select_author(desk.farrukh.id or 0)
    settle(qtbot, dialog)
    qtbot.keyClicks(dialog.form.email_edit, "farrukh@tca.test")
    dialog.reject()
    settle(qtbot, dialog)
    assert not dialog.isVisible()
    assert desk.newsroom.authors.get(desk.farrukh.id or 0).email == "farrukh@tca.test"
