"""A translator's day on the real window and desk (issue 12), on SQLite and PostgreSQL.

One walkthrough, driven as a translator would (actions, keys, objectNames): a follow-up of the
demo's water story is translated into Russian with the memory's suggestions and
pre-translation; live QA flags a weekday and a figure the fuzzy matches carried over, fixed;
a glossary term added in the glossary dialog is enforced (a warning) and then satisfied; the
rows are confirmed one by one (Ctrl+Enter); an accidental edit is compared and undone in
Story ▸ Revisions…; the original is edited (a number, a comma, the headline) and exactly the
must-review and minor flags show; ready is refused until they are resolved, the readiness
check's problem opening the desk on its row; the published pair is exported as HTML and its
hreflang links and JSON-LD translator are read back with a real HTML parser.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Role, Status
from newsdesk.domain.segments import SegmentState
from newsdesk.domain.translation_qa import QaCheck, QaProblem, QaSeverity
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.autosave import SaveState
from newsdesk.ui.desk_start import read_opened
from newsdesk.ui.dialogs.export_dialog import ExportDialog
from newsdesk.ui.dialogs.glossary_dialog import GlossaryDialog
from newsdesk.ui.dialogs.revisions_dialog import RevisionsDialog
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.translation.desk_model import (
    ORIGINAL_COLUMN,
    QA_COLUMN,
    QA_ROLE,
    SEVERITY_ROLE,
    TRANSLATION_COLUMN,
)
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from newsdesk.ui.window_menus import ActionId
from tests.helpers.desk import open_story, wait_idle
from tests.ui.conftest import drain_tasks, ui_newsroom
from tests.ui.translation.desk_helpers import open_cell
from tests.ui.translation.desk_keys import press

EN_SLUG = "water-schedule-tashkent"
HEADLINE, DECK = 0, 1
WAIT = 15000  # ms: alignment and checks on the runner, PostgreSQL on a shared machine


# -- the window ------------------------------------------------------------------------------
def _saved(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.autosaver.state is SaveState.SAVED
                    and not window.autosaver.is_dirty, timeout=WAIT)


def _open(qtbot: QtBot, window: MainWindow, article_id: int) -> None:
    assert open_story(qtbot, window, article_id)
    qtbot.waitUntil(lambda: window.open_article_id == article_id
                    and window.editor.current_article().id == article_id, timeout=WAIT)


def _retype_in_body(qtbot: QtBot, window: MainWindow, old: str, new: str) -> None:
    """Select ``old`` in the editor's body (as Find would) and type ``new`` over it."""
    body = window.editor.body
    cursor = body.textCursor()
    cursor.setPosition(0)
    body.setTextCursor(cursor)
    assert body.find(old), old
    body.insertPlainText(new)  # QTest types ASCII only; this is the input method's path


def _retype_headline(window: MainWindow, headline: str) -> None:
    edit = window.editor.headline_edit
    edit.setFocus()
    edit.selectAll()
    edit.insertPlainText(headline)


def _menu(window: MainWindow, action: ActionId, qtbot: QtBot | None = None) -> None:
    """Trigger a menu item; with ``qtbot``, wait for the desk command it started."""
    window.menus.action(action).trigger()
    if qtbot is not None:
        wait_idle(qtbot, window)


# -- the desk --------------------------------------------------------------------------------
def _desk(window: MainWindow) -> TranslationDeskWidget:
    dialog = window.translation_tools.dialog
    assert dialog is not None
    return dialog.desk


def _shown(qtbot: QtBot, desk: TranslationDeskWidget) -> None:
    """The desk is shown and idle: aligned, its rows checked, nothing on the runner for it."""
    qtbot.waitUntil(lambda: desk.desk is not None and not desk.busy, timeout=WAIT)
    drain_tasks()


def _row(desk: TranslationDeskWidget, words: str) -> int:
    return next(row for row in range(desk.model.rowCount())
                if words in str(desk.model.index(row, ORIGINAL_COLUMN).data()))


def _problems(desk: TranslationDeskWidget, row: int) -> tuple[QaProblem, ...]:
    found = desk.model.index(row, QA_COLUMN).data(QA_ROLE)
    return tuple(found or ())


def _select(desk: TranslationDeskWidget, row: int) -> None:
    desk.table.setCurrentIndex(desk.model.index(row, TRANSLATION_COLUMN))


