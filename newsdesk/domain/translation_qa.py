"""QA checks between an original and its translation, row by row: numbers, dates, citations, terms.

The translators' desk runs these live as the translator types, so they are pure functions over
two strings and cheap: the analysis of an original row is cached (it does not change while its
translation is typed), and a glossary is indexed once per set of terms.

A problem's identity is its row key, check and token *text*, never its offsets, so an ignore
("this 5 is right, the original counts differently") survives edits elsewhere in the row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Final

from newsdesk.domain.alignment import AlignedPair
from newsdesk.domain.citations import CitationRef, find_citations
from newsdesk.domain.dates import DateMention, find_dates
from newsdesk.domain.numbers import NumberMention, find_numbers
from newsdesk.domain.term_matching import (
    GlossaryTerm,
    as_terms,
    find_spelling,
    fold,
    term_indexes,
)
from newsdesk.domain.text_masks import prose_mask
from newsdesk.domain.workflow import Problem

__all__ = [
    "GlossaryTerm",
    "QaCheck",
    "QaIgnore",
    "QaProblem",
    "QaSeverity",
    "RowKind",
    "RowRef",
    "Side",
    "apply_ignores",
    "check_pair",
    "check_row",
    "readiness_problems_from_qa",
    "story_rows",
]


class QaCheck(StrEnum):
    """Which check found a problem (also part of the problem's identity for ignores)."""

    NUMBERS = "numbers"
    DATES = "dates"
    CITATIONS = "citations"
    TERMS = "terms"
    UNTRANSLATED = "untranslated"


class QaSeverity(StrEnum):
    """Errors keep a translation from ready; warnings only ask for a look."""

    ERROR = "error"
    WARNING = "warning"


class Side(StrEnum):
    """Which text a problem's token and span are in."""

    ORIGINAL = "original"
    TRANSLATION = "translation"


class RowKind(StrEnum):
    HEADLINE = "headline"
    DECK = "deck"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True)
class RowRef:
    """A row of the desk: ``key`` is stable (ignores hang on it), ``number`` is for people."""

    key: str
    kind: RowKind = RowKind.PARAGRAPH
    number: int = 0  # 1-based paragraph number shown to the user; 0 for headline and deck

    @classmethod
    def headline(cls) -> RowRef:
        return cls("headline", RowKind.HEADLINE)

    @classmethod
    def deck(cls) -> RowRef:
        return cls("deck", RowKind.DECK)

    @classmethod
    def paragraph(cls, number: int, key: str = "") -> RowRef:
        return cls(key or f"paragraph:{number}", RowKind.PARAGRAPH, number)

    @property
    def label(self) -> str:
        """How a message names the row: "Headline", "Deck", "Paragraph 3"."""
        if self.kind is RowKind.PARAGRAPH:
            return f"Paragraph {self.number}"
        return self.kind.value.capitalize()


# Messages are English templates with named arguments, so the UI can translate the template
# (QCoreApplication.translate("TranslationQa", template)) and fill in the same arguments.
NUMBER_MISSING: Final = "The number “{token}” is not in the translation."
NUMBER_EXTRA: Final = "The number “{token}” is not in the original."
DATE_MISSING: Final = "The date “{token}” is not in the translation."
DATE_DIFFERS: Final = "The date “{token}” reads “{other}” in the translation."
DATE_EXTRA: Final = "The date “{token}” is not in the original."
WEEKDAY_MISSING: Final = "The weekday “{token}” is not in the translation."
WEEKDAY_DIFFERS: Final = "The weekday “{token}” reads “{other}” in the translation."
CITATION_MISSING: Final = "The citation of “{token}” is missing from the translation."
CITATION_CHANGED: Final = "The citation of “{token}” became “{other}” in the translation."
CITATION_EXTRA: Final = "The translation cites “{token}”, which the original row does not."
TERM_MISSING: Final = "The glossary renders “{token}” as “{rendering}”; the translation does not."
TERM_FORBIDDEN: Final = "The glossary says to write “{rendering}” instead of “{token}”."
UNTRANSLATED_EMPTY: Final = "This row is not translated yet."
UNTRANSLATED_SAME: Final = "The translation is the same as the original."
WRONG_SCRIPT: Final = "The translation is mostly not in the alphabet of its language ({language})."
PARTLY_UNTRANSLATED: Final = "The words “{token}” look untranslated."

