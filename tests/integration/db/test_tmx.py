"""TMX 1.4b import and export on real databases: OmegaT and memoQ files, bad files, rollback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from newsdesk.domain.errors import InvalidInputError
from newsdesk.domain.memory import SegmentPair, StoryRef
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.tmx import ImportCancelledError, export_tmx, import_tmx
from tests.helpers.newsroom import opened
from tests.helpers.postgres import PostgresServer
from tests.helpers.storage_faults import drop_postgres_database, postgres_database

OMEGAT = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"
    creationtoolversion="6.0.0" segtype="sentence" srclang="EN-US"/>
  <body>
    <tu>
      <tuv lang="EN-US">
        <seg>Kazakhstan exported <bpt i="1" x="1">&lt;b&gt;</bpt>1.3 billion dollars<ept i="1">&lt;/b&gt;</ept> of grain.</seg>
      </tuv>
      <tuv lang="RU-RU" changeid="anna" changedate="20250424T101500Z">
        <seg>Казахстан экспортировал зерна на <bpt i="1" x="1">&lt;b&gt;</bpt>1,3 млрд долларов<ept i="1">&lt;/b&gt;</ept>.</seg>
      </tuv>
    </tu>
    <tu>
      <tuv lang="EN-US"><seg>The talks ended on April 24.</seg></tuv>
      <tuv lang="RU-RU"><seg>Переговоры завершились 24 апреля.</seg></tuv>
    </tu>
  </body>
</tmx>
"""

