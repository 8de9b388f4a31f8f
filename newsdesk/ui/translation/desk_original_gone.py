"""The desk when its original goes away meanwhile: deleted or spiked by a colleague.

Deleting a story clears its translations' link to it (``translation_of``), so the
translation service no longer finds an original to align with, and a save that still names
the original is refused. The translator's text must not be lost to that: the desk keeps the
original as it last showed it (read only, as always), saves the translation as a story of
its own, aligns it locally against that last text, and says what happened. A spiked
original is still there: the desk keeps working and says so.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.alignment import align_bodies
from newsdesk.domain.article import Article, Status
from newsdesk.domain.errors import InvalidInputError, NewsdeskError
from newsdesk.domain.segments import SegmentRecord, body_row_keys
from newsdesk.domain.translation_changes import desk_rows
from newsdesk.services.articles import ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.translation import TranslationDesk, TranslationService


def original_gone(desk: TranslationDesk) -> bool:
    """The translation no longer names an original: it was deleted while the desk was open."""
    return desk.translation.translation_of is None


def desk_without_original(last: TranslationDesk, translation: Article) -> TranslationDesk:
    """The desk over ``translation`` against the original as the desk last had it: the same
    alignment and flags the service computes, from the texts the desk already holds."""
    old_body = last.original_then.body if last.original_then is not None else last.original.body
    alignment = align_bodies(old_body, translation.body, last.terms)
    return replace(last, translation=translation, alignment=alignment,
                   rows=desk_rows(old_body, last.original.body, translation.body, alignment))


LoadedDesk = tuple[TranslationDesk, dict[str, SegmentRecord], list[str]]
"""The desk, its stored row states and its body rows' keys (hashing every row's text is
worth doing off the GUI thread on a long story)."""


def load_desk_keeping_original(
    service: TranslationService, newsroom: Newsroom, translation_id: int,
    last: TranslationDesk | None,
) -> LoadedDesk:
    """The desk and its stored row states (on a worker); when the original was deleted
    since ``last`` was shown, the translation as stored against the original ``last`` had."""
    try:
        desk = service.desk(translation_id)
    except InvalidInputError as exc:
        if exc.field != "translation_of" or last is None or last.translation.id != translation_id:
            raise
        translation = newsroom.articles.get(translation_id)
        if translation.translation_of is not None:
            raise
        desk = desk_without_original(last, translation)
    return (desk, newsroom.segments.states(translation_id),
            body_row_keys(desk.rows, desk.alignment))


def save_without_original(articles: ArticleService, mine: Article,
                          refused: NewsdeskError) -> Article | None:
    """Save ``mine`` as a story of its own when it was refused only because its original was
    deleted meanwhile (the stored translation no longer names it); None for any other refusal.

    The save is the usual one: ``mine``'s version is checked, so a colleague's newer text is
    still refused as a conflict rather than overwritten.
    """
    if (not isinstance(refused, InvalidInputError) or refused.field != "translation_of"
            or mine.id is None or mine.translation_of is None):
        return None
    if articles.get(mine.id).translation_of is not None:
        return None  # the original is there: the refusal is about something else
    return articles.save(replace(mine, translation_of=None))


def original_notice(desk: TranslationDesk) -> str:
    """What the desk's status line says about the original when it is gone or spiked ("")."""
    if original_gone(desk):
        return QCoreApplication.translate(
            "DeskOriginal", "The original “{0}” was deleted while its translation was open. Its "
            "last text stays on the left, read only; your translation is saved as a story of "
            "its own, and nothing can be flagged or marked up to date any more."
        ).format(desk.original.headline)
    if desk.original.status is Status.ARCHIVED:
        return QCoreApplication.translate(
            "DeskOriginal", "The original “{0}” was spiked. The translation is still saved and "
            "checked against it; ask the desk before publishing it."
        ).format(desk.original.headline)
    return ""