MESSAGE_TEMPLATES: Final = (
    NUMBER_MISSING, NUMBER_EXTRA, DATE_MISSING, DATE_DIFFERS, DATE_EXTRA, WEEKDAY_MISSING,
    WEEKDAY_DIFFERS, CITATION_MISSING, CITATION_CHANGED, CITATION_EXTRA, TERM_MISSING,
    TERM_FORBIDDEN, UNTRANSLATED_EMPTY, UNTRANSLATED_SAME, WRONG_SCRIPT, PARTLY_UNTRANSLATED,
)


@dataclass(frozen=True)
class QaProblem:
    """One finding: the row, the check, how bad, and the exact token with its span on ``side``."""

    row: RowRef
    check: QaCheck
    severity: QaSeverity
    side: Side
    token: str
    start: int
    end: int
    template: str
    args: tuple[tuple[str, str], ...] = ()

    @property
    def message(self) -> str:
        """The English sentence for the user (the UI translates ``template`` instead)."""
        return self.template.format(token=self.token, **dict(self.args))

    @property
    def identity(self) -> tuple[str, QaCheck, str]:
        """What an ignore matches: row key, check and token text, so offsets may move."""
        return (self.row.key, self.check, self.token)


@dataclass(frozen=True)
class QaIgnore:
    """A translator's decision that one problem of one row is fine, and why."""

    row_key: str
    check: QaCheck
    token: str
    reason: str

    @classmethod
    def of(cls, problem: QaProblem, reason: str) -> QaIgnore:
        return cls(problem.row.key, problem.check, problem.token, reason)


def apply_ignores(problems: Iterable[QaProblem], ignores: Iterable[QaIgnore]) -> list[QaProblem]:
    """``problems`` less those a translator ignored (matched by row key, check and token)."""
    ignored = {(ignore.row_key, QaCheck(ignore.check), ignore.token) for ignore in ignores}
    return [problem for problem in problems if problem.identity not in ignored]


# -- reading one side ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Reading:
    """What the checks need from one text: its masked prose, dates and numbers."""

    masked: str
    dates: tuple[DateMention, ...]
    weekdays: tuple[DateMention, ...]
    numbers: tuple[NumberMention, ...]
    pool: frozenset[Decimal]  # every value a number, a day or a year of this text can mean
    citations: tuple[CitationRef, ...]


@lru_cache(maxsize=8192)
def _read(text: str, language: str) -> _Reading:
    masked = prose_mask(text)
    mentions = find_dates(masked, language)
    dates = tuple(m for m in mentions if not m.is_weekday)
    weekdays = tuple(m for m in mentions if m.is_weekday)
    numbers = tuple(find_numbers(masked, language, skip=[(m.start, m.end) for m in dates]))
    pool: set[Decimal] = set()
    for number in numbers:
        pool.update(number.values)
    for date in dates:
        pool.update(Decimal(part) for part in (date.day, date.year) if part is not None)
    return _Reading(masked, dates, weekdays, numbers, frozenset(pool), tuple(find_citations(text)))


class _Report:
    """Collects problems of one row, each token reported once per check and side."""

    def __init__(self, row: RowRef) -> None:
        self.row = row
        self.problems: list[QaProblem] = []
        self._seen: set[tuple[QaCheck, Side, str]] = set()

    def add(
        self,
        check: QaCheck,
        severity: QaSeverity,
        side: Side,
        span: tuple[str, int, int],
        template: str,
        **args: str,
    ) -> None:
        token, start, end = span
        if (check, side, token) in self._seen:
            return
        self._seen.add((check, side, token))
        self.problems.append(
            QaProblem(self.row, check, severity, side, token, start, end, template,
                      tuple(sorted(args.items())))
        )


# -- the checks ----------------------------------------------------------------------------------


def _check_numbers(report: _Report, original: _Reading, translation: _Reading) -> None:
    for number in original.numbers:
        if not number.spelled and number.values.isdisjoint(translation.pool):
            report.add(QaCheck.NUMBERS, QaSeverity.ERROR, Side.ORIGINAL,
                       (number.text, number.start, number.end), NUMBER_MISSING)
    for number in translation.numbers:
        if not number.spelled and number.values.isdisjoint(original.pool):
            report.add(QaCheck.NUMBERS, QaSeverity.WARNING, Side.TRANSLATION,
                       (number.text, number.start, number.end), NUMBER_EXTRA)


