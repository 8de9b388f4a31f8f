"""The desk's workflow rules: which status moves are allowed and what ``ready`` demands."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from newsdesk.domain.article import Article, Status
from newsdesk.domain.attribution import Severity, check_attribution
from newsdesk.domain.people import Source

# Checked in this order so the list an editor sees reads like the story: top to bottom.
READY_STATUSES = frozenset({Status.READY, Status.PUBLISHED})


@dataclass(frozen=True)
class Problem:
    """Something that keeps a story from moving on; ``field`` lets the UI jump to it."""

    field: str  # headline, dateline, byline, body, deck...
    message: str
    start: int | None = None  # offset in the body, when the problem is in the text
    end: int | None = None
    # A translation's desk row ("headline", "deck", "p3": translation_qa.RowRef.key), so the
    # translators' desk can jump to the row; the editor uses field/start/end.
    row: str | None = None


def readiness_problems(article: Article, sources: Mapping[str, Source]) -> list[Problem]:
    """What must be fixed before a story can be ``ready`` or ``published``."""
    problems: list[Problem] = []
    if not article.headline.strip():
        problems.append(Problem("headline", "The headline is empty."))
    if not article.dateline.city.strip():
        problems.append(Problem("dateline", "The dateline has no city."))
    if not article.byline:
        problems.append(Problem("byline", "No author in the byline."))
    if not article.body.strip():
        problems.append(Problem("body", "The story has no body text."))
    for finding in check_attribution(article.body, sources, language=article.language):
        if finding.severity is Severity.ERROR:
            problems.append(Problem("body", finding.message, finding.start, finding.end))
    return problems
