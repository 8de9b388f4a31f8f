"""Crash soak (issue 11): SIGKILL the real window, an export and a schema upgrade at random moments.

Run: ``.venv/bin/python benchmarks/soak_crash.py [--quick] [--seed N]``.

Each window kill starts ``tests/helpers/typing_window.py`` (the real ``MainWindow``, offscreen)
on a newsroom with one story, lets it type words, and SIGKILLs it at a random moment, in one
of three modes: typing in bursts (a pause of 1 s after every 40 words), typing steadily (never
a pause), or during an autosave (right after the window reports that a database save began).
After the kill the script checks, without Qt:

- the database: ``PRAGMA integrity_check`` says ``ok`` (SQLite) or the story reads back
  (PostgreSQL);
- the text: every word printed by the window more than 0.5 s before the kill is in the stored
  story or in the recovery journal (characters lost must be 0); then it takes the journal's
  offer the way a user would (``keep_mine``) and checks again in the stored story; a stored
  word that Keep Mine drops fails the run (the journal must never be behind a stored text).

Export kills SIGKILL ``newsdesk export --all --format html --authors`` part-way through a
newsroom of a few hundred stories: the newsroom must pass the integrity check and every
visible file in the export folder must be a whole page (temporary ``.part`` files and worker
processes left behind are counted). Upgrade kills start ``newsdesk list`` on a copy of a
newsroom at schema 0001, killed either at a named step (``NEWSDESK_TEST_KILL_AT``) or at a
random moment: the newsroom must then open at the newest schema with its story, with at most
one backup.

PostgreSQL runs on a throwaway server this script starts (initdb must be installed); every
connection is on loopback. At most two processes run at once (lanes of work that share no
database). The full run takes about 10-15 minutes; ``--quick`` a minute or two.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdesk.db.kill_points import ENV_KILL_AT  # noqa: E402
from newsdesk.db.schema_version import SCHEMA_HEAD  # noqa: E402
from newsdesk.domain.article import Article  # noqa: E402
from newsdesk.services.newsroom import Newsroom, open_newsroom  # noqa: E402
from newsdesk.services.recovery import keep_mine, recovery_offers  # noqa: E402
from newsdesk.services.recovery_journal import RecoveryJournal  # noqa: E402

PYTHON = sys.executable
GRACE_S = 0.5  # words typed longer ago than this before the kill must survive it
OLD_SCHEMA = "0001"
BASE_BODY = "Soak story."
READY_TIMEOUT_S = 60.0
MIGRATIONS = sorted(
    path.name.split("_", 1)[0]
    for path in (ROOT / "newsdesk" / "db" / "migrations" / "versions").glob("[0-9]*_*.py")
)
UPGRADE_STEPS = ["backup", "marked", *[m for m in MIGRATIONS if m > OLD_SCHEMA], "committed"]


@dataclass
class Outcome:
    """What one kill did."""

    backend: str
    mode: str
    killed: bool = True  # False: the process finished before the chosen moment
    sound: bool = True  # integrity check ok / database opens / upgrade reopened at head
    must_survive: int = 0  # words typed more than GRACE_S before the kill
    chars_must_survive: int = 0
    chars_lost: int = 0  # of those, not in the story nor in the journal
    chars_lost_after_keep_mine: int = 0  # not in the story after taking the journal's text
    dropped_by_keep_mine: int = 0  # words stored before the recovery, gone after it
    offers: int = 0  # recovery offers (text the journal had and the database did not)
    older_offers: int = 0  # of those, journals behind the stored text (stored_holds_all)
    unexpected_dialogs: int = 0  # a recovery dialog at the next start (should be none)
    part_files: int = 0
    orphans: int = 0
    backups: int = 0
    notes: list[str] = field(default_factory=list)


def _env(recovery: Path, config: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("NEWSDESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", NEWSDESK_RECOVERY_DIR=str(recovery),
               XDG_CONFIG_HOME=str(config), XDG_DATA_HOME=str(config / "data"),
               PYTHONUNBUFFERED="1", NEWSDESK_TEST_RECOVERY="keepMineButton")
    env.update(extra)
    return env


class Reader:
    """Collects a child's stdout lines with the moment each arrived (on a thread)."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: list[tuple[float, str]] = []
        self.changed = threading.Condition()
        self._process = process
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            with self.changed:
                self.lines.append((time.monotonic(), line.rstrip("\n")))
                self.changed.notify_all()
        with self.changed:
            self.lines.append((time.monotonic(), "<eof>"))
            self.changed.notify_all()

    def wait_for(self, test: Callable[[str], bool], timeout: float, start: int = 0
                  ) -> tuple[int, float, str] | None:
        """The first line from ``start`` on that passes ``test``: (index, arrival, text)."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                for index in range(start, len(self.lines)):
                    at, text = self.lines[index]
                    if test(text):
                        return index, at, text
                    if text == "<eof>":
                        return None
                start = len(self.lines)
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self.changed.wait(left)

    def join(self) -> None:
        self._thread.join(10)


def _words(text: str) -> set[str]:
    return set(text.split())


def sqlite_integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


# -- window kills -------------------------------------------------------------------------------
@dataclass
class TypingDesk:
    """One newsroom with one story that a lane's windows type into, one at a time."""

    backend: str
    url: str
    path: Path | None  # the SQLite file
    story_id: int
    folder: Path

    @property
    def recovery(self) -> Path:
        return self.folder / "recovery"

    @property
    def config(self) -> Path:
        return self.folder / "config"


