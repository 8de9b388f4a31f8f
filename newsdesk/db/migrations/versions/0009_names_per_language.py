"""names per language on author profiles and sources

A profile's name and bio and a source's name and title in more languages (issues 12 and 14):
a Russian story prints "Сергей Кван" and "Сергей Шойгу, министр обороны России" where the
profile and the registry entry were written in English. One row per entry and language in
``author_names`` and ``source_names``; both start empty, so every existing story exports as
before until someone adds a name.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, parent table, parent key column, second text column and its type)
_TABLES: tuple[tuple[str, str, str, str, sa.types.TypeEngine[str], int], ...] = (
    ("author_names", "authors", "author_id", "bio", sa.Text(), 200),
    ("source_names", "sources", "source_id", "title", sa.String(length=300), 300),
)


def upgrade() -> None:
    for table, parent, key, second, second_type, name_length in _TABLES:
        op.create_table(
            table,
            sa.Column(key, sa.Integer(), nullable=False),
            sa.Column("language", sa.String(length=3), nullable=False),
            sa.Column("name", sa.String(length=name_length), nullable=False),
            sa.Column(second, second_type, nullable=False),
            sa.CheckConstraint(
                f"trim(name) <> '' OR trim({second}) <> ''",
                name=op.f(f"ck_{table}_says_something"),
            ),
            sa.ForeignKeyConstraint(
                [key], [f"{parent}.id"], name=op.f(f"fk_{table}_{key}_{parent}"),
                ondelete="CASCADE",
            ),
            sa.PrimaryKeyConstraint(key, "language", name=op.f(f"pk_{table}")),
        )


def downgrade() -> None:
    for table, *_rest in reversed(_TABLES):
        op.drop_table(table)
