"""The export page as Qt's rich-text engine shows it; it lives in newsdesk.printing now.

The preview (here) and the PDF (newsdesk.printing, which the CLI may import) share one page.
"""

from newsdesk.printing.qt_page import QT_PAGE_CSS, for_qt_document

__all__ = ["QT_PAGE_CSS", "for_qt_document"]