def _type_in_row(qtbot: QtBot, desk: TranslationDeskWidget, row: int, old: str,
                 new: str) -> None:
    """Open the row's translation cell, retype ``old`` as ``new`` and press Enter (saved)."""
    desk.window().activateWindow()  # the desk's window has the keyboard, as when clicked
    qtbot.waitUntil(desk.window().isActiveWindow)
    editor = open_cell(qtbot, desk, row)
    cursor = editor.textCursor()
    cursor.setPosition(0)
    editor.setTextCursor(cursor)
    assert editor.find(old), old
    editor.insertPlainText(new)
    with qtbot.wait_signal(desk.translation_saved, timeout=WAIT):
        QTest.keyClick(editor, Qt.Key.Key_Return)


def _insert_first_match(qtbot: QtBot, desk: TranslationDeskWidget, row: int) -> str:
    """Select the row, wait for its memory matches, Ctrl+Shift+1; the panel's text."""
    _select(desk, row)
    qtbot.waitUntil(lambda: "%" in desk.memory_panel.toPlainText(), timeout=WAIT)
    shown = desk.memory_panel.toPlainText()
    with qtbot.wait_signal(desk.translation_saved, timeout=WAIT):
        press(desk, "Ctrl+Shift+1")
    return shown


# -- the export, read back -------------------------------------------------------------------
@dataclass
class _Page(HTMLParser):
    """What a page's head advertises: its alternate links and its JSON-LD."""

    alternates: dict[str, str] = field(default_factory=dict)
    jsonld: list[dict] = field(default_factory=list)  # type: ignore[type-arg]
    _script: list[str] | None = None

    def __post_init__(self) -> None:
        super().__init__()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and values.get("rel") == "alternate" and values.get("hreflang"):
            self.alternates[values["hreflang"] or ""] = values.get("href") or ""
        if tag == "script" and values.get("type") == "application/ld+json":
            self._script = []

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.jsonld.append(json.loads("".join(self._script)))
            self._script = None


def _read_page(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


@dataclass
class _Day:
    """The window the translator works in and what the day has made so far."""

    qtbot: QtBot
    room: Newsroom
    window: MainWindow
    follow_up: int = 0
    translation: int = 0
    thursday: int = 0  # the desk rows of the paragraphs the follow-up changed
    figure: int = 0


def test_a_translators_day(qtbot: QtBot, demo_database_url: str, tmp_path: Path) -> None:
    with ui_newsroom(demo_database_url) as room:
        assert room.memory.count() > 0  # rebuilt from the demo's linked translation on opening
        window = MainWindow(read_opened(room))
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not window.initial_story_pending, timeout=WAIT)
        day = _Day(qtbot, room, window)
        _write_a_follow_up(day)
        _translate_with_the_memory(day)
        _fix_what_qa_flags(day)
        _add_a_glossary_term(day)
        _confirm_every_row(day)
        _undo_an_accident_in_the_revisions(day)
        _edit_the_original(day)
        _resolve_what_keeps_it_from_ready(day)
        _publish_and_export(day, tmp_path / "site")


def _write_a_follow_up(day: _Day) -> None:
    """The water story duplicated into a follow-up: a weekday and the figure updated."""
    qtbot, window = day.qtbot, day.window
    water = day.room.articles.get_by_slug(EN_SLUG)
    _open(qtbot, window, water.id or 0)
    _menu(window, ActionId.DUPLICATE, qtbot)
    qtbot.waitUntil(lambda: window.open_article_id not in (None, water.id), timeout=WAIT)
    day.follow_up = window.open_article_id or 0
    _retype_in_body(qtbot, window, "said on Friday", "said on Thursday")
    _retype_in_body(qtbot, window, "at least 1.1 billion", "at least 1.2 billion")
    _menu(window, ActionId.SAVE, qtbot)  # Ctrl+S: saved, with a named revision
    _saved(qtbot, window)
    stored = day.room.articles.get(day.follow_up)
    assert "said on Thursday" in stored.body and "1.2 billion" in stored.body