def _compatible(wanted: DateMention, found: DateMention, found_pool: frozenset[Decimal]) -> bool:
    """Whether ``found`` renders ``wanted``: every part ``wanted`` gives agrees or is elsewhere."""
    if wanted.month is not None and found.month is not None and wanted.month != found.month:
        return False
    if wanted.day is not None and found.day != wanted.day:
        return False
    if wanted.year is not None and found.year != wanted.year:
        # "April 24, 2018" -> "24 апреля" with "в 2018 году" elsewhere in the row is fine.
        return found.year is None and Decimal(wanted.year) in found_pool
    return True


def _check_dates(report: _Report, original: _Reading, translation: _Reading) -> None:
    unmatched = [
        found for found in translation.dates
        if not any(_compatible(found, wanted, original.pool) for wanted in original.dates)
    ]
    for wanted in original.dates:
        if any(_compatible(wanted, found, translation.pool) for found in translation.dates):
            continue
        span = (wanted.text, wanted.start, wanted.end)
        if unmatched:
            other = unmatched.pop(0)
            report.add(QaCheck.DATES, QaSeverity.ERROR, Side.ORIGINAL, span, DATE_DIFFERS,
                       other=other.text)
        else:
            report.add(QaCheck.DATES, QaSeverity.ERROR, Side.ORIGINAL, span, DATE_MISSING)
    for found in unmatched:
        report.add(QaCheck.DATES, QaSeverity.WARNING, Side.TRANSLATION,
                   (found.text, found.start, found.end), DATE_EXTRA)

    wanted_days = {mention.weekday for mention in original.weekdays}
    found_days = {mention.weekday for mention in translation.weekdays}
    others = [m for m in translation.weekdays if m.weekday not in wanted_days]
    for wanted in original.weekdays:
        if wanted.weekday in found_days:
            continue
        span = (wanted.text, wanted.start, wanted.end)
        if others:
            other = others.pop(0)
            found_days.add(other.weekday)  # reported once, as the counterpart
            report.add(QaCheck.DATES, QaSeverity.ERROR, Side.ORIGINAL, span, WEEKDAY_DIFFERS,
                       other=other.text)
        else:
            report.add(QaCheck.DATES, QaSeverity.WARNING, Side.ORIGINAL, span, WEEKDAY_MISSING)
    for found in others:
        report.add(QaCheck.DATES, QaSeverity.WARNING, Side.TRANSLATION,
                   (found.text, found.start, found.end), DATE_EXTRA)


def _check_citations(report: _Report, original: _Reading, translation: _Reading) -> None:
    wanted = {ref.key: ref for ref in reversed(original.citations)}
    found = {ref.key: ref for ref in reversed(translation.citations)}
    missing = [ref for key, ref in wanted.items() if key not in found]
    extra = [ref for key, ref in found.items() if key not in wanted]
    missing.sort(key=lambda ref: ref.start)
    extra.sort(key=lambda ref: ref.start)
    for ref in missing:
        span = (f"source:{ref.key}", ref.start, ref.end)
        if extra:
            other = extra.pop(0)
            report.add(QaCheck.CITATIONS, QaSeverity.ERROR, Side.ORIGINAL, span,
                       CITATION_CHANGED, other=f"source:{other.key}")
        else:
            report.add(QaCheck.CITATIONS, QaSeverity.ERROR, Side.ORIGINAL, span,
                       CITATION_MISSING)
    for ref in extra:
        report.add(QaCheck.CITATIONS, QaSeverity.WARNING, Side.TRANSLATION,
                   (f"source:{ref.key}", ref.start, ref.end), CITATION_EXTRA)


def _check_terms(
    report: _Report,
    original: _Reading,
    translation: _Reading,
    terms: tuple[GlossaryTerm, ...],
    source_lang: str,
    target_lang: str,
) -> None:
    indexes = term_indexes(terms, source_lang, target_lang)
    folded_translation = fold(translation.masked)
    forbidden_terms: set[GlossaryTerm] = set()
    for entry in indexes.forbidden.candidates(folded_translation):
        for hit in find_spelling(entry.spelling, folded_translation, translation.masked):
            forbidden_terms.add(entry.term)
            report.add(QaCheck.TERMS, QaSeverity.WARNING, Side.TRANSLATION,
                       (hit.text, hit.start, hit.end), TERM_FORBIDDEN,
                       rendering=entry.term.rendering(target_lang))
    folded_original = fold(original.masked)
    for entry in indexes.source.candidates(folded_original):
        if entry.term in forbidden_terms:
            continue  # the forbidden variant's warning already names the rendering
        hits = find_spelling(entry.spelling, folded_original, original.masked)
        if not hits:
            continue
        rendering = entry.term.rendering(target_lang)
        if find_spelling(rendering, folded_translation, translation.masked):
            continue
        first = hits[0]
        report.add(QaCheck.TERMS, QaSeverity.WARNING, Side.ORIGINAL,
                   (first.text, first.start, first.end), TERM_MISSING, rendering=rendering)


