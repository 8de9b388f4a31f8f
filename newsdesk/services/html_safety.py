"""Text and URL hygiene shared by every HTML, JSON-LD and ninjs writer."""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from typing import Any
from urllib.parse import quote, urlsplit

# Code points the HTML spec forbids in a document (the Nu validator reports each as an error)
# or that only serve to spoof text direction: C0/C1 controls except tab/LF/CR, lone surrogates,
# noncharacters, and the bidi embedding/override/isolate controls (a reader sees "gpj.exe" as
# "exe.jpg"). Legitimate right-to-left text never needs the explicit overrides.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\u202a-\u202e\u2066-\u2069]"
)
_WEB_SCHEMES = frozenset({"http", "https"})
_HOST = re.compile(r"\A[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\Z")
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
_QUERY_SAFE = _PATH_SAFE + "?"


def clean_text(text: str) -> str:
    """Drop code points that would make a page invalid or let text lie about its direction."""
    if text.isascii() and text.isprintable():
        return text  # the common case costs one scan
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _FORBIDDEN.sub("", text)


def esc(text: str) -> str:
    """Escape for element content and quoted attribute values alike."""
    return html.escape(clean_text(text), quote=True)


@lru_cache(maxsize=4096)
def safe_link(url: str) -> str | None:
    """The URL, normalised, if a reader may follow it (absolute http/https, mailto), else None.

    Why not trust the sanitizer alone: source URLs also go where nh3 never looks (the Sources
    list, JSON-LD, ninjs), and the W3C validator rejects hrefs that browsers would follow
    anyway (a space, a stray ``%``), so every link is checked and percent-encoded here.
    User info (``https://bank.example@evil.example``) is dropped: it only serves to deceive.
    """
    url = clean_text(url).strip()
    if not url:
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme == "mailto":
        address = _quote(parts.path, _PATH_SAFE)
        return f"mailto:{address}" if address else None
    if scheme not in _WEB_SCHEMES or not parts.hostname:
        return None
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    if not _HOST.match(host):
        return None
    netloc = f"{host}:{port}" if port is not None else host
    link = f"{scheme}://{netloc}{_quote(parts.path, _PATH_SAFE) or '/'}"
    if parts.query:
        link += "?" + _quote(parts.query, _QUERY_SAFE)
    if parts.fragment:
        link += "#" + _quote(parts.fragment, _QUERY_SAFE)
    return link


def _quote(part: str, safe: str) -> str:
    return _STRAY_PERCENT.sub("%25", quote(part, safe=safe))


def json_for_script(value: Any) -> str:
    """JSON that cannot close its ``<script>`` element or open a comment inside it."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
