"""Two desks racing saves on one story: every save lands or is refused, none is lost (issue 11).

Each desk has its own engine and sessions, as two people on two machines would; each save
starts from the version its desk last read, and a refusal (ConflictError) re-reads and tries
again. See ``tests/helpers/save_race.py`` for the check that proves nothing was overwritten.
"""

from __future__ import annotations

from contextlib import ExitStack

from newsdesk.domain.article import Article
from tests.helpers.newsroom import opened
from tests.helpers.save_race import TOKEN, race_in_threads, verdict

SAVES_EACH = 100


def test_two_desks_racing_lose_nothing(database_url: str) -> None:
    with ExitStack() as stack:
        desks = [stack.enter_context(opened(database_url)) for _ in range(2)]
        story = desks[0].articles.create(Article(headline="Race", body="start"))
        tallies = race_in_threads([desk.articles for desk in desks], story.id or 0, SAVES_EACH)
        final = desks[0].articles.get(story.id or 0)
    result = verdict(final, story.version, tallies)
    assert result.unhandled == ()  # only ConflictError may refuse a save
    assert result.saves == 2 * SAVES_EACH
    assert result.silent_overwrites == 0
    assert result.refused_but_written == 0
    assert result.version_moved_by == result.saves
    assert len(TOKEN.findall(final.body)) == result.saves  # each save's token once