# -- untranslated and wrong script ---------------------------------------------------------------

_CYRILLIC_LANGUAGES: Final = frozenset(
    {"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn", "tt", "ba", "cv"}
)
_LATIN_LANGUAGES: Final = frozenset(
    {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "ro", "tr", "az", "uz", "tk",
     "sv", "da", "nb", "fi", "et", "lv", "lt", "hu", "hr", "sl", "id", "ms", "vi"}
)
_LETTER_RUN: Final = re.compile(r"[^\W\d_]+")
_WRONG_SCRIPT_MIN_LETTERS: Final = 12
_UNTRANSLATED_RUN_WORDS: Final = 4


def _target_script(language: str) -> str | None:
    base = language.split("-")[0].lower()
    if base in _CYRILLIC_LANGUAGES:
        return "cyrillic"
    if base in _LATIN_LANGUAGES:
        return "latin"
    return None


def _normal(text: str) -> str:
    return " ".join(text.split())


def _only_names_or_figures(masked: str) -> bool:
    """A row of numbers, names, acronyms, URLs or code reads the same in every language."""
    return all(word[0].isupper() for word in _LETTER_RUN.findall(masked))


def _check_same(report: _Report, original: str, translation: str, reading: _Reading) -> bool:
    if _normal(original) != _normal(translation) or _only_names_or_figures(reading.masked):
        return False
    # The whole text is the token: an ignore ("this quote stays in English") lasts until the
    # translation is edited.
    report.add(QaCheck.UNTRANSLATED, QaSeverity.ERROR, Side.TRANSLATION,
               (_normal(translation), 0, len(translation)), UNTRANSLATED_SAME)
    return True


_SCRIPT_PATTERNS: Final = {
    # (a lower-case word in the other script, a letter of the expected script)
    "cyrillic": (re.compile(r"(?<![^\W\d_])[a-zß-ÿā-ɏ][^\W\d_]*"), re.compile(r"[\u0400-\u04ff]")),
    "latin": (re.compile(r"(?<![^\W\d_])[а-яёіїєўғқңөүұһ][^\W\d_]*"),
              re.compile(r"[A-Za-zÀ-ɏ]")),
}


def _check_script(report: _Report, translation: _Reading, target_lang: str) -> None:
    expected = _target_script(target_lang)
    if expected is None:
        return
    wrong_word, right_letter = _SCRIPT_PATTERNS[expected]
    text = translation.masked
    # Capitalised words of the other script are names and acronyms: they never count.
    words = list(wrong_word.finditer(text))
    wrong = sum(len(match.group()) for match in words)
    if not words:
        return
    right = len(right_letter.findall(text))
    if wrong >= _WRONG_SCRIPT_MIN_LETTERS and wrong > right:
        report.add(QaCheck.UNTRANSLATED, QaSeverity.ERROR, Side.TRANSLATION,
                   (_normal(text), 0, len(text)), WRONG_SCRIPT, language=target_lang)
        return
    # The longest run of such words with no letter of the expected script in between.
    run: list[re.Match[str]] = []
    longest: list[re.Match[str]] = []
    for match in words:
        if run and right_letter.search(text, run[-1].end(), match.start()) is not None:
            run = []
        run.append(match)
        if len(run) > len(longest):
            longest = list(run)
    if len(longest) >= _UNTRANSLATED_RUN_WORDS:
        start, end = longest[0].start(), longest[-1].end()
        report.add(QaCheck.UNTRANSLATED, QaSeverity.WARNING, Side.TRANSLATION,
                   (text[start:end], start, end), PARTLY_UNTRANSLATED)


# -- rows and stories ----------------------------------------------------------------------------


