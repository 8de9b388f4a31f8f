"""Stories in and out of the window: importing files (one refused, naming its line) and a PDF.

What an import wrote reaches the list through the window's catch-up, read on the task runner
(never on the GUI thread): the tests wait for the rows."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from newsdesk.ui.main_window import MainWindow
from tests.helpers.desk import open_story
from tests.helpers.pdf_text import pdf_text
from tests.ui.shell.conftest import Desk

GOOD = """---
headline: Dushanbe opens a new bus station
language: en
dateline: {city: Dushanbe, country: Tajikistan, agency: TCA}
authors: [Farrukh Nazarov]
---
The station serves routes to Khujand and Kulob.
"""

NEW_AUTHOR = """---
headline: Almaty metro extends its second line
language: en
tags: [transport]
authors: [Dilnoza Karimova]
---
Two stations open in March.
"""

BROKEN = """---
headline: Broken front matter
status: [draft
---
Body.
"""


def _window(qtbot: QtBot, desk: Desk) -> MainWindow:
    window = MainWindow(desk.newsroom)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.initial_story_pending)
    return window


def test_import_adds_the_good_file_and_names_the_broken_one(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    window = _window(qtbot, desk)
    good, broken = tmp_path / "bus.md", tmp_path / "broken.md"
    good.write_text(GOOD, encoding="utf-8")
    broken.write_text(BROKEN, encoding="utf-8")
    before = window.list_panel.model.rowCount()
    with qtbot.wait_signal(window.transfer.imported, timeout=10000) as outcome:
        window.transfer.import_paths([good, broken])
    count, errors = outcome.args
    assert count == 1
    assert len(errors) == 1 and f"{broken}:3: malformed front matter" in errors[0]
    assert window.catch_up.reading  # the rows are read on the task runner, not here
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == before + 1, timeout=10000)
    assert "1 file refused:" in window.notice.label.text()
    assert desk.newsroom.articles.get_by_slug("dushanbe-opens-a-new-bus-station").dateline.city == "Dushanbe"


def test_an_import_s_new_profile_and_tag_reach_the_editor_and_the_filters(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    """The profile a file named (made by the import) completes in the byline, and its tag
    is offered in the list's filter, both read with the rows on the task runner."""
    window = _window(qtbot, desk)
    metro = tmp_path / "metro.md"
    metro.write_text(NEW_AUTHOR, encoding="utf-8")
    with qtbot.wait_signal(window.transfer.imported, timeout=10000) as outcome:
        window.transfer.import_paths([metro])
    assert outcome.args == [1, []]
    references = window.editor.references
    qtbot.waitUntil(lambda: "Dilnoza Karimova" in {a.name for a in references.authors},
                    timeout=10000)
    tags = window.list_panel.tag_filter
    qtbot.waitUntil(lambda: tags.findData("transport") >= 0, timeout=10000)
    model = window.list_panel.model
    qtbot.waitUntil(lambda: "Almaty metro extends its second line" in [
        summary.headline for summary in map(model.summary_at, range(model.rowCount()))
        if summary is not None], timeout=10000)


def _pdf(qtbot: QtBot, window: MainWindow, target: Path) -> bool:
    """Export the open story to ``target`` and wait for the outcome: True when written."""
    with qtbot.wait_signal(window.transfer.pdf_finished, timeout=20000) as finished:
        window.transfer.export_pdf_to(target)
    return bool(finished.args[0])


def test_pdf_of_the_open_story(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    window = _window(qtbot, desk)
    assert open_story(qtbot, window, desk.water.id or 0)
    target = tmp_path / "legal" / "water.pdf"
    target.parent.mkdir()
    assert _pdf(qtbot, window, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Water schedule agreed for Tashkent region" in " ".join(pdf_text(target).split())
    assert str(target) in window.statusBar().currentMessage()
    assert not _pdf(qtbot, window, tmp_path / "missing-folder" / "x.pdf")
    assert "PDF not written" in window.notice.label.text()


def test_a_story_that_exists_is_offered_for_replacement_not_refused(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    window = _window(qtbot, desk)
    first = tmp_path / "bus.md"
    first.write_text(GOOD, encoding="utf-8")
    with qtbot.wait_signal(window.transfer.imported, timeout=10000):
        window.transfer.import_paths([first])
    again = tmp_path / "bus-updated.md"
    again.write_text(GOOD.replace("Khujand and Kulob", "Khujand, Kulob and Bokhtar"),
                     encoding="utf-8")
    with qtbot.wait_signal(window.transfer.imported, timeout=10000) as outcome:
        window.transfer.import_paths([again])
    assert outcome.args == [0, []]  # not an error: a question
    assert window.notice.button.text() == "Replace Existing"
    assert "already exist: replace them?" in window.notice.message
    assert "--update" not in window.notice.message
    opened = desk.newsroom.articles.get_by_slug("dushanbe-opens-a-new-bus-station")
    assert open_story(qtbot, window, opened.id or 0)
    with qtbot.wait_signal(window.transfer.imported, timeout=10000) as replaced:
        window.notice.button.click()
    assert replaced.args == [1, []]
    # The open story, nothing typed in it, shows the replaced text once the catch-up read it.
    qtbot.waitUntil(lambda: "Bokhtar" in window.editor.body_edit.toPlainText(), timeout=10000)
    story = desk.newsroom.articles.get_by_slug("dushanbe-opens-a-new-bus-station")
    assert "Bokhtar" in story.body
    assert [r.note for r in desk.newsroom.articles.revisions(story.id or 0)] == [
        "before import of bus-updated.md"
    ]


def test_pdf_carries_the_byline_as_its_author(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    window = _window(qtbot, desk)
    assert open_story(qtbot, window, desk.water.id or 0)
    target = tmp_path / "water.pdf"
    assert _pdf(qtbot, window, target)
    assert b"/Author (" in target.read_bytes() or b"/Author <" in target.read_bytes()
    assert b"/Author ()" not in target.read_bytes()
