"""What keeps a translation from ``ready``: must-review changes of its original, QA errors, gaps.

A translation is ready when it says what its original says now. So its readiness check adds,
to the checks every story gets (headline, byline, attribution...):

- every change of the original since the translation was made (the original at
  ``translation_of_revision``) that is not *minor* (see
  :func:`~newsdesk.domain.translation_changes.change_severity`): an edited, added or removed
  paragraph, a reworded headline or deck, unless the translator confirmed that row on the desk
  against the original's text as it is now (the desk clears the row's flag the same way);
- every QA *error* between the original now and the translation (a number or date that does
  not match, a citation gone, a row left untranslated or in the wrong alphabet), less the
  problems the translator ignored; QA warnings only ask for a look and never block.

Each problem names the row ("Paragraph 3: ...") and carries where to jump: ``field`` and the
span of the translation's paragraph in its body for the editor, ``row`` for the desk.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from newsdesk.domain.alignment import AlignedPair, Paragraph, align_bodies
from newsdesk.domain.article import Article
from newsdesk.domain.glossary import GlossaryTerm as StoredTerm
from newsdesk.domain.glossary import TermPair
from newsdesk.domain.segments import (
    DECK_KEY,
    HEADLINE_KEY,
    body_row_keys,
    row_original_text,
    text_hash,
)
from newsdesk.domain.term_matching import GlossaryTerm
from newsdesk.domain.translation_changes import (
    ChangeFlag,
    ChangeKind,
    ChangeSeverity,
    DeskRow,
    change_severity,
    desk_rows,
)
from newsdesk.domain.translation_qa import (
    QaCheck,
    QaIgnore,
    QaProblem,
    QaSeverity,
    RowRef,
    Side,
    check_pair,
    story_rows,
)
from newsdesk.domain.workflow import Problem

__all__ = ["TranslationBasis", "qa_terms", "translation_problems"]

CHANGED: str = "{row} of the original changed since it was translated: review the translation."
ADDED: str = "{row} of the original is new since the translation was made: translate it."
REMOVED: str = (
    "{row}: the original's paragraph it translates has since been removed: remove or review "
    "the translation."
)
FIELD_CHANGED: str = (
    "The original's {field} changed since it was translated: review the translation."
)


@dataclass(frozen=True)
class TranslationBasis:
    """What a translation is checked against: its original now and as it was translated.

    ``original_then`` is None when the translation records no revision it was made from (an
    imported pair): then only QA can find problems, as nothing is known to have changed.
    """

    original: Article
    original_then: Article | None = None


def qa_terms(terms: Iterable[StoredTerm]) -> tuple[GlossaryTerm, ...]:
    """The stored glossary as the QA checks read it: the preferred and forbidden renderings."""
    found: list[GlossaryTerm] = []
    for term in terms:
        renderings = {language: preferred for language in term.languages
                      if (preferred := term.preferred(language))}
        forbidden = {language: variants for language in term.languages
                     if (variants := term.forbidden(language))}
        if renderings:
            found.append(GlossaryTerm(renderings, forbidden, term.note))
    return tuple(found)


def qa_term_pairs(terms: Sequence[GlossaryTerm], source: str, target: str) -> tuple[TermPair, ...]:
    """:func:`~newsdesk.domain.glossary.term_pairs` over the QA's view of the glossary (the
    preferred rendering and the forbidden variants per language, see :func:`qa_terms`)."""
    return tuple(
        ((term.renderings[source], *term.forbidden.get(source, ())),
         (term.renderings[target], *term.forbidden.get(target, ())))
        for term in terms
        if source != target and term.renderings.get(source) and term.renderings.get(target)
    )


def translation_problems(
    translation: Article,
    basis: TranslationBasis,
    *,
    terms: Sequence[GlossaryTerm] = (),
    ignores: Iterable[QaIgnore] = (),
    confirmed: Mapping[str, str] | None = None,
) -> list[Problem]:
    """Every must-review change and QA error of ``translation``, row by row in story order.

    ``confirmed`` is the hash of the original's text each desk row was last confirmed
    against, by the desk's row key (``translation_segments``): a row confirmed against the
    original as it is now has been reviewed, so its change no longer blocks.
    """
    original, then = basis.original, basis.original_then
    old_body = then.body if then is not None else original.body
    # Aligned as the desk aligns (the glossary's terms as anchors), so the rows and their keys
    # are the desk's.
    alignment = align_bodies(old_body, translation.body,
                             qa_term_pairs(terms, original.language, translation.language))
    rows = desk_rows(old_body, original.body, translation.body, alignment)
    confirmed = confirmed or {}
    # The desk's keys (hashes of the original then), only worth working out when any is stored.
    keys = body_row_keys(rows, alignment) if confirmed else [""] * len(rows)
    pairs = [AlignedPair(row.original, row.translation, row.score) for row in rows]
    qa_rows, refs = story_rows((original.headline, original.deck),
                               (translation.headline, translation.deck), pairs)
    qa = check_pair(qa_rows, source_lang=original.language, target_lang=translation.language,
                    terms=terms, refs=refs, ignores=ignores)
    errors: dict[str, list[QaProblem]] = {}
    for problem in qa:
        if problem.severity is QaSeverity.ERROR:
            errors.setdefault(problem.row.key, []).append(problem)

    problems: list[Problem] = []
    field_rows = len(refs) - len(rows)  # headline, and the deck when either side has one
    for ref in refs[:field_rows]:
        field = ref.kind.value
        key = HEADLINE_KEY if field == "headline" else DECK_KEY
        if (then is not None and _must_review(getattr(then, field), getattr(original, field))
                and confirmed.get(key) != text_hash(getattr(original, field))):
            problems.append(Problem(field, FIELD_CHANGED.format(field=field), row=ref.key))
        problems.extend(Problem(field, f"{ref.label}: {p.message}", row=ref.key)
                        for p in errors.get(ref.key, ()))
    position = 0  # where an untranslated row's text would go in the translation's body
    for ref, row, key in zip(refs[field_rows:], rows, keys, strict=True):
        if row.translation is not None:
            position = row.translation.end
        reviewed = key in confirmed and confirmed[key] == text_hash(row_original_text(row))
        flags = [flag for flag in row.flags
                 if flag.severity is ChangeSeverity.MUST_REVIEW and not reviewed]
        problems.extend(_flag_problem(flag, ref, row, position) for flag in flags)
        added = any(flag.kind is ChangeKind.ADDED for flag in flags)
        for problem in errors.get(ref.key, ()):
            if added and problem.check is QaCheck.UNTRANSLATED:
                continue  # "new since the translation was made: translate it" says it already
            problems.append(_qa_problem(problem, ref, row.translation, position))
    return problems


def _must_review(old: str, new: str) -> bool:
    return " ".join(old.split()) != " ".join(new.split()) and (
        change_severity(old, new) is ChangeSeverity.MUST_REVIEW)


def _span(translation: Paragraph | None, position: int) -> tuple[int, int]:
    if translation is None:
        return position, position
    return translation.start, translation.end


def _flag_problem(flag: ChangeFlag, ref: RowRef, row: DeskRow, position: int) -> Problem:
    template = {ChangeKind.CHANGED: CHANGED, ChangeKind.ADDED: ADDED,
                ChangeKind.REMOVED: REMOVED}[flag.kind]
    start, end = _span(row.translation, position)
    return Problem("body", template.format(row=ref.label), start, end, row=ref.key)


def _qa_problem(
    problem: QaProblem, ref: RowRef, translation: Paragraph | None, position: int
) -> Problem:
    start, end = _span(translation, position)
    if (translation is not None and problem.side is Side.TRANSLATION
            and problem.end > problem.start):
        # The exact token in the translation ("5,4"), not just its paragraph.
        start, end = translation.start + problem.start, translation.start + problem.end
    return Problem("body", f"{ref.label}: {problem.message}", start, end, row=ref.key)