def _translate_with_the_memory(day: _Day) -> None:
    """Story ▸ Translate… into Russian; pre-translation fills the rows the memory holds word
    for word (drafts), the two changed rows take the memory's best fuzzy match."""
    qtbot = day.qtbot
    _menu(day.window, ActionId.TRANSLATE)
    desk = _desk(day.window)
    qtbot.waitUntil(lambda: desk.findChild(QInputDialog, "translateDialog") is not None,
                    timeout=WAIT)  # asked once the story is read on the runner
    question = desk.findChild(QInputDialog, "translateDialog")
    assert question is not None and question.isVisible()
    question.setTextValue("ru — Russian")
    with qtbot.wait_signal(desk.translation_started, timeout=WAIT) as started:
        question.accept()
    _shown(qtbot, desk)
    day.translation = started.args[0].id
    model, rows = desk.model, desk.model.rowCount()
    # A fresh translation is the original's copy: every row untranslated, each a QA error.
    assert desk.progress_label.text() == f"RU: 0/{rows} translated, {rows} QA errors"
    day.thursday, day.figure = _row(desk, "said on Thursday"), _row(desk, "1.2 billion")

    desk.pretranslate_button.click()
    qtbot.waitUntil(lambda: "pre-translated" in desk.status_label.text(), timeout=WAIT)
    _shown(qtbot, desk)
    untranslated = model.untranslated_rows()
    assert untranslated == [day.thursday, day.figure]  # the two paragraphs that changed
    filled = [row for row in range(rows) if row not in untranslated]
    assert {model.state_at(row) for row in filled} == {SegmentState.DRAFT}  # never translated
    assert model.index(HEADLINE, TRANSLATION_COLUMN).data().startswith("Казахстан и Узбекистан")

    desk.next_untranslated_button.click()  # F7
    assert desk.table.currentIndex().row() == day.thursday
    shown = _insert_first_match(qtbot, desk, day.thursday)
    assert "Казахстан и Узбекистан" in shown and "Nilufar Rakhimova" in shown  # the origin
    assert "Thursday" in shown and "Friday" in shown  # the source's words diffed
    shown = _insert_first_match(qtbot, desk, day.figure)
    assert "1.1" in shown and "1,1 млрд" in shown  # its rendering has the old figure


def _fix_what_qa_flags(day: _Day) -> None:
    """Live QA: the matches carried over the old weekday and figure, each an error; fixed."""
    qtbot, desk = day.qtbot, _desk(day.window)

    def errors(row: int) -> list[str]:
        return [p.token for p in _problems(desk, row) if p.severity is QaSeverity.ERROR]

    qtbot.waitUntil(lambda: errors(day.thursday) == ["Thursday"]
                    and "1.2 billion" in errors(day.figure), timeout=WAIT)
    assert [p.check for p in _problems(desk, day.thursday)] == [QaCheck.DATES]
    assert "QA error" in desk.progress_label.text()
    _type_in_row(qtbot, desk, day.thursday, "в пятницу", "в четверг")
    _type_in_row(qtbot, desk, day.figure, "1,1 млрд", "1,2 млрд")
    qtbot.waitUntil(lambda: not errors(day.thursday) and not errors(day.figure), timeout=WAIT)
    assert "QA error" not in desk.progress_label.text()


def _add_a_glossary_term(day: _Day) -> None:
    """A term added in the glossary dialog is enforced at once (a warning), then satisfied."""
    qtbot, desk, stations = day.qtbot, _desk(day.window), day.figure  # it names the stations

    def term_warnings() -> list[str]:
        return [p.token for p in _problems(desk, stations) if p.check is QaCheck.TERMS]

    assert not term_warnings()
    desk.tools.glossary.glossary_button.click()
    glossary = desk.findChild(GlossaryDialog, "glossaryDialog")
    assert glossary is not None and glossary.isVisible()
    glossary.term_edit.setText("gauging stations")
    glossary.rendering_edit.setText("гидрометрические посты")
    with qtbot.wait_signal(glossary.change_answered, timeout=WAIT):
        glossary.add_button.click()
    assert "Added" in glossary.message_label.text()
    glossary.close()
    qtbot.waitUntil(lambda: term_warnings() == ["gauging stations"], timeout=WAIT)
    [warning] = [p for p in _problems(desk, stations) if p.check is QaCheck.TERMS]
    assert warning.severity is QaSeverity.WARNING
    _type_in_row(qtbot, desk, stations, "своих гидропостов", "своих гидрометрических постов")
    qtbot.waitUntil(lambda: not term_warnings(), timeout=WAIT)