def make_typing_desk(backend: str, url: str, path: Path | None, folder: Path) -> TypingDesk:
    room = open_newsroom(url)
    try:
        story = room.articles.create(Article(headline="Soak story", body=BASE_BODY))
    finally:
        room.close()
    return TypingDesk(backend, url, path, story.id or 0, folder)


def kill_window(desk: TypingDesk, mode: str, number: int, rng: random.Random) -> Outcome:
    outcome = Outcome(desk.backend, mode)
    prefix = f"k{number:03d}x"
    extra = {"NEWSDESK_TEST_WORD_PREFIX": prefix}
    args = [PYTHON, "-m", "tests.helpers.typing_window", desk.url]
    steady = mode == "steady" or (mode == "autosave" and rng.random() < 0.5)
    if steady:
        extra["NEWSDESK_TEST_STEADY"] = "1"
    if mode == "autosave":
        # A short quiet time so a save comes soon: after the first pause (bursts) or at the
        # latest after max-wait (steady typing).
        extra["NEWSDESK_TEST_TRACE"] = "1"
        args += ["--quiet-ms", "300", "--max-wait-ms", "1500"]
    errors = desk.folder / f"window-{number:03d}.stderr"
    with errors.open("w") as stderr:
        process = subprocess.Popen(args, cwd=ROOT,
                                   env=_env(desk.recovery, desk.config, **extra),
                                   stdout=subprocess.PIPE, stderr=stderr, text=True)
    reader = Reader(process)
    try:
        ready = reader.wait_for(lambda line: line.startswith("ready"), READY_TIMEOUT_S)
        if ready is None:
            outcome.killed = False
            outcome.sound = False
            process.kill()
            process.wait(30)
            tail = errors.read_text(errors="replace").strip().splitlines()[-3:]
            outcome.notes.append(f"the window never became ready: exit {process.returncode}, "
                                 f"{' / '.join(tail)}")
            return outcome
        if int(ready[2].split()[1]) != desk.story_id:
            outcome.notes.append(f"the window opened story {ready[2].split()[1]}")
        if mode == "autosave":
            nth = rng.randint(1, 3)
            index = ready[0]
            for _ in range(nth):
                found = reader.wait_for(lambda line: line == "saving", 30, index + 1)
                if found is None:
                    break
                index = found[0]
            time.sleep(rng.uniform(0, 0.02))  # inside the save (a few ms long) or just after
        else:
            time.sleep(rng.uniform(0.3, 12.0 if steady else 7.0))
        os.kill(process.pid, signal.SIGKILL)
        killed_at = time.monotonic()
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(30)
        reader.join()
    lines = reader.lines
    if any(text.startswith("recovered") for _, text in lines):
        outcome.unexpected_dialogs += 1
    typed = [(at, text.split()[1]) for at, text in lines if text.startswith("typed ")]
    must = [word for at, word in typed if at < killed_at - GRACE_S]
    outcome.must_survive = len(must)
    outcome.chars_must_survive = sum(len(word) + 1 for word in must)
    if mode == "autosave":
        saving = [i for i, (_, text) in enumerate(lines) if text == "saving"]
        finished = saving and any(text in ("saved", "save-failed")
                                  for _, text in lines[saving[-1]:])
        outcome.notes.append("killed after the save" if finished else "killed in the save")
    ages = {word: killed_at - at for at, word in typed}
    verify_typing(desk, must, ages, outcome)
    return outcome


