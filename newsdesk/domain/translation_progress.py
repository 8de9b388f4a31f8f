"""How far a translation is, counted as the desk counts it: "RU: 14/18 translated, 2 flagged".

The story list and the story's details show the same line as the desk's header, so the rows,
their states and their open flags are worked out here once, from the same pieces the desk
uses (the field rows, the body aligned with the original it was made from, the stored
states), and the desk's model asks :func:`row_state` and :func:`open_severity` too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsdesk.domain.alignment import align_bodies
from newsdesk.domain.article import Article
from newsdesk.domain.desk_fields import FIELD_KEYS, field_rows
from newsdesk.domain.glossary import TermPair
from newsdesk.domain.segments import (
    Progress,
    SegmentRecord,
    SegmentState,
    body_row_keys,
    default_state,
    flag_open,
    row_original_text,
    row_severity,
)
from newsdesk.domain.translation_changes import ChangeSeverity, DeskRow, desk_rows


@dataclass(frozen=True)
class TranslationProgress:
    """The progress of one translation, with the ids a list needs to refresh the right rows
    (a translation's progress is shown on its own row and on its original's)."""

    translation_id: int
    original_id: int
    progress: Progress


def row_state(row: DeskRow, record: SegmentRecord | None) -> SegmentState:
    """A row's state: stored, or what its texts say (see ``default_state``)."""
    if record is not None:
        return record.state
    translation = row.translation.text if row.translation is not None else ""
    if row.original is None and row.translation is not None and not row.flags:
        return SegmentState.TRANSLATED  # only in the translation: nothing to translate
    return default_state(row_original_text(row), translation)


def open_severity(row: DeskRow, record: SegmentRecord | None) -> ChangeSeverity | None:
    """The severity of a row's flag while it stands (confirming the row clears it)."""
    severity = row_severity(row)
    if not flag_open(severity, row_original_text(row), record):
        return None
    return severity


def translation_progress(
    original: Article,
    original_then: Article | None,
    translation: Article,
    stored: Mapping[str, SegmentRecord],
    terms: Sequence[TermPair] = (),
) -> Progress:
    """The desk's progress line for ``translation`` without opening the desk.

    ``original_then`` is the original the translation was made from (None: not tracked,
    nothing flagged); ``stored`` the rows' stored states by key; ``terms`` the glossary's
    pairs the desk aligns with (so the rows, and their keys, are the desk's).
    """
    then = original_then if original_then is not None else original
    fields = field_rows((then.headline, then.deck) if original_then is not None else None,
                        (original.headline, original.deck),
                        (translation.headline, translation.deck))
    alignment = align_bodies(then.body, translation.body, terms)
    body = desk_rows(then.body, original.body, translation.body, alignment)
    keys = [*(FIELD_KEYS[f.field] for f in fields), *body_row_keys(body, alignment)]
    rows = [*(f.row for f in fields), *body]
    done = flagged = 0
    for key, row in zip(keys, rows, strict=True):
        record = stored.get(key)
        done += row_state(row, record).done
        flagged += open_severity(row, record) is not None
    return Progress(translation.language, done, len(rows), flagged)
