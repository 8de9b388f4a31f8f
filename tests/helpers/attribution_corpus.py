"""The attribution corpus (tests/data/attribution/*.yaml): loading it and scoring the checker."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from newsdesk.domain.attribution import Finding, FindingKind, check_attribution
from newsdesk.domain.people import Source

CORPUS_DIR = Path(__file__).resolve().parents[1] / "data" / "attribution"


class CorpusError(ValueError):
    """A corpus file that does not follow the format; the message names file, case and field."""


@dataclass(frozen=True)
class ExpectedQuote:
    """A quote the corpus author marked: somebody's words, attributed or not, or ``free``.

    A free quote is a title, a name, a nickname or a scare quote: it needs no speaker, so the
    checker must leave it alone (scored like an attributed quote).
    """

    paragraph: int
    opens: str
    attributed: bool
    free: bool = False


@dataclass(frozen=True)
class CorpusCase:
    """One wire story: its body (paragraphs joined by blank lines) and what the checker owes it."""

    file: str
    name: str
    language: str
    paragraphs: tuple[str, ...]
    sources: dict[str, Source]
    quotes: tuple[ExpectedQuote, ...]
    number_paragraphs: frozenset[int]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def findings(self) -> list[Finding]:
        return check_attribution(self.body, self.sources, language=self.language)


@dataclass
class Score:
    """Unattributed-quote detection against the corpus, plus every other disagreement."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    true_negatives: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0


def _normalised(text: str) -> str:
    return " ".join(text.split())  # NBSP and line breaks compare as plain spaces


def _require(condition: bool, where: str, message: str) -> None:
    if not condition:
        raise CorpusError(f"{where}: {message}")


def _quotes(raw: Any, paragraph: int, where: str) -> list[ExpectedQuote]:
    _require(isinstance(raw, list), where, "'quotes' must be a list of {opens, attributed}")
    quotes = []
    for item in raw:
        _require(
            isinstance(item, dict)
            and isinstance(item.get("opens"), str)
            and (isinstance(item.get("attributed"), bool) or item.get("free") is True)
            and not ("attributed" in item and "free" in item),
            where,
            "each quote needs 'opens' (text) and either 'attributed' (true or false) "
            "or 'free: true' (a title, name or scare quote)",
        )
        free = item.get("free") is True
        quotes.append(ExpectedQuote(paragraph, item["opens"], free or item["attributed"], free))
    return quotes


def _case(raw: Any, path: Path, index: int, language: str) -> CorpusCase:
    where = f"{path.name}: case {index + 1}"
    _require(isinstance(raw, dict) and isinstance(raw.get("name"), str), where, "needs a 'name'")
    where = f"{where} ({raw['name']})"
    _require(isinstance(raw.get("paragraphs"), list), where, "'paragraphs' must be a list")
    paragraphs: list[str] = []
    quotes: list[ExpectedQuote] = []
    numbers: set[int] = set()
    for number, item in enumerate(raw["paragraphs"]):
        at = f"{where}: paragraph {number + 1}"
        _require(isinstance(item, dict) and isinstance(item.get("text"), str), at, "needs 'text'")
        _require("\n\n" not in item["text"], at, "a paragraph may not contain a blank line")
        paragraphs.append(item["text"])
        quotes.extend(_quotes(item.get("quotes", []), number, at))
        if item.get("numbers", False):
            numbers.add(number)
    keys = raw.get("sources", [])
    _require(isinstance(keys, list), where, "'sources' must be a list of registry keys")
    return CorpusCase(
        file=path.name,
        name=raw["name"],
        language=language,
        paragraphs=tuple(paragraphs),
        sources={key: Source(key=key, name=key) for key in keys},
        quotes=tuple(quotes),
        number_paragraphs=frozenset(numbers),
    )


def load_corpus(directory: Path = CORPUS_DIR) -> list[CorpusCase]:
    """Every case of every ``*.yaml`` file in ``directory``, in file order."""
    cases: list[CorpusCase] = []
    for path in sorted(directory.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        _require(isinstance(data, dict), path.name, "must be a mapping with 'language' and 'cases'")
        _require(isinstance(data.get("language"), str), path.name, "needs a 'language'")
        _require(isinstance(data.get("cases"), list), path.name, "'cases' must be a list")
        cases.extend(
            _case(raw, path, index, data["language"]) for index, raw in enumerate(data["cases"])
        )
    return cases


def _matches(case: CorpusCase, finding: Finding, quote: ExpectedQuote) -> bool:
    quoted = _normalised(case.body[finding.start + 1 : finding.end])
    return finding.paragraph == quote.paragraph and quoted.startswith(_normalised(quote.opens))


def score(cases: Iterable[CorpusCase]) -> Score:
    """Compare the checker's findings with the corpus; ``problems`` says which case disagrees."""
    result = Score()
    for case in cases:
        findings = case.findings()
        flagged = [f for f in findings if f.kind is FindingKind.UNATTRIBUTED_QUOTE]
        for quote in case.quotes:
            hit = next((f for f in flagged if _matches(case, f, quote)), None)
            if hit is not None:
                flagged.remove(hit)
            label = f"{case.file} {case.name} ¶{quote.paragraph + 1} “{quote.opens}…”"
            what = "free quote (title, name or scare quote)" if quote.free else "attributed quote"
            if quote.attributed and hit is None:
                result.true_negatives += 1
            elif quote.attributed:
                result.false_positives += 1
                result.problems.append(f"false alarm on {what} {label}")
            elif hit is None:
                result.false_negatives += 1
                result.problems.append(f"missed unattributed quote {label}")
            else:
                result.true_positives += 1
        for finding in flagged:
            result.false_positives += 1
            result.problems.append(f"{case.file} {case.name}: unexpected {finding.message}")
        numbers = {f.paragraph for f in findings if f.kind is FindingKind.UNSOURCED_NUMBERS}
        if numbers != case.number_paragraphs:
            shown = sorted(p + 1 for p in numbers)
            wanted = sorted(p + 1 for p in case.number_paragraphs)
            result.problems.append(
                f"{case.file} {case.name}: figures flagged in ¶{shown}, expected ¶{wanted}"
            )
        for finding in findings:
            if finding.kind in (FindingKind.UNKNOWN_SOURCE, FindingKind.ANONYMOUS_WITHOUT_REASON):
                result.problems.append(f"{case.file} {case.name}: {finding.message}")
    return result
