"""The newsroom's tables as SQLAlchemy 2.0 typed ORM classes (never handed to the UI)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from newsdesk.db.base import Base, utcnow

STATUSES = ("draft", "editing", "ready", "published", "archived")
ROLES = ("reporter", "editor", "translator", "photographer")
SOURCE_KINDS = ("person", "news agency", "organisation", "document", "website")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class AuthorRow(Base):
    """An author profile: who may appear in a byline and in an author box."""

    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    bio: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    photo_mime: Mapped[str] = mapped_column(String(64), default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    links: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Bumped on every write, like a story's: a save over a colleague's newer bio is refused.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Read with the profile (one more SELECT per batch): every export of a story in another
    # language needs them, and a lazy load per author would be a query per byline.
    names: Mapped[list[AuthorNameRow]] = relationship(
        order_by="AuthorNameRow.language", cascade="all, delete-orphan", lazy="selectin",
        passive_deletes=True,
    )

    __table_args__ = (CheckConstraint("trim(name) <> ''", name="name_not_blank"),)
    # SQLAlchemy reads this mapping at class creation; it is never mutated.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class AuthorNameRow(Base):
    """A profile's name and bio in one more language (Sergey Kwan / Сергей Кван).

    A child table rather than JSON on the profile: a name in any language can be looked up
    (an import naming "Сергей Кван" finds Sergey Kwan's profile) on SQLite and PostgreSQL alike.
    """

    __tablename__ = "author_names"

    author_id: Mapped[int] = mapped_column(
        ForeignKey("authors.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    bio: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("trim(name) <> '' OR trim(bio) <> ''", name="says_something"),
    )


class ArticleRow(Base):
    """A story; ``version`` is bumped on every write so stale edits are refused, not merged."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    headline: Mapped[str] = mapped_column(Text)
    deck: Mapped[str] = mapped_column(Text, default="")
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    body: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(35), default="en", index=True)
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    dateline_city: Mapped[str] = mapped_column(String(200), default="")
    dateline_country: Mapped[str] = mapped_column(String(200), default="")
    dateline_state: Mapped[str] = mapped_column(String(100), default="")
    dateline_agency: Mapped[str] = mapped_column(String(100), default="")
    dateline_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    dateline_timezone: Mapped[str] = mapped_column(String(64), default="")
    dateline_gazetteer_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    dateline_filed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    published_at: Mapped[datetime | None] = mapped_column(nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    translation_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), nullable=True, index=True
    )
    translation_of_revision: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The recovery journal key of the window that created the story (``new-<uuid>``): killed
    # before it heard the new id, its journal still names this story, never a second one.
    client_key: Mapped[str | None] = mapped_column(
        String(64), nullable=True, unique=True, index=True)

    byline: Mapped[list[ArticleAuthorRow]] = relationship(
        back_populates="article",
        order_by="ArticleAuthorRow.position",
        cascade="all, delete-orphan",
    )
    tag_rows: Mapped[list[ArticleTagRow]] = relationship(
        order_by="ArticleTagRow.position", cascade="all, delete-orphan"
    )
    citations: Mapped[list[CitationRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan"
    )
    original: Mapped[ArticleRow | None] = relationship(remote_side=[id])

    __table_args__ = (
        CheckConstraint(_in("status", STATUSES), name="status_known"),
        CheckConstraint("trim(headline) <> ''", name="headline_not_blank"),
    )
    # SQLAlchemy reads this mapping at class creation; it is never mutated.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ArticleAuthorRow(Base):
    """One place in a byline: who, in what order, doing what."""

    __tablename__ = "article_authors"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    author_id: Mapped[int] = mapped_column(
        ForeignKey("authors.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[str] = mapped_column(String(32), default="reporter")

    article: Mapped[ArticleRow] = relationship(back_populates="byline")
    author: Mapped[AuthorRow] = relationship(lazy="joined")

    __table_args__ = (CheckConstraint(_in("role", ROLES), name="role_known"),)


class ArticleTagRow(Base):
    """A tag on a story; a table rather than a list so the desk can filter by tag."""

    __tablename__ = "article_tags"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class IgnoredWordRow(Base):
    """A word the desk chose to ignore in one story ("Ignore in this article").

    Kept apart from the story's own row: ignoring a word is not an edit of the story, so it
    never bumps the story's version or conflicts with a colleague's save.
    """

    __tablename__ = "article_ignored_words"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    word: Mapped[str] = mapped_column(String(200), primary_key=True)


class SourceRow(Base):
    """The source registry: people, agencies, organisations, documents and websites."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(32), default="person")
    title: Mapped[str] = mapped_column(String(300), default="")
    url: Mapped[str] = mapped_column(String(2000), default="")
    contact: Mapped[str] = mapped_column(String(300), default="")
    on_record: Mapped[bool] = mapped_column(Boolean, default=True)
    anonymity_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Bumped on every write: a save over a colleague's newer entry is refused, not merged.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    names: Mapped[list[SourceNameRow]] = relationship(
        order_by="SourceNameRow.language", cascade="all, delete-orphan", lazy="selectin",
        passive_deletes=True,
    )

    __table_args__ = (
        CheckConstraint(_in("kind", SOURCE_KINDS), name="kind_known"),
        # Newsroom ethics: anonymity is granted for a stated reason, never by default.
        CheckConstraint("on_record OR trim(anonymity_reason) <> ''", name="anonymous_has_reason"),
    )
    # SQLAlchemy reads this mapping at class creation; it is never mutated.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class SourceNameRow(Base):
    """A registry entry's name and title in one more language ("Сергей Шойгу, министр обороны
    России" for the entry the English desk wrote as "Sergei Shoigu, Russia's defence minister")."""

    __tablename__ = "source_names"

    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    title: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (
        CheckConstraint("trim(name) <> '' OR trim(title) <> ''", name="says_something"),
    )


class CitationRow(Base):
    """A story's use of a registry source; ``occurrences`` 0 means attached but never cited."""

    __tablename__ = "citations"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    key: Mapped[str] = mapped_column(String(100))
    occurrences: Mapped[int] = mapped_column(Integer, default=0)

    article: Mapped[ArticleRow] = relationship(back_populates="citations")
    source: Mapped[SourceRow] = relationship(lazy="joined")


class RevisionRow(Base):
    """A full snapshot of a story, recorded on Ctrl+S, on import --update and on publish."""

    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    author_name: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("article_id", "number", name="uq_revisions_article_number"),)


class HouseWordRow(Base):
    """A word of the house dictionary, shared by everyone on the database."""

    __tablename__ = "house_words"

    id: Mapped[int] = mapped_column(primary_key=True)
    language: Mapped[str] = mapped_column(String(35))
    word: Mapped[str] = mapped_column(String(200))
    added_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("language", "word", name="uq_house_words_language_word"),)


class HouseSettingRow(Base):
    """One house setting (outlet name, agency credit, dateline style...) as a JSON value."""

    __tablename__ = "house_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class ArticleSearchRow(Base):
    """PostgreSQL's search document per article; SQLite uses an FTS5 table instead."""

    __tablename__ = "article_search"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    document: Mapped[str] = mapped_column(Text, default="")


MEMORY_ORIGINS = ("desk", "import", "rebuild")
MEMORY_SEGMENTS = ("paragraph", "sentence")


class MemoryPairRow(Base):
    """One pair of the translation memory: a source segment and how the newsroom rendered it.

    The same pair is stored once: ``pair_hash`` (SHA-256 of both languages and both texts)
    carries the uniqueness because a B-tree entry on PostgreSQL cannot hold a long paragraph.
    ``source_hash`` finds exact matches; ``source_folded``/``target_folded`` (case and ё
    folded) serve fuzzy scoring and concordance alike on both backends.
    """

    __tablename__ = "translation_memory"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_language: Mapped[str] = mapped_column(String(35))
    target_language: Mapped[str] = mapped_column(String(35))
    source_text: Mapped[str] = mapped_column(Text)
    target_text: Mapped[str] = mapped_column(Text)
    source_folded: Mapped[str] = mapped_column(Text)
    target_folded: Mapped[str] = mapped_column(Text)
    source_length: Mapped[int] = mapped_column(Integer)
    source_hash: Mapped[str] = mapped_column(String(64), index=True)
    pair_hash: Mapped[str] = mapped_column(String(64), unique=True)
    segment: Mapped[str] = mapped_column(String(16), default="paragraph")
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), nullable=True, index=True
    )
    story_slug: Mapped[str] = mapped_column(String(200), default="")
    story_headline: Mapped[str] = mapped_column(Text, default="")
    translator: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    origin: Mapped[str] = mapped_column(String(16), default="desk")

    __table_args__ = (
        CheckConstraint(_in("origin", MEMORY_ORIGINS), name="origin_known"),
        CheckConstraint(_in("segment", MEMORY_SEGMENTS), name="segment_known"),
        Index("ix_translation_memory_languages_length",
              "source_language", "target_language", "source_length"),
    )


