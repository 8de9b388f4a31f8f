"""TMX 1.4b import and export of the translation memory, so it moves to and from OmegaT/memoQ.

Import streams the file (``safe_xml``) and stores units in batches inside ONE transaction: a
bad unit anywhere, a cancel or a kill leaves the memory as it was. Inline codes of a segment
(``<bpt>``, ``<ept>``, ``<ph>``, ``<it>``, ``<ut>``) are formatting of the tool that wrote it:
their content is dropped and the text around them kept; ``<hi>`` keeps its text. Languages
come from ``xml:lang`` (TMX 1.4) or ``lang`` (1.1), reduced to the base language (en-US -> en)
and checked against babel's list. Export writes a temporary file and renames it into place.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from newsdesk import __version__
from newsdesk.db.kill_points import kill_point
from newsdesk.db.memory_bulk import BulkPairLoader
from newsdesk.db.uow import UnitOfWork, UnitOfWorkFactory
from newsdesk.domain.errors import InvalidInputError, NewsdeskError, os_reason, wording
from newsdesk.domain.memory import MemoryOrigin, SegmentType, StoryRef
from newsdesk.services.safe_xml import parse_file
from newsdesk.services.translation_memory import (
    PairRecord,
    known_language,
    pair_record,
)

BATCH = 2000
ANALYZE_AFTER = 5000  # pairs added by one import that make the planner's statistics stale
Progress = Callable[[int, int], None]
_INLINE_CODES = frozenset({"bpt", "ept", "ph", "it", "ut"})
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
STORY_PROP, HEADLINE_PROP, ORIGIN_PROP = "x-newsdesk-story", "x-newsdesk-headline", \
    "x-newsdesk-origin"


class ImportCancelledError(NewsdeskError):
    """The user cancelled an import; nothing of it was kept."""


@dataclass
class TmxImportReport:
    """What an import did: pairs new to the memory, pairs it had already, units skipped."""

    file: str
    units: int = 0
    added: int = 0
    already_there: int = 0
    empty_skipped: int = 0

    def message(self) -> str:
        extra = []
        if self.already_there:
            extra.append(f"{self.already_there:,} already in the memory")
        if self.empty_skipped:
            extra.append(f"{self.empty_skipped:,} with an empty segment skipped")
        tail = f" ({'; '.join(extra)})" if extra else ""
        return f"imported {self.added:,} pairs from {self.units:,} units of {self.file}{tail}"


def _tmx_date(raw: str) -> datetime | None:
    """TMX dates are ``YYYYMMDDThhmmssZ`` (UTC); anything else is ignored, not fatal."""
    if not raw:
        return None
    try:
        return datetime.strptime(raw.strip(), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


@dataclass
class _Unit:
    line: int
    attrs: dict[str, str]
    props: dict[str, str] = field(default_factory=dict)
    variants: list[tuple[str, str, int]] = field(default_factory=list)


class _TmxHandler:
    """Turns expat events into pair records, one ``<tu>`` at a time."""

    def __init__(self, file: str, on_records: Callable[[list[PairRecord]], None],
                 report: TmxImportReport) -> None:
        self.file = file
        self.on_records = on_records
        self.report = report
        self.root_seen = False
        self.header_srclang = ""
        self.unit: _Unit | None = None
        self.variant_lang: tuple[str, int] | None = None
        self.prop_type: str | None = None
        self.in_seg = False
        self.skip_depth = 0
        self.buffer: list[str] = []
        self.batch: list[PairRecord] = []

    def start(self, name: str, attrs: dict[str, str], line: int) -> None:
        if not self.root_seen:
            self.root_seen = True
            if name != "tmx":
                raise InvalidInputError(
                    wording("is not a TMX file: it starts with <{name}>, not <tmx>", name=name),
                    file=self.file, line=line)
            return
        if self.in_seg:
            if name in _INLINE_CODES or self.skip_depth:
                self.skip_depth += 1
            return
        if name == "header":
            self.header_srclang = attrs.get("srclang", "")
        elif name == "tu":
            self.unit = _Unit(line, attrs)
        elif self.unit is None:
            return
        elif name == "prop":
            self.prop_type = attrs.get("type", "")
            self.buffer = []
        elif name == "tuv":
            lang = attrs.get("xml:lang") or attrs.get("lang") or ""
            if not lang:
                raise InvalidInputError(wording("a <tuv> has no xml:lang"), file=self.file,
                                        line=line)
            self.variant_lang = (known_language(lang, file=self.file, line=line), line)
        elif name == "seg":
            self.in_seg = True
            self.buffer = []

    def text(self, data: str) -> None:
        if (self.in_seg and not self.skip_depth) or self.prop_type is not None:
            self.buffer.append(data)

    def end(self, name: str, line: int) -> None:
        if self.in_seg:
            if self.skip_depth:
                self.skip_depth -= 1
                return
            if name != "seg":
                return
            self.in_seg = False
            if self.unit is not None and self.variant_lang is not None:
                lang, at = self.variant_lang
                self.unit.variants.append((lang, "".join(self.buffer), at))
            return
        if name == "prop" and self.unit is not None and self.prop_type is not None:
            self.unit.props.setdefault(self.prop_type, "".join(self.buffer).strip())
            self.prop_type = None
        elif name == "tuv":
            self.variant_lang = None
        elif name == "tu" and self.unit is not None:
            self._finish(self.unit)
            self.unit = None
            if len(self.batch) >= BATCH:
                self.flush()

    def flush(self) -> None:
        if self.batch:
            self.on_records(self.batch)
            self.batch = []

    def _finish(self, unit: _Unit) -> None:
        self.report.units += 1
        languages = list(dict.fromkeys(lang for lang, _text, _line in unit.variants))
        if len(languages) < 2:
            found = (wording("only '{language}'", language=languages[0]) if languages
                     else wording("none"))
            raise InvalidInputError(
                wording("this <tu> needs segments in two languages, it has {found}",
                        found=found), file=self.file, line=unit.line)
        declared = unit.attrs.get("srclang") or self.header_srclang
        if declared and declared.lower() != "*all*":
            source_language = known_language(declared, file=self.file, line=unit.line,
                                             field="srclang")
        else:
            source_language = languages[0]
        sources = [text for lang, text, _ in unit.variants if lang == source_language]
        if not sources:
            raise InvalidInputError(
                wording("this <tu> has no segment in its source language '{language}'",
                        language=source_language), file=self.file, line=unit.line)
        segtype = unit.attrs.get("segtype", "")
        segment = SegmentType.SENTENCE if segtype == "sentence" else SegmentType.PARAGRAPH
        slug = unit.props.get(STORY_PROP, "")
        story = StoryRef(None, slug, unit.props.get(HEADLINE_PROP, "")) if slug else None
        when = _tmx_date(unit.attrs.get("creationdate", "")) or \
            _tmx_date(unit.attrs.get("changedate", ""))
        who = unit.attrs.get("creationid") or unit.attrs.get("changeid") or ""
        for lang, text, _at in unit.variants:
            if lang == source_language:
                continue
            record = pair_record(source_language, lang, sources[0], text, segment=segment,
                                 origin=MemoryOrigin.IMPORT, story=story, translator=who,
                                 created_at=when)
            if record is None:
                self.report.empty_skipped += 1
            else:
                self.batch.append(record)


def import_tmx(uow_factory: UnitOfWorkFactory, path: Path, *,
               progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> TmxImportReport:
    """Import every unit of a TMX file into the memory, all of them or (on error) none.

    ``progress(done_units, total_estimate)`` is called after each batch; the total is
    estimated from the share of the file read so far. ``cancelled()`` is asked between
    batches: True rolls everything back and raises ImportCancelledError.
    """
    report = TmxImportReport(file=str(path))
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidInputError(wording("cannot be read: {reason}", reason=os_reason(exc)),
                                file=str(path)) from exc
    if size == 0:
        raise InvalidInputError(wording("is empty, not a TMX file"), file=str(path), line=1)
    position = [0]
    offered = [0]

    def on_bytes(read: int) -> None:
        position[0] = read

    with uow_factory() as uow:
        loader = uow.memory.bulk_loader()

        def on_records(records: list[PairRecord]) -> None:
            _store_batch(loader, records, report)
            offered[0] += len(records)
            if progress is not None:
                estimate = report.units * size // max(position[0], 1)
                progress(report.units, max(estimate, report.units))
            if cancelled is not None and cancelled():
                raise ImportCancelledError(wording(
                    "the import of {file} was cancelled; nothing of it was kept",
                    file=path.name))

        handler = _TmxHandler(str(path), on_records, report)
        parse_file(path, handler, progress=on_bytes)
        if not handler.root_seen:
            raise InvalidInputError(wording("is empty, not a TMX file"), file=str(path), line=1)
        handler.flush()
        loader.finish()  # the word index of every new pair, in one sorted statement
        kill_point("tmx-index")  # tests only: a kill here must leave nothing of the import
        if progress is not None:
            progress(report.units, report.units)
        uow.commit()
    if report.added >= ANALYZE_AFTER:
        with uow_factory() as uow:
            uow.memory.refresh_statistics()
            uow.commit()
    report.already_there = offered[0] - report.added
    return report


def _store_batch(loader: BulkPairLoader, records: list[PairRecord],
                 report: TmxImportReport) -> None:
    unique: dict[str, PairRecord] = {}
    for record in records:
        unique.setdefault(record.row["pair_hash"], record)
    chosen = list(unique.values())
    report.added += loader.add([r.row for r in chosen], [r.tokens for r in chosen])
    kill_point("tmx-batch")  # tests only: a kill here must leave nothing of the import


def _attr(value: str) -> str:
    return quoteattr(_XML_INVALID.sub("", value))


def _text(value: str) -> str:
    return escape(_XML_INVALID.sub("", value))


def _date(value: datetime) -> str:
    moment = value if value.tzinfo else value.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def export_tmx(uow_factory: UnitOfWorkFactory, path: Path, *, source_language: str = "",
               target_language: str = "", progress: Progress | None = None) -> int:
    """Write the memory (or one language pair of it) as TMX 1.4b; how many units.

    The file appears whole or not at all: it is written beside the target and renamed.
    """
    source = known_language(source_language, field="from") if source_language else ""
    target = known_language(target_language, field="to") if target_language else ""
    with uow_factory() as uow:
        total = uow.memory.count(source, target)
        header_lang = source or _single_source_language(uow)
        folder = path.parent if str(path.parent) else Path(".")
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part",
                                             dir=folder)
        written = 0
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
                out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                          '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n')
                out.write(
                    f'  <header creationtool="Newsdesk" creationtoolversion={_attr(__version__)}'
                    f' datatype="plaintext" segtype="paragraph" adminlang="en"'
                    f' srclang={_attr(header_lang or "*all*")} o-tmf="Newsdesk"'
                    f' creationdate="{_date(datetime.now(UTC))}"/>\n  <body>\n')
                for row in uow.memory.iterate(source, target):
                    out.write(
                        f'    <tu creationdate="{_date(row.created_at)}"'
                        + (f" creationid={_attr(row.translator)}" if row.translator else "")
                        + f' segtype="{row.segment}" srclang={_attr(row.source_language)}>\n')
                    if row.story_slug:
                        out.write(f'      <prop type="{STORY_PROP}">{_text(row.story_slug)}'
                                  "</prop>\n")
                    if row.story_headline:
                        out.write(f'      <prop type="{HEADLINE_PROP}">'
                                  f"{_text(row.story_headline)}</prop>\n")
                    out.write(f'      <prop type="{ORIGIN_PROP}">{row.origin}</prop>\n')
                    out.write(f"      <tuv xml:lang={_attr(row.source_language)}>"
                              f"<seg>{_text(row.source_text)}</seg></tuv>\n"
                              f"      <tuv xml:lang={_attr(row.target_language)}>"
                              f"<seg>{_text(row.target_text)}</seg></tuv>\n    </tu>\n")
                    written += 1
                    if progress is not None and written % BATCH == 0:
                        progress(written, total)
                out.write("  </body>\n</tmx>\n")
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    if progress is not None:
        progress(written, written)
    return written


def _single_source_language(uow: UnitOfWork) -> str:
    languages = {pair[0] for pair in uow.memory.language_pairs()}
    return next(iter(languages)) if len(languages) == 1 else ""


