"""A story's readiness check as the desk, the CLI and the story list run it (one rule for all).

Loading is split from checking: what a check needs (cited sources; for a translation its
original now and as translated, and the glossary) is read inside a unit of work, and the checks
(attribution, QA) run after, as pure functions, so no session is held while sentences are read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from newsdesk.db.mapping import article_from_row, source_from_row
from newsdesk.db.snapshots import article_from_snapshot
from newsdesk.db.uow import UnitOfWork, UnitOfWorkFactory
from newsdesk.domain.article import Article
from newsdesk.domain.citations import cited_keys
from newsdesk.domain.people import Source
from newsdesk.domain.term_matching import GlossaryTerm
from newsdesk.domain.translation_qa import QaIgnore
from newsdesk.domain.translation_readiness import (
    TranslationBasis,
    qa_terms,
    translation_problems,
)
from newsdesk.domain.workflow import Problem, readiness_problems
from newsdesk.services.glossary import GlossaryService
from newsdesk.services.segments import stored_ignores

TermsFn = Callable[[], Sequence[GlossaryTerm]]


@dataclass(frozen=True)
class ReadinessInputs:
    """Everything one story's check reads from the database."""

    article: Article
    sources: dict[str, Source]
    basis: TranslationBasis | None = None  # None: not a translation (or its original is gone)
    ignores: tuple[QaIgnore, ...] = ()
    confirmed: Mapping[str, str] = field(default_factory=dict)
    """Desk row key -> hash of the original's text the row was last confirmed against."""


def load_inputs(uow: UnitOfWork, article: Article) -> ReadinessInputs:
    """Read what checking ``article`` (as edited, maybe unsaved) needs, in ``uow``."""
    registry = uow.sources.by_keys(cited_keys(article.body))
    sources = {key: source_from_row(row) for key, row in registry.items()}
    return ReadinessInputs(article, sources, _basis(uow, article), _ignores(uow, article),
                           _confirmed(uow, article))


def _basis(uow: UnitOfWork, article: Article) -> TranslationBasis | None:
    if article.translation_of is None:
        return None
    row = uow.articles.get_by_slug(article.translation_of)
    if row is None:
        return None  # the original went meanwhile: nothing left to compare with
    original = article_from_row(row)
    then: Article | None = None
    number = article.translation_of_revision
    if number is not None:
        revision = uow.revisions.get(row.id, number)
        if revision is not None:
            then = article_from_snapshot(revision.snapshot, article_id=row.id, number=number)
    return TranslationBasis(original, then)


def _ignores(uow: UnitOfWork, article: Article) -> tuple[QaIgnore, ...]:
    """The QA problems the translator ignored in this story, with their reasons (kept with
    the story in ``translation_qa_ignores``, see ``newsdesk.services.segments``)."""
    if article.id is None or article.translation_of is None:
        return ()
    return stored_ignores(uow, article.id)


def _confirmed(uow: UnitOfWork, article: Article) -> dict[str, str]:
    """What each desk row of a translation was last confirmed against: a row confirmed
    against the original as it is now has been reviewed, and its change no longer blocks."""
    if article.id is None or article.translation_of is None:
        return {}
    return {row.row_key: row.confirmed_original_hash
            for row in uow.segments.states(article.id) if row.confirmed_original_hash}


def problems_of(inputs: ReadinessInputs, terms: TermsFn) -> list[Problem]:
    """Every readiness problem of one story; ``terms`` is asked only for a translation."""
    problems = readiness_problems(inputs.article, inputs.sources)
    if inputs.basis is not None:
        problems += translation_problems(inputs.article, inputs.basis, terms=terms(),
                                         ignores=inputs.ignores,
                                         confirmed=inputs.confirmed)
    return problems


def glossary_terms(uow: UnitOfWorkFactory) -> TermsFn:
    """The glossary as the QA checks read it, read once on first use (its terms only warn)."""
    loaded: list[tuple[GlossaryTerm, ...]] = []

    def terms() -> tuple[GlossaryTerm, ...]:
        if not loaded:
            loaded.append(qa_terms(GlossaryService(uow).terms()))
        return loaded[0]

    return terms
