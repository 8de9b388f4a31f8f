"""Storage faults while a story is typed (issue 11): nothing lost, saved when the newsroom is back.

Run: ``.venv/bin/python benchmarks/soak_faults.py [--quick] [--only lock|readonly|postgres]``.

The real window (``tests/helpers/typing_window.py``, offscreen, in a subprocess, with the
product's autosave clocks) types words into a story while:

- **lock**: another process holds a write transaction on the SQLite file for 30 s
  (``BEGIN IMMEDIATE``); typing stops just before the lock is released;
- **read-only**: the SQLite file is made immutable (``chattr +i``) for 30 s, then writable
  again while the window runs (``readonly (running)``; ``--only readonly-at-start`` starts the
  window on the immutable file instead);
- **postgres**: the PostgreSQL server goes away (a loopback TCP proxy paused) for 60 s, and
  the user quits (Ctrl+Q) while it is still away: the window must say that the text is kept
  on this computer and close; then the server comes back, a new window starts, offers the
  text back, and the user keeps it (``keepMineButton``).

Each row: how long the fault lasted, characters typed, characters lost (typed words missing
from the stored story at the end), the time from the end of the fault until the story was
stored (by the window's own retries; for PostgreSQL, by the next window's recovery), the
longest stall of the window's GUI thread (a 10 ms heartbeat; informative), and the save
states the window went through.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from soak_crash import PYTHON, Reader, TypingDesk, _env, make_typing_desk  # noqa: E402

from newsdesk.services.newsroom import open_newsroom  # noqa: E402

HOLD_LOCK = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('BEGIN IMMEDIATE')\n"
    "print('locked', flush=True)\n"
    "sys.stdin.readline()\n"
    "c.execute('ROLLBACK')\n"
    "print('released', flush=True)\n"
)


@dataclass
class Row:
    fault: str
    seconds: float = 0.0
    chars_typed: int = 0
    chars_lost: int = -1
    to_saved: float | None = None
    max_stall_ms: int = 0
    states: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class Window:
    """A typing window in a subprocess, steered through stdin, read through its stdout."""

    def __init__(self, desk: TypingDesk, url: str, **extra: str) -> None:
        env = _env(desk.recovery, desk.config, NEWSDESK_TEST_TRACE="1",
                   NEWSDESK_TEST_HEARTBEAT_MS="10", NEWSDESK_TEST_COMMANDS="1",
                   NEWSDESK_TEST_BOXES="close", **extra)
        self.stderr = (desk.folder / f"window-{time.monotonic_ns()}.stderr").open("w")
        self.process = subprocess.Popen(
            [PYTHON, "-m", "tests.helpers.typing_window", url], cwd=ROOT, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr, text=True)
        self.reader = Reader(self.process)

    def wait_for(self, test: Callable[[str], bool], timeout: float, after: float = 0.0
                 ) -> float | None:
        """The arrival of the first line after ``after`` (monotonic) that passes ``test``."""
        index = 0
        while True:
            found = self.reader.wait_for(test, timeout, index)
            if found is None:
                return None
            index, at, _ = found
            if at >= after:
                return at
            index += 1

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def finish(self, timeout: float = 30.0) -> int:
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait(30)
        finally:
            self.reader.join()
            self.stderr.close()

    def lines(self) -> list[str]:
        return [text for _, text in self.reader.lines]

    def typed(self) -> list[str]:
        return [text.split()[1] for text in self.lines() if text.startswith("typed ")]

    def max_stall(self) -> int:
        return max([int(text.split()[1]) for text in self.lines() if text.startswith("stall ")],
                   default=0)

    def states(self) -> list[str]:
        seen: list[str] = []
        for text in self.lines():
            if text.startswith("state ") and (not seen or seen[-1] != text[6:]):
                seen.append(text[6:])
        return seen


def _stored_words(url: str, story_id: int) -> set[str]:
    room = open_newsroom(url, migrate=False)
    try:
        return set(room.articles.get(story_id).body.split())
    finally:
        room.close()


def _lost(words: list[str], stored: set[str]) -> int:
    return sum(len(word) + 1 for word in words if word not in stored)


@contextmanager
def _write_lock(path: Path) -> Iterator[Callable[[], float]]:
    holder = subprocess.Popen([PYTHON, "-c", HOLD_LOCK, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline().strip() == "locked"

    def release() -> float:
        assert holder.stdout is not None and holder.stdin is not None
        holder.stdin.write("go\n")
        holder.stdin.flush()
        holder.stdout.readline()
        return time.monotonic()

    try:
        yield release
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.wait(10)


@contextmanager
def _immutable(path: Path) -> Iterator[Callable[[], float]]:
    subprocess.run(["chattr", "+i", str(path)], check=True)
    released = [False]

    def release() -> float:
        subprocess.run(["chattr", "-i", str(path)], check=True)
        released[0] = True
        return time.monotonic()

    try:
        yield release
    finally:
        if not released[0]:
            subprocess.run(["chattr", "-i", str(path)], check=False)


def sqlite_fault(kind: str, base: Path, seconds: float) -> Row:
    """Type through a lock or an immutable file, stop typing, lift it, wait for the save."""
    folder = base / kind.replace(" ", "-").replace("(", "").replace(")", "")
    folder.mkdir()
    path = folder / "newsroom.sqlite3"
    desk = make_typing_desk("sqlite", f"sqlite:///{path}", path, folder)
    row = Row(kind, seconds)
    at_start = kind == "readonly (at start)"
    fault = _write_lock if kind == "lock" else _immutable
    window: Window | None = None
    with (_immutable(path) if at_start else _nothing()) as early_release:
        window = Window(desk, desk.url, NEWSDESK_TEST_WORD_PREFIX=kind[0])
        if window.wait_for(lambda line: line.startswith("ready"), 60) is None:
            window.process.kill()
            code = window.finish()
            tail = " / ".join(Path(window.stderr.name).read_text(
                errors="replace").strip().splitlines()[-3:])
            row.notes.append(f"the window never became ready (exit {code}): {tail}")
            row.notes.extend(window.lines()[-5:])
            return row
        if at_start:
            time.sleep(seconds)
            window.send("stop")
            time.sleep(0.5)
            released = early_release()
    if not at_start:
        time.sleep(2.0)
        with fault(path) as release:
            time.sleep(seconds - 0.5)
            window.send("stop")
            time.sleep(0.5)
            released = release()
    saved = window.wait_for(lambda line: line == "state saved", 90, released)
    row.to_saved = None if saved is None else saved - released
    window.send("quit")
    code = window.finish()
    if code != 0:
        row.notes.append(f"exit {code}")
    typed = window.typed()
    row.chars_typed = sum(len(word) + 1 for word in typed)
    row.chars_lost = _lost(typed, _stored_words(desk.url, desk.story_id))
    row.max_stall_ms = window.max_stall()
    row.states = window.states()
    boxes = [text for text in window.lines() if text.startswith("box ")]
    row.notes.extend(boxes)
    return row


@contextmanager
def _nothing() -> Iterator[Callable[[], float]]:
    yield time.monotonic


def postgres_fault(base: Path, seconds: float) -> Row:
    from tests.helpers.postgres import start_postgres
    from tests.helpers.tcp_proxy import TcpProxy

    row = Row("postgres stopped, then Ctrl+Q", seconds)
    server = start_postgres()
    try:
        folder = base / "postgres"
        folder.mkdir()
        direct = server.create_database("faults")
        desk = make_typing_desk("postgresql", direct, None, folder)
        with TcpProxy(server.port) as proxy:
            url = proxy.url_for(direct)
            window = Window(desk, url, NEWSDESK_TEST_WORD_PREFIX="p")
            if window.wait_for(lambda line: line.startswith("ready"), 60) is None:
                row.notes.append("the window never became ready")
                window.finish(1)
                return row
            time.sleep(2.0)
            proxy.pause()
            time.sleep(seconds - 0.5)
            window.send("stop")
            time.sleep(0.5)
            window.send("quit")  # while the server is still away
            code = window.finish(60)
            row.notes.append(f"first window exit {code}")
            boxes = [text for text in window.lines() if text.startswith("box ")]
            if not any(box.startswith("box keptOnThisComputerBox") for box in boxes):
                row.notes.append("no keptOnThisComputerBox")
            row.notes.extend(box[:120] for box in boxes)
            typed = window.typed()
            row.chars_typed = sum(len(word) + 1 for word in typed)
            row.max_stall_ms = window.max_stall()
            row.states = window.states()
            proxy.resume()
            back = time.monotonic()
            second = Window(desk, url, NEWSDESK_TEST_WORDS="0",
                            NEWSDESK_TEST_RECOVERY="keepMineButton")
            stored: set[str] = set()
            deadline = back + 90
            while time.monotonic() < deadline:
                stored = _stored_words(direct, desk.story_id)
                if all(word in stored for word in typed):
                    row.to_saved = time.monotonic() - back
                    break
                time.sleep(0.1)
            if second.wait_for(lambda line: line.startswith("recovered"), 30) is None:
                row.notes.append("the next window offered nothing back")
            second.wait_for(lambda line: line.startswith("ready"), 30)
            second.send("quit")
            code = second.finish()
            if code != 0:
                row.notes.append(f"second window exit {code}")
            row.chars_lost = _lost(typed, _stored_words(direct, desk.story_id))
            row.max_stall_ms = max(row.max_stall_ms, second.max_stall())
    finally:
        server.stop()
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 s and 8 s faults")
    parser.add_argument("--only", action="append",
                        choices=["lock", "readonly", "readonly-at-start", "postgres"])
    args = parser.parse_args()
    chosen = args.only or ["lock", "readonly", "postgres"]
    sqlite_s, postgres_s = (5.0, 8.0) if args.quick else (30.0, 60.0)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="newsdesk-faults-") as temp:
        base = Path(temp)
        if "lock" in chosen:
            rows.append(sqlite_fault("lock", base, sqlite_s))
        if "readonly" in chosen:
            rows.append(sqlite_fault("readonly (running)", base, sqlite_s))
        if "readonly-at-start" in chosen:
            # Not in the default run: a newsroom whose id was never recorded cannot be opened
            # read-only by the window at all (the id is written at start), see the report.
            rows.append(sqlite_fault("readonly (at start)", base, sqlite_s))
        if "postgres" in chosen:
            rows.append(postgres_fault(base, postgres_s))
    print("| fault | seconds | characters typed | characters lost | saved after the fault "
          "ended | longest GUI stall | save states |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        to_saved = "never" if row.to_saved is None else f"{row.to_saved:.1f} s"
        print(f"| {row.fault} | {row.seconds:.0f} | {row.chars_typed} | {row.chars_lost} "
              f"| {to_saved} | {row.max_stall_ms} ms | {' > '.join(row.states)} |")
    for row in rows:
        for note in row.notes:
            print(f"  {row.fault}: {note}")
    failed = [row for row in rows if row.chars_lost != 0 or row.to_saved is None]
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
