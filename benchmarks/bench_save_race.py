"""1,000 racing saves on one story from two processes, on SQLite and PostgreSQL, and what they lost.

Issue 11: 201 of 1,000 racing edits on SQLite (268 on PostgreSQL) ended in an unhandled
StaleDataError. Target: 0 unhandled errors and 0 silent overwrites; refusals (ConflictError)
are the expected answer to a race. Each process is a desk of its own (own engine, own
sessions); every attempt re-reads the story and appends a token to the text it read (see
``tests/helpers/save_race.py`` for the check).

Run: ``.venv/bin/python benchmarks/bench_save_race.py [--saves 1000] [--backend sqlite]``.
PostgreSQL runs on a throwaway server this script starts (initdb must be installed).
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsdesk.domain.article import Article
from newsdesk.services.newsroom import open_newsroom
from tests.helpers.save_race import RaceTally, save_repeatedly, verdict

PROCESSES = 2


def _desk(url: str, story_id: int, tag: str, attempts: int, start: Barrier,
          results: Queue[tuple[str, RaceTally]]) -> None:
    newsroom = open_newsroom(url, migrate=False)
    try:
        tally = save_repeatedly(newsroom.articles, story_id, tag, attempts,
                                start=start.wait, max_attempts=attempts)
    finally:
        newsroom.close()
    results.put((tag, tally))


def race(url: str, attempts: int) -> tuple[str, float]:
    newsroom = open_newsroom(url)
    try:
        story = newsroom.articles.create(Article(headline="Race", body="start"))
        context = multiprocessing.get_context("spawn")
        start = context.Barrier(PROCESSES)
        results: Queue[tuple[str, RaceTally]] = context.Queue()
        each = attempts // PROCESSES
        desks = [
            context.Process(target=_desk, args=(url, story.id, "ab"[i], each, start, results))
            for i in range(PROCESSES)
        ]
        started = time.perf_counter()
        for desk in desks:
            desk.start()
        tallies = [results.get(timeout=600)[1] for _ in desks]
        for desk in desks:
            desk.join()
        elapsed = time.perf_counter() - started
        final = newsroom.articles.get(story.id or 0)
    finally:
        newsroom.close()
    result = verdict(final, story.version, tallies)
    unhandled = len(result.unhandled)
    row = (f"{result.saves + result.conflicts + unhandled} | {result.saves} | "
           f"{result.conflicts} | {result.silent_overwrites} | {result.refused_but_written} | "
           f"{unhandled} | {result.version_moved_by}")
    for error in sorted(set(result.unhandled)):
        print(f"  unhandled: {error}", file=sys.stderr)
    return row, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=1000, help="attempts in all (default 1000)")
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], action="append")
    args = parser.parse_args()
    backends = args.backend or ["sqlite", "postgresql"]
    print(f"{args.saves} save attempts on one story from {PROCESSES} processes\n")
    print("| backend | attempts | saved | refused (conflict) | silent overwrites "
          "| refused but written | unhandled errors | version moved by | seconds |")
    print("|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for backend in backends:
            if backend == "sqlite":
                url = f"sqlite:///{Path(folder) / 'race.sqlite3'}"
                row, elapsed = race(url, args.saves)
            else:
                from tests.helpers.postgres import start_postgres

                server = start_postgres()
                try:
                    row, elapsed = race(server.create_database("race"), args.saves)
                finally:
                    server.stop()
            print(f"| {backend} | {row} | {elapsed:.1f} |")


if __name__ == "__main__":
    main()
