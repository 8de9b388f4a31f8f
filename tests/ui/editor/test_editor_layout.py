"""What QA found cramped: squashed preview, clipped counts, notices over controls, thin columns."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, BylineEntry, Role
from newsdesk.domain.people import Author
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.editor.article_editor import NOTICE_MS, ArticleEditor
from newsdesk.ui.editor.byline_picker import COMPLETION_MIN_WIDTH
from newsdesk.ui.editor.editor_splitter import MIN_WIDTHS, default_sizes

WRITING, PREVIEW, SIDEBAR = range(3)


def hosted(qtbot: QtBot, newsroom: Newsroom, width: int) -> tuple[QWidget, ArticleEditor]:
    """The editor inside a window next to a fixed-width panel, as docks leave it."""
    host = QWidget()
    qtbot.addWidget(host)
    row = QHBoxLayout(host)
    row.setContentsMargins(0, 0, 0, 0)
    editor = ArticleEditor(newsroom, host, house=newsroom.house.settings())
    row.addWidget(editor)
    host.resize(width, 800)
    host.show()
    qtbot.waitExposed(host)
    return host, editor


def test_without_saved_state_the_columns_get_default_proportions(
    qtbot: QtBot, newsroom: Newsroom
) -> None:
    _host, editor = hosted(qtbot, newsroom, 1600)
    qtbot.waitUntil(lambda: editor.splitter.sizes()[WRITING] > editor.splitter.sizes()[PREVIEW])
    writing, preview, sidebar = editor.splitter.sizes()
    assert writing + preview + sidebar > 1500
    assert 40 <= 100 * writing // (writing + preview + sidebar) <= 50
    assert 30 <= 100 * preview // (writing + preview + sidebar) <= 40
    assert sidebar >= MIN_WIDTHS[SIDEBAR]


def test_default_sizes_keep_every_pane_at_its_minimum() -> None:
    assert default_sizes(2000) == [900, 700, 400]
    assert default_sizes(1260) == [523, 406, 330]
    writing, preview, sidebar = default_sizes(900)
    assert (writing, preview, sidebar) >= (MIN_WIDTHS[0], MIN_WIDTHS[1], MIN_WIDTHS[2])
    assert sidebar == MIN_WIDTHS[SIDEBAR]
    assert default_sizes(700, with_preview=False)[PREVIEW] == 0


def test_a_restored_state_that_squashes_the_preview_is_corrected(
    qtbot: QtBot, newsroom: Newsroom
) -> None:
    # Saved by an earlier version: the preview 160 px wide, one letter per line (shot-01).
    old = QSplitter()
    for _ in range(3):
        old.addWidget(QWidget())
    qtbot.addWidget(old)
    old.resize(1200, 400)
    old.show()
    old.setSizes([710, 160, 330])
    QSettings().setValue("window/editorSplitter", old.saveState())

    host = QWidget()
    qtbot.addWidget(host)
    editor = ArticleEditor(newsroom, host, house=newsroom.house.settings())
    QHBoxLayout(host).addWidget(editor)
    state = QSettings().value("window/editorSplitter")
    assert editor.splitter.restoreState(state)  # as the window does before it is shown
    host.resize(1250, 800)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: editor.splitter.sizes()[PREVIEW] >= 300)
    assert all(size >= MIN_WIDTHS[i] for i, size in enumerate(editor.splitter.sizes()))


def test_too_narrow_hides_the_preview_instead_of_squashing_it_and_wider_brings_it_back(
    qtbot: QtBot, newsroom: Newsroom
) -> None:
    host, editor = hosted(qtbot, newsroom, 1400)
    assert editor.preview_pane.isVisible()
    host.resize(800, 800)  # a dock or two opened beside the editor (shot-31)
    qtbot.waitUntil(lambda: editor.preview_pane.isHidden())
    assert editor.splitter.preview_hidden_for_room
    assert editor.toggle_preview_action.isChecked()  # the user's wish is kept
    assert "too narrow" in editor.notice_label.text()
    writing, _preview, sidebar = editor.splitter.sizes()
    assert writing >= MIN_WIDTHS[WRITING] and sidebar >= MIN_WIDTHS[SIDEBAR]

    host.resize(1400, 800)
    qtbot.waitUntil(editor.preview_pane.isVisible)
    assert editor.splitter.sizes()[PREVIEW] >= MIN_WIDTHS[PREVIEW]

    editor.toggle_preview_action.trigger()  # the user's own choice stays off on resizing
    host.resize(1500, 800)
    qtbot.wait(50)
    assert editor.preview_pane.isHidden()


def test_notices_have_their_own_row_and_go_away(editor: ArticleEditor, qtbot: QtBot) -> None:
    editor._notice_timer.setInterval(100)  # the real 8 s, shortened for the test
    assert NOTICE_MS == 8000
    editor.show_notice("Added “Yerzhan” to the house dictionary.")
    qtbot.waitUntil(editor.notice_label.isVisible)
    notice = editor.notice_label.geometry()
    column = editor.notice_label.parentWidget()
    for control in (editor.smart_quotes_check, editor.target_spin, editor.stats_label):
        # In the column's coordinates: the target and the box sit in a row of their own.
        shown = QRect(control.mapTo(column, QPoint(0, 0)), control.size())
        assert not notice.intersects(shown), control.objectName()
    qtbot.waitUntil(editor.notice_label.isHidden, timeout=2000)
    assert editor.notice_label.text() == ""


def test_the_word_count_is_shown_whole_in_a_narrow_column(
    qtbot: QtBot, newsroom: Newsroom
) -> None:
    _host, editor = hosted(qtbot, newsroom, 1200)
    editor.body.setPlainText("word " * 2129)
    editor.on_stats_timer_timeout()
    label = editor.stats_label
    qtbot.waitUntil(lambda: "2,129 words" in label.text())
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    # Every line of the wrapped text fits inside the label: nothing is cut off.
    rect = label.fontMetrics().boundingRect(QRect(0, 0, label.width(), 10_000),
                                            0x1000,  # Qt.TextWordWrap
                                            label.text())
    assert rect.width() <= label.width() and rect.height() <= label.height()
    spin = editor.target_spin
    column = label.parentWidget()
    assert not label.geometry().intersects(QRect(spin.mapTo(column, QPoint(0, 0)), spin.size()))


def test_the_role_column_is_wide_enough_for_its_combo_beside_long_names(
    editor: ArticleEditor, newsroom: Newsroom
) -> None:
    author = newsroom.authors.create(Author(name="Aigerim Sarsenbayeva-Kozhakhmetova"))
    editor.byline_picker.set_entries(
        (BylineEntry(name=author.name, role=Role.PHOTOGRAPHER, author_id=author.id),))
    table = editor.byline_picker.table
    combo = table.cellWidget(0, 1)
    assert combo is not None
    assert table.columnWidth(1) >= combo.sizeHint().width()
    picker = editor.byline_picker
    name = picker.name_edit
    assert name.width() >= 200  # "Add an …" was all that showed of the placeholder
    for point in (name.geometry().topLeft(), name.geometry().center()):
        assert picker.childAt(point + QPoint(2, 2)) is name  # nothing drawn over it


def test_author_completion_is_wide_enough_for_full_names(
    editor: ArticleEditor, qtbot: QtBot, aigerim: Author
) -> None:
    picker = editor.byline_picker
    with qtbot.waitSignal(picker.authors_read):
        picker.reload_authors()
    picker.name_edit.setFocus()
    qtbot.keyClicks(picker.name_edit, "Ai")
    popup = picker.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert popup.width() >= COMPLETION_MIN_WIDTH
    assert popup.width() >= popup.fontMetrics().horizontalAdvance(aigerim.name)


def test_a_three_line_headline_is_shown_whole(qtbot: QtBot, newsroom: Newsroom) -> None:
    _host, editor = hosted(qtbot, newsroom, 1250)
    headline = "Казахстан и Узбекистан согласовали летний график водопользования на Сырдарье"
    editor.load(Article(headline=headline))
    box = editor.headline_edit
    qtbot.waitUntil(lambda: box.wrapped_lines() >= 3)
    qtbot.waitUntil(lambda: box.shown_lines() == box.wrapped_lines())
    bar = box.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() == 0)  # nothing scrolled out of sight


def test_the_dateline_dash_never_stands_alone_on_a_line(editor: ArticleEditor) -> None:
    widget = editor.dateline_widget
    widget.city_edit.setText("Ashgabat")
    widget.country_edit.setText("Turkmenistan")
    widget.on_field_edited()
    assert widget.preview_text() == "ASHGABAT, Turkmenistan (TCA) —"
    assert widget.preview_label.text().endswith("(TCA)\u00a0—")


def test_a_new_story_is_dated_today_and_the_date_can_be_cleared(editor: ArticleEditor) -> None:
    editor.load(None)
    assert editor.current_article().dateline.date == date.today()
    assert editor.dateline_widget.date_edit.text() != "no date"
    widget = editor.dateline_widget
    widget.date_edit.setDate(widget.date_edit.minimumDate())
    assert editor.current_article().dateline.date is None
    editor.load(Article(headline="Stored without a date"))
    assert editor.current_article().dateline.date is None  # only new stories get today