def verify_typing(desk: TypingDesk, must: list[str], ages: dict[str, float],
                  outcome: Outcome) -> None:
    if desk.path is not None:
        verdict = sqlite_integrity(desk.path)
        if verdict != "ok":
            outcome.sound = False
            outcome.notes.append(f"integrity_check: {verdict}")
            return
    try:
        room = open_newsroom(desk.url, migrate=False)
    except Exception as exc:  # a benchmark reports every failure to open
        outcome.sound = False
        outcome.notes.append(f"does not open: {exc!r}")
        return
    try:
        journal = RecoveryJournal(desk.recovery, room.house.newsroom_id())
        stored = room.articles.get(desk.story_id)
        entries, set_aside = journal.entries()
        if set_aside:
            outcome.notes.append(f"journal set aside: {[item.reason for item in set_aside]}")
        present = _words(stored.body)
        for entry in entries:
            present |= _words(entry.article.body)
        outcome.chars_lost = sum(len(word) + 1 for word in must if word not in present)
        review = recovery_offers(journal, room.articles)
        outcome.offers = len(review.offers)
        outcome.older_offers = sum(offer.stored_holds_all for offer in review.offers)
        for offer in review.offers:
            keep_mine(offer, room.articles, journal)
        final = room.articles.get(desk.story_id)
        final_words = _words(final.body)
        outcome.chars_lost_after_keep_mine = sum(
            len(word) + 1 for word in must if word not in final_words)
        dropped = _words(stored.body) - final_words
        outcome.dropped_by_keep_mine = len(dropped)
        if dropped:
            outcome.notes.append("Keep Mine dropped stored words typed " + ", ".join(
                f"{ages.get(word, -1):.2f} s" for word in sorted(dropped)) + " before the kill")
        left, _ = journal.entries()
        if left:
            outcome.notes.append(f"{len(left)} journal file(s) left after recovery")
        if len(final.body) > 20_000:  # keep the story the size of a story
            room.articles.save(replace(final, body=BASE_BODY))
    finally:
        room.close()


# -- export kills -------------------------------------------------------------------------------
def make_export_newsroom(url: str, stories: int) -> None:
    from newsdesk.db.engine import make_engine
    from newsdesk.db.migrate import upgrade_to_head
    from newsdesk.db.uow import unit_of_work_factory
    from newsdesk.services.demo import fill_demo_newsroom

    engine = make_engine(url)
    upgrade_to_head(engine)
    fill_demo_newsroom(unit_of_work_factory(engine), articles=stories)
    engine.dispose()


def _export_command(url: str, out: Path) -> list[str]:
    return [PYTHON, "-m", "newsdesk", "--database", url, "export", "--all", "--format", "html",
            "--authors", "--out", str(out)]


def time_export(url: str, folder: Path) -> float:
    out = folder / f"export-{uuid.uuid4().hex[:8]}"
    started = time.monotonic()
    done = subprocess.run(_export_command(url, out), cwd=ROOT, capture_output=True, text=True,
                          env=_env(folder / "recovery", folder / "config"), check=False,
                          timeout=600)
    elapsed = time.monotonic() - started
    if done.returncode != 0:
        raise SystemExit(f"the reference export failed: {done.stderr[-2000:]}")
    shutil.rmtree(out)
    return elapsed


def _whole_page(path: Path) -> bool:
    text = path.read_bytes().decode("utf-8", errors="replace").rstrip()
    return text.startswith("<!DOCTYPE html>") and text.endswith("</html>")


def _group_alive(pgid: int) -> int:
    """How many processes of the killed export's group still run (its render workers)."""
    alive = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            alive += 1
    return alive


