"""translation segments and QA ignores

The desk's rows get a stored state (``translation_segments``: untranslated, draft,
translated, reviewed, and the hash of the original text the translator last confirmed, so a
flag clears per row) and QA problems a translator ignored are kept with the story
(``translation_qa_ignores``), so an ignored problem no longer blocks ``ready``. Both start
empty: a row with no stored state takes its default from its text.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "translation_segments",
        sa.Column("translation_id", sa.Integer(), nullable=False),
        sa.Column("row_key", sa.String(length=80), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("confirmed_original_hash", sa.String(length=64), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "state IN ('untranslated', 'draft', 'translated', 'reviewed')",
            name=op.f("ck_translation_segments_state_known"),
        ),
        sa.ForeignKeyConstraint(
            ["translation_id"], ["articles.id"],
            name=op.f("fk_translation_segments_translation_id_articles"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("translation_id", "row_key",
                                name=op.f("pk_translation_segments")),
    )
    op.create_table(
        "translation_qa_ignores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("translation_id", sa.Integer(), nullable=False),
        sa.Column("row_key", sa.String(length=80), nullable=False),
        sa.Column("qa_check", sa.String(length=32), nullable=False),
        sa.Column("token", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["translation_id"], ["articles.id"],
            name=op.f("fk_translation_qa_ignores_translation_id_articles"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_translation_qa_ignores")),
        sa.UniqueConstraint("translation_id", "row_key", "qa_check", "token",
                            name="uq_translation_qa_ignores_problem"),
    )
    with op.batch_alter_table("translation_qa_ignores", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_translation_qa_ignores_translation_id"), ["translation_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("translation_qa_ignores", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_translation_qa_ignores_translation_id"))
    op.drop_table("translation_qa_ignores")
    op.drop_table("translation_segments")