def check_row(
    original: str,
    translation: str,
    *,
    source_lang: str,
    target_lang: str,
    terms: Sequence[GlossaryTerm] = (),
    row: RowRef,
) -> list[QaProblem]:
    """Every problem of one desk row, original tokens first, each in reading order.

    An empty translation is only "untranslated" (its numbers are not missing, it is simply not
    done); a row only in the translation (a paragraph the translator added) is only checked for
    its script, as there is nothing to compare it with.
    """
    report = _Report(row)
    if not translation.strip():
        if original.strip():
            report.add(QaCheck.UNTRANSLATED, QaSeverity.ERROR, Side.TRANSLATION, ("", 0, 0),
                       UNTRANSLATED_EMPTY)
        return report.problems
    target = _read(translation, target_lang)
    if original.strip():
        source = _read(original, source_lang)
        if _check_same(report, original, translation, source):
            return report.problems
        _check_numbers(report, source, target)
        _check_dates(report, source, target)
        _check_citations(report, source, target)
        if terms:
            _check_terms(report, source, target, as_terms(terms), source_lang, target_lang)
    _check_script(report, target, target_lang)
    return sorted(report.problems, key=lambda p: (p.side is Side.TRANSLATION, p.start))


def check_pair(
    rows: Sequence[tuple[str, str]],
    *,
    source_lang: str,
    target_lang: str,
    terms: Sequence[GlossaryTerm] = (),
    refs: Sequence[RowRef] | None = None,
    ignores: Iterable[QaIgnore] = (),
) -> list[QaProblem]:
    """Every problem of a whole story's aligned rows (headline, deck, paragraphs), in row order.

    ``refs`` names the rows (default: paragraphs 1, 2, ...); ``ignores`` are dropped.
    """
    if refs is not None and len(refs) != len(rows):
        raise ValueError(f"{len(rows)} rows but {len(refs)} row references")
    frozen_terms = as_terms(terms)
    problems: list[QaProblem] = []
    for index, (original, translation) in enumerate(rows):
        row = refs[index] if refs is not None else RowRef.paragraph(index + 1)
        problems.extend(
            check_row(original, translation, source_lang=source_lang, target_lang=target_lang,
                      terms=frozen_terms, row=row)
        )
    return apply_ignores(problems, ignores) if ignores else problems


def story_rows(
    original: tuple[str, str],
    translation: tuple[str, str],
    pairs: Sequence[AlignedPair],
) -> tuple[list[tuple[str, str]], list[RowRef]]:
    """The rows of a story for :func:`check_pair`: headline, deck (when either side has one),
    then each aligned paragraph pair (``original``/``translation`` are (headline, deck)).

    A paragraph row's key is its first original paragraph's index ("p3") or, for one only in the
    translation, the translation's ("t5"), so ignores survive edits elsewhere in the body.
    """
    rows: list[tuple[str, str]] = [(original[0], translation[0])]
    refs: list[RowRef] = [RowRef.headline()]
    if original[1].strip() or translation[1].strip():
        rows.append((original[1], translation[1]))
        refs.append(RowRef.deck())
    for number, pair in enumerate(pairs, start=1):
        if pair.original is not None:
            key = f"p{pair.original.index}"
        else:
            key = f"t{pair.translation.index if pair.translation is not None else number}"
        rows.append(
            (pair.original.text if pair.original else "",
             pair.translation.text if pair.translation else "")
        )
        refs.append(RowRef.paragraph(number, key))
    return rows, refs


def readiness_problems_from_qa(problems: Iterable[QaProblem]) -> list[Problem]:
    """QA *errors* as readiness problems of a translation (warnings never block)."""
    return [
        Problem("translation", f"{problem.row.label}: {problem.message}")
        for problem in problems
        if problem.severity is QaSeverity.ERROR
    ]


def templates_by_check() -> Mapping[QaCheck, tuple[str, ...]]:
    """Which message templates each check may use (for the UI's translation catalogue)."""
    return {
        QaCheck.NUMBERS: (NUMBER_MISSING, NUMBER_EXTRA),
        QaCheck.DATES: (DATE_MISSING, DATE_DIFFERS, DATE_EXTRA, WEEKDAY_MISSING, WEEKDAY_DIFFERS),
        QaCheck.CITATIONS: (CITATION_MISSING, CITATION_CHANGED, CITATION_EXTRA),
        QaCheck.TERMS: (TERM_MISSING, TERM_FORBIDDEN),
        QaCheck.UNTRANSLATED: (UNTRANSLATED_EMPTY, UNTRANSLATED_SAME, WRONG_SCRIPT,
                               PARTLY_UNTRANSLATED),
    }