def _confirm_every_row(day: _Day) -> None:
    """Ctrl+Enter row by row: each is translated, a revision named, the pairs remembered."""
    desk = _desk(day.window)
    rows = desk.model.rowCount()
    for row in range(rows):
        _select(desk, row)
        press(desk, "Ctrl+Return")
        assert desk.model.state_at(row) is SegmentState.TRANSLATED
    assert desk.progress_label.text() == f"RU: {rows}/{rows} translated"
    notes = [r.note for r in day.room.articles.revisions(day.translation)]
    assert "Headline confirmed on the desk" in notes
    lede = day.room.articles.get(day.follow_up).body.split("\n\n")[0]
    day.qtbot.waitUntil(lambda: day.room.memory.exact(lede, "en", "ru") is not None,
                        timeout=WAIT)
    desk.window().close()


def _undo_an_accident_in_the_revisions(day: _Day) -> None:
    """Story ▸ Revisions…: a deck overwritten by accident is compared, then restored."""
    qtbot, window = day.qtbot, day.window
    _open(qtbot, window, day.translation)
    kept_deck = window.editor.current_article().deck
    window.editor.deck_edit.setFocus()
    window.editor.deck_edit.selectAll()
    window.editor.deck_edit.insertPlainText("Случайно вставленный текст")
    _menu(window, ActionId.SAVE, qtbot)
    _saved(qtbot, window)
    _menu(window, ActionId.REVISIONS)
    revisions = window.findChild(RevisionsDialog, "revisionsDialog")
    assert revisions is not None and revisions.isVisible()
    qtbot.waitUntil(lambda: revisions.model.rowCount() > 2, timeout=WAIT)  # read meanwhile
    with qtbot.wait_signal(revisions.compared, timeout=WAIT):
        revisions.select_rows(1, 2)  # the newest revision and the one before it
    assert "Случайно" in revisions.new_view.toPlainText()
    assert "Случайно" not in revisions.old_view.toPlainText()
    assert kept_deck.split()[0] in revisions.old_view.toPlainText()
    before = revisions.model.which(2)
    revisions.select_rows(2)
    revisions.restore_button.click()
    box = revisions.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    restore = box.findChild(QPushButton, "confirmRestoreButton")
    assert restore is not None
    restore.click()
    qtbot.waitUntil(lambda: "Restored revision" in revisions.message_label.text(),
                    timeout=WAIT)
    qtbot.waitUntil(lambda: window.editor.current_article().deck == kept_deck, timeout=WAIT)
    assert day.room.articles.get(day.translation).deck == kept_deck
    assert day.room.revisions.history(day.translation)[0].note == f"Restored revision {before}"
    revisions.close()


def _edit_the_original(day: _Day) -> None:
    """A number changed, a comma removed, the headline reworded; Story ▸ Then / Now… shows
    the original the translation was made from beside the original now."""
    qtbot, window = day.qtbot, day.window
    _open(qtbot, window, day.follow_up)
    _retype_in_body(qtbot, window, "at least 1.2 billion", "at least 1.25 billion")
    _retype_in_body(qtbot, window, "For the first time, farmers", "For the first time farmers")
    _retype_headline(window, "Kazakhstan and Uzbekistan extend the Syr Darya water deal")
    _menu(window, ActionId.SAVE, qtbot)
    _saved(qtbot, window)

    _open(qtbot, window, day.translation)
    tools = window.translation_tools
    assert tools.then_now_action is window.menus.action(ActionId.THEN_NOW)
    assert tools.then_now_action.shortcut().toString() == "Ctrl+Shift+H"
    desk = _desk(window)
    with qtbot.wait_signal(desk.tools.then_now_shown, timeout=WAIT):
        _menu(window, ActionId.THEN_NOW)
    then_now = desk.tools.then_now_dialog
    assert then_now is not None and then_now.isVisible()
    assert "at least 1.2 billion" in then_now.then_pane.toPlainText()
    assert "at least 1.25 billion" in then_now.now_pane.toPlainText()
    assert "extend the Syr Darya" in then_now.now_pane.toPlainText()  # the whole story
    then_now.close()
    desk.window().close()