def kill_export(backend: str, url: str, path: Path | None, folder: Path, duration: float,
                rng: random.Random) -> Outcome:
    outcome = Outcome(backend, "export")
    out = folder / f"export-{uuid.uuid4().hex[:8]}"
    process = subprocess.Popen(_export_command(url, out), cwd=ROOT,
                               env=_env(folder / "recovery", folder / "config"),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    time.sleep(rng.uniform(0.2, duration * 0.8))
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)  # the export process only, as a crash would
    else:
        outcome.killed = False
    process.wait(30)
    time.sleep(1.0)  # its workers notice the parent is gone (or not)
    outcome.orphans = _group_alive(process.pid)
    if outcome.orphans:
        os.killpg(process.pid, signal.SIGKILL)
    if path is not None:
        verdict = sqlite_integrity(path)
        if verdict != "ok":
            outcome.sound = False
            outcome.notes.append(f"integrity_check: {verdict}")
    else:
        try:
            room = open_newsroom(url, migrate=False)
            room.close()
        except Exception as exc:
            outcome.sound = False
            outcome.notes.append(f"does not open: {exc!r}")
    if out.exists():
        for page in out.rglob("*"):
            if page.is_dir():
                continue
            if page.name.startswith(".") and page.name.endswith(".part"):
                outcome.part_files += 1
            elif not _whole_page(page):
                outcome.sound = False
                outcome.notes.append(f"not a whole page: {page}")
        shutil.rmtree(out)
    return outcome


# -- upgrade kills ------------------------------------------------------------------------------
def make_old_newsroom(url: str) -> None:
    """A newsroom as release 0001 left it, with one story (as in test_killed_upgrade.py)."""
    from alembic import command

    from newsdesk.db.engine import make_engine
    from newsdesk.db.migrate import alembic_config

    engine = make_engine(url)
    command.upgrade(alembic_config(engine), OLD_SCHEMA)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO articles (id, headline, deck, slug, body, language, status, "
            "dateline_city, dateline_country, dateline_state, dateline_agency, "
            "dateline_timezone, created_at, updated_at, version) VALUES (1, 'Old story', '', "
            "'old-story', 'Written before the upgrade.', 'en', 'draft', '', '', '', '', '', "
            "'2025-12-01 10:00:00', '2025-12-01 10:00:00', 1)")
        connection.exec_driver_sql(
            "INSERT INTO article_search (article_id, document) "
            "VALUES (1, 'Old story\nWritten before the upgrade.')")
    engine.dispose()


