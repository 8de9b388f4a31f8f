"""The checker on realistic wire copy: every unattributed quote found, no false alarms."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.attribution_corpus import CorpusError, load_corpus, score


def test_corpus_is_big_enough_to_mean_something() -> None:
    cases = load_corpus()
    quotes = [quote for case in cases for quote in case.quotes]

    assert len(quotes) >= 200
    assert {case.language for case in cases} == {"en", "ru"}
    for language in ("en", "ru"):
        mine = [q for case in cases if case.language == language for q in case.quotes]
        assert len(mine) >= 100
        assert any(q.attributed and not q.free for q in mine)
        assert any(not q.attributed for q in mine)
        assert any(q.free for q in mine)  # titles, names and scare quotes the checker must skip
        # short full-sentence quotes, the kind the old six-word rule let through
        assert any(not q.attributed and len(q.opens.split()) < 5 for q in mine)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_unattributed_quote_is_found_and_no_attributed_one_is_flagged(language: str) -> None:
    result = score(case for case in load_corpus() if case.language == language)

    assert result.problems == []
    assert result.recall == 1.0
    assert result.false_positives == 0
    assert result.true_positives > 0 and result.true_negatives > 0


def test_a_wrong_expectation_in_the_corpus_shows_up_as_a_problem(tmp_path: Path) -> None:
    (tmp_path / "case.yaml").write_text(
        "language: en\n"
        "cases:\n"
        "  - name: wrong\n"
        "    paragraphs:\n"
        "      - text: '“We will never give up on the water deal,” he said.'\n"
        "        quotes: [{opens: 'We will never', attributed: false}]\n",
        encoding="utf-8",
    )

    result = score(load_corpus(tmp_path))

    assert result.recall == 0.0
    assert result.problems == ["missed unattributed quote case.yaml wrong ¶1 “We will never…”"]


def test_a_free_quote_that_is_flagged_shows_up_as_a_false_alarm(tmp_path: Path) -> None:
    (tmp_path / "case.yaml").write_text(
        "language: en\n"
        "cases:\n"
        "  - name: title\n"
        "    paragraphs:\n"
        "      - text: '“We will never give up.”'\n"
        "        quotes: [{opens: 'We will never', free: true}]\n",
        encoding="utf-8",
    )

    result = score(load_corpus(tmp_path))

    assert result.precision == 0.0
    assert result.problems == [
        "false alarm on free quote (title, name or scare quote) case.yaml title ¶1 “We will never…”"
    ]


def test_a_quote_cannot_be_both_free_and_attributed(tmp_path: Path) -> None:
    (tmp_path / "both.yaml").write_text(
        "language: en\ncases:\n  - name: both\n    paragraphs:\n"
        "      - text: '“Go home.”'\n"
        "        quotes: [{opens: 'Go', free: true, attributed: false}]\n",
        encoding="utf-8",
    )

    with pytest.raises(CorpusError, match=r"both\.yaml: case 1 \(both\): paragraph 1.*free"):
        load_corpus(tmp_path)


def test_a_malformed_corpus_file_names_the_file_case_and_paragraph(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text(
        "language: en\ncases:\n  - name: oops\n    paragraphs:\n      - text: 'Fine.'\n"
        "      - quotes: []\n",
        encoding="utf-8",
    )

    with pytest.raises(CorpusError, match=r"broken\.yaml: case 1 \(oops\): paragraph 2"):
        load_corpus(tmp_path)
