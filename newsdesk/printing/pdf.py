"""PDF of a single story for the legal desk, printed by Qt from the same HTML page as the export."""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import re
from pathlib import Path
from typing import Final

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from newsdesk.printing.qt_page import QT_PAGE_CSS, for_qt_document
from newsdesk.services.export.files import temp_file_beside

_DATA_IMAGE: Final = re.compile(r'src="data:(image/[a-z+.-]+);base64,([A-Za-z0-9+/=]+)"')
_MARGIN_MM: Final = 18.0
_RESOLUTION_DPI: Final = 300


def export_pdf(html: str, path: Path, *, author: str = "") -> None:
    """Print ``html`` (a page from ``render_article_page``) to an A4 PDF at ``path``.

    QTextDocument does not run scripts or read ``data:`` URIs, so the JSON-LD is dropped and
    the embedded author photos are handed to the document as image resources instead; the
    page's stylesheet is the subset Qt understands, which keeps the newspaper layout's
    headline, deck, byline, dateline and author box.
    The PDF is printed to a temporary file beside ``path`` and renamed, so a failure never
    leaves half a PDF; raises ``OSError`` naming ``path`` when it cannot be written.
    """
    document = QTextDocument()
    # The preview's stylesheet: the legal desk's PDF looks like the page the editor saw.
    document.setDefaultStyleSheet(QT_PAGE_CSS)
    # No ligatures: with them "Officials" is stored as "O\ufb00icials" and a search of the PDF
    # for the word finds nothing.
    font = QFont(document.defaultFont())
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    document.setDefaultFont(font)
    images: dict[str, QImage] = {}

    def keep_image(match: re.Match[str]) -> str:
        name = f"embedded-{len(images)}"
        try:
            image = QImage.fromData(base64.b64decode(match.group(2), validate=True))
        except (binascii.Error, ValueError):
            return 'src=""'
        images[name] = image
        return f'src="{name}"'

    html = _DATA_IMAGE.sub(keep_image, for_qt_document(html))
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html)

    try:
        fd, temp_name = temp_file_beside(path)
    except OSError as exc:
        raise OSError(exc.errno, f"{path}: cannot write the PDF ({exc.strerror})") from exc
    os.close(fd)
    try:
        _print(document, Path(temp_name), author)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise


def _print(document: QTextDocument, path: Path, author: str = "") -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(_RESOLUTION_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
                          QPageLayout.Unit.Millimeter)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("Newsdesk")
    writer.setAuthor(author)  # the byline's names: the legal desk files PDFs by author
    document.print_(writer)
    del writer  # the file is finished and closed when the writer goes away
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"{path}: the PDF could not be written")
