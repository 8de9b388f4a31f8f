"""The live preview: the story rendered by the HTML exporter, off the GUI thread, debounced."""

from __future__ import annotations

import base64
import logging
import re
from collections.abc import Callable
from dataclasses import replace
from html import escape as html_escape
from typing import Final

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.people import Author
from newsdesk.ui.editor.preview_hyphens import hyphenated_page, without_soft_hyphens
from newsdesk.ui.qt_page import QT_PAGE_CSS, for_qt_document
from newsdesk.ui.tasks import SHOWN_NOW, TaskRunner, describe_failure
from newsdesk.ui.translator import number_text

log = logging.getLogger(__name__)

__all__ = ["PREVIEW_BODY_LIMIT", "PREVIEW_DELAY_MS", "PreviewPane", "render_preview_html"]

PREVIEW_DELAY_MS: Final = 300
# A 5 MB paste must not become 5 MB of HTML in a text browser: the preview shows the start.
PREVIEW_BODY_LIMIT: Final = 150_000
_DATA_URI_RE: Final = re.compile(r"data:(image/[a-z+]+);base64,([A-Za-z0-9+/=]+)")

_PAPER: Final = "#fdfbf6"


def _shorten(bundle: StoryBundle) -> tuple[StoryBundle, int]:
    """The bundle with its body cut at a paragraph near the limit, and the characters left out."""
    body = bundle.article.body
    if len(body) <= PREVIEW_BODY_LIMIT:
        return bundle, 0
    cut = body.rfind("\n\n", 0, PREVIEW_BODY_LIMIT)
    cut = cut if cut > PREVIEW_BODY_LIMIT // 2 else PREVIEW_BODY_LIMIT
    return replace(bundle, article=replace(bundle.article, body=body[:cut])), len(body) - cut


def render_preview_html(bundle: StoryBundle, house: HouseSettings) -> str:
    """The export page for the preview, restyled in the CSS that a QTextBrowser understands.

    The story itself (headline, dateline in the lede, byline, body, author box) comes from
    :func:`render_article_page` untouched; only the stylesheet and the JSON-LD (which a text
    browser would print as text) are swapped out. Runs on a worker thread, which is also
    where the exporter (Markdown, nh3) is first imported: the window opens without it.
    """
    from newsdesk.services.export.html import render_article_page

    shortened, left_out = _shorten(bundle)
    page = render_article_page(shortened, house, for_preview=True,
                               author_url=_author_link_in_preview)
    page = for_qt_document(page)
    if left_out:
        text = QCoreApplication.translate(
            "PreviewPane", "The preview shows the first {0} characters; {1} more are in the "
            "editor and will be published.").format(number_text(PREVIEW_BODY_LIMIT),
                                                     number_text(left_out))
        note = f'<p class="meta"><i>{text}</i></p>'
        page = page.replace("</main>", note + "</main>", 1)
    return page


# "More articles from <author>" in the preview filters the story list instead of leaving the
# app for the outlet's web site.
AUTHOR_LINK_SCHEME: Final = "newsdesk-author"


def _author_link_in_preview(author: Author) -> str:
    return f"{AUTHOR_LINK_SCHEME}:{author.id}" if author.id is not None else "#"


def _page_and_shown(job: Callable[..., str], args: tuple[object, ...]) -> tuple[str, str]:
    """Runs on a worker: the page ``job`` renders, and the same page with soft hyphens for
    the screen (the page itself is what :attr:`PreviewPane.html` keeps and tests compare)."""
    page = job(*args)
    return page, hyphenated_page(page)


