"""The schema revision this release expects, so start-up can skip Alembic when nothing changed.

Importing Alembic costs ~0.2 s of start-up; a database already at this revision does not need
it. ``tests/integration/db/test_migrations.py`` fails when this constant and the newest
migration disagree, so it cannot go stale.
"""

from __future__ import annotations

SCHEMA_HEAD = "0010"
