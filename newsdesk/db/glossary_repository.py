"""Every SELECT of the glossary: concepts with their renderings, found by any rendering."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdesk.db.models import GlossaryConceptRow, GlossaryTermRow


class GlossaryRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> Sequence[GlossaryConceptRow]:
        return self._session.scalars(
            select(GlossaryConceptRow).order_by(GlossaryConceptRow.id)
        ).all()

    def get(self, concept_id: int) -> GlossaryConceptRow | None:
        return self._session.get(GlossaryConceptRow, concept_id)

    def with_rendering(self, folded: str, language: str = "") -> Sequence[GlossaryConceptRow]:
        """Concepts having a rendering that folds to ``folded`` (in ``language`` if given)."""
        statement = select(GlossaryTermRow.concept_id).where(GlossaryTermRow.folded == folded)
        if language:
            statement = statement.where(GlossaryTermRow.language == language)
        return self._session.scalars(
            select(GlossaryConceptRow).where(GlossaryConceptRow.id.in_(statement))
            .order_by(GlossaryConceptRow.id)
        ).all()

    def add(self, row: GlossaryConceptRow) -> None:
        self._session.add(row)

    def delete(self, row: GlossaryConceptRow) -> None:
        self._session.delete(row)