class PreviewPane(QTextBrowser):
    """Shows the story as it will be published, a moment after the user stops typing.

    Rendering (Markdown, sanitising, the whole page) runs on the background pool; only the
    newest request's result is shown, and the scroll position follows the editor by proportion.

    Signals:
        rendered(): new HTML is on screen.
        render_failed(str): the renderer raised; the message is shown in the pane too.
        author_articles_requested(int): "More articles from …" was clicked for this author id.
    """

    rendered = Signal()
    """The pane shows the latest story text."""
    render_failed = Signal(str)
    """Rendering failed with this message."""
    author_articles_requested = Signal(int)
    """The reader asked for every story of the author with this id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.on_anchor_clicked)
        self.document().setDefaultStyleSheet(QT_PAGE_CSS)
        self.document().setDocumentMargin(22)
        self.setStyleSheet(f"QTextBrowser#previewPane {{ background: {_PAPER}; border: none; }}")
        self._pending: tuple[Callable[..., str], tuple[object, ...]] | None = None
        self._debounced: tuple[Callable[..., str], tuple[object, ...]] | None = None
        self._busy = False
        self._fraction = 0.0
        self._html = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.on_timer_timeout)

    def on_anchor_clicked(self, url: QUrl) -> None:
        """An author's link filters the story list; a web link opens in the browser."""
        if url.scheme() == AUTHOR_LINK_SCHEME:
            author_id = url.path()
            if author_id.isdigit():
                self.author_articles_requested.emit(int(author_id))
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    @property
    def html(self) -> str:
        """The page last put on screen (what the tests and the export compare)."""
        return self._html

    @property
    def is_pending(self) -> bool:
        return self._timer.isActive() or self._busy or self._pending is not None

    def request_render(self, bundle: StoryBundle, house: HouseSettings) -> None:
        """Render ``bundle`` after a pause in typing; later requests replace earlier ones."""
        self._debounced = (render_preview_html, (bundle, house))
        self._timer.start()

    def render_job(self, job: Callable[..., str], *args: object) -> None:
        """Run ``job(*args)`` (returning the page HTML) on a worker and show its result.

        One render runs at a time; a job arriving meanwhile waits, and a newer one replaces it,
        so a burst of typing costs at most two renders.
        """
        self._pending = (job, args)
        if not self._busy:
            self._start_pending()

    def on_timer_timeout(self) -> None:
        if self._debounced is not None:
            job, args = self._debounced
            self._debounced = None
            self.render_job(job, *args)

    def _start_pending(self) -> None:
        if self._pending is None:
            return
        job, args = self._pending
        self._pending = None
        self._busy = True
        # Bound methods, not lambdas: the runner skips them if the pane is closed meanwhile.
        TaskRunner.of().run(_page_and_shown, job, args, priority=SHOWN_NOW,
                            on_result=self._on_rendered, on_error=self._on_failed)

    def _on_rendered(self, pages: object) -> None:
        self._busy = False
        if isinstance(pages, tuple):
            self._html, shown = pages
            self.setHtml(shown)
            self._apply_fraction()
            self.rendered.emit()
        self._start_pending()

    def toPlainText(self) -> str:  # noqa: N802 - mirrors QTextEdit.toPlainText
        """The words shown, without the soft hyphens put in for the screen."""
        return without_soft_hyphens(super().toPlainText())

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        """A copy from the preview carries the words, not the soft hyphens put in for the
        screen (pasted elsewhere they would hide inside words, and break searches)."""
        copied = super().createMimeDataFromSelection()
        clean = QMimeData()
        clean.setText(without_soft_hyphens(copied.text()))
        if copied.hasHtml():
            clean.setHtml(without_soft_hyphens(copied.html()))
        return clean

    def _on_failed(self, exc: BaseException) -> bool:
        """Shown in the pane itself (the runner has logged it): no notice over the editor."""
        self._busy = False
        message = describe_failure(exc)
        why = self.tr("The preview failed: {0}. It is drawn again after your next edit.")
        self.setHtml(f"<p style='color:#b00020'>{html_escape(why.format(message))}</p>")
        self.render_failed.emit(message)
        self._start_pending()
        return True

    # -- scrolling -----------------------------------------------------------------------------
    def set_scroll_fraction(self, fraction: float) -> None:
        """Scroll to the same proportion of the story as the editor shows."""
        self._fraction = min(1.0, max(0.0, fraction))
        self._apply_fraction()

    def _apply_fraction(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(round(self._fraction * bar.maximum()))

    # -- images --------------------------------------------------------------------------------
    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt override
        """Author photos arrive as ``data:`` URIs, which QTextBrowser does not decode itself."""
        if kind == QTextDocument.ResourceType.ImageResource.value:
            match = _DATA_URI_RE.match(name.toString() if isinstance(name, QUrl) else name)
            if match:
                image = QImage()
                image.loadFromData(QByteArray(base64.b64decode(match.group(2))))
                return image
        return super().loadResource(kind, name)
