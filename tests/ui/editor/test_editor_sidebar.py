"""The editor's sidebar on its own: its groups in reading order, the languages it offers, the
slug's hint (the editor's own tests drive the same fields through ArticleEditor)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QGroupBox, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Status
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.translation_progress import TranslationProgressService
from newsdesk.ui.editor.sidebar import BASE_LANGUAGES, EditorSidebar
from newsdesk.ui.tasks import TaskRunner


@pytest.fixture
def sidebar(qtbot: QtBot, newsroom: Newsroom) -> Iterator[EditorSidebar]:
    widget = EditorSidebar(newsroom.house.settings(), newsroom.authors,
                           TranslationProgressService(newsroom.uow).of_story)
    qtbot.addWidget(widget)
    widget.resize(320, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    TaskRunner.of().drain()


def test_the_groups_come_in_reading_order_with_their_fields(sidebar: EditorSidebar) -> None:
    inner = sidebar.widget()
    assert inner is not None
    assert inner.objectName() == "editorSidebar"
    assert sidebar.objectName() == "editorSidebarScroll"
    groups = [box for box in inner.findChildren(QGroupBox) if box.parentWidget() is inner]
    assert [box.title() for box in sorted(groups, key=lambda box: box.y())] == [
        "Story", "Dateline", "Byline", "Ready to publish?"]
    story, dateline, byline, readiness = sorted(groups, key=lambda box: box.y())
    fields: dict[QGroupBox, tuple[QWidget, ...]] = {
        story: (sidebar.slug_edit, sidebar.status_combo, sidebar.language_combo,
                sidebar.tags_edit),
        dateline: (sidebar.dateline_widget,),
        byline: (sidebar.byline_picker,),
        readiness: (sidebar.translation_progress, sidebar.readiness_panel),
    }
    for box, widgets in fields.items():
        for widget in widgets:
            assert box.isAncestorOf(widget), (box.title(), widget.objectName())
    assert [sidebar.status_combo.itemData(i) for i in range(sidebar.status_combo.count())] == (
        list(Status))


def test_the_languages_offered_are_the_base_ones_those_in_use_and_the_story_s(
    sidebar: EditorSidebar,
) -> None:
    sidebar.fill_languages("kk", ("ru", "ky"))
    combo = sidebar.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [*BASE_LANGUAGES, "ky", "kk"]
    assert sidebar.language() == "kk"
    sidebar.fill_languages("ky", ("ru", "ky", "kk"))  # the same list: only the selection moves
    assert combo.count() == len(BASE_LANGUAGES) + 2
    assert sidebar.language() == "ky"


def test_a_slug_the_service_would_refuse_is_framed_and_says_why(sidebar: EditorSidebar) -> None:
    sidebar.slug_edit.setText("Water Deal")
    sidebar.refresh_slug_hint()
    assert "border" in sidebar.slug_edit.styleSheet()
    assert sidebar.slug_edit.toolTip() == (
        "Slug: only lowercase latin letters, digits and hyphens")
    sidebar.slug_edit.setText("water-deal")
    sidebar.refresh_slug_hint()
    assert sidebar.slug_edit.styleSheet() == ""
    assert sidebar.slug_edit.toolTip() == "Derived from the headline until you edit it"
