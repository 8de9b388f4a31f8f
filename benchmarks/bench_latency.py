"""GUI-thread stalls with PostgreSQL 100 ms away: frame gaps while a user works in the window.

Issue 13 target: with every round trip to PostgreSQL 100 ms longer (a TCP proxy in its own
process, ``latency_proxy.py``), the GUI thread never stalls more than 50 ms while the user
- opens stories (clicks rows of the story list, waits until the editor shows each one),
- types with autosave (a key every 125 ms for 20 s at the end of the body; the autosave
  saves on its own clocks, and once more after the last key),
- moves a story's status (Story ▸ Move to Editing / Move to Draft, a move a second),
- scrolls a 10,000-story list from top to bottom (a page every 25 ms; the list fetches
  the next batch each time it reaches the end).
The window is the real ``MainWindow`` (offscreen) on a throwaway PostgreSQL cluster that this
script starts (or ``--database-url``, which it fills up to the story count: give it an empty
throwaway database). The stories go in through the services' bulk insert, straight to the
server (not through the proxy). A 10 ms heartbeat on the GUI thread records the frame gaps
(``frame_gaps.py``); each scenario prints p50/p99/longest gap, how many gaps exceeded 50 ms,
and a row for the README's performance table.

    .venv/bin/python benchmarks/bench_latency.py [--quick] [--latency-ms 100]
        [--stories 10000] [--scenarios open,typing,status,scroll] [--database-url URL]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from frame_gaps import (
    STALL_MS,
    TABLE_HEADER,
    Gaps,
    Heartbeat,
    ModalGuard,
    Script,
    action,
    close_window,
    headline_text,
    isolate_user_state,
    open_row,
    play,
    settle,
    show_window,
    story_list,
    type_steadily,
    wait_idle,
)
from latency_proxy import slow_postgres
from PySide6.QtWidgets import QApplication, QMainWindow

from newsdesk.domain.article import Article, BylineEntry, Role, Status
from newsdesk.domain.people import Author
from newsdesk.domain.query import ArticleQuery
from newsdesk.services.bulk_insert import BulkStory, insert_stories
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.ui.models.article_list_model import ARTICLE_ID_ROLE

SCENARIOS = ("open", "typing", "status", "scroll")
TYPED = "The minister said the schedule would reach farmers before summer. "


@contextmanager
def database(url: str | None) -> Iterator[str]:
    """The given database, or one on a throwaway cluster stopped afterwards."""
    if url is not None:
        yield url
        return
    from tests.helpers.postgres import start_postgres

    server = start_postgres()
    try:
        yield server.create_database("bench_latency")
    finally:
        server.stop()


def fill(newsroom: Newsroom, stories: int) -> int:
    """Bulk-insert stories until the newsroom holds ``stories``; how many it holds."""
    have = newsroom.articles.count(ArticleQuery())
    if have >= stories:
        return have
    now = datetime.now(UTC)
    name = "Dilnoza Yusupova"
    if not any(author.name == name for author in newsroom.authors.all()):
        newsroom.authors.create(Author(name=name, roles=(Role.REPORTER,)))
    byline = (BylineEntry(name, Role.REPORTER),)

    def generated() -> Iterator[BulkStory]:
        for n in range(have, stories):
            moment = now - timedelta(minutes=stories - n)
            yield BulkStory(Article(
                headline=f"Latency story {n:05d}: water rota for the Fergana valley",
                slug=f"latency-story-{n:05d}",
                body=("Farmers will get water on a fixed rota from May, officials said.\n\n"
                      * 8).strip(),
                status=(Status.DRAFT, Status.EDITING)[n % 2],
                byline=byline,
            ), moment, moment)

    insert_stories(newsroom.uow, generated())
    return newsroom.articles.count(ArticleQuery())


# -- the user's steps ---------------------------------------------------------------------------
def opening(window: QMainWindow, clicks: int, opened: list[float]) -> Script:
    """Click a different row each time; ``opened`` gets click → headline shown (s), or
    NaN for a story that did not show within 30 s."""
    for n in range(clicks):
        started = time.perf_counter()
        shown = yield from open_row(window, 1 + n % 12)
        opened.append(time.perf_counter() - started if shown else float("nan"))
        yield 0.3  # the user glances at the story before the next click


def typing(window: QMainWindow, seconds: float) -> Script:
    yield from type_steadily(window, TYPED, per_second=8, seconds=seconds)
    yield 3.0  # the quiet autosave after the last key, inside the measurement


def moving(window: QMainWindow, moves: int) -> Script:
    for n in range(moves):
        action(window, "moveEditingAction" if n % 2 == 0 else "moveDraftAction").trigger()
        yield 1.0


def scrolling(window: QMainWindow, rows: int) -> Script:
    view = story_list(window)
    view.setFocus()
    bar = view.verticalScrollBar()
    bar.setValue(0)
    model = view.model()
    deadline = time.perf_counter() + 300
    while time.perf_counter() < deadline:
        if model.rowCount() >= rows and bar.value() >= bar.maximum():
            return
        bar.setValue(bar.value() + bar.pageStep())
        yield 0.025


# -- the run ------------------------------------------------------------------------------------
def open_story_id(window: QMainWindow) -> int:
    """The story open in the editor: the list's current row (a click made it current);
    the first row is opened when no story is."""
    view = story_list(window)
    if not headline_text(window) or not view.currentIndex().isValid():
        play(open_row(window, 0), Heartbeat())
        wait_idle()
    return int(view.currentIndex().data(ARTICLE_ID_ROLE) or 0)


def scenario(name: str, window: QMainWindow, direct: Newsroom, heartbeat: Heartbeat,
             quick: bool, total: int) -> tuple[Gaps, str]:
    """Play one scenario; its gaps and a note on what it did (checked in the database)."""
    if name == "open":
        opened: list[float] = []
        clicks = 6 if quick else 20
        gaps = Gaps.of("opening stories (click a row)",
                       play(opening(window, clicks, opened), heartbeat))
        shown = [seconds for seconds in opened if seconds == seconds]  # NaN: never shown
        slowest = max(shown, default=float("nan")) * 1000
        failed = f" ({len(opened) - len(shown)} never shown)" if len(shown) < len(opened) else ""
        return gaps, (f"{len(shown)} of {clicks} stories opened{failed}, median click → "
                      f"shown {statistics.median(shown) * 1000 if shown else float('nan'):.0f}"
                      f" ms, slowest {slowest:.0f} ms")
    if name == "typing":
        story = open_story_id(window)
        before = direct.articles.get(story).version
        seconds = 8.0 if quick else 20.0
        gaps = Gaps.of("typing with autosave", play(typing(window, seconds), heartbeat))
        settle(1.0)
        saves = direct.articles.get(story).version - before
        return gaps, f"{seconds:.0f} s at 8 keys/s; {saves} autosave(s) reached the database"
    if name == "status":
        story = open_story_id(window)
        moves = 4 if quick else 10
        gaps = Gaps.of("moving status (Draft ⇄ Editing)",
                       play(moving(window, moves), heartbeat))
        settle(1.0)
        stored = direct.articles.get(story).status
        expected = Status.EDITING if moves % 2 else Status.DRAFT
        return gaps, f"{moves} moves; stored status {stored.value}" + (
            "" if stored == expected else f" (expected {expected.value})")
    rows = min(total, 2000 if quick else total)
    gaps = Gaps.of(f"scrolling the list to row {rows:,}",
                   play(scrolling(window, rows), heartbeat))
    return gaps, f"{story_list(window).model().rowCount():,} rows loaded"


def run(url: str, args: argparse.Namespace) -> list[Gaps]:
    QApplication.instance() or QApplication(sys.argv[:1])
    isolate_user_state()
    direct = open_newsroom(url)  # straight to the server: filling and checking, not measured
    total = fill(direct, args.stories)
    print(f"{total:,} stories in the newsroom; every round trip {args.latency_ms:.0f} ms longer",
          file=sys.stderr)
    results: list[Gaps] = []
    with slow_postgres(url, args.latency_ms) as slow_url:
        newsroom = open_newsroom(slow_url)
        guard = ModalGuard()
        heartbeat = Heartbeat()
        window = show_window(newsroom)
        for name in args.scenarios:
            gaps, note = scenario(name, window, direct, heartbeat, args.quick, total)
            if heartbeat.stalled_in:
                note += f"; stalled in {heartbeat.causes()}"
            if guard.closed:
                note += f"; closed dialogs: {', '.join(guard.closed)}"
                guard.closed.clear()
            results.append(gaps)
            print(gaps.row(note), flush=True)
            settle(1.0)
        close_window(window, newsroom)
    direct.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="a short run: fewer clicks and moves, 8 s of typing, 2,000 rows")
    parser.add_argument("--latency-ms", type=float, default=100.0)
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--scenarios", default=",".join(SCENARIOS))
    parser.add_argument("--database-url", default=None,
                        help="a PostgreSQL database to use (filled with stories) instead of a "
                             "throwaway cluster")
    args = parser.parse_args()
    args.scenarios = [s.strip() for s in args.scenarios.split(",") if s.strip()]
    unknown = set(args.scenarios) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenario(s) {', '.join(sorted(unknown))}; choose from "
                     f"{', '.join(SCENARIOS)}")
    with database(args.database_url) as url:
        print(TABLE_HEADER, flush=True)
        results = run(url, args)
    print()
    for gaps in results:
        print(f"README: | {gaps.scenario}, PostgreSQL +{args.latency_ms:.0f} ms a round trip | "
              f"p99 {gaps.p99:.0f} ms, longest {gaps.longest:.0f} ms "
              f"(target ≤ {STALL_MS:.0f} ms) | `bench_latency.py` |")
    sys.stdout.flush()
    code = 0 if all(g.within_bound for g in results) else 1
    os._exit(code)  # Qt's teardown with worker threads and the live feed adds nothing here


if __name__ == "__main__":
    main()
