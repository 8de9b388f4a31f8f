"""The attribution findings panel and the article sources panel, driven through a real body."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from newsdesk.domain.attribution import FindingKind, Severity
from newsdesk.ui.people.article_sources_panel import ArticleSourcesPanel
from newsdesk.ui.people.attribution_panel import BACKGROUND_THRESHOLD, AttributionPanel
from newsdesk.ui.people.source_registry import SourceRegistry
from newsdesk.ui.tasks import TaskRunner
from tests.ui.people.conftest import Desk

QUOTE = "“We will deliver water to every farm in the valley this summer”"
UNATTRIBUTED = f"Officials met in Tashkent on Monday.\n\n{QUOTE}.\n"


@pytest.fixture
def registry(qtbot: QtBot, desk: Desk) -> SourceRegistry:
    """The desk's registry, read on the task runner (waited for)."""
    registry = SourceRegistry(desk.newsroom)
    qtbot.waitUntil(lambda: not registry.reading)
    return registry


@pytest.fixture
def body(qtbot) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    return edit


@pytest.fixture
def panel(qtbot, registry: SourceRegistry, body: QPlainTextEdit) -> AttributionPanel:
    widget = AttributionPanel(registry)
    qtbot.addWidget(widget)
    widget.attach_to(body)
    return widget


def test_finding_model_passes_the_model_tester(
    qtmodeltester, panel: AttributionPanel, body: QPlainTextEdit
) -> None:
    body.setPlainText(UNATTRIBUTED + "\nPrices rose 12 percent.\n")
    panel.check_now()
    qtmodeltester.check(panel.model)


def test_unattributed_quote_is_flagged_and_clears_once_attributed(
    qtbot, panel: AttributionPanel, body: QPlainTextEdit
) -> None:
    body.setPlainText(UNATTRIBUTED)
    qtbot.waitUntil(lambda: len(panel.findings) == 1)
    finding = panel.findings[0]
    assert finding.kind is FindingKind.UNATTRIBUTED_QUOTE
    assert finding.severity is Severity.ERROR
    assert panel.summary_label.text().startswith("1 error")
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None

    index = panel.model.index(0, 0)
    with qtbot.waitSignal(panel.jump_requested) as blocker:
        qtbot.mouseClick(panel.list_view.viewport(), Qt.MouseButton.LeftButton,
                         pos=panel.list_view.visualRect(index).center())
    assert blocker.args == [finding.start, finding.end]
    assert body.textCursor().selectedText() == QUOTE

    cursor = body.textCursor()
    cursor.setPosition(body.toPlainText().rindex(".\n"))
    body.setTextCursor(cursor)
    body.insertPlainText(", the deputy minister said")
    with qtbot.waitSignal(panel.findings_changed) as cleared:
        pass
    assert cleared.args == [0, 0]
    assert panel.findings == []
    assert panel.summary_label.text().startswith("✓")


def test_citation_to_an_unknown_source_is_an_error(
    qtbot, panel: AttributionPanel, body: QPlainTextEdit
) -> None:
    body.setPlainText("The agreement was signed, [TASS reported](source:tass).")
    panel.check_now()
    assert [f.kind for f in panel.findings] == [FindingKind.UNKNOWN_SOURCE]


def test_long_story_is_checked_off_the_gui_thread(
    qtbot, panel: AttributionPanel, body: QPlainTextEdit
) -> None:
    filler = "Officials met in Tashkent to agree the quotas, the ministry said.\n\n"
    text = filler * (BACKGROUND_THRESHOLD // len(filler) + 1) + UNATTRIBUTED
    body.setPlainText(text)
    panel.check_now()
    assert panel.is_checking  # not answered inline
    qtbot.waitUntil(lambda: not panel.is_checking, timeout=10_000)
    TaskRunner.of().drain()
    assert [f.kind for f in panel.findings] == [FindingKind.UNATTRIBUTED_QUOTE]
    assert text[panel.findings[0].start : panel.findings[0].end] == QUOTE


def test_stale_background_result_is_dropped(
    qtbot, panel: AttributionPanel, body: QPlainTextEdit
) -> None:
    filler = "Officials met in Tashkent to agree the quotas, the ministry said.\n\n"
    body.setPlainText(filler * (BACKGROUND_THRESHOLD // len(filler) + 1) + UNATTRIBUTED)
    panel.check_now()
    body.setPlainText("Nothing quoted here.")  # typed while the worker was busy
    panel.check_now()
    TaskRunner.of().drain()
    qtbot.wait(50)  # let the worker's queued (stale) result arrive
    assert panel.findings == []


def test_sources_panel_counts_citations_and_lists_uncited_sources(
    qtbot, desk: Desk, registry: SourceRegistry, body: QPlainTextEdit
) -> None:
    panel = ArticleSourcesPanel(registry)
    qtbot.addWidget(panel)
    panel.attach_to(body)
    story = desk.newsroom.articles.get(desk.water_story.id)
    body.setPlainText(story.body)
    panel.set_article(story)
    assert panel.cited() == {"minenergy-kz": 1, "kazinform": 2}
    assert panel.uncited() == ["world-bank-2024"]
    cited_group, uncited_group = (panel.tree.topLevelItem(i) for i in range(2))
    assert cited_group.text(0) == "Cited in this story (2)"
    rows = [(cited_group.child(i).text(0), cited_group.child(i).text(1))
            for i in range(cited_group.childCount())]
    assert rows == [("Ministry of Energy of Kazakhstan  (minenergy-kz)", "1×"),
                    ("Kazinform  (kazinform)", "2×")]
    assert uncited_group.child(0).text(0) == "World Bank Central Asia report  (world-bank-2024)"

    body.setPlainText(story.body.replace("[the ministry said](source:minenergy-kz)", "it said"))
    qtbot.waitUntil(lambda: panel.uncited() == ["minenergy-kz", "world-bank-2024"]
                    and panel.tree.topLevelItem(1).childCount() == 2)

    with qtbot.waitSignal(panel.jump_requested) as blocker:
        panel.tree.itemDoubleClicked.emit(panel.tree.topLevelItem(0).child(0), 0)
    start, end = blocker.args
    assert body.toPlainText()[start:end] == "[Kazinform](source:kazinform)"
    assert body.textCursor().selectedText() == "[Kazinform](source:kazinform)"
