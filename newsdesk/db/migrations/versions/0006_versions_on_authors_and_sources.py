"""versions on author profiles and sources

A profile or a registry source saved by two people was last-writer-wins: a colleague's bio
or rename was silently lost. Both now carry a ``version`` like stories (SQLAlchemy's
``version_id_col``), so a save over a newer one is refused. Existing rows start at 1.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("authors", "sources")


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            # server_default fills existing rows; it stays so a row written by an older
            # release (which does not know the column) still gets a version.
            batch.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
