"""translation memory and glossary

Adds the translation memory (``translation_memory`` and its word index
``translation_memory_tokens``) and the glossary (``glossary_concepts`` with one
``glossary_terms`` row per rendering in a language, forbidden variants included).

The memory is rebuilt from existing linked translations on upgrade, but NOT in this migration:
the rebuild needs the paragraph aligner and the sentence splitter, which will keep improving,
and a migration must mean the same thing forever. Copying a few hundred lines of alignment
into this file would freeze a worse aligner here. Instead ``open_newsroom`` calls
``newsdesk.services.translation_memory.rebuild_if_needed`` right after the upgrade: when the
memory is empty, linked translations exist and the rebuild never ran, it aligns every
translation with its original and stores the pairs in one transaction (marked in the house
settings, so it runs once; a killed rebuild leaves nothing and runs again at the next start).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "translation_memory",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_language", sa.String(length=35), nullable=False),
        sa.Column("target_language", sa.String(length=35), nullable=False),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("target_text", sa.Text(), nullable=False),
        sa.Column("source_folded", sa.Text(), nullable=False),
        sa.Column("target_folded", sa.Text(), nullable=False),
        sa.Column("source_length", sa.Integer(), nullable=False),
        sa.Column("source_hash", sa.String(length=64), nullable=False),
        sa.Column("pair_hash", sa.String(length=64), nullable=False),
        sa.Column("segment", sa.String(length=16), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("story_slug", sa.String(length=200), nullable=False),
        sa.Column("story_headline", sa.Text(), nullable=False),
        sa.Column("translator", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.CheckConstraint(
            "origin IN ('desk', 'import', 'rebuild')",
            name=op.f("ck_translation_memory_origin_known"),
        ),
        sa.CheckConstraint(
            "segment IN ('paragraph', 'sentence')",
            name=op.f("ck_translation_memory_segment_known"),
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"],
            name=op.f("fk_translation_memory_article_id_articles"), ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_translation_memory")),
        sa.UniqueConstraint("pair_hash", name=op.f("uq_translation_memory_pair_hash")),
    )
    with op.batch_alter_table("translation_memory", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_translation_memory_article_id"), ["article_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_translation_memory_source_hash"), ["source_hash"], unique=False
        )
        batch_op.create_index(
            "ix_translation_memory_languages_length",
            ["source_language", "target_language", "source_length"], unique=False,
        )
    op.create_table(
        "translation_memory_tokens",
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("memory_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["memory_id"], ["translation_memory.id"],
            name=op.f("fk_translation_memory_tokens_memory_id_translation_memory"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token", "memory_id", name=op.f("pk_translation_memory_tokens")),
    )
    with op.batch_alter_table("translation_memory_tokens", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_translation_memory_tokens_memory_id"), ["memory_id"], unique=False
        )
    op.create_table(
        "glossary_concepts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_glossary_concepts")),
    )
    op.create_table(
        "glossary_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("concept_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=35), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("folded", sa.String(length=300), nullable=False),
        sa.Column("forbidden", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("trim(text) <> ''", name=op.f("ck_glossary_terms_text_not_blank")),
        sa.ForeignKeyConstraint(
            ["concept_id"], ["glossary_concepts.id"],
            name=op.f("fk_glossary_terms_concept_id_glossary_concepts"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_glossary_terms")),
        sa.UniqueConstraint(
            "concept_id", "language", "text", name="uq_glossary_terms_concept_language_text"
        ),
    )
    with op.batch_alter_table("glossary_terms", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_glossary_terms_concept_id"), ["concept_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_glossary_terms_folded"), ["folded"], unique=False)


def downgrade() -> None:
    op.drop_table("glossary_terms")
    op.drop_table("glossary_concepts")
    op.drop_table("translation_memory_tokens")
    op.drop_table("translation_memory")