def kill_upgrade(backend: str, url: str, path: Path | None, folder: Path,
                 rng: random.Random) -> Outcome:
    outcome = Outcome(backend, "upgrade")
    extra: dict[str, str] = {}
    if rng.random() < 0.5:
        step = rng.choice(UPGRADE_STEPS if path is not None
                          else [m for m in MIGRATIONS if m > OLD_SCHEMA])
        extra[ENV_KILL_AT] = step
        outcome.notes.append(f"at {step}")
        delay = None
    else:
        delay = rng.uniform(0.2, 0.8)  # `newsdesk list` on an old copy takes ~0.7 s
        outcome.notes.append("at a random moment")
    process = subprocess.Popen([PYTHON, "-m", "newsdesk", "--database", url, "list"], cwd=ROOT,
                               env=_env(folder / "recovery", folder / "config", **extra),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if delay is None:
        code = process.wait(120)
    else:
        time.sleep(delay)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        code = process.wait(30)
    outcome.killed = code == -signal.SIGKILL
    from newsdesk.db.migrate import current_revision
    from newsdesk.domain.query import ArticleQuery

    if path is not None:
        verdict = sqlite_integrity(path)
        if verdict != "ok":
            outcome.sound = False
            outcome.notes.append(f"integrity_check: {verdict}")
            return outcome
    room: Newsroom | None = None
    try:
        room = open_newsroom(url)
        revision = current_revision(room.engine)
        headlines = [s.headline for s in room.articles.page(ArticleQuery(text="before"), 0, 5)]
        if revision != SCHEMA_HEAD or headlines != ["Old story"]:
            outcome.sound = False
            outcome.notes.append(f"reopened at {revision} with {headlines}")
    except Exception as exc:
        outcome.sound = False
        outcome.notes.append(f"does not reopen: {exc!r}")
    finally:
        if room is not None:
            room.close()
    if path is not None:
        outcome.backups = len(list(path.parent.glob(f"{path.stem}.backup-*")))
        if outcome.backups > 1:
            outcome.sound = False
            outcome.notes.append(f"{outcome.backups} backups")
        if path.with_name(path.name + ".upgrading").exists() or list(
                path.parent.glob("*.upgrading")):
            outcome.notes.append("an .upgrading marker was left")
    return outcome


# -- the run ------------------------------------------------------------------------------------
@dataclass
class Plan:
    sqlite_windows: int
    postgres_windows: int
    sqlite_exports: int
    postgres_exports: int
    sqlite_upgrades: int
    postgres_upgrades: int
    export_stories: int


FULL = Plan(100, 20, 15, 5, 20, 6, 400)
QUICK = Plan(12, 4, 3, 1, 4, 2, 150)
WINDOW_MODES = ["bursts", "steady", "autosave"]


def _log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _postgres_database(server: object, template: str | None = None) -> str:
    import sqlalchemy as sa

    name = f"soak_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(server.url(), isolation_level="AUTOCOMMIT")  # type: ignore[attr-defined]
    with admin.connect() as connection:
        suffix = f' TEMPLATE "{template}"' if template else ""
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"{suffix}')
    admin.dispose()
    return server.url(name)  # type: ignore[attr-defined, no-any-return]


def run(plan: Plan, seed: int, with_postgres: bool) -> list[Outcome]:
    rng = random.Random(seed)
    outcomes: list[Outcome] = []
    lock = threading.Lock()
    counter = iter(range(10_000))

    def record(outcome: Outcome) -> None:
        with lock:
            outcomes.append(outcome)
            flag = "" if not _failed(outcome) else "  <-- FAILED"
            _log(f"[{len(outcomes):3d}] {outcome.backend:10s} {outcome.mode:8s} "
                 f"killed={outcome.killed} must={outcome.must_survive:3d} "
                 f"lost={outcome.chars_lost} offers={outcome.offers} "
                 f"older={outcome.older_offers} dropped={outcome.dropped_by_keep_mine} "
                 f"{' '.join(outcome.notes)}{flag}")

    with tempfile.TemporaryDirectory(prefix="newsdesk-soak-") as temp:
        base = Path(temp)
        server = None
        if with_postgres:
            from tests.helpers.postgres import start_postgres

            server = start_postgres()
        try:
            lanes: list[Callable[[], None]] = []

            def window_lane(desk: TypingDesk, count: int, lane_rng: random.Random) -> None:
                for _ in range(count):
                    record(kill_window(desk, lane_rng.choice(WINDOW_MODES), next(counter),
                                       lane_rng))

            def cli_lane(backend: str, exports: int, upgrades: int,
                         lane_rng: random.Random) -> None:
                folder = base / f"cli-{backend}"
                folder.mkdir()
                if backend == "sqlite":
                    path: Path | None = folder / "export.sqlite3"
                    url = f"sqlite:///{path}"
                    old = folder / "old.sqlite3"
                    make_old_newsroom(f"sqlite:///{old}")
                else:
                    path = None
                    url = _postgres_database(server)
                    old_url = _postgres_database(server)
                    make_old_newsroom(old_url)
                    old_name = old_url.rsplit("/", 1)[1]
                make_export_newsroom(url, plan.export_stories)
                duration = time_export(url, folder)
                _log(f"{backend}: a whole export of {plan.export_stories} stories takes "
                     f"{duration:.1f} s")
                jobs = ["export"] * exports + ["upgrade"] * upgrades
                lane_rng.shuffle(jobs)
                for job in jobs:
                    if job == "export":
                        record(kill_export(backend, url, path, folder, duration, lane_rng))
                        continue
                    if backend == "sqlite":
                        copy_folder = folder / f"upgrade-{uuid.uuid4().hex[:8]}"
                        copy_folder.mkdir()
                        copy = copy_folder / "newsroom.sqlite3"
                        shutil.copyfile(old, copy)
                        record(kill_upgrade(backend, f"sqlite:///{copy}", copy, folder,
                                            lane_rng))
                        shutil.rmtree(copy_folder)
                    else:
                        record(kill_upgrade(backend, _postgres_database(server, old_name),
                                            None, folder, lane_rng))

            def sqlite_desk(name: str) -> TypingDesk:
                folder = base / name
                folder.mkdir()
                path = folder / "newsroom.sqlite3"
                return make_typing_desk("sqlite", f"sqlite:///{path}", path, folder)

            first = plan.sqlite_windows // 2
            desk_a, desk_b = sqlite_desk("sqlite-a"), sqlite_desk("sqlite-b")
            lane_seeds = [rng.randrange(2**32) for _ in range(6)]
            lanes.append(lambda: window_lane(desk_a, first, random.Random(lane_seeds[0])))
            lanes.append(lambda: window_lane(desk_b, plan.sqlite_windows - first,
                                             random.Random(lane_seeds[1])))
            lanes.append(lambda: cli_lane("sqlite", plan.sqlite_exports, plan.sqlite_upgrades,
                                          random.Random(lane_seeds[2])))
            if server is not None:
                folder = base / "postgresql"
                folder.mkdir()
                pg_desk = make_typing_desk("postgresql", _postgres_database(server), None,
                                           folder)
                lanes.append(lambda: window_lane(pg_desk, plan.postgres_windows,
                                                 random.Random(lane_seeds[3])))
                lanes.append(lambda: cli_lane("postgresql", plan.postgres_exports,
                                              plan.postgres_upgrades,
                                              random.Random(lane_seeds[4])))
            with ThreadPoolExecutor(max_workers=2) as pool:
                for future in [pool.submit(lane) for lane in lanes]:
                    future.result()
        finally:
            if server is not None:
                server.stop()
    return outcomes


def _failed(outcome: Outcome) -> bool:
    """Unsound, a word lost, or a stored word dropped by taking the journal's text."""
    return (not outcome.sound or bool(outcome.chars_lost or outcome.chars_lost_after_keep_mine
                                       or outcome.dropped_by_keep_mine))


def table(outcomes: list[Outcome]) -> list[str]:
    rows = ["| backend | kills during | kills | integrity / reopens | words to keep "
            "| chars to keep | chars lost | lost after Keep Mine | offers | part files "
            "| orphan workers |",
            "|---|---|---|---|---|---|---|---|---|---|---|"]
    for backend in ("sqlite", "postgresql"):
        for mode in [*WINDOW_MODES, "export", "upgrade"]:
            mine = [o for o in outcomes if o.backend == backend and o.mode == mode]
            if not mine:
                continue
            killed = [o for o in mine if o.killed]
            sound = sum(o.sound for o in mine)
            words = "-" if mode in ("export", "upgrade") else str(
                sum(o.must_survive for o in killed))
            chars = "-" if mode in ("export", "upgrade") else str(
                sum(o.chars_must_survive for o in killed))
            rows.append(
                f"| {backend} | {mode} | {len(killed)} (of {len(mine)}) | {sound}/{len(mine)} "
                f"| {words} | {chars} | {sum(o.chars_lost for o in mine)} "
                f"| {sum(o.chars_lost_after_keep_mine for o in mine)} "
                f"| {sum(o.offers for o in mine)} | {sum(o.part_files for o in mine)} "
                f"| {sum(o.orphans for o in mine)} |")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run (about 30 kills)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    plan = QUICK if args.quick else FULL
    started = time.monotonic()
    outcomes = run(plan, args.seed, with_postgres=not args.no_postgres)
    elapsed = time.monotonic() - started
    print(f"crash soak, seed {args.seed}: {len(outcomes)} runs in {elapsed:.0f} s; words "
          f"typed more than {GRACE_S} s before a kill must survive it\n")
    for row in table(outcomes):
        print(row)
    failed = [o for o in outcomes if _failed(o)]
    autosave = [o for o in outcomes if o.mode == "autosave"]
    inside = sum("killed in the save" in o.notes for o in autosave)
    dropped = sum(o.dropped_by_keep_mine for o in outcomes)
    unexpected = sum(o.unexpected_dialogs for o in outcomes)
    print(f"\nautosave kills inside the save (before it returned): {inside} of {len(autosave)}")
    print(f"recovery offers of a journal behind the stored text: "
          f"{sum(o.older_offers for o in outcomes)}")
    print(f"words in the stored story that taking the journal's text dropped: {dropped}")
    print(f"recovery dialogs at a start after a recovery (should be 0): {unexpected}")
    print(f"failed runs: {len(failed)}")
    for outcome in failed:
        print(f"  {outcome}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
