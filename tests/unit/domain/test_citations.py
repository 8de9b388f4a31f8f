"""Citations in article Markdown: finding them, counting them, and rewriting them for export."""

from __future__ import annotations

import pytest

from newsdesk.domain.citations import (
    CitationRef,
    citation_counts,
    cited_keys,
    find_citations,
    is_valid_source_key,
    replace_citation_targets,
)

WIRE = (
    "ASTANA, Kazakhstan (TCA) — The talks resumed on Monday, "
    "[Kazakhstan’s Kazinform news agency reported](source:kazinform).\n\n"
    'The ministry confirmed the date, [according to TASS](source:tass "TASS wire") and '
    "[Kazinform](<source:kazinform>)."
)


def test_finds_each_citation_with_its_text_key_and_offsets() -> None:
    refs = find_citations(WIRE)

    assert [(ref.key, ref.text) for ref in refs] == [
        ("kazinform", "Kazakhstan’s Kazinform news agency reported"),
        ("tass", "according to TASS"),
        ("kazinform", "Kazinform"),
    ]
    assert WIRE[refs[0].start : refs[0].end] == (
        "[Kazakhstan’s Kazinform news agency reported](source:kazinform)"
    )
    assert WIRE[refs[1].start : refs[1].end] == '[according to TASS](source:tass "TASS wire")'
    assert WIRE[refs[2].start : refs[2].end] == "[Kazinform](<source:kazinform>)"


def test_citations_in_inline_code_and_fenced_blocks_are_examples_not_citations() -> None:
    body = (
        "Write `[agency](source:tass)` to cite.\n\n"
        "```markdown\n[Sputnik](source:sputnik)\n```\n\n"
        "~~~\n[AKIpress](source:akipress)\n~~~\n\n"
        "Real one: [Xinhua](source:xinhua)."
    )

    assert cited_keys(body) == ["xinhua"]


def test_unterminated_fence_hides_the_rest_of_the_body() -> None:
    assert find_citations("```\n[TASS](source:tass)\n") == []


def test_ordinary_links_images_and_escaped_brackets_are_not_citations() -> None:
    body = "[site](https://kazinform.kz) ![photo](source:photo) \\[not](source:x) [ok](source:ok)"

    assert find_citations(body) == [CitationRef("ok", "ok", body.index("[ok]"), len(body))]


def test_link_text_may_hold_brackets_and_mistyped_keys_are_still_found() -> None:
    body = "[the [official] statement](source:Kazinform) and [x](source:)"

    assert [(ref.text, ref.key) for ref in find_citations(body)] == [
        ("the [official] statement", "Kazinform"),
        ("x", ""),
    ]


def test_cited_keys_are_unique_in_order_of_first_appearance_and_counted() -> None:
    body = "[a](source:tass) [b](source:kazinform) [c](source:tass) [d](source:akipress)"

    assert cited_keys(body) == ["tass", "kazinform", "akipress"]
    assert citation_counts(body) == {"tass": 2, "kazinform": 1, "akipress": 1}
    assert list(citation_counts(body)) == ["tass", "kazinform", "akipress"]


@pytest.mark.parametrize(
    ("key", "valid"),
    [
        ("kazinform", True),
        ("tass", True),
        ("1tv", True),
        ("min-energy_kz", True),
        ("", False),
        ("-tass", False),
        ("_tass", False),
        ("Kazinform", False),
        ("казинформ", False),
        ("akipress kg", False),
        ("tass\n", False),
        ("tass.ru", False),
    ],
)
def test_source_key_rule(key: str, valid: bool) -> None:
    assert is_valid_source_key(key) is valid


def test_export_rewrites_targets_to_urls_keeping_titles() -> None:
    urls = {"kazinform": "https://www.inform.kz", "tass": "https://tass.com/world (en)"}

    exported = replace_citation_targets(WIRE, urls.get)

    assert "[Kazakhstan’s Kazinform news agency reported](https://www.inform.kz)" in exported
    assert '[according to TASS](<https://tass.com/world (en)> "TASS wire")' in exported
    assert "[Kazinform](https://www.inform.kz)." in exported
    assert "source:" not in exported


def test_export_unlinks_sources_without_url_but_keeps_their_words() -> None:
    body = "Exports fell, [a ministry official said](source:anon-official). `[x](source:y)`"

    exported = replace_citation_targets(body, lambda key: None)

    assert exported == "Exports fell, a ministry official said. `[x](source:y)`"
