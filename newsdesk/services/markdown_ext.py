"""Python-Markdown extension that resolves ``source:key`` citations and marks the dateline."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from xml.etree import ElementTree as etree  # noqa: N813 - the name Python-Markdown uses

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from newsdesk.domain.people import Source
from newsdesk.services.html_safety import safe_link

CITATION_SCHEME = "source:"


@dataclass
class RenderContext:
    """What one conversion needs to know; reset before each story so one parser serves many.

    Why a mutable holder: building a ``Markdown`` instance costs far more than converting a
    story, so the batch export keeps one per thread and only swaps this context.
    """

    sources: Mapping[str, Source] = field(default_factory=dict)
    dateline_text: str = ""
    resolve_citations: bool = True
    cited: list[str] = field(default_factory=list)  # keys in order of first citation


class _PublishTreeprocessor(Treeprocessor):
    """Rewrites the element tree after inline parsing, before raw HTML returns."""

    def __init__(self, md: Markdown, context: RenderContext) -> None:
        super().__init__(md)
        self.context = context

    def run(self, root: etree.Element) -> None:
        for element in list(root.iter()):
            if element.tag == "a":
                href = element.get("href", "")
                if href.startswith(CITATION_SCHEME):
                    self._cite(element, href[len(CITATION_SCHEME) :].strip())
            elif element.tag == "img":
                _image_to_link(element)
            elif element.tag == "h1":
                element.tag = "h2"  # the headline is the page's only h1
        if self.context.dateline_text:
            self._mark_dateline(root)

    def _cite(self, element: etree.Element, key: str) -> None:
        element.attrib.clear()
        if key not in self.context.cited:
            self.context.cited.append(key)
        if not self.context.resolve_citations:
            element.tag = "span"
            return
        source = self.context.sources.get(key)
        if source is None:
            # Marked, not dropped: the editor must see the broken citation in the preview.
            element.tag = "span"
            element.set("class", "citation-unknown")
            element.set("title", f"Unknown source: {key}")
            return
        if not source.on_record:
            # An anonymous source's name must never reach the page, not even in a tooltip.
            element.tag = "span"
            element.set("class", "citation")
            return
        url = safe_link(source.url)
        title = ", ".join(part for part in (source.name, source.title) if part)
        if url is None:
            element.tag = "cite"
        else:
            element.set("href", url)
        element.set("class", "citation")
        if title:
            element.set("title", title)

    def _mark_dateline(self, root: etree.Element) -> None:
        dateline = self.context.dateline_text
        for child in root:
            if child.tag != "p":
                continue
            text = child.text or ""
            # Not simply the first <p>: a leading raw HTML block is a <p> placeholder here.
            if text.startswith(dateline):
                span = etree.Element("span", {"class": "dateline"})
                span.text = dateline
                span.tail = text[len(dateline) :]
                child.text = ""
                child.insert(0, span)
                return


def _image_to_link(element: etree.Element) -> None:
    """Body images would be requests to other servers; a link keeps the reference offline."""
    src = element.get("src", "")
    alt = element.get("alt", "") or src
    element.attrib.clear()
    element.tag = "a"
    element.set("href", src)
    element.text = alt


class PublishExtension(Extension):
    """Registers the citation/dateline tree processor; ``context`` is swapped per story."""

    def __init__(self, context: RenderContext | None = None) -> None:
        super().__init__()
        self.context = context if context is not None else RenderContext()

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's API name
        # After "inline" (20), which creates the <a> elements, before "prettify" (10).
        md.treeprocessors.register(_PublishTreeprocessor(md, self.context), "newsdesk_publish", 15)
