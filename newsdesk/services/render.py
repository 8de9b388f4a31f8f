"""Markdown to safe HTML for story bodies and author bios, shared by preview and export."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import nh3
from markdown import Markdown

from newsdesk.domain.dateline import open_first_paragraph
from newsdesk.domain.markdown_nesting import cap_nesting
from newsdesk.domain.people import Source
from newsdesk.services.html_safety import clean_text, safe_link
from newsdesk.services.html_structure import repair_nesting
from newsdesk.services.markdown_ext import PublishExtension, RenderContext

_TAGS: Final = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "cite", "code", "del", "em", "h2", "h3", "h4",
        "h5", "h6", "hr", "i", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "u", "ul",
    }
)
# Only attributes whose every value is valid HTML: no lang (must be a BCP 47 tag), no start,
# no style (style injection), no id (duplicates are invalid and ids can clobber globals).
_ATTRIBUTES: Final = {"a": {"href", "title"}, "abbr": {"title"}, "cite": {"title"},
                      "span": {"title"}}
_CLASSES: Final = {
    "a": {"citation"},
    "cite": {"citation"},
    "span": {"citation", "citation-unknown", "dateline"},
}


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "href":
        return safe_link(value)
    return value


# One cleaner for the process: building the allow-list is the expensive part of nh3.
_CLEANER: Final = nh3.Cleaner(
    tags=set(_TAGS),
    clean_content_tags={"script", "style", "template", "iframe", "object", "noscript", "svg",
                        "math", "textarea", "title"},
    attributes={tag: set(names) for tag, names in _ATTRIBUTES.items()},
    attribute_filter=_filter_attribute,
    url_schemes={"http", "https", "mailto"},
    allowed_classes={tag: set(names) for tag, names in _CLASSES.items()},
    link_rel="noopener noreferrer",
)

_local = threading.local()


def _parser() -> tuple[Markdown, RenderContext]:
    """One parser per thread: the preview (GUI thread) and a batch export (worker) never share."""
    cached: tuple[Markdown, RenderContext] | None = getattr(_local, "parser", None)
    if cached is None:
        context = RenderContext()
        cached = (Markdown(extensions=[PublishExtension(context)], output_format="html"),
                  context)
        _local.parser = cached
    return cached


@dataclass(frozen=True)
class RenderedBody:
    """A body's HTML and the source keys it cites, in order, found in the same pass."""

    html: str
    cited_keys: tuple[str, ...]


def _convert(markdown_text: str, context_values: RenderContext) -> str:
    md, context = _parser()
    context.sources = context_values.sources
    context.dateline_text = context_values.dateline_text
    context.resolve_citations = context_values.resolve_citations
    context.cited = context_values.cited  # the caller's list receives the cited keys
    md.reset()
    # Nesting beyond any real story is flattened first: Python-Markdown re-parses every level
    # of a list or quote recursively, so a hostile body could take minutes and gigabytes.
    raw = md.convert(clean_text(cap_nesting(markdown_text)))
    # Raw HTML can misplace elements, and a link whose URL was refused loses its href.
    safe = repair_nesting(_CLEANER.clean(raw))
    return clean_text(safe)  # entities such as &#x202e; are only characters after cleaning


def render_body(body: str, sources: Iterable[Source] | dict[str, Source], *,
                dateline_text: str = "") -> RenderedBody:
    """:func:`render_body_html` plus the cited keys, for pages that also list their sources."""
    by_key = sources if isinstance(sources, dict) else {src.key: src for src in sources}
    dateline_text = clean_text(dateline_text).strip()
    text = open_first_paragraph(body, dateline_text) if dateline_text else body
    context = RenderContext(by_key, dateline_text, True)
    html = _convert(text, context)
    return RenderedBody(html, tuple(context.cited))


def render_body_html(body: str, sources: Iterable[Source] | dict[str, Source], *,
                     dateline_text: str = "") -> str:
    """The story body as sanitized HTML, citations resolved and the dateline opening it.

    ``dateline_text`` is what :func:`newsdesk.domain.dateline.format_dateline` produced; it is
    placed by :func:`open_first_paragraph` (the one rule for where it goes) and then wrapped in
    ``<span class="dateline">`` so the page can set it in small caps.
    """
    return render_body(body, sources, dateline_text=dateline_text).html


@lru_cache(maxsize=1024)
def render_bio_html(bio: str) -> str:
    """An author's bio as sanitized HTML; bios cite nothing, so ``source:`` links become text.

    Cached: a batch repeats the same few bios in every author box.
    """
    if not bio.strip():
        return ""
    return _convert(bio, RenderContext({}, "", False))
