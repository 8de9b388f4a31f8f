"""The story list's columns and data roles, shared by its model and the marks on its rows."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt

from newsdesk.domain.query import SortKey
from newsdesk.ui.noop import QT_TRANSLATE_NOOP

# (header, sort key) in column order; the sort key is what the database orders by, so sorting
# 100,000 rows never needs them in memory.
COLUMNS: Final[tuple[tuple[str, SortKey], ...]] = (
    (QT_TRANSLATE_NOOP("ArticleListModel", "Headline"), SortKey.HEADLINE),
    (QT_TRANSLATE_NOOP("ArticleListModel", "Status"), SortKey.STATUS),
    (QT_TRANSLATE_NOOP("ArticleListModel", "Byline"), SortKey.BYLINE),
    (QT_TRANSLATE_NOOP("ArticleListModel", "Language"), SortKey.LANGUAGE),
    (QT_TRANSLATE_NOOP("ArticleListModel", "Dateline"), SortKey.DATELINE),
    (QT_TRANSLATE_NOOP("ArticleListModel", "Updated"), SortKey.UPDATED),
)
HEADLINE, STATUS, BYLINE, LANGUAGE, DATELINE, UPDATED = range(len(COLUMNS))

ARTICLE_ID_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1
"""``data(index, ARTICLE_ID_ROLE)`` is the story's database id (any column)."""
PRESENCE_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 2
"""``data(index, PRESENCE_ROLE)``: who else has the story open ("" when nobody)."""
