"""The window's title: the open story's headline, shortened, and the newsroom it is in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.article import Article

MAX_HEADLINE = 80
"""Characters of the headline the title shows; a longer one ends in an ellipsis."""


def window_title(article: Article, newsroom: str, *, read_only: bool) -> str:
    """``Newsdesk — headline[*] — newsroom``; ``[*]`` is where Qt marks unsaved changes."""
    headline = " ".join(article.headline.split())
    if len(headline) > MAX_HEADLINE:
        headline = headline[:MAX_HEADLINE - 1] + "…"
    if not headline:
        headline = (QCoreApplication.translate("WindowTitle", "New story") if article.id is None
                    else QCoreApplication.translate("WindowTitle", "Untitled"))
    if read_only:
        newsroom = QCoreApplication.translate("WindowTitle", "{0} (read only)").format(newsroom)
    return f"Newsdesk — {headline}[*] — {newsroom}"
