"""Fills a dateline template and drops the punctuation that belonged to empty fields.

Every dateline style is a template (``{CITY}, {date} ({agency}) -``); a missing credit, date or
country must vanish together with its comma or parentheses, never leaving ``PRAGUE, Dec 8  -``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from string import Formatter

from newsdesk.domain.errors import Wording, wording

_EMPTY = "\x00"  # marks a field that rendered to nothing
_OPEN = "\x01"  # with _CLOSE, wraps the index of a filled field: values never meet the regexes
_CLOSE = "\x02"
_MARKER = re.compile(f"({_EMPTY}|{_OPEN}\\d+{_CLOSE})")
_PAIRS = {"(": ")", "[": "]", "«": "»", "“": "”"}
_SYMMETRIC = ("/", '"')


class DatelineError(ValueError):
    """A dateline that cannot be formatted; the message names the field to fix.

    Raised with a :class:`Wording`, it keeps it as ``wording`` for the interface to translate.
    """

    def __init__(self, message: str | Wording) -> None:
        self.wording = message if isinstance(message, Wording) else None
        super().__init__(str(message))


class DatelineTemplateError(DatelineError):
    """A custom dateline template the formatter cannot use; ``field`` names the culprit."""

    def __init__(self, message: str | Wording, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def template_fields(template: str) -> list[str]:
    """The field names a template uses, in order; raises on broken braces or format specs."""
    try:
        parsed = list(Formatter().parse(template))
    except ValueError as exc:
        raise DatelineTemplateError(wording(
            "The dateline template {template} has unbalanced braces ({problem}); write fields "
            "as {field} and a literal brace as {brace}.", template=repr(template), problem=exc,
            field="{CITY}", brace="{{ or }}")) from exc
    names: list[str] = []
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name:
            raise DatelineTemplateError(wording(
                "The dateline template has an empty field {empty}; name it, e.g. {example}.",
                empty="{}", example="{CITY}"), field="")
        if spec or conversion:
            raise DatelineTemplateError(wording(
                "The dateline field {field} has a format suffix; write it as {field}.",
                field="{" + name + "}"), field=name)
        names.append(name)
    return names


def _strip_empty_groups(text: str) -> str:
    """Remove brackets that enclose only empty fields and literal text: ``(\\0)`` -> ``\\0``."""
    patterns = [
        re.compile(f"{re.escape(o)}[^{re.escape(o + c)}{_OPEN}]*{re.escape(c)}")
        for o, c in [*_PAIRS.items(), *((s, s) for s in _SYMMETRIC)]
    ]
    changed = True
    while changed:
        changed = False
        for pattern in patterns:
            new = pattern.sub(lambda m: _EMPTY if _EMPTY in m.group(0) else m.group(0), text)
            if new != text:
                text, changed = new, True
    return text


def _balance(pieces: list[tuple[str, bool]]) -> str:
    """Join pieces, dropping template brackets left without their partner (values untouched)."""
    chars: list[tuple[str, bool]] = [(ch, lit) for text, lit in pieces for ch in text]
    keep = [True] * len(chars)
    stack: list[int] = []
    closers = {c: o for o, c in _PAIRS.items()}
    for i, (ch, literal) in enumerate(chars):
        if not literal:
            continue
        if ch in _PAIRS:
            stack.append(i)
        elif ch in closers:
            if stack and chars[stack[-1]][0] == closers[ch]:
                stack.pop()
            else:
                keep[i] = False
    for i in stack:
        keep[i] = False
    return "".join(ch for (ch, _), kept in zip(chars, keep, strict=True) if kept)


def render(template: str, values: Mapping[str, str]) -> str:
    """Fill ``template`` from ``values`` (field -> text; unknown fields must be checked first).

    The text between two filled fields is the literal just before the later one, so
    ``{CITY}, {country} ({agency})`` without a country reads ``BISHKEK (TCA)``; before the first
    filled field the template's opening text is kept, after the last one its closing text.
    """
    filled: list[str] = []
    marked: list[str] = []
    for literal, name, _, _ in Formatter().parse(template):
        marked.append(re.sub(f"[{_EMPTY}{_OPEN}{_CLOSE}]", "", literal))
        if name is None:
            continue
        value = " ".join(values.get(name, "").split())
        if value:
            marked.append(f"{_OPEN}{len(filled)}{_CLOSE}")
            filled.append(value)
        else:
            marked.append(_EMPTY)
    if not filled:
        return ""
    parts = _MARKER.split(_strip_empty_groups("".join(marked)))
    # parts alternates literal, marker, literal, ...: group the literals between filled fields.
    pieces: list[tuple[str, bool]] = []
    run: list[str] = [parts[0]]
    seen_value = False
    for index in range(1, len(parts), 2):
        marker, literal = parts[index], parts[index + 1]
        if marker == _EMPTY:
            run.append(literal)
            continue
        pieces.append((run[-1] if seen_value else run[0], True))
        pieces.append((filled[int(marker[1:-1])], False))
        seen_value = True
        run = [literal]
    pieces.append((run[-1], True))
    return " ".join(_balance(pieces).split())