def _resolve_what_keeps_it_from_ready(day: _Day) -> None:
    """Ready is refused with the must-review rows listed (not the minor comma); a problem
    clicked opens the desk on its row; each row fixed and confirmed, ready is accepted."""
    qtbot, window, figure = day.qtbot, day.window, day.figure
    _menu(window, ActionId.MOVE_READY, qtbot)
    assert day.room.articles.get(day.translation).status is Status.DRAFT
    panel = window.editor.readiness_panel
    problems = panel.problems()
    assert sorted(p.message for p in problems) == [
        "Paragraph 2 of the original changed since it was translated: review the translation.",
        "Paragraph 2: The number “1.25 billion” is not in the translation.",
        "The original's headline changed since it was translated: review the translation.",
    ]  # the comma dropped from paragraph 3 is minor: it never blocks
    item = panel.list.item(next(i for i, p in enumerate(problems) if p.row == "headline"))
    panel.list.itemClicked.emit(item)  # a click on the problem
    desk = _desk(window)
    _shown(qtbot, desk)
    model = desk.model
    assert desk.table.currentIndex().row() == HEADLINE
    comma = _row(desk, "For the first time farmers")
    assert model.flagged_rows() == [HEADLINE, figure, comma]
    assert model.index(HEADLINE, TRANSLATION_COLUMN).data(SEVERITY_ROLE) == "must_review"
    assert model.index(figure, TRANSLATION_COLUMN).data(SEVERITY_ROLE) == "must_review"
    assert model.index(comma, TRANSLATION_COLUMN).data(SEVERITY_ROLE) == "minor"
    assert "extend" in desk.detail.toPlainText()  # the headline's word diff

    _type_in_row(qtbot, desk, HEADLINE, "согласовали летний график водопользования на",
                 "продлили соглашение о воде на")
    _select(desk, HEADLINE)
    press(desk, "Ctrl+Return")
    assert desk.table.currentIndex().row() == figure  # on to the next flagged row
    _type_in_row(qtbot, desk, figure, "1,2 млрд", "1,25 млрд")
    _select(desk, figure)
    press(desk, "Ctrl+Return")
    assert desk.table.currentIndex().row() == comma
    press(desk, "Ctrl+Return")  # the minor flag: one key
    assert model.flagged_rows() == []
    desk.window().close()
    qtbot.waitUntil(lambda: window.editor.current_article().headline.startswith(
        "Казахстан и Узбекистан продлили"), timeout=WAIT)

    # The translator signs the byline; now the translation may move on.
    picker = window.editor.byline_picker
    picker.role_combo.setCurrentIndex(picker.role_combo.findData(Role.TRANSLATOR))
    QTest.keyClicks(picker.name_edit, "Nilufar Rakhimova")
    QTest.keyClick(picker.name_edit, Qt.Key.Key_Return)
    _saved(qtbot, window)
    _menu(window, ActionId.MOVE_READY, qtbot)
    assert day.room.articles.get(day.translation).status is Status.READY, panel.problems()


def _publish_and_export(day: _Day, folder: Path) -> None:
    """Both published; File ▸ Export… as HTML; the pair's hreflang links and the JSON-LD
    translator read back with an HTML parser."""
    qtbot, window, articles = day.qtbot, day.window, day.room.articles
    _menu(window, ActionId.MOVE_PUBLISHED, qtbot)
    _open(qtbot, window, day.follow_up)
    _menu(window, ActionId.MOVE_PUBLISHED, qtbot)
    en, ru = articles.get(day.follow_up), articles.get(day.translation)
    assert en.status is ru.status is Status.PUBLISHED

    _menu(window, ActionId.EXPORT)
    export = window.findChild(ExportDialog, "exportDialog")
    assert export is not None and export.isVisible()
    export.format_combo.setCurrentIndex(export.format_combo.findData("html"))
    export.status_combo.setCurrentIndex(export.status_combo.findData(Status.PUBLISHED.value))
    export.folder_edit.setText(str(folder))
    with qtbot.wait_signal(export.export_finished, timeout=60000):
        export.export_button.click()
    en_page, ru_page = (_read_page(folder / f"{story.slug}.html") for story in (en, ru))
    assert en_page.alternates == {"en": f"{en.slug}.html", "ru": f"{ru.slug}.html"}
    assert ru_page.alternates == en_page.alternates  # relative: both are in this export
    [ru_data] = ru_page.jsonld
    assert [person["name"] for person in ru_data["translator"]] == ["Нилуфар Рахимова"]
    assert all(person["name"] != "Нилуфар Рахимова" for person in ru_data["author"])
    assert ru_data["inLanguage"] == "ru"
    [en_data] = en_page.jsonld
    assert "translator" not in en_data and en_data["inLanguage"] == "en"
