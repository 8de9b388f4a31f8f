"""story presence

Who else has a story open (issue 13): one row per window showing a story, with its
heartbeat, so the editor can say "Also open by NAME since 10:42". Starts empty; rows come
and go with windows and are never a lock.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "story_presence",
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("user_name", sa.String(length=200), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"],
            name=op.f("fk_story_presence_article_id_articles"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_story_presence")),
    )
    with op.batch_alter_table("story_presence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_story_presence_article_id"), ["article_id"], unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("story_presence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_story_presence_article_id"))
    op.drop_table("story_presence")
