"""Installing the people tools (sources dock, citation helpers, story panels) from a context."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

from newsdesk.ui.icons import icon
from newsdesk.ui.people.article_sources_panel import ArticleSourcesPanel
from newsdesk.ui.people.attribution_panel import AttributionPanel
from newsdesk.ui.people.citation_completer import CitationCompleter
from newsdesk.ui.people.citation_marks import CitationMarks
from newsdesk.ui.people.citation_picker import CitationPicker
from newsdesk.ui.people.source_registry import SourceRegistry
from newsdesk.ui.people.sources_dock import SourcesDock
from newsdesk.ui.tasks import describe_failure
from newsdesk.ui.tool_context import ToolContext
from newsdesk.ui.window_menus import ActionId, MenuId


@dataclass
class PeopleTools:
    """Everything installed, so the shell or a test can reach an action or a dock."""

    registry: SourceRegistry
    sources_dock: SourcesDock
    picker: CitationPicker
    completer: CitationCompleter
    marks: CitationMarks
    sources_panel: ArticleSourcesPanel
    attribution_panel: AttributionPanel
    sources_panel_dock: QDockWidget
    attribution_dock: QDockWidget


def _dock(context: ToolContext, title: str, name: str,
          panel: ArticleSourcesPanel | AttributionPanel) -> QDockWidget:
    dock = QDockWidget(title, context.docks.window)
    dock.setObjectName(name)
    dock.setWidget(panel)
    return dock


def _registry_unread(context: ToolContext, exc: BaseException) -> bool:
    """Citations stay unchecked until the registry is read: say so; Ctrl+R reads it again."""
    context.messages.warning(QCoreApplication.translate(
        "PeopleTools", "The source registry could not be read ({0}): citations are not "
        "checked until Refresh Story List (Ctrl+R) reads it.").format(describe_failure(exc)))
    return True


def install_people_tools(context: ToolContext) -> PeopleTools:
    """The source registry's dock (Ctrl+Shift+R), the citation picker (Ctrl+Shift+K), completer
    and marks on the editor's body, and the story's sources and attribution docks.

    One :class:`SourceRegistry` is shared by all of them, so a source added in the dock is
    known to the picker at once. The story panels follow ``context.story.opened``; every dock
    starts closed (View ▸ Docks opens it; a saved window state reopens it).
    """
    newsroom, menus, docks = context.newsroom, context.menus, context.docks
    # Read on the task runner: the desk is built without waiting for the database.
    registry = SourceRegistry(newsroom, docks.window, sources=[])
    context.tasks.run(newsroom.sources.all, on_result=registry.take,
                      on_error=partial(_registry_unread, context))
    sources_dock = SourcesDock(newsroom, registry)
    docks.add(sources_dock, ActionId.TOGGLE_SOURCES)
    toggle = menus.action(ActionId.TOGGLE_SOURCES)
    # The window's context: the caption (and its translation) came from the window's menu.
    toggle.setText(QCoreApplication.translate("MainWindow", "&Sources"))
    toggle.setShortcut(QKeySequence("Ctrl+Shift+R"))
    toggle.setIcon(icon("sources"))
    menus.menu(MenuId.TOOLS).addAction(toggle)

    editor = context.editor
    body = editor.body_edit
    owner = docks.window
    picker = CitationPicker(registry, owner)
    picker.attach_to(body)
    completer = CitationCompleter(registry, owner)
    completer.attach_to(body)
    marks = CitationMarks(registry, owner)
    marks.attach_to(body)
    sources_panel = ArticleSourcesPanel(registry)
    sources_panel.attach_to(body)
    attribution = AttributionPanel(registry)
    attribution.attach_to(body)
    menus.add_action(ActionId.CITE_SOURCE, picker.action, menu=MenuId.TOOLS)
    sources_panel_dock = docks.add(
        _dock(context, QCoreApplication.translate("PeopleTools", "Story sources"),
              "articleSourcesDock", sources_panel),
        ActionId.TOGGLE_STORY_SOURCES)
    attribution_dock = docks.add(
        _dock(context, QCoreApplication.translate("PeopleTools", "Attribution"),
              "attributionDock", attribution),
        ActionId.TOGGLE_ATTRIBUTION, beside=sources_panel_dock)
    attribution_dock.raise_()

    def on_story_opened(_article_id: int) -> None:
        article = editor.current_article()
        sources_panel.set_article(article)
        attribution.set_language(article.language)

    context.story.opened.connect(on_story_opened)
    editor.edited.connect(lambda: attribution.set_language(editor.language()))
    return PeopleTools(registry, sources_dock, picker, completer, marks, sources_panel,
                       attribution, sources_panel_dock, attribution_dock)
