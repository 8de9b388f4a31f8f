"""Writing a domain Article onto its rows: byline, tags, citations and the search document."""

from __future__ import annotations

from newsdesk.db.mapping import apply_dateline, article_from_row, snapshot_of
from newsdesk.db.models import (
    ArticleAuthorRow,
    ArticleRow,
    ArticleTagRow,
    AuthorRow,
    CitationRow,
    RevisionRow,
    SourceRow,
)
from newsdesk.db.uow import UnitOfWork
from newsdesk.domain.article import Article
from newsdesk.domain.citations import citation_counts
from newsdesk.domain.errors import InvalidInputError, NotFoundError, wording
from newsdesk.domain.one_line import one_line_article


def write_article(uow: UnitOfWork, row: ArticleRow, article: Article) -> None:
    """Copy every field of ``article`` onto ``row`` and keep the derived tables in step.

    Every lookup, and the flush the byline needs, happens before the row itself changes:
    an UPDATE flushed half-way would count as a version of its own, and a story saved once
    would go from version 2 to 4 (what a colleague sees in "changed elsewhere").
    One-line fields are cleaned here, on the one write path, so no story is ever stored with
    a control character or a line break in its headline (see :mod:`newsdesk.domain.one_line`).
    """
    article = one_line_article(article)
    with uow.session.no_autoflush:  # a new row is still empty: nothing to flush yet
        original = _original_of(uow, row, article)
        byline = _byline_wanted(uow, article)
        registry = uow.sources.by_keys(_cited_and_attached(article))
    _replace_byline(uow, row, byline)
    with uow.session.no_autoflush:
        row.headline = article.headline
        row.deck = article.deck
        row.slug = article.slug
        row.body = article.body
        row.language = article.language
        row.status = str(article.status)
        apply_dateline(row, article.dateline)
        row.translation_of_revision = article.translation_of_revision
        row.original = original
        _write_tags(row, article)
        _write_citations(row, article, registry)


def _original_of(uow: UnitOfWork, row: ArticleRow, article: Article) -> ArticleRow | None:
    """The story ``article`` translates; never the story itself, directly or round a loop.

    A loop (A a translation of B, B of A) would send the translators' desk, which follows
    originals up to the first story that has none, round in circles.
    """
    if not article.translation_of:
        return None
    original = uow.articles.get_by_slug(article.translation_of)
    if original is None:
        raise InvalidInputError(
            wording("no story with slug '{slug}' to be a translation of",
                    slug=article.translation_of),
            field="translation_of",
        )
    chain: list[str] = []
    seen: set[int] = set()
    step: ArticleRow | None = original
    while step is not None and id(step) not in seen:
        if step is row or step.slug == article.slug:
            loop = " -> ".join([article.slug, *chain, article.slug])
            raise InvalidInputError(
                wording("'{slug}' cannot be this story's original: that would make a loop of "
                        "translations ({loop}); name the story it was translated from",
                        slug=article.translation_of, loop=loop),
                field="translation_of",
            )
        seen.add(id(step))
        chain.append(step.slug)
        step = step.original
    return original


_BylineRow = tuple[int, AuthorRow, str]


def _byline_wanted(uow: UnitOfWork, article: Article) -> list[_BylineRow]:
    wanted: list[_BylineRow] = []
    for position, entry in enumerate(article.byline):
        if entry.author_id is None:
            raise InvalidInputError(wording("'{name}' has no author profile", name=entry.name),
                                    field="byline")
        author = uow.authors.get(entry.author_id)
        if author is None:
            raise InvalidInputError(wording("author #{id} no longer exists",
                                            id=entry.author_id), field="byline")
        wanted.append((position, author, str(entry.role)))
    return wanted


def _replace_byline(uow: UnitOfWork, row: ArticleRow, wanted: list[_BylineRow]) -> None:
    current = [(e.position, e.author_id, e.role) for e in row.byline]
    if current == [(p, a.id, r) for p, a, r in wanted]:
        return
    if row.byline:
        row.byline.clear()
        uow.flush()  # the primary key (article, position) is reused: delete before insert
    for position, author, role in wanted:
        row.byline.append(ArticleAuthorRow(position=position, author=author, role=role))


def _write_tags(row: ArticleRow, article: Article) -> None:
    tags = list(dict.fromkeys(tag.strip() for tag in article.tags if tag.strip()))
    if [t.tag for t in row.tag_rows] == tags:
        return
    existing = {t.tag: t for t in row.tag_rows}
    row.tag_rows = []
    for position, tag in enumerate(tags):
        tag_row = existing.get(tag) or ArticleTagRow(tag=tag)
        tag_row.position = position
        row.tag_rows.append(tag_row)


def _cited_and_attached(article: Article) -> list[str]:
    return list(dict.fromkeys([*citation_counts(article.body), *article.source_keys]))


def _write_citations(row: ArticleRow, article: Article, registry: dict[str, SourceRow]) -> None:
    """Cited keys that the registry knows, plus sources attached without being cited.

    Citations to unknown keys are not stored: the attribution checker reports them, and the
    story keeps its text exactly as written.
    """
    counts = citation_counts(article.body)
    keys = _cited_and_attached(article)
    existing = {c.key: c for c in row.citations}
    wanted: list[CitationRow] = []
    for key in keys:
        source = registry.get(key)
        if source is None:
            continue
        citation = existing.get(key) or CitationRow(source=source, key=key)
        citation.occurrences = counts.get(key, 0)
        wanted.append(citation)
    row.citations = wanted


def record_revision(uow: UnitOfWork, row: ArticleRow, *, note: str, who: str) -> int:
    """Snapshot the story as it is in ``row`` now; returns the new revision's number."""
    number = uow.revisions.latest_number(row.id) + 1
    uow.revisions.add(
        RevisionRow(
            article_id=row.id,
            number=number,
            snapshot=snapshot_of(article_from_row(row)),
            author_name=who,
            note=note,
        )
    )
    uow.flush()
    return number


def latest_revision_if_current(uow: UnitOfWork, row: ArticleRow) -> int | None:
    """The latest revision's number when it holds the story as it is now, else None."""
    number = uow.revisions.latest_number(row.id)
    if number == 0:
        return None
    latest = uow.revisions.get(row.id, number)
    if latest is None or latest.snapshot.get("version") != row.version:
        return None
    return number


def existing_article_row(uow: UnitOfWork, article_id: int) -> ArticleRow:
    """The story's row, or a NotFoundError a user understands (it may have been deleted)."""
    row = uow.articles.get(article_id)
    if row is None:
        raise NotFoundError(wording("story #{id} does not exist (was it deleted?)",
                                    id=article_id))
    return row
