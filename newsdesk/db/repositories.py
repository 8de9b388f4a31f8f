"""Repositories: every SELECT the application runs lives here, one class per aggregate."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Select, distinct, func, or_, select
from sqlalchemy.orm import Session, defer, selectinload

from newsdesk.db.models import (
    STATUSES,
    ArticleAuthorRow,
    ArticleRow,
    ArticleTagRow,
    AuthorNameRow,
    AuthorRow,
    CitationRow,
    HouseSettingRow,
    HouseWordRow,
    IgnoredWordRow,
    RevisionRow,
    SourceRow,
)
from newsdesk.db.search import SearchIndex
from newsdesk.domain.query import ArticleQuery, SortKey
from newsdesk.domain.search_syntax import fold_for_search

_ARTICLE_LOAD = (
    selectinload(ArticleRow.byline).joinedload(ArticleAuthorRow.author),
    selectinload(ArticleRow.tag_rows),
    selectinload(ArticleRow.citations),
    selectinload(ArticleRow.original),
)

_SUMMARY_LOAD = (
    selectinload(ArticleRow.byline).joinedload(ArticleAuthorRow.author),
    selectinload(ArticleRow.tag_rows),
)


class ArticleRepository:
    def __init__(self, session: Session, search: SearchIndex) -> None:
        self._session = session
        self._search = search

    def get(self, article_id: int) -> ArticleRow | None:
        return self._session.scalars(
            select(ArticleRow).options(*_ARTICLE_LOAD).where(ArticleRow.id == article_id)
        ).first()

    def get_by_slug(self, slug: str) -> ArticleRow | None:
        return self._session.scalars(
            select(ArticleRow).options(*_ARTICLE_LOAD).where(ArticleRow.slug == slug)
        ).first()

    def get_by_client_key(self, client_key: str) -> ArticleRow | None:
        return self._session.scalars(
            select(ArticleRow).options(*_ARTICLE_LOAD)
            .where(ArticleRow.client_key == client_key)
        ).first()

    def slug_taken(self, slug: str, *, except_id: int | None = None) -> bool:
        statement = select(ArticleRow.id).where(ArticleRow.slug == slug)
        if except_id is not None:
            statement = statement.where(ArticleRow.id != except_id)
        return self._session.scalars(statement).first() is not None

    def slugs_starting(self, prefix: str) -> set[str]:
        statement = select(ArticleRow.slug).where(
            ArticleRow.slug.startswith(prefix, autoescape=True)
        )
        return set(self._session.scalars(statement))

    def add(self, row: ArticleRow) -> None:
        self._session.add(row)

    def delete(self, row: ArticleRow) -> None:
        self._session.delete(row)

    def _filtered(self, query: ArticleQuery, statement: Select[Any]) -> Select[Any]:
        if query.statuses:
            wanted = {str(s) for s in query.statuses}
            others = sorted(set(STATUSES) - wanted)
            if len(others) < len(wanted):
                # "Everything but archived" as NOT IN: an IN list makes SQLite pick the status
                # index and sort 100,000 rows; NOT IN lets it walk the updated_at index in order.
                statement = statement.where(ArticleRow.status.not_in(others))
            else:
                statement = statement.where(ArticleRow.status.in_(sorted(wanted)))
        if query.language:
            # Language tags are case-insensitive (BCP 47): "RU" and "en-gb" mean ru and en-GB.
            tag = query.language.lower()
            language = func.lower(ArticleRow.language)
            statement = statement.where(
                or_(language == tag, language.startswith(f"{tag}-", autoescape=True))
            )
        if query.tag:
            statement = statement.where(
                ArticleRow.id.in_(
                    select(ArticleTagRow.article_id).where(ArticleTagRow.tag == query.tag)
                )
            )
        if query.author_id is not None:
            statement = statement.where(
                ArticleRow.id.in_(
                    select(ArticleAuthorRow.article_id).where(
                        ArticleAuthorRow.author_id == query.author_id
                    )
                )
            )
        if query.author_name:
            folded = fold_for_search(query.author_name.lower())
            # A profile's names in other languages count too: "Кван" finds Sergey Kwan.
            named_so = select(AuthorNameRow.author_id).where(
                func.replace(func.lower(AuthorNameRow.name), "ё", "е").contains(
                    folded, autoescape=True))
            statement = statement.where(
                ArticleRow.id.in_(
                    select(ArticleAuthorRow.article_id)
                    .join(AuthorRow)
                    .where(
                        or_(
                            # ё and е are one letter here too, as in full-text search.
                            func.replace(func.lower(AuthorRow.name), "ё", "е").contains(
                                folded, autoescape=True),
                            AuthorRow.id.in_(named_so),
                        )
                    )
                )
            )
        if query.text:
            matching = self._search.matching_ids(query.text)
            if matching is not None:
                statement = statement.where(ArticleRow.id.in_(matching))
        return statement

    def _ordered(self, query: ArticleQuery, statement: Select[Any]) -> Select[Any]:
        first_author = (
            select(AuthorRow.name)
            .join(ArticleAuthorRow)
            .where(ArticleAuthorRow.article_id == ArticleRow.id, ArticleAuthorRow.position == 0)
            .scalar_subquery()
        )
        column = {
            SortKey.HEADLINE: func.lower(ArticleRow.headline),
            SortKey.STATUS: ArticleRow.status,
            SortKey.LANGUAGE: ArticleRow.language,
            SortKey.DATELINE: ArticleRow.dateline_city,
            SortKey.UPDATED: ArticleRow.updated_at,
            SortKey.BYLINE: first_author,
        }[query.sort]
        primary = column.desc() if query.descending else column.asc()
        tiebreak = ArticleRow.id.desc() if query.descending else ArticleRow.id.asc()
        return statement.order_by(primary, tiebreak)

    def page(self, query: ArticleQuery, offset: int, limit: int) -> Sequence[ArticleRow]:
        statement = self._ordered(query, self._filtered(query, select(ArticleRow)))
        statement = statement.options(
            *_SUMMARY_LOAD, defer(ArticleRow.body), defer(ArticleRow.deck)
        )
        statement = statement.offset(offset).limit(limit)
        rows: Sequence[ArticleRow] = self._session.scalars(statement).all()
        return rows

    def count(self, query: ArticleQuery) -> int:
        statement = self._filtered(query, select(ArticleRow))
        return int(
            self._session.scalar(select(func.count()).select_from(statement.subquery())) or 0
        )

    def count_by_status(self, query: ArticleQuery) -> dict[str, int]:
        base = self._filtered(
            ArticleQuery(**{**query.__dict__, "statuses": ()}), select(ArticleRow)
        )
        sub = base.subquery()
        rows = self._session.execute(select(sub.c.status, func.count()).group_by(sub.c.status))
        return {str(status): int(count) for status, count in rows}

    def iterate(self, query: ArticleQuery, batch: int = 200) -> Iterator[ArticleRow]:
        """Stream whole stories in batches so an export of thousands never loads them all."""
        ids = list(
            self._session.scalars(
                self._ordered(query, self._filtered(query, select(ArticleRow.id)))
            )
        )
        for start in range(0, len(ids), batch):
            chunk = ids[start : start + batch]
            rows = self._session.scalars(
                select(ArticleRow).options(*_ARTICLE_LOAD).where(ArticleRow.id.in_(chunk))
            ).all()
            by_id = {row.id: row for row in rows}
            for article_id in chunk:
                if article_id in by_id:
                    yield by_id[article_id]
            self._session.expunge_all()

    def translations_of(self, article_id: int) -> Sequence[ArticleRow]:
        return self._session.scalars(
            select(ArticleRow)
            .options(*_ARTICLE_LOAD)
            .where(ArticleRow.translation_of_id == article_id)
        ).all()

    def all_tags(self) -> list[str]:
        statement = (
            select(ArticleTagRow.tag)
            .group_by(ArticleTagRow.tag)
            .order_by(func.count().desc(), ArticleTagRow.tag)
        )
        return list(self._session.scalars(statement))

    def languages(self) -> list[str]:
        return list(
            self._session.scalars(
                select(ArticleRow.language).distinct().order_by(ArticleRow.language)
            )
        )


class AuthorRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, author_id: int) -> AuthorRow | None:
        return self._session.get(AuthorRow, author_id)

    def get_by_slug(self, slug: str) -> AuthorRow | None:
        return self._session.scalars(select(AuthorRow).where(AuthorRow.slug == slug)).first()

    def find_by_name(self, name: str) -> AuthorRow | None:
        """The profile with this main name, else the one with it in another language (an
        import naming "Сергей Кван" is Sergey Kwan's story, not a new person's)."""
        wanted = name.strip().lower()
        statement = select(AuthorRow).where(func.lower(AuthorRow.name) == wanted)
        found = self._session.scalars(statement.order_by(AuthorRow.id)).first()
        if found is not None:
            return found
        other = (select(AuthorRow).join(AuthorNameRow, AuthorNameRow.author_id == AuthorRow.id)
                 .where(func.lower(AuthorNameRow.name) == wanted))
        return self._session.scalars(other.order_by(AuthorRow.id)).first()

    def list(self, *, include_inactive: bool = True) -> Sequence[AuthorRow]:
        statement = select(AuthorRow).order_by(func.lower(AuthorRow.name), AuthorRow.id)
        if not include_inactive:
            statement = statement.where(AuthorRow.active.is_(True))
        return self._session.scalars(statement).all()

    def slug_taken(self, slug: str, *, except_id: int | None = None) -> bool:
        statement = select(AuthorRow.id).where(AuthorRow.slug == slug)
        if except_id is not None:
            statement = statement.where(AuthorRow.id != except_id)
        return self._session.scalars(statement).first() is not None

    def add(self, row: AuthorRow) -> None:
        self._session.add(row)

    def delete(self, row: AuthorRow) -> None:
        self._session.delete(row)

    def byline_count(self, author_id: int) -> int:
        statement = select(func.count()).where(ArticleAuthorRow.author_id == author_id)
        return int(self._session.scalar(statement) or 0)

    def byline_rows(self, author_id: int) -> Sequence[ArticleAuthorRow]:
        return self._session.scalars(
            select(ArticleAuthorRow).where(ArticleAuthorRow.author_id == author_id)
        ).all()

    def status_counts(self, author_id: int) -> dict[str, int]:
        statement = (
            # distinct: one person can be both reporter and translator of the same story
            select(ArticleRow.status, func.count(distinct(ArticleRow.id)))
            .join(ArticleAuthorRow, ArticleAuthorRow.article_id == ArticleRow.id)
            .where(ArticleAuthorRow.author_id == author_id)
            .group_by(ArticleRow.status)
        )
        return {str(status): int(count) for status, count in self._session.execute(statement)}


class SourceRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, source_id: int) -> SourceRow | None:
        return self._session.get(SourceRow, source_id)

    def get_by_key(self, key: str) -> SourceRow | None:
        return self._session.scalars(select(SourceRow).where(SourceRow.key == key)).first()

    def by_keys(self, keys: Sequence[str]) -> dict[str, SourceRow]:
        if not keys:
            return {}
        rows = self._session.scalars(select(SourceRow).where(SourceRow.key.in_(list(keys))))
        return {row.key: row for row in rows}

    def list(self) -> Sequence[SourceRow]:
        return self._session.scalars(select(SourceRow).order_by(func.lower(SourceRow.name))).all()

    def add(self, row: SourceRow) -> None:
        self._session.add(row)

    def delete(self, row: SourceRow) -> None:
        self._session.delete(row)

    def citing_articles(self, source_id: int) -> Sequence[tuple[ArticleRow, int]]:
        statement = (
            select(ArticleRow, CitationRow.occurrences)
            .join(CitationRow, CitationRow.article_id == ArticleRow.id)
            .where(CitationRow.source_id == source_id)
            .order_by(ArticleRow.updated_at.desc())
        )
        return [(row, int(count)) for row, count in self._session.execute(statement)]


class RevisionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, row: RevisionRow) -> None:
        self._session.add(row)

    def latest_number(self, article_id: int) -> int:
        statement = select(func.max(RevisionRow.number)).where(RevisionRow.article_id == article_id)
        return int(self._session.scalar(statement) or 0)

    def for_article(self, article_id: int) -> Sequence[RevisionRow]:
        return self._session.scalars(
            select(RevisionRow)
            .where(RevisionRow.article_id == article_id)
            .order_by(RevisionRow.number.desc())
        ).all()

    def get(self, article_id: int, number: int) -> RevisionRow | None:
        return self._session.scalars(
            select(RevisionRow).where(
                RevisionRow.article_id == article_id, RevisionRow.number == number
            )
        ).first()


class IgnoredWordRepository:
    """Words ignored by spelling in one story."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def words(self, article_id: int) -> Sequence[str]:
        return self._session.scalars(
            select(IgnoredWordRow.word)
            .where(IgnoredWordRow.article_id == article_id)
            .order_by(IgnoredWordRow.word)
        ).all()

    def add(self, article_id: int, word: str) -> bool:
        """Store the word; False when the story already ignores it."""
        if self._session.get(IgnoredWordRow, (article_id, word)) is not None:
            return False
        self._session.add(IgnoredWordRow(article_id=article_id, word=word))
        return True


class HouseRepository:
    """House settings and the house dictionary: shared by everyone on the database."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def settings(self) -> dict[str, object]:
        return {row.key: row.value for row in self._session.scalars(select(HouseSettingRow))}

    def put_setting(self, key: str, value: object) -> None:
        row = self._session.get(HouseSettingRow, key)
        if row is None:
            self._session.add(HouseSettingRow(key=key, value=value))
        else:
            row.value = value

    def delete_setting(self, key: str) -> None:
        row = self._session.get(HouseSettingRow, key)
        if row is not None:
            self._session.delete(row)

    def words(self, language: str) -> Sequence[HouseWordRow]:
        return self._session.scalars(
            select(HouseWordRow)
            .where(HouseWordRow.language == language)
            .order_by(HouseWordRow.word)
        ).all()

    def word(self, language: str, word: str) -> HouseWordRow | None:
        return self._session.scalars(
            select(HouseWordRow).where(HouseWordRow.language == language, HouseWordRow.word == word)
        ).first()

    def add_word(self, row: HouseWordRow) -> None:
        self._session.add(row)

    def delete_word(self, row: HouseWordRow) -> None:
        self._session.delete(row)
