"""The body/bio renderer: citations become links, the dateline opens the lede, raw HTML is tamed."""

from __future__ import annotations

from html.parser import HTMLParser

from newsdesk.domain.article import Dateline
from newsdesk.domain.dateline import format_dateline
from newsdesk.domain.house import DatelineStyle
from newsdesk.domain.people import Source
from newsdesk.services.html_structure import repair_nesting
from newsdesk.services.render import render_bio_html, render_body_html
from tests.helpers.stories import SOURCES


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.parents: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        self.parents.append((self.stack[-1] if self.stack else "", tag))
        if tag not in ("br", "hr"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self.stack.pop()


def _elements(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


def test_citation_with_url_becomes_a_link_to_the_source() -> None:
    html = render_body_html("Prices rose, [Kazinform](source:kazinform) reported.", SOURCES)
    links = [attrs for tag, attrs in _elements(html).elements if tag == "a"]
    assert links == [{"class": "citation", "href": "https://www.inform.kz/", "title": "Kazinform",
                      "rel": "noopener noreferrer"}]
    assert ">Kazinform</a> reported." in html


def test_citation_without_url_is_a_cite_and_unknown_key_is_marked() -> None:
    html = render_body_html(
        "See [the report](source:world-bank-2024) and [a rumour](source:no-such-key).", SOURCES)
    assert '<cite class="citation" title="World Bank Central Asia report, Water and energy, 2024">'\
        "the report</cite>" in html
    assert '<span class="citation-unknown" title="Unknown source: no-such-key">a rumour</span>' \
        in html
    assert "source:no" not in html.replace("Unknown source: no", "")


def test_anonymous_source_name_never_reaches_the_page() -> None:
    html = render_body_html("“We agreed,” [an official](source:official-1) said.", SOURCES)
    assert "an official" in html
    assert "Deputy minister" not in html
    assert "withheld" not in html


def test_dateline_opens_the_first_paragraph_exactly_as_formatted() -> None:
    dateline = format_dateline(Dateline(city="Tashkent", country="Uzbekistan", agency="TCA"),
                               DatelineStyle.AP)
    html = render_body_html("## Background\n\nFarmers waited.\n\nSecond paragraph.", SOURCES,
                            dateline_text=dateline)
    assert dateline == "TASHKENT, Uzbekistan (TCA) —"
    assert html.startswith("<h2>Background</h2>")
    assert f'<p><span class="dateline">{dateline}</span> Farmers waited.</p>' in html
    assert html.count("TASHKENT") == 1


def test_russian_tass_dateline_is_kept_verbatim() -> None:
    dateline = "МОСКВА, 24 апреля. /ТАСС/."
    html = render_body_html("Переговоры начались.", [], dateline_text=dateline)
    assert html == f'<p><span class="dateline">{dateline}</span> Переговоры начались.</p>'


def test_raw_html_is_sanitized_but_harmless_markup_kept() -> None:
    html = render_body_html(
        'Text <script>alert(1)</script><b onclick="x()">bold</b> <img src=x onerror=y()> '
        '<a href="javascript:alert(1)">js</a> <a href="https://ok.example/a b">ok</a>', [])
    elements = _elements(html).elements
    assert [tag for tag, _ in elements] == ["p", "b", "a"]  # the javascript: link is text
    assert "alert" not in html
    assert " js " in html
    assert all(not name.startswith("on") for _, attrs in elements for name in attrs)
    assert elements[2][1]["href"] == "https://ok.example/a%20b"


def test_body_images_become_links_so_the_page_makes_no_requests() -> None:
    html = render_body_html("![Toktogul dam](https://img.example/dam.jpg)", [])
    assert "<img" not in html
    assert '<a href="https://img.example/dam.jpg" rel="noopener noreferrer">Toktogul dam</a>' \
        in html


def test_misplaced_blocks_in_raw_html_are_unwrapped() -> None:
    html = render_body_html("<em><blockquote>q</blockquote></em><li>stray</li>"
                            "<span><ol><li>x</li></ol></span>", [])
    parser = _elements(html)
    assert ("", "li") not in parser.parents
    assert ("span", "ol") not in parser.parents
    assert "stray" in html and "q" in html


def test_repair_nesting_keeps_valid_lists_and_drops_text_in_lists() -> None:
    assert repair_nesting("<ul><li>a<ul><li>b</li></ul></li></ul>") == \
        "<ul><li>a<ul><li>b</li></ul></li></ul>"
    assert repair_nesting("<ul>loose<li>a</li></ul>") == "<ul><li>a</li></ul>"


def test_control_and_bidi_override_characters_are_removed() -> None:
    html = render_body_html("Invoice \u202egpj.exe\u202c null\x00byte &#x202e;", [])
    assert "\u202e" not in html and "\x00" not in html
    assert "gpj.exe" in html and "nullbyte" in html


def test_bio_renders_markdown_and_strips_citations_and_scripts() -> None:
    html = render_bio_html("Covers **energy**. [Kazinform](source:kazinform) <script>x</script>")
    assert html == "<p>Covers <strong>energy</strong>. <span>Kazinform</span> </p>"
    assert render_bio_html("   ") == ""


def test_same_story_renders_identically_twice() -> None:
    source = Source("a", "A", url="https://a.example/")
    first = render_body_html("[A](source:a) said.", [source], dateline_text="ALMATY (TCA) —")
    render_body_html("Unrelated [B](source:b).", [], dateline_text="X —")
    assert render_body_html("[A](source:a) said.", [source],
                            dateline_text="ALMATY (TCA) —") == first
