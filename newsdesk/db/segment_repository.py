"""Every query over the desk's stored rows: segment states and ignored QA problems."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from newsdesk.db.models import QaIgnoreRow, TranslationSegmentRow


class SegmentRepository:
    """States of a translation's rows, and the QA problems ignored in it."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def states(self, translation_id: int) -> Sequence[TranslationSegmentRow]:
        return self._session.scalars(
            select(TranslationSegmentRow)
            .where(TranslationSegmentRow.translation_id == translation_id)
            .order_by(TranslationSegmentRow.row_key)
        ).all()

    def get(self, translation_id: int, row_key: str) -> TranslationSegmentRow | None:
        return self._session.get(TranslationSegmentRow, (translation_id, row_key))

    def add(self, row: TranslationSegmentRow) -> None:
        self._session.add(row)

    def remove(self, row: TranslationSegmentRow) -> None:
        self._session.delete(row)

    def ignores(self, translation_id: int) -> Sequence[QaIgnoreRow]:
        return self._session.scalars(
            select(QaIgnoreRow)
            .where(QaIgnoreRow.translation_id == translation_id)
            .order_by(QaIgnoreRow.id)
        ).all()

    def find_ignore(self, translation_id: int, row_key: str, check: str,
                    token: str) -> QaIgnoreRow | None:
        return self._session.scalars(
            select(QaIgnoreRow).where(
                QaIgnoreRow.translation_id == translation_id,
                QaIgnoreRow.row_key == row_key,
                QaIgnoreRow.qa_check == check,
                QaIgnoreRow.token == token,
            )
        ).first()

    def add_ignore(self, row: QaIgnoreRow) -> None:
        self._session.add(row)

    def remove_ignore(self, translation_id: int, row_key: str, check: str, token: str) -> int:
        result = self._session.execute(
            delete(QaIgnoreRow).where(
                QaIgnoreRow.translation_id == translation_id,
                QaIgnoreRow.row_key == row_key,
                QaIgnoreRow.qa_check == check,
                QaIgnoreRow.token == token,
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)