class MemoryTokenRow(Base):
    """A distinctive word of a memory pair's source: the portable index fuzzy lookup starts from.

    PostgreSQL's pg_trgm is an extension a server may not have, and FTS5 exists only on
    SQLite; a plain table of (word, pair) answers "which pairs share these rare words" the
    same way on both.
    """

    __tablename__ = "translation_memory_tokens"

    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    memory_id: Mapped[int] = mapped_column(
        ForeignKey("translation_memory.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class GlossaryConceptRow(Base):
    """A glossary entry: one name or term, rendered in several languages (the rows below)."""

    __tablename__ = "glossary_concepts"

    id: Mapped[int] = mapped_column(primary_key=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    terms: Mapped[list[GlossaryTermRow]] = relationship(
        back_populates="concept",
        order_by="GlossaryTermRow.position",
        cascade="all, delete-orphan",
        lazy="selectin",
    )


class GlossaryTermRow(Base):
    """One rendering of a concept in one language; ``forbidden`` marks a variant not to use."""

    __tablename__ = "glossary_terms"

    id: Mapped[int] = mapped_column(primary_key=True)
    concept_id: Mapped[int] = mapped_column(
        ForeignKey("glossary_concepts.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(35))
    text: Mapped[str] = mapped_column(String(300))
    folded: Mapped[str] = mapped_column(String(300), index=True)
    forbidden: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    concept: Mapped[GlossaryConceptRow] = relationship(back_populates="terms")

    __table_args__ = (
        CheckConstraint("trim(text) <> ''", name="text_not_blank"),
        UniqueConstraint("concept_id", "language", "text",
                         name="uq_glossary_terms_concept_language_text"),
    )


SEGMENT_STATES = ("untranslated", "draft", "translated", "reviewed")


class TranslationSegmentRow(Base):
    """One row of a translation on the desk: its state and the original text last confirmed.

    Kept apart from the story's row, like ignored words: setting a row's state is not an edit
    of the text, so it never bumps the story's version. Its own ``version`` refuses a state
    set over a colleague's newer one (two translators confirming the same row at once).
    ``row_key`` is stable across edits (see ``newsdesk.domain.segments``).
    """

    __tablename__ = "translation_segments"

    translation_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    row_key: Mapped[str] = mapped_column(String(80), primary_key=True)
    state: Mapped[str] = mapped_column(String(16), default="untranslated")
    confirmed_original_hash: Mapped[str] = mapped_column(String(64), default="")
    who: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (CheckConstraint(_in("state", SEGMENT_STATES), name="state_known"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class QaIgnoreRow(Base):
    """A QA problem a translator ignored in one row of a translation, and why."""

    __tablename__ = "translation_qa_ignores"

    id: Mapped[int] = mapped_column(primary_key=True)
    translation_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    row_key: Mapped[str] = mapped_column(String(80))
    qa_check: Mapped[str] = mapped_column(String(32))
    token: Mapped[str] = mapped_column(String(300))
    reason: Mapped[str] = mapped_column(Text, default="")
    who: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        UniqueConstraint("translation_id", "row_key", "qa_check", "token",
                         name="uq_translation_qa_ignores_problem"),
    )


class PresenceRow(Base):
    """One window showing one story: who, since when, and its last sign of life.

    Best-effort and never a lock: a row only tells colleagues someone else has the story
    open. A window writes ``heartbeat_at`` every ~20 s; a row without one for a minute is a
    window that crashed or lost the network, ignored and then cleaned up. Never announced as
    a story change (``newsdesk.db.change_notify`` does not know this table).
    """

    __tablename__ = "story_presence"

    session_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_name: Mapped[str] = mapped_column(String(200), default="")
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    heartbeat_at: Mapped[datetime] = mapped_column(default=utcnow)
