"""story client key

The recovery journal key (``new-<uuid>``) of the window that created a story, stored with it:
a window killed between a new story's first commit and hearing its id left a journal naming
no story, and the next start created the story a second time. Existing stories have none
(their journals name them by id), so the column starts empty; a unique index finds a story
by its key and keeps two stories from one key.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN and CREATE INDEX on both backends: no batch copy of the articles
    # table (its search triggers and every story stay as they are).
    op.add_column("articles", sa.Column("client_key", sa.String(length=64), nullable=True))
    op.create_index(op.f("ix_articles_client_key"), "articles", ["client_key"], unique=True)


def downgrade() -> None:
    op.drop_index(op.f("ix_articles_client_key"), table_name="articles")
    # Dropped in place (SQLite 3.35+ and PostgreSQL): a batch copy of the articles table
    # would have to drop a table every other table points at.
    op.drop_column("articles", "client_key")
