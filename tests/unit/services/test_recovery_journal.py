"""The recovery journal on disk: atomic under SIGKILL, exact round trips, nothing applied blindly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from newsdesk.domain.article import Article, BylineEntry, Dateline, Role, Status
from newsdesk.domain.article_json import article_from_json, article_to_json, same_text
from newsdesk.services.recovery_journal import (
    SET_ASIDE,
    JournalWriter,
    RecoveryJournal,
    story_key,
)

NEWSROOM = "4f1c2a7d9e0b4c1a8d2e6f3a5b7c9d0e"

STORY = Article(
    id=12,
    version=4,
    created_at=datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
    headline="Жогорку Кенеш одобрил закон о воде",
    deck="Депутаты проголосовали 84 голосами",
    body="БИШКЕК (TCA) — Парламент Кыргызстана…\n\n«Это важный шаг», — сказал депутат.",
    slug="zhogorku-kenesh-voda",
    language="ru",
    status=Status.EDITING,
    tags=("вода", "Kyrgyzstan"),
    dateline=Dateline(city="Бишкек", country="Кыргызстан", agency="TCA",
                      date=date(2026, 3, 1), timezone="Asia/Bishkek", gazetteer_id=1528675),
    byline=(BylineEntry("Айгерим Сарсенбаева", Role.REPORTER, 3, "aigerim"),
            BylineEntry("Farrukh Nazarov", Role.TRANSLATOR, None, "")),
    translation_of="parliament-water-law",
    translation_of_revision=2,
)


def test_an_article_survives_the_json_round_trip_exactly() -> None:
    back = article_from_json(json.loads(json.dumps(article_to_json(STORY))))
    assert back == STORY
    assert same_text(back, STORY)


@pytest.mark.parametrize(("field", "value", "named"), [
    ("headline", 5, "headline"),
    ("status", "floating", "status"),
    ("tags", "water", "tags"),
    ("version", "4", "version"),
    ("byline", [{"name": "A", "role": "chef"}], "byline role"),
])
def test_a_damaged_story_record_is_refused_naming_the_field(
    field: str, value: object, named: str
) -> None:
    record = article_to_json(STORY)
    record[field] = value
    with pytest.raises(ValueError, match=named):
        article_from_json(record)


def test_write_read_and_remove_only_when_the_journal_holds_what_was_stored(
    tmp_path: Path,
) -> None:
    journal = RecoveryJournal(tmp_path, NEWSROOM)
    journal.write("story-12", STORY)
    entry = journal.read("story-12")
    assert entry is not None and entry.article == STORY
    newer = Article(**{**STORY.__dict__, "body": STORY.body + " And more."})
    journal.write("story-12", newer)
    # A save of the older text must not remove the newer text typed after its snapshot.
    assert not journal.remove("story-12", if_same_as=STORY)
    assert journal.read("story-12") is not None
    assert journal.remove("story-12", if_same_as=newer)
    assert journal.read("story-12") is None


def test_a_damaged_or_foreign_journal_is_set_aside_with_its_reason(tmp_path: Path) -> None:
    journal = RecoveryJournal(tmp_path, NEWSROOM)
    journal.write("story-12", STORY)
    journal.write("story-13", STORY)
    journal.write("new-abc", STORY)
    journal.path_of("story-13").write_bytes(b"\x00\xffnot json at all")
    other = json.loads(journal.path_of("new-abc").read_text(encoding="utf-8"))
    other["newsroom"] = "0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a"
    journal.path_of("new-abc").write_text(json.dumps(other), encoding="utf-8")

    entries, set_aside = journal.entries()

    assert [entry.key for entry in entries] == ["story-12"]
    reasons = sorted(item.reason for item in set_aside)
    assert any("another newsroom" in reason for reason in reasons)
    assert any("damaged" in reason for reason in reasons)
    for item in set_aside:  # kept for a person to look at, never deleted
        assert item.moved_to.exists()
        assert item.moved_to.parent == tmp_path / SET_ASIDE
        assert item.moved_to.with_suffix(".reason.txt").read_text(encoding="utf-8")


def test_the_writer_supersedes_pending_text_and_keeps_the_order_of_removals(
    tmp_path: Path,
) -> None:
    journal = RecoveryJournal(tmp_path, NEWSROOM)
    writer = JournalWriter(journal)
    try:
        key = story_key(None)
        assert key.startswith("new-")
        for n in range(50):
            writer.submit(key, Article(headline=f"Draft {n}", body="x" * n))
        assert writer.flush()
        entry = journal.read(key)
        assert entry is not None and entry.article.headline == "Draft 49"
        writer.remove(key, if_same_as=Article(headline="Draft 48", body="x" * 48))
        writer.submit(key, Article(headline="Draft 50"))
        writer.remove(key, if_same_as=Article(headline="Draft 50"))
        assert writer.flush()
        assert journal.read(key) is None
    finally:
        writer.close()


class _GatedJournal(RecoveryJournal):
    """A real journal whose writes of one key wait at a gate: the writer is busy meanwhile."""

    def __init__(self, folder: Path, newsroom: str, gated_key: str) -> None:
        super().__init__(folder, newsroom)
        self.gated_key = gated_key
        self.gate = threading.Event()

    def write(self, key: str, article: Article) -> Path:
        if key == self.gated_key:
            self.gate.wait(10)
        return super().write(key, article)


def test_a_ticket_is_answered_once_its_text_or_a_newer_one_is_on_disk(tmp_path: Path) -> None:
    """Autosave waits for the ticket before the database write (write-ahead): a superseded
    text's ticket must wait for the newer text, never be answered while nothing is on disk."""
    journal = _GatedJournal(tmp_path, NEWSROOM, gated_key="story-9")
    writer = JournalWriter(journal)
    try:
        writer.submit("story-9", STORY)  # the writer is held up on this one
        older = writer.submit("story-1", Article(headline="Older", body="one"))
        removal = writer.remove("story-2")
        newer = writer.submit("story-1", Article(headline="Newer", body="one two"))
        assert not writer.wait_for_ticket(older, timeout=0.1)
        assert journal.read("story-1") is None

        journal.gate.set()
        assert writer.wait_for_ticket(older)
        entry = journal.read("story-1")
        assert entry is not None and entry.article.headline == "Newer"
        assert writer.wait_for_ticket(newer) and writer.wait_for_ticket(removal)
    finally:
        journal.gate.set()
        writer.close()


