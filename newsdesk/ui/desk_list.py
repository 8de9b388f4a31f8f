"""The story list follows what the desk did, without reading the list again.

A story created, saved, copied, moved, spiked, restored or offered back by the recovery
journal changes one row (and the counts); whether it still belongs in the list is the list's
own filter's call. Which stories a command is about (the open one, or those chosen in the
list) is decided here too, so the window only forwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from newsdesk.ui.models.article_list_model import summary_of

if TYPE_CHECKING:
    from newsdesk.domain.article import Article, ArticleSummary
    from newsdesk.domain.people import Author
    from newsdesk.ui.widgets.article_list_panel import ArticleListPanel


class DeskList:
    """Keeps the story list's rows, counts and filter choices true to the desk's changes."""

    def __init__(self, panel: ArticleListPanel,
                 profiles: Callable[[], Iterable[Author]] = tuple) -> None:
        self._panel = panel
        self._profiles = profiles

    def summary(self, article: Article) -> ArticleSummary:
        """The row for ``article``, its byline named in the story's language."""
        return summary_of(article, self._profiles())

    def created(self, article: Article) -> None:
        """A new story's first save: it joins the list at the top, selected."""
        assert article.id is not None
        self._panel.model.insert_summary(self.summary(article))
        self._panel.select_article(article.id, emit=False)
        self._panel.refresh_counts()

    def saved(self, article: Article) -> None:
        """The open story saved: its row shows it; a tag nobody used before joins the filter."""
        assert article.id is not None
        panel = self._panel
        listed = panel.model.row_of(article.id) is not None
        panel.model.update_summary(self.summary(article))
        if not listed:
            panel.refresh_counts()
        known = {panel.tag_filter.itemData(i) for i in range(panel.tag_filter.count())}
        if set(article.tags) - known:
            panel.refresh_choices()

    def reloaded(self, article: Article) -> None:
        self._panel.model.update_summary(self.summary(article))

    def copied(self, article: Article) -> None:
        """A copy saved as a new draft (the way out of a conflict): it joins the list."""
        self._panel.model.insert_summary(self.summary(article))
        self._panel.refresh_counts()

    def stored(self, article: Article) -> None:
        """A story stored from elsewhere (a recovery choice): shown in place, or added."""
        assert article.id is not None
        model = self._panel.model
        if model.row_of(article.id) is not None:
            model.update_summary(self.summary(article))
        else:
            model.insert_summary(self.summary(article))
        self._panel.refresh_counts()

    def changed(self, article: Article | None, article_id: int) -> None:
        """After a spike, restore, move, create or delete (``article`` None: gone): the row
        is shown at the top while the list's status filter takes it, removed otherwise."""
        panel = self._panel
        statuses = panel.current_query().statuses
        if article is not None and (not statuses or article.status in statuses):
            panel.model.insert_summary(self.summary(article), row=0)
        else:
            panel.model.remove_article(article_id)
        panel.refresh_counts()

    def targets(self, open_id: int | None) -> list[int]:
        """The stories a command (spike, duplicate) is about: those chosen in the list when
        the list has focus or no story is open, else the open story."""
        panel = self._panel
        focus = QApplication.focusWidget()
        selected = panel.selected_article_ids()
        in_list = focus is not None and (focus is panel.view or panel.isAncestorOf(focus))
        if selected and (in_list or open_id is None):
            return selected
        return [open_id] if open_id is not None else selected
