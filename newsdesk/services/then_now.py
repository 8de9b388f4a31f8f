"""Reading the original's history for the desk's "then and now": the texts rows were
confirmed against, and the revision closest before a moment (one transaction per call)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime

from newsdesk.db.uow import UnitOfWorkFactory
from newsdesk.domain.alignment import split_paragraphs
from newsdesk.domain.segments import text_hash
from newsdesk.domain.then_now import ConfirmedText
from newsdesk.services import article_writer


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class ThenNowService:
    """What the original said when its translation's rows were confirmed."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def confirmed_texts(self, original_id: int,
                        hashes: Collection[str]) -> dict[str, ConfirmedText]:
        """For each hash, the newest revision of the original with a headline, deck or body
        paragraph of that hash (whitespace aside), and that text; hashes not found are left out.
        """
        wanted = {h for h in hashes if h}
        found: dict[str, ConfirmedText] = {}
        with self._uow() as uow:
            article_writer.existing_article_row(uow, original_id)
            for revision in uow.revisions.for_article(original_id):  # newest first
                if len(found) == len(wanted):
                    break
                shot = revision.snapshot
                texts = [str(shot.get("headline", "")), str(shot.get("deck", "")),
                         *(p.text for p in split_paragraphs(str(shot.get("body", ""))))]
                for text in texts:
                    key = text_hash(text)
                    if key in wanted and key not in found:
                        found[key] = ConfirmedText(revision.number, text)
        return found

    def revision_before(self, original_id: int, moment: datetime) -> tuple[int, str] | None:
        """The number and body of the original's newest revision recorded at or before
        ``moment`` (the oldest one when all are later; None when it has none)."""
        with self._uow() as uow:
            article_writer.existing_article_row(uow, original_id)
            revisions = list(uow.revisions.for_article(original_id))
        if not revisions:
            return None
        before = [r for r in revisions if _aware(r.created_at) <= _aware(moment)]
        chosen = before[0] if before else revisions[-1]
        return chosen.number, str(chosen.snapshot.get("body", ""))
