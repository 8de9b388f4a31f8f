"""The desk's stored rows: read and set the state of a translation's rows, keep QA ignores.

Every call is one transaction. Setting states is refused whole (nothing stored) when a
colleague changed one of the rows meanwhile, or saved the translation since the desk read it:
two translators confirming rows of the same translation at once are told, and nothing either
of them typed is lost (the text is saved by its own versioned save).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsdesk.db.models import QaIgnoreRow, TranslationSegmentRow
from newsdesk.db.uow import UnitOfWork, UnitOfWorkFactory
from newsdesk.domain.errors import ConflictError, InvalidInputError, Wording, wording
from newsdesk.domain.segments import SegmentChange, SegmentRecord, SegmentState
from newsdesk.domain.translation_qa import QaCheck, QaIgnore
from newsdesk.services.article_writer import (
    existing_article_row,
    latest_revision_if_current,
    record_revision,
)

_TOKEN_LIMIT = 300
_KEY_LIMIT = 80


# A row's state named in a refusal, so the window can say it in its own language.
_STATE_WORDS = {
    "untranslated": wording("untranslated"),
    "draft": wording("draft"),
    "translated": wording("translated"),
    "reviewed": wording("reviewed"),
    "cleared": wording("cleared"),
}


def _state_word(state: str) -> Wording | str:
    return _STATE_WORDS.get(state, state)


def _record(row: TranslationSegmentRow) -> SegmentRecord:
    return SegmentRecord(row.row_key, SegmentState(row.state), row.confirmed_original_hash,
                         row.who, row.updated_at, row.version)


def stored_ignores(uow: UnitOfWork, translation_id: int) -> tuple[QaIgnore, ...]:
    """The QA problems ignored in one translation, as the checks match them."""
    return tuple(QaIgnore(row.row_key, QaCheck(row.qa_check), row.token, row.reason)
                 for row in uow.segments.ignores(translation_id))


class SegmentService:
    """States of the desk's rows and ignored QA problems over a unit of work."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def states(self, translation_id: int) -> dict[str, SegmentRecord]:
        """Every stored row state of a translation, by row key (rows never set are absent)."""
        with self._uow() as uow:
            existing_article_row(uow, translation_id)
            return {row.row_key: _record(row) for row in uow.segments.states(translation_id)}

    def set_states(
        self,
        translation_id: int,
        changes: Sequence[SegmentChange],
        *,
        translation_version: int | None = None,
        who: str = "",
        revision_note: str | None = None,
    ) -> dict[str, SegmentRecord]:
        """Store ``changes`` all together or none of them; returns the stored records.

        ``translation_version`` is the translation's version the desk holds: a newer one in
        the database means someone saved the translation meanwhile, and confirming rows of a
        text the desk does not show would confirm the wrong text, so it is refused. A row
        whose stored version is not the change's ``expected_version`` is refused the same way.

        ``revision_note`` names a step (a row confirmed, flags resolved): the translation's
        text is then kept as a revision in the same transaction, unless its latest revision
        already holds exactly this text.
        """
        with self._uow() as uow:
            article = existing_article_row(uow, translation_id)
            if translation_version is not None and article.version != translation_version:
                raise ConflictError(wording(
                    "'{headline}' was saved elsewhere meanwhile (version {theirs}, the desk "
                    "has {yours}); the desk shows the newer text again, then confirm the rows "
                    "once more", headline=article.headline, theirs=article.version,
                    yours=translation_version))
            stored: dict[str, TranslationSegmentRow] = {}
            for change in changes:
                if not change.row_key or len(change.row_key) > _KEY_LIMIT:
                    raise InvalidInputError(wording("'{key}' is not a row of the desk",
                                                    key=change.row_key), field="row")
                row = uow.segments.get(translation_id, change.row_key)
                found = row.version if row is not None else 0
                if found != change.expected_version:
                    by = (wording(" by {who}", who=row.who) if row is not None and row.who
                          else "")
                    raise ConflictError(wording(
                        "a row of '{headline}' was changed{by} at the same time (now {state}); "
                        "nothing of this step was stored: look at the row again, then confirm "
                        "it", headline=article.headline, by=by,
                        state=_state_word(row.state if row is not None else "cleared")))
                if row is None:
                    row = TranslationSegmentRow(translation_id=translation_id,
                                                row_key=change.row_key)
                    uow.segments.add(row)
                row.state = change.state.value
                if change.confirmed_original_hash is not None:
                    row.confirmed_original_hash = change.confirmed_original_hash
                elif row.confirmed_original_hash is None:
                    row.confirmed_original_hash = ""
                row.who = who[:200]
                stored[change.row_key] = row
            uow.flush()
            if revision_note is not None and latest_revision_if_current(uow, article) is None:
                record_revision(uow, article, note=revision_note, who=who)
            uow.commit()
            return {key: _record(row) for key, row in stored.items()}

    def rekey(self, translation_id: int, keys: dict[str, str]) -> None:
        """Move stored states to new row keys (old key -> new key) in one transaction.

        Marking a translation up to date moves its base to the original as it is now, so a
        body row's key (the hash of its original text then) becomes that of the text now.
        """
        with self._uow() as uow:
            existing_article_row(uow, translation_id)
            move_row_keys(uow, translation_id, keys)
            uow.commit()

    # -- QA ignores --------------------------------------------------------------------------
    def ignores(self, translation_id: int) -> tuple[QaIgnore, ...]:
        with self._uow() as uow:
            existing_article_row(uow, translation_id)
            return stored_ignores(uow, translation_id)

    def ignore(self, translation_id: int, ignore: QaIgnore, *, who: str = "") -> bool:
        """Keep ``ignore`` with the story; False when that problem was ignored already."""
        if not ignore.reason.strip():
            raise InvalidInputError(wording("say why this problem may be ignored"),
                                    field="reason")
        if len(ignore.token) > _TOKEN_LIMIT:
            raise InvalidInputError(wording(
                "the token is longer than {limit} characters; fix the row instead",
                limit=_TOKEN_LIMIT), field="token")
        with self._uow() as uow:
            existing_article_row(uow, translation_id)
            check = QaCheck(ignore.check).value
            if uow.segments.find_ignore(translation_id, ignore.row_key, check,
                                        ignore.token) is not None:
                return False
            uow.segments.add_ignore(QaIgnoreRow(
                translation_id=translation_id, row_key=ignore.row_key, qa_check=check,
                token=ignore.token, reason=ignore.reason.strip(), who=who[:200]))
            uow.flush()
            uow.commit()
            return True

    def unignore(self, translation_id: int, row_key: str, check: QaCheck, token: str) -> bool:
        """The problem counts again; False when it was not ignored."""
        with self._uow() as uow:
            removed = uow.segments.remove_ignore(translation_id, row_key, QaCheck(check).value,
                                                 token)
            uow.commit()
            return removed > 0


def move_row_keys(uow: UnitOfWork, translation_id: int, keys: Mapping[str, str]) -> None:
    """Move stored states to new row keys (old key -> new key) inside the caller's unit of
    work: marking a translation up to date does it in the same transaction as the mark."""
    rows = {row.row_key: row for row in uow.segments.states(translation_id)}
    moved = [(rows[old], new) for old, new in keys.items() if old in rows and old != new]
    values = [(row.state, row.confirmed_original_hash, row.who, new) for row, new in moved]
    for row, _ in moved:
        uow.segments.remove(row)
    uow.flush()
    for state, confirmed, who, new in values:
        uow.segments.add(TranslationSegmentRow(
            translation_id=translation_id, row_key=new, state=state,
            confirmed_original_hash=confirmed, who=who))
    uow.flush()
