"""The export page as Qt's rich-text engine can show it: the preview and the PDF share this.

QTextDocument understands a subset of CSS 2.1 and would print a JSON-LD script as text, so the
page's own stylesheet and scripts are swapped for :data:`QT_PAGE_CSS`. The story itself —
headline, dateline in the lede, byline, body, author box — stays exactly as exported.
"""

from __future__ import annotations

import re
from typing import Final

_STYLE_RE: Final = re.compile(r"<style>.*?</style>", re.DOTALL)
_SCRIPT_RE: Final = re.compile(r"<script\b[^>]*>.*?</script>", re.DOTALL | re.IGNORECASE)

# QTextBrowser understands a subset of CSS 2.1 (no variables, no flexbox): this restates the
# export stylesheet in that subset so the preview keeps the newspaper look of the page.
QT_PAGE_CSS: Final = """
body { font-family: 'DejaVu Serif', Georgia, 'Times New Roman', serif; font-size: 12pt;
       color: #1a1a1a; }
.masthead { text-align: center; }
.outlet { font-size: 15pt; font-weight: bold; letter-spacing: 2px; text-align: center;
          margin: 4px 0 2px 0; }
.headline { font-size: 21pt; font-weight: bold; margin: 14px 0 6px 0; }
.deck { font-size: 13.5pt; color: #5c5c5c; margin: 0 0 10px 0; }
.byline { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; font-weight: bold;
          margin: 0; }
.meta { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #5c5c5c; }
p { margin: 0 0 10px 0; line-height: 150%; }
.dateline { font-weight: bold; }
blockquote { margin: 10px 0 10px 14px; font-style: italic; color: #333333; }
a { color: #8a1c1c; }
.citation-unknown { color: #c00000; text-decoration: underline; }
h2 { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #5c5c5c;
     text-transform: uppercase; letter-spacing: 1px; margin: 18px 0 4px 0; }
.author-name { font-family: 'DejaVu Sans', Arial, sans-serif; font-weight: bold; margin: 0; }
.author-role { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #5c5c5c;
               margin: 0; }
.author-bio { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
.sources, .tags, .author-box { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
.colophon { text-align: center; color: #5c5c5c; font-size: 8pt; }
"""


def for_qt_document(page: str) -> str:
    """``page`` (from ``render_article_page``) without the parts a QTextDocument mishandles."""
    return _SCRIPT_RE.sub("", _STYLE_RE.sub("", page, count=1))
