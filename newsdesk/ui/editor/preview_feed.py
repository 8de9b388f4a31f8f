"""What the editor's preview pane is given to render: the story as typed, its byline's profiles,
the sources it cites and the house style, after a pause in typing (or at once on open).

Apart from the editor because the preview's clock and its worker job (the cited sources
looked up, the page rendered like the export) have nothing to do with editing fields; the
editor only says when the story changed and whether it may wait.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from newsdesk.domain.article import Article
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.citations import cited_keys
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.people import Author, Source
from newsdesk.ui.editor.preview_pane import PREVIEW_DELAY_MS, PreviewPane, render_preview_html
from newsdesk.ui.one_shot import one_shot_timer

if TYPE_CHECKING:
    from newsdesk.services.sources import SourceService

def _preview_job(
    article: Article, authors: tuple[Author, ...], sources: SourceService, house: HouseSettings
) -> str:
    """Runs on a worker: look up the cited sources and render the page like the export."""
    keys = list(dict.fromkeys([*cited_keys(article.body), *article.source_keys]))
    found: dict[str, Source] = sources.by_keys(keys) if keys else {}
    bundle = StoryBundle(article=article, authors=authors,
                         sources=tuple(sorted(found.values(), key=lambda s: s.key)))
    return render_preview_html(bundle, house)


class PreviewFeed(QObject):
    """Renders ``current()`` with ``profiles()`` and ``house()`` in ``pane`` (none while hidden)."""

    def __init__(
        self,
        pane: PreviewPane,
        current: Callable[[], Article],
        profiles: Callable[[], tuple[Author, ...]],
        sources: SourceService,
        house: Callable[[], HouseSettings],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pane = pane
        self._current = current
        self._profiles = profiles
        self._sources = sources
        self._house = house
        self._timer = one_shot_timer(self, PREVIEW_DELAY_MS, self.render_now)

    def schedule(self, *, immediately: bool = False) -> None:
        """The story changed: render it after a pause in typing (``immediately``: now)."""
        if self._pane.isHidden():
            return
        if immediately:
            self._timer.stop()
            self.render_now()
        else:
            self._timer.start()

    def render_now(self) -> None:
        if self._pane.isHidden():
            return
        self._pane.render_job(_preview_job, self._current(), self._profiles(), self._sources,
                              self._house())
