"""words ignored per article

"Ignore in this article" used to last only as long as the window; the words now stay with
the story, for everyone who opens it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 23:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "article_ignored_words",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("word", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_ignored_words_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "word", name=op.f("pk_article_ignored_words")),
    )


def downgrade() -> None:
    op.drop_table("article_ignored_words")
