"""Wiring the people tools into the main window and the article editor in one call."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.people.article_sources_panel import ArticleSourcesPanel
from newsdesk.ui.people.attribution_panel import AttributionPanel
from newsdesk.ui.people.citation_completer import CitationCompleter
from newsdesk.ui.people.citation_marks import CitationMarks
from newsdesk.ui.people.citation_picker import CitationPicker
from newsdesk.ui.people.source_registry import SourceRegistry
from newsdesk.ui.people.sources_dock import SourcesDock


@dataclass
class PeopleTools:
    """Everything installed, so the shell can reach an action or a dock by attribute."""

    registry: SourceRegistry
    picker: CitationPicker
    completer: CitationCompleter
    marks: CitationMarks
    sources_panel: ArticleSourcesPanel
    attribution_panel: AttributionPanel
    sources_panel_dock: QDockWidget
    attribution_dock: QDockWidget


def _dock(window: QMainWindow, title: str, name: str, panel: ArticleSourcesPanel |
          AttributionPanel) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    return dock


def install_people_tools(window: QMainWindow, newsroom: Newsroom, editor: object) -> PeopleTools:
    """Attach the citation helpers to ``editor.body_edit`` and add the two panels as docks.

    ``editor`` is the ``ArticleEditor`` (typed loosely to keep this package free of the
    editor's imports): ``body_edit``, ``current_article()``, ``language()`` and ``edited``
    are used. When ``window.sources_dock`` is a :class:`SourcesDock` its
    registry is shared, so a source added there is known to the picker at once. The window's
    ``article_opened(int)`` signal, when present, keeps the panels on the open story; a
    ``tools_menu`` and ``docks_menu``, when present, get the actions.
    """
    existing = getattr(window, "sources_dock", None)
    registry = existing.registry if isinstance(existing, SourcesDock) else SourceRegistry(
        newsroom, window)
    body = editor.body_edit  # type: ignore[attr-defined]
    picker = CitationPicker(registry, window)
    picker.attach_to(body)
    completer = CitationCompleter(registry, window)
    completer.attach_to(body)
    marks = CitationMarks(registry, window)
    marks.attach_to(body)
    sources_panel = ArticleSourcesPanel(registry)
    sources_panel.attach_to(body)
    attribution = AttributionPanel(registry)
    attribution.attach_to(body)
    sources_dock = _dock(
        window, QCoreApplication.translate("PeopleTools", "Story sources"), "articleSourcesDock",
        sources_panel)
    attribution_dock = _dock(
        window, QCoreApplication.translate("PeopleTools", "Attribution"), "attributionDock",
        attribution)
    window.tabifyDockWidget(sources_dock, attribution_dock)
    attribution_dock.raise_()

    def on_article_opened(_article_id: int) -> None:
        article = editor.current_article()  # type: ignore[attr-defined]
        sources_panel.set_article(article)
        attribution.set_language(article.language)

    opened = getattr(window, "article_opened", None)
    if opened is not None:
        opened.connect(on_article_opened)
    edited = getattr(editor, "edited", None)
    if edited is not None:
        edited.connect(lambda: attribution.set_language(editor.language()))  # type: ignore[attr-defined]
    for menu_name, actions in (
        ("tools_menu", [picker.action]),
        ("docks_menu", [sources_dock.toggleViewAction(), attribution_dock.toggleViewAction()]),
    ):
        menu = getattr(window, menu_name, None)
        if isinstance(menu, QMenu):
            menu.addActions(actions)
    return PeopleTools(registry, picker, completer, marks, sources_panel, attribution,
                       sources_dock, attribution_dock)
