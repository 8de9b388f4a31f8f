"""search documents leave out link targets

A citation is written ``[told Kazinform](source:kazinform)``; its target was indexed with the
text, so a search for "source" found every cited story and "sources say" was useless. The
documents keep the link text and drop the target; new ones are written that way.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 02:55:00
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As newsdesk.domain.search_syntax.LINK_TARGET was at this revision (a migration must not
# change meaning when the application's code does).
_LINK_TARGET = re.compile(r"\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
_BATCH = 500


def upgrade() -> None:
    connection = op.get_bind()
    search = sa.table("article_search", sa.column("article_id", sa.Integer),
                      sa.column("document", sa.Text))
    last = 0
    while True:
        rows = connection.execute(
            sa.select(search.c.article_id, search.c.document)
            .where(search.c.article_id > last, search.c.document.like("%](%"))
            .order_by(search.c.article_id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        for article_id, document in rows:
            cleaned = _LINK_TARGET.sub("]", document)
            if cleaned != document:
                # The FTS5 triggers (SQLite) and the generated tsvector follow the update.
                connection.execute(
                    sa.update(search).where(search.c.article_id == article_id)
                    .values(document=cleaned)
                )
        last = rows[-1][0]


def downgrade() -> None:
    """Nothing to undo: a document without link targets is a valid one for 0003."""
