"""Racing saves on one story, and a precise count of what a race lost (tests and benchmarks).

Each attempt reads the story, appends a token of its own (``a00017``) to the body it read and
saves from the version it read; a ConflictError is a refusal, and the next attempt re-reads.
At the end the story's body is the proof:

- every token of a successful save must be in it (one missing: a save was silently
  overwritten, the very loss optimistic locking exists to prevent);
- no token of a refused save may be in it (one there: a refusal was half-written);
- its version must have moved once per successful save.
"""

from __future__ import annotations

import re
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from newsdesk.domain.article import Article
from newsdesk.domain.errors import ConflictError
from newsdesk.services.articles import ArticleService

TOKEN = re.compile(r"\b[a-z]\d{5}\b")


@dataclass
class RaceTally:
    """What one racer did: the tokens it saved, the ones refused, anything else raised."""

    saved: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    unhandled: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RaceVerdict:
    saves: int
    conflicts: int
    silent_overwrites: int
    refused_but_written: int
    unhandled: tuple[str, ...]
    version_moved_by: int

    @property
    def clean(self) -> bool:
        return (self.silent_overwrites == 0 and self.refused_but_written == 0
                and not self.unhandled and self.version_moved_by == self.saves)


def save_repeatedly(
    articles: ArticleService,
    story_id: int,
    tag: str,
    saves: int,
    *,
    start: Callable[[], object] | None = None,
    max_attempts: int = 0,
) -> RaceTally:
    """Make ``saves`` successful saves (re-reading after each refusal); ``tag`` is one letter.

    ``start`` (a barrier's ``wait``) lines the racers up so their saves overlap from the first.
    """
    tally = RaceTally()
    limit = max_attempts or saves * 50
    if start is not None:
        start()
    for attempt in range(limit):
        if len(tally.saved) == saves:
            break
        token = f"{tag}{attempt:05d}"
        try:
            story = articles.get(story_id)
            articles.save(replace(story, body=f"{story.body} {token}"))
        except ConflictError:
            tally.refused.append(token)
        except Exception:  # the point of the race: anything else is a finding, not a crash
            tally.unhandled.append(traceback.format_exc(limit=-3).strip().splitlines()[-1])
        else:
            tally.saved.append(token)
    return tally


def verdict(final: Article, start_version: int, tallies: list[RaceTally]) -> RaceVerdict:
    in_text = set(TOKEN.findall(final.body))
    saved = [token for tally in tallies for token in tally.saved]
    refused = [token for tally in tallies for token in tally.refused]
    return RaceVerdict(
        saves=len(saved),
        conflicts=len(refused),
        silent_overwrites=sum(token not in in_text for token in saved),
        refused_but_written=sum(token in in_text for token in refused),
        unhandled=tuple(error for tally in tallies for error in tally.unhandled),
        version_moved_by=final.version - start_version,
    )


def race_in_threads(
    desks: list[ArticleService], story_id: int, saves_each: int
) -> list[RaceTally]:
    """One thread per desk (each with its own engine: two people, two sessions)."""
    barrier = threading.Barrier(len(desks))
    tallies: list[RaceTally] = [RaceTally() for _ in desks]

    def run(index: int) -> None:
        tallies[index] = save_repeatedly(
            desks[index], story_id, "abcdefgh"[index], saves_each, start=barrier.wait
        )

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(desks))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tallies
