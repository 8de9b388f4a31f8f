"""The export dialog writes real files off the GUI thread, and a cancel leaves only whole files."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Status
from newsdesk.domain.query import ArticleQuery
from newsdesk.services.export.batch import ExportReport
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.dialogs.export_dialog import ExportDialog
from tests.helpers.pdf_text import pdf_text
from tests.ui.shell.conftest import Desk, add_generated


def _dialog(qtbot: QtBot, newsroom: Newsroom, **kwargs: object) -> ExportDialog:
    dialog = ExportDialog(newsroom, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _pick_format(dialog: ExportDialog, value: str) -> None:
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(value))


def test_exports_every_story_as_html_with_index_and_author_pages(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    dialog = _dialog(qtbot, desk.newsroom, folder=str(out))
    _pick_format(dialog, "html")
    dialog.all_radio.setChecked(True)
    dialog.authors_check.setChecked(True)
    with qtbot.wait_signal(dialog.export_finished, timeout=20000) as blocker:
        dialog.export_button.click()
    report = blocker.args[0]
    assert isinstance(report, ExportReport)
    assert report.stories_written == 3
    assert (out / "index.html").is_file()
    pages = sorted(p.name for p in (out / "authors").iterdir())
    assert len(pages) == 2
    html = (out / "water-schedule-agreed-for-tashkent-region.html").read_text(encoding="utf-8")
    assert "Water schedule agreed for Tashkent region" in html
    assert "Exported 3 stories" in dialog.message_label.text()


def test_exports_one_status_as_ninjs(desk: Desk, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, desk.newsroom, folder=str(tmp_path), status=Status.EDITING)
    _pick_format(dialog, "ninjs")
    assert not dialog.authors_check.isEnabled()
    dialog.status_radio.setChecked(True)
    with qtbot.wait_signal(dialog.export_finished, timeout=20000):
        dialog.export_button.click()
    files = sorted(tmp_path.glob("*.json"))
    assert [json.loads(f.read_text(encoding="utf-8"))["headlines"][0]["value"]
            for f in files] == ["Solar plant on Issyk-Kul opens"]


def test_the_open_story_is_the_default_choice(desk: Desk, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, desk.newsroom, open_article_id=desk.market.id, folder=str(tmp_path))
    _pick_format(dialog, "md")
    assert dialog.open_radio.isChecked()
    with qtbot.wait_signal(dialog.export_finished, timeout=20000):
        dialog.export_button.click()
    [only] = list(tmp_path.glob("*.md"))
    assert "Рынок в Оше снова открыт" in only.read_text(encoding="utf-8")


def test_the_dialog_prints_the_chosen_stories_to_pdf(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "pdf"
    dialog = _dialog(qtbot, desk.newsroom, folder=str(out), status=Status.EDITING)
    _pick_format(dialog, "pdf")
    assert not dialog.authors_check.isEnabled()  # author pages are HTML only
    dialog.status_radio.setChecked(True)
    with qtbot.wait_signal(dialog.export_finished, timeout=30000) as blocker:
        dialog.export_button.click()
    assert blocker.args[0].stories_written == 1
    [only] = list(out.iterdir())
    assert only.suffix == ".pdf"
    assert "Solar plant on Issyk-Kul opens" in " ".join(pdf_text(only).split())
    assert "Exported 1 story" in dialog.message_label.text()


def test_no_folder_is_explained_not_guessed(desk: Desk, qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, desk.newsroom)
    with qtbot.assert_not_emitted(dialog.export_finished, wait=100):
        dialog.export_button.click()
    assert "Choose a folder" in dialog.message_label.text()


def test_a_file_in_place_of_the_folder_is_named(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    dialog = _dialog(qtbot, desk.newsroom, folder=str(blocker))
    dialog.export_button.click()
    assert str(blocker) in dialog.message_label.text()


def test_cancel_stops_the_batch_and_leaves_only_whole_files(
    newsroom: Newsroom, qtbot: QtBot, tmp_path: Path
) -> None:
    add_generated(newsroom, 400)
    out = tmp_path / "out"
    dialog = _dialog(qtbot, newsroom, folder=str(out))
    _pick_format(dialog, "ninjs")
    dialog.all_radio.setChecked(True)
    seen: list[int] = []

    def cancel_on_first_progress(done: int, _total: int) -> None:
        seen.append(done)
        progress = dialog.progress_dialog
        if progress is not None and len(seen) == 1:
            cancel_button = progress.findChild(QPushButton)
            assert cancel_button is not None and cancel_button.text() == "Cancel"
            cancel_button.click()

    dialog.progress_advanced.connect(cancel_on_first_progress)
    with qtbot.wait_signal(dialog.export_finished, timeout=60000) as blocker:
        dialog.export_button.click()
    report = blocker.args[0]
    assert report.cancelled
    files = sorted(out.iterdir())
    assert 0 < len(files) < 400
    for path in files:  # every file that exists parses: no half-written stories
        assert path.suffix == ".json"
        json.loads(path.read_text(encoding="utf-8"))
    assert seen and seen[0] >= 1
    assert "Cancelled" in dialog.message_label.text()
    assert dialog.export_button.isEnabled()


def test_every_choice_in_the_dialog_has_its_own_alt_letter(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, desk.newsroom, open_article_id=desk.water.id,
                     selected_ids=[desk.water.id], folder=str(tmp_path))
    letters: dict[str, str] = {}
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        text = widget.text().replace("&&", "")
        if not widget.isVisible() or "&" not in text:
            continue
        letter = text[text.index("&") + 1].lower()
        assert letter not in letters, (text, letters[letter])
        letters[letter] = text
        if isinstance(widget, QLabel):
            assert widget.buddy() is not None, text  # Alt+letter must land somewhere
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # Alt letters are shortcuts of the active window
    qtbot.keyClick(dialog.format_combo, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.folder_edit.hasFocus)
    qtbot.keyClick(dialog.folder_edit, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.all_radio.isChecked)  # a mnemonic clicks with a short animation


def test_exports_every_story_the_lists_search_found_loaded_or_not(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    """A search with more matches than the list has loaded exports every match."""
    add_generated(desk.newsroom, 130, prefix="Tashkent water bulletin")
    query = ArticleQuery(text="Tashkent", statuses=(Status.DRAFT, Status.EDITING, Status.READY))
    count = desk.newsroom.articles.count(query)
    assert count == 131  # the generated bulletins and the water story
    dialog = _dialog(qtbot, desk.newsroom, folder=str(tmp_path), list_query=query,
                     list_count=count)
    _pick_format(dialog, "md")
    assert dialog.list_radio.isEnabled() and "(131)" in dialog.list_radio.text()
    dialog.list_radio.setChecked(True)
    with qtbot.wait_signal(dialog.export_finished, timeout=30000) as blocker:
        dialog.export_button.click()
    assert blocker.args[0].stories_written == 131
    names = {path.stem for path in tmp_path.glob("*.md")}
    assert "water-schedule-agreed-for-tashkent-region" in names
    assert not any("solar" in name for name in names)


def test_an_empty_list_offers_no_list_export(desk: Desk, qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, desk.newsroom, list_query=ArticleQuery(text="nothing"),
                     list_count=0)
    assert not dialog.list_radio.isEnabled()


def test_a_translation_and_its_original_exported_together_link_to_each_other(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    from dataclasses import replace

    from newsdesk.services.translation import translation_service_for

    articles = desk.newsroom.articles
    original = articles.set_status(desk.market.id or 0, Status.PUBLISHED)
    translation = translation_service_for(desk.newsroom).start_translation(
        original.id or 0, "en")
    translation = articles.save(replace(translation, headline="Osh market reopens",
                                        body="Traders are back at the market."))
    out = tmp_path / "pair"
    dialog = _dialog(qtbot, desk.newsroom, folder=str(out),
                     selected_ids=(original.id or 0, translation.id or 0))
    _pick_format(dialog, "html")
    dialog.selection_radio.setChecked(True)
    with qtbot.wait_signal(dialog.export_finished, timeout=20000):
        dialog.export_button.click()
    page = (out / f"{translation.slug}.html").read_text(encoding="utf-8")
    assert f'href="{original.slug}.html"' in page


def test_a_list_count_the_window_does_not_know_is_counted_on_the_task_runner(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    """A partly loaded list passes no count: the choice says "…" and waits for the runner's
    count; the export then counts its stories on the worker, the bar getting its maximum."""
    add_generated(desk.newsroom, 130, prefix="Tashkent water bulletin")
    query = ArticleQuery(text="Tashkent", statuses=(Status.DRAFT, Status.EDITING, Status.READY))
    dialog = _dialog(qtbot, desk.newsroom, folder=str(tmp_path), list_query=query,
                     list_count=None)
    counts: list[int] = []
    dialog.list_counted.connect(counts.append)  # the count lands through the event loop
    assert "(…)" in dialog.list_radio.text() and not dialog.list_radio.isEnabled()
    dialog.grab().save(str(tmp_path / "counting.png"))
    qtbot.waitUntil(lambda: counts == [131], timeout=20000)
    assert "(131)" in dialog.list_radio.text() and dialog.list_radio.isEnabled()
    dialog.grab().save(str(tmp_path / "counted.png"))
    _pick_format(dialog, "md")
    dialog.list_radio.setChecked(True)
    totals: list[int] = []
    dialog.progress_advanced.connect(lambda _done, total: totals.append(total))
    with qtbot.wait_signal(dialog.export_finished, timeout=30000) as blocker:
        dialog.export_button.click()
    assert blocker.args[0].stories_written == 131
    assert set(totals) == {131}
    assert "Exported 131 stories" in dialog.message_label.text()


def test_a_status_without_stories_says_so_and_writes_nothing(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "none"
    dialog = _dialog(qtbot, desk.newsroom, folder=str(out), status=Status.ARCHIVED)
    dialog.status_radio.setChecked(True)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "No stories match" in dialog.message_label.text(), timeout=20000)
    assert dialog.report is None and dialog.progress_dialog is None
    assert dialog.export_button.isEnabled()
    assert not out.exists()


def test_a_list_count_that_cannot_be_read_is_said_and_leaves_that_choice_off(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The count fails on the runner (the search index is gone): the dialog says why, and the
    other choices still work."""
    import sqlite3

    from newsdesk.db.search_schema import FTS_TABLE
    from tests.ui.conftest import ui_newsroom

    path = tmp_path / "newsroom.sqlite3"
    with ui_newsroom(f"sqlite:///{path}") as room:
        with sqlite3.connect(path) as raw:
            raw.execute(f"DROP TABLE {FTS_TABLE}")
        dialog = _dialog(qtbot, room, folder=str(tmp_path / "out"),
                         list_query=ArticleQuery(text="Tashkent"), list_count=None)
        qtbot.waitUntil(lambda: "could not be counted" in dialog.message_label.text(),
                        timeout=20000)
        assert FTS_TABLE in dialog.message_label.text()
        assert "SELECT" not in dialog.message_label.text()  # the SQL is for the log
        assert not dialog.list_radio.isEnabled() and dialog.all_radio.isEnabled()
        dialog.close()