MEMOQ = """\ufeff<?xml version="1.0" encoding="utf-8"?>
<tmx version="1.4">
  <header creationtool="memoQ" creationtoolversion="10.0" segtype="sentence" adminlang="en-us"
    srclang="en-gb" o-tmf="memoQTM" datatype="unknown"/>
  <body>
    <tu creationdate="20250301T090000Z" creationid="TRANSLATOR1" changedate="20250302T090000Z">
      <prop type="client">TCA</prop>
      <tuv xml:lang="en-gb"><seg>Water will be supplied <ph>{1}</ph>from 6 a.m. to 10 p.m.<it pos="begin" x="2">&lt;i&gt;</it></seg></tuv>
      <tuv xml:lang="ru-ru"><seg>Вода будет подаваться <ph>{1}</ph>с 6:00 до 22:00.<it pos="begin" x="2">&lt;i&gt;</it></seg></tuv>
    </tu>
    <tu creationdate="20250301T090000Z">
      <tuv xml:lang="en-gb"><seg>The <hi type="b">Jogorku Kenesh</hi> approved the bill.</seg></tuv>
      <tuv xml:lang="ru-ru"><seg>Жогорку Кенеш одобрил законопроект.</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def _units(count: int, *, bad_at: int | None = None) -> str:
    units = []
    for i in range(count):
        target = "xx-bogus" if i == bad_at else "ru"
        units.append(
            f'<tu><tuv xml:lang="en"><seg>Unit number {i} of the grain report.</seg></tuv>'
            f'<tuv xml:lang="{target}"><seg>Единица номер {i} отчёта о зерне.</seg></tuv></tu>')
    body = "\n".join(units)
    return (f'<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en" segtype="sentence"'
            f' creationtool="t" creationtoolversion="1" o-tmf="t" adminlang="en"'
            f' datatype="plaintext"/><body>\n{body}\n</body></tmx>\n')


@pytest.fixture
def postgres_room(postgres_server: PostgresServer,
                  _migrated_templates: dict[str, str]) -> Iterator[Newsroom]:
    """A newsroom on the throwaway PostgreSQL server alone, for what only PostgreSQL has."""
    url = postgres_database(postgres_server)
    try:
        with opened(url) as newsroom:
            yield newsroom
    finally:
        drop_postgres_database(postgres_server, url)


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_omegat_file_inline_codes_dropped_languages_reduced(room: Newsroom,
                                                            tmp_path: Path) -> None:
    report = import_tmx(room.uow, _write(tmp_path, "omegat.tmx", OMEGAT))
    assert (report.units, report.added) == (2, 2)
    match = room.memory.exact("Kazakhstan exported 1.3 billion dollars of grain.", "en", "ru")
    assert match is not None
    assert match.entry.target == "Казахстан экспортировал зерна на 1,3 млрд долларов."
    assert room.memory.count("en", "ru") == 2


def test_memoq_file_with_bom_ph_it_and_hi(room: Newsroom, tmp_path: Path) -> None:
    report = import_tmx(room.uow, _write(tmp_path, "memoq.tmx", MEMOQ))
    assert report.added == 2
    match = room.memory.exact("Water will be supplied from 6 a.m. to 10 p.m.", "en", "ru")
    assert match is not None and match.entry.target == "Вода будет подаваться с 6:00 до 22:00."
    assert match.entry.translator == "TRANSLATOR1"
    assert match.entry.created_at.date().isoformat() == "2025-03-01"
    assert room.memory.exact("The Jogorku Kenesh approved the bill.", "en", "ru") is not None
    again = import_tmx(room.uow, _write(tmp_path, "memoq.tmx", MEMOQ))
    assert (again.added, again.already_there) == (0, 2)


def test_utf16_file(room: Newsroom, tmp_path: Path) -> None:
    text = OMEGAT.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    assert import_tmx(room.uow, _write(tmp_path, "u16.tmx", "\ufeff" + text,
                                       "utf-16-le")).added == 2


@pytest.mark.parametrize(("text", "line", "words"), [
    ("this is not xml at all", 1, "not well-formed XML"),
    ('<?xml version="1.0"?>\n<html><body/></html>', 2, "not a TMX file"),
    (_units(3)[:-40], 5, "ends too early"),
    ('<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY lol "lol">\n<!ENTITY lol2 '
     '"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<tmx>&lol2;</tmx>', 3,
     "declares the entity 'lol'"),
    ('<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
     "<tmx>&x;</tmx>", 2, "declares the entity 'x'"),
    ('<tmx version="1.4"><header srclang="en"/><body>\n<tu>\n<tuv xml:lang="en"><seg>One'
     "</seg></tuv></tu></body></tmx>", 2, "needs segments in two languages"),
    ('<tmx version="1.4"><header srclang="en"/><body>\n<tu><tuv xml:lang="en"><seg>One</seg>'
     '</tuv>\n<tuv xml:lang="qq"><seg>Two</seg></tuv></tu></body></tmx>', 3,
     "'qq' is not a known language code"),
    ("", 1, "is empty"),
])
def test_bad_files_name_the_file_and_line(room: Newsroom, tmp_path: Path, text: str,
                                          line: int, words: str) -> None:
    path = _write(tmp_path, "bad.tmx", text)
    with pytest.raises(InvalidInputError) as caught:
        import_tmx(room.uow, path)
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert words in str(caught.value)
    assert room.memory.count() == 0


def test_a_bad_unit_after_thousands_leaves_nothing(room: Newsroom, tmp_path: Path) -> None:
    path = _write(tmp_path, "big.tmx", _units(5000, bad_at=4500))
    with pytest.raises(InvalidInputError, match=r"big\.tmx:4503: .*'xx-bogus'"):
        import_tmx(room.uow, path)
    assert room.memory.count() == 0  # two batches had been written before the bad unit


def test_cancel_rolls_everything_back_and_progress_is_reported(room: Newsroom,
                                                               tmp_path: Path) -> None:
    path = _write(tmp_path, "big.tmx", _units(5000))
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelledError):
        import_tmx(room.uow, path, progress=lambda d, t: seen.append((d, t)),
                   cancelled=lambda: len(seen) >= 2)
    assert room.memory.count() == 0
    assert seen[0][0] == 2000 and seen[0][1] >= 2000
    seen.clear()
    report = import_tmx(room.uow, path, progress=lambda d, t: seen.append((d, t)))
    assert report.added == 5000 and room.memory.count() == 5000
    assert seen[-1] == (5000, 5000)


@pytest.mark.parametrize("kill_at", ["tmx-batch", "tmx-index"])
def test_an_import_killed_between_batches_leaves_nothing(database_url: str, tmp_path: Path,
                                                         kill_at: str) -> None:
    """Killed after a batch of pairs, or after the word index was written (before commit)."""
    path = _write(tmp_path, "big.tmx", _units(5000))
    with opened(database_url):
        pass  # migrated before the child runs
    script = ("import sys; from pathlib import Path; from newsdesk.services.newsroom import "
              "open_newsroom; from newsdesk.services.tmx import import_tmx; "
              "room = open_newsroom(sys.argv[1]); import_tmx(room.uow, Path(sys.argv[2]))")
    child = subprocess.run(
        [sys.executable, "-c", script, database_url, str(path)],
        env={**os.environ, "NEWSDESK_TEST_KILL_AT": kill_at}, timeout=120, check=False)
    assert child.returncode == -signal.SIGKILL
    with opened(database_url) as room:
        assert room.memory.count() == 0
        with room.uow() as uow:
            assert uow.session.execute(
                text("SELECT COUNT(*) FROM translation_memory_tokens")).scalar_one() == 0


def test_bulk_import_indexes_new_pairs_once_and_skips_stored_ones(room: Newsroom,
                                                                  tmp_path: Path) -> None:
    """The bulk path (COPY on PostgreSQL) keeps ``insert_pairs``' rules: a pair stored
    already (from the desk, or earlier in the same file) is skipped, each new pair gets its
    words once, and fuzzy lookup finds imported pairs through them."""
    room.memory.add_pairs([SegmentPair("Unit number 7 of the grain report.",
                                       "Единица номер 7 отчёта о зерне.")],
                          source_language="en", target_language="ru")
    units = _units(4500)
    doubled = units.replace("</body>", units.split("<body>\n")[1].split("\n</body>")[0]
                            + "\n</body>")
    report = import_tmx(room.uow, _write(tmp_path, "doubled.tmx", doubled))
    assert (report.units, report.added, report.already_there) == (9000, 4499, 4501)
    assert room.memory.count() == 4500
    with room.uow() as uow:
        per_pair = uow.session.execute(text(
            "SELECT COUNT(*), COUNT(DISTINCT memory_id) FROM translation_memory_tokens "
            "WHERE token = 'en>ru:grain'")).one()
    assert tuple(per_pair) == (4500, 4500)
    matches = room.memory.lookup("Unit number 4321 of the grain reports.", "en", "ru")
    assert matches and matches[0].entry.target == "Единица номер 4321 отчёта о зерне."
    again = import_tmx(room.uow, _write(tmp_path, "again.tmx", units))
    assert (again.added, again.already_there) == (0, 4500)


@pytest.mark.postgresql
def test_a_big_import_leaves_postgresql_statistics_and_visibility_fresh(
        postgres_room: Newsroom, tmp_path: Path) -> None:
    """After 5,000 new pairs the tables are analyzed and vacuumed (pages marked all-visible
    once no older transaction can see them), so lookups plan for the real table and use
    index-only scans of the word index without waiting for autovacuum."""
    room = postgres_room
    import_tmx(room.uow, _write(tmp_path, "big.tmx", _units(6000)))
    with room.uow() as uow:
        vacuumed, analyzed = uow.session.execute(text(
            "SELECT last_vacuum IS NOT NULL, last_analyze IS NOT NULL FROM pg_stat_user_tables "
            "WHERE relname = 'translation_memory_tokens'")).one()
        estimate = uow.session.execute(text(
            "SELECT reltuples FROM pg_class WHERE relname = 'translation_memory_tokens'"
        )).scalar_one()
    assert vacuumed and analyzed and estimate > 0


def test_export_round_trip_by_language_pair(room: Newsroom, tmp_path: Path) -> None:
    room.memory.add_pairs(
        [SegmentPair("Prices rise by 15 percent <from> May & June.",
                     "Цены вырастут на 15 процентов с мая.")],
        source_language="en", target_language="ru",
        story=StoryRef(None, "bishkek-tariffs", "Bishkek raises tariffs"), translator="Anna")
    room.memory.add_pairs([SegmentPair("Цены вырастут.", "Prices will rise.")],
                          source_language="ru", target_language="en")
    out = tmp_path / "memory.tmx"
    assert export_tmx(room.uow, out, source_language="en", target_language="ru") == 1
    text = out.read_text(encoding="utf-8")
    assert '<tmx version="1.4">' in text and 'creationtool="Newsdesk"' in text
    assert 'srclang="en"' in text and 'datatype="plaintext"' in text and "o-tmf=" in text
    assert '<prop type="x-newsdesk-story">bishkek-tariffs</prop>' in text
    assert "&lt;from&gt; May &amp; June" in text and 'creationid="Anna"' in text
    assert export_tmx(room.uow, tmp_path / "all.tmx") == 2
    assert 'srclang="*all*"' in (tmp_path / "all.tmx").read_text(encoding="utf-8")
    assert list(tmp_path.glob("*.part")) == []


def test_export_then_import_into_another_newsroom(room: Newsroom, tmp_path: Path) -> None:
    room.memory.add_pairs(
        [SegmentPair("The SCO summit opens on April 24. Leaders arrive on Monday.",
                     "Саммит ШОС откроется 24 апреля. Лидеры прибудут в понедельник.")],
        source_language="en", target_language="ru",
        story=StoryRef(None, "sco-summit", "SCO summit"), translator="Anna")
    out = tmp_path / "memory.tmx"
    assert export_tmx(room.uow, out) == 3
    with opened(f"sqlite:///{tmp_path / 'other.sqlite3'}") as other:
        report = import_tmx(other.uow, out)
        assert report.added == 3
        match = other.memory.exact("Leaders arrive on Monday.", "en", "ru")
        assert match is not None
        assert (match.entry.story_slug, match.entry.story_headline, match.entry.translator) \
            == ("sco-summit", "SCO summit", "Anna")
        assert str(match.entry.segment) == "sentence"
