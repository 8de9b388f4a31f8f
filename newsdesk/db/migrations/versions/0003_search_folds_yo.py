"""search documents fold ё into е

Russian writers mostly type е for ё; the search documents (and every query) now use е, so
"елки" finds "Ёлки". Stored documents are folded here; new ones are folded when written.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 00:15:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The FTS5 triggers (SQLite) and the generated tsvector (PostgreSQL) follow the update.
    op.execute(
        "UPDATE article_search SET document = replace(replace(document, 'ё', 'е'), 'Ё', 'Е') "
        "WHERE document LIKE '%ё%' OR document LIKE '%Ё%'"
    )


def downgrade() -> None:
    """Nothing to undo: a folded document is still a valid one for the older release."""