def test_a_closed_writer_answers_a_ticket_at_once(tmp_path: Path) -> None:
    """A save that races the window's close does not wait out the time-out for a writer
    that will never write again (the database write goes on)."""
    writer = JournalWriter(RecoveryJournal(tmp_path, NEWSROOM))
    writer.close()
    assert writer.wait_for_ticket(writer.submit("story-1", STORY), timeout=5)


def test_a_disk_that_refuses_a_write_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the journal folder should be", encoding="utf-8")
    errors: list[str] = []
    writer = JournalWriter(RecoveryJournal(blocker, NEWSROOM), on_error=errors.append)
    try:
        ticket = writer.submit("story-1", STORY)
        # A refused write answers its ticket: a save waiting for it goes on to the database.
        assert writer.wait_for_ticket(ticket)
        assert writer.flush()
    finally:
        writer.close()
    assert len(errors) == 1 and "not-a-folder" in errors[0]


_WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from newsdesk.domain.article import Article
    from newsdesk.services.recovery_journal import RecoveryJournal

    journal = RecoveryJournal(Path(sys.argv[1]), sys.argv[2])
    body = "word " * 400_000  # 2 MB: a write takes long enough to be killed inside it
    n = 0
    while True:
        journal.write("story-7", Article(id=7, version=1, headline=f"Version {n}", body=body))
        print(n, flush=True)
        n += 1
""")


@pytest.mark.parametrize("delay", [0.0, 0.013, 0.031, 0.057, 0.089, 0.13])
def test_a_journal_write_killed_at_any_moment_leaves_a_whole_journal(
    tmp_path: Path, delay: float
) -> None:
    process = subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path), NEWSROOM],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    first = process.stdout.readline()  # one whole version is on disk
    assert first.strip() == "0"
    time.sleep(delay)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()

    journal = RecoveryJournal(tmp_path, NEWSROOM)
    entries, set_aside = journal.entries()
    assert set_aside == []
    assert len(entries) == 1
    article = entries[0].article
    assert article.headline.startswith("Version ")
    assert article.body == "word " * 400_000
    assert not list(journal.folder.glob(".*.tmp"))  # a killed write's leftovers are swept
