"""The glossary: terms and names with their renderings per language, CSV and TBX files.

A term is a concept with one row per rendering; several renderings of one language may be
allowed (the first is preferred) and any number forbidden. Imports add new terms and replace
a stored term that shares an allowed rendering with an imported one, all in one transaction.

CSV format (UTF-8, a header line, one term per line)::

    en,ru,forbidden_ru,note
    SCO,ШОС,Шанхайская пятёрка,Shanghai Cooperation Organisation
    Sergei Shoigu,Сергей Шойгу|С. Шойгу,Сергей Шойга,

A column named by a language code (``en``, ``ru``, ``kk``...) holds that language's allowed
renderings, the preferred first, separated by ``|``; ``forbidden_<code>`` holds the variants not
to use, separated by ``|``; ``note`` is free text. An empty cell means "none in that language".

TBX: TBX-Basic (``<martif>``, ``termEntry``/``langSet``/``tig``/``term``) is written and read;
TBX v3 (``<tbx>``, ``conceptEntry``/``langSec``/``termSec``) is read too. A term whose
``termNote type="administrativeStatus"`` is ``deprecatedTerm-admn-sts`` or
``supersededTerm-admn-sts`` is a forbidden variant.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from newsdesk.db.models import GlossaryConceptRow, GlossaryTermRow
from newsdesk.db.uow import UnitOfWork, UnitOfWorkFactory
from newsdesk.domain.errors import InvalidInputError, NotFoundError, os_reason, wording
from newsdesk.domain.glossary import Glossary, GlossaryTerm, Rendering, TermHit
from newsdesk.domain.memory import folded
from newsdesk.services.safe_xml import parse_file
from newsdesk.services.translation_memory import known_language

MAX_TERM_LENGTH = 300  # the text column's width
SEPARATOR = "|"
FORBIDDEN_PREFIX = "forbidden_"
_FORBIDDEN_STATUSES = frozenset({"deprecatedterm-admn-sts", "supersededterm-admn-sts",
                                 "deprecatedterm", "supersededterm"})


@dataclass(frozen=True)
class GlossaryImportReport:
    file: str
    added: int
    updated: int

    def message(self) -> str:
        return f"{self.file}: {self.added} terms added, {self.updated} updated"


def _clean_rendering(rendering: Rendering, *, file: str = "",
                     line: int | None = None) -> Rendering:
    language = known_language(rendering.language, file=file, line=line)
    text = " ".join(unicodedata.normalize("NFC", rendering.text).split())
    kind = wording("forbidden variant") if rendering.forbidden else wording("rendering")
    if not text:
        raise InvalidInputError(
            wording("the {language} {kind} is empty; type the term or leave that language out",
                    language=language, kind=kind),
            file=file, line=line, field=language)
    if len(text) > MAX_TERM_LENGTH or "\x00" in text:
        raise InvalidInputError(
            wording("the {language} {kind} '{text}…' is too long for a term",
                    language=language, kind=kind, text=text[:40]),
            file=file, line=line, field=language)
    return Rendering(language, text, rendering.forbidden)


def checked_term(renderings: Sequence[Rendering], note: str = "", *, file: str = "",
                 line: int | None = None) -> GlossaryTerm:
    """A term with clean renderings, or an error naming the file, line and language."""
    clean = [_clean_rendering(r, file=file, line=line) for r in renderings]
    unique = list(dict.fromkeys(clean))
    if not any(not r.forbidden for r in unique):
        raise InvalidInputError(wording("a term needs at least one rendering that is not "
                                        "forbidden"), file=file, line=line)
    return GlossaryTerm(None, tuple(unique), " ".join(note.split()))


def _term_of(row: GlossaryConceptRow) -> GlossaryTerm:
    return GlossaryTerm(row.id, tuple(Rendering(t.language, t.text, t.forbidden)
                                      for t in row.terms), row.note)


def _rows_of(term: GlossaryTerm) -> list[GlossaryTermRow]:
    return [GlossaryTermRow(language=r.language, text=r.text, folded=folded(r.text)[:300],
                            forbidden=r.forbidden, position=i)
            for i, r in enumerate(term.renderings)]


def stored_terms(uow: UnitOfWork) -> tuple[GlossaryTerm, ...]:
    """Every term of the glossary, read in a unit of work another use case already holds
    (the desk reads it with the stories it aligns, in one transaction)."""
    return tuple(_term_of(row) for row in uow.glossary.all())


class GlossaryService:
    """The newsroom's glossary, shared through the database; each call is one transaction."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def terms(self) -> tuple[GlossaryTerm, ...]:
        with self._uow() as uow:
            return stored_terms(uow)

    def compiled(self) -> Glossary:
        """The whole glossary ready for :meth:`Glossary.find` (compile once, look often)."""
        return Glossary(self.terms())

    def terms_in(self, text: str, language: str,
                 target_language: str = "") -> tuple[TermHit, ...]:
        """Glossary terms in ``text`` with the renderings expected in ``target_language``."""
        return self.compiled().find(text, language, target_language)

    def add(self, renderings: Sequence[Rendering], note: str = "") -> GlossaryTerm:
        term = checked_term(renderings, note)
        with self._uow() as uow:
            row = GlossaryConceptRow(note=term.note, terms=_rows_of(term))
            uow.glossary.add(row)
            uow.flush()
            stored = _term_of(row)
            uow.commit()
        return stored

    def remove(self, term_id: int) -> GlossaryTerm:
        with self._uow() as uow:
            row = uow.glossary.get(term_id)
            if row is None:
                raise NotFoundError(wording("there is no glossary term #{id}", id=term_id))
            term = _term_of(row)
            uow.glossary.delete(row)
            uow.commit()
        return term

    def find(self, text: str, language: str = "") -> tuple[GlossaryTerm, ...]:
        """Terms with a rendering spelled ``text`` (case and ё/е aside)."""
        lang = known_language(language) if language else ""
        with self._uow() as uow:
            return tuple(_term_of(row) for row in uow.glossary.with_rendering(folded(text), lang))

    # -- files -----------------------------------------------------------------------------
    def import_file(self, path: Path) -> GlossaryImportReport:
        """Import a ``.csv`` or ``.tbx`` file (by its suffix), all of it or nothing."""
        suffix = path.suffix.lower()
        if suffix == ".csv":
            terms = read_csv(path)
        elif suffix in (".tbx", ".xml"):
            terms = read_tbx(path)
        else:
            raise InvalidInputError(wording("is neither a .csv nor a .tbx file"),
                                    file=str(path))
        return self.import_terms(terms, str(path))

    def import_terms(self, terms: Sequence[GlossaryTerm], file: str) -> GlossaryImportReport:
        added = updated = 0
        with self._uow() as uow:
            for term in terms:
                existing = _sharing_rendering(uow, term)
                if existing is None:
                    uow.glossary.add(GlossaryConceptRow(note=term.note, terms=_rows_of(term)))
                    added += 1
                else:
                    existing.note = term.note or existing.note
                    existing.terms.clear()
                    uow.flush()  # the old renderings go before new ones take their place
                    existing.terms.extend(_rows_of(term))
                    updated += 1
                uow.flush()
            uow.commit()
        return GlossaryImportReport(file, added, updated)

    def export_file(self, path: Path) -> int:
        """Write the glossary as CSV or TBX (by the suffix), whole or not at all."""
        terms = self.terms()
        text = to_tbx(terms) if path.suffix.lower() in (".tbx", ".xml") else to_csv(terms)
        _write_whole(path, text)
        return len(terms)


def _sharing_rendering(uow: UnitOfWork, term: GlossaryTerm) -> GlossaryConceptRow | None:
    for rendering in term.renderings:
        if rendering.forbidden:
            continue
        for row in uow.glossary.with_rendering(folded(rendering.text)[:300], rendering.language):
            return row
    return None


def _write_whole(path: Path, text: str) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# -- CSV ---------------------------------------------------------------------------------------
def to_csv(terms: Sequence[GlossaryTerm]) -> str:
    languages = sorted({r.language for t in terms for r in t.renderings if not r.forbidden},
                       key=lambda lang: (lang != "en", lang))
    forbidden = sorted({r.language for t in terms for r in t.renderings if r.forbidden})
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*languages, *(FORBIDDEN_PREFIX + lang for lang in forbidden), "note"])
    for term in terms:
        writer.writerow([
            *(SEPARATOR.join(term.allowed(lang)) for lang in languages),
            *(SEPARATOR.join(term.forbidden(lang)) for lang in forbidden),
            term.note,
        ])
    return out.getvalue()


def read_csv(path: Path) -> list[GlossaryTerm]:
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInputError(wording("is not UTF-8 text ({reason})", reason=exc.reason),
                                file=file) from None
    except OSError as exc:
        raise InvalidInputError(wording("cannot be read: {reason}", reason=os_reason(exc)),
                                file=file) from exc
    return parse_csv(text, file)


def parse_csv(text: str, file: str) -> list[GlossaryTerm]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise InvalidInputError(wording("is empty; the first line names the columns, e.g. "
                                        "en,ru,note"), file=file, line=1) from None
    except csv.Error as exc:
        raise InvalidInputError(wording("is not CSV: {reason}", reason=exc), file=file,
                                line=1) from None
    columns: list[tuple[str, bool] | None] = []  # (language, forbidden) or None for the note
    for name in (cell.strip().lower() for cell in header):
        if name == "note":
            columns.append(None)
        elif name.startswith(FORBIDDEN_PREFIX):
            columns.append((known_language(name[len(FORBIDDEN_PREFIX):], file=file, line=1,
                                           field=name), True))
        else:
            if not name:
                raise InvalidInputError(wording("a column has no name; name each column by a "
                                                "language code (en, ru), forbidden_<code> or "
                                                "note"), file=file, line=1)
            columns.append((known_language(name, file=file, line=1, field=name), False))
    terms = []
    try:
        for cells in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > len(columns):
                raise InvalidInputError(wording("has {cells} cells for {columns} columns",
                                                cells=len(cells), columns=len(columns)),
                                        file=file, line=line)
            renderings: list[Rendering] = []
            note = ""
            for column, cell in zip(columns, cells, strict=False):
                if column is None:
                    note = cell
                    continue
                language, forbidden = column
                parts = cell.split(SEPARATOR) if cell.strip() else []
                renderings.extend(Rendering(language, part, forbidden) for part in parts)
            terms.append(checked_term(renderings, note, file=file, line=line))
    except csv.Error as exc:
        raise InvalidInputError(wording("is not CSV: {reason}", reason=exc), file=file,
                                line=reader.line_num) from None
    return terms


# -- TBX ---------------------------------------------------------------------------------------
def to_tbx(terms: Sequence[GlossaryTerm]) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<martif type="TBX-Basic" xml:lang="en">',
             "  <martifHeader><fileDesc><sourceDesc><p>Newsdesk glossary</p></sourceDesc>"
             "</fileDesc></martifHeader>",
             "  <text>", "    <body>"]
    for number, term in enumerate(terms, start=1):
        lines.append(f'      <termEntry id="{term.id or number}">')
        if term.note:
            lines.append(f"        <note>{escape(term.note)}</note>")
        for language in term.languages:
            lines.append(f"        <langSet xml:lang={quoteattr(language)}>")
            for rendering in (r for r in term.renderings if r.language == language):
                status = ("deprecatedTerm-admn-sts" if rendering.forbidden
                          else "preferredTerm-admn-sts")
                lines.append(f"          <tig><term>{escape(rendering.text)}</term>"
                             f'<termNote type="administrativeStatus">{status}</termNote></tig>')
            lines.append("        </langSet>")
        lines.append("      </termEntry>")
    lines += ["    </body>", "  </text>", "</martif>", ""]
    return "\n".join(lines)


class _TbxHandler:
    def __init__(self, file: str) -> None:
        self.file = file
        self.terms: list[GlossaryTerm] = []
        self.root_seen = False
        self.entry: tuple[int, list[Rendering], list[str]] | None = None
        self.language = ""
        self.term_line = 0
        self.term_text: str | None = None
        self.status = ""
        self.capture: str | None = None  # 'term', 'status' or 'note'
        self.buffer: list[str] = []
        self.in_term_group = False

    def start(self, name: str, attrs: dict[str, str], line: int) -> None:
        if not self.root_seen:
            self.root_seen = True
            if name not in ("martif", "tbx"):
                raise InvalidInputError(wording("is not a TBX file: it starts with <{name}>",
                                                name=name), file=self.file, line=line)
            return
        if name in ("termEntry", "conceptEntry"):
            self.entry = (line, [], [])
        elif self.entry is None:
            return
        elif name in ("langSet", "langSec"):
            lang = attrs.get("xml:lang") or attrs.get("lang") or ""
            self.language = known_language(lang, file=self.file, line=line) if lang else ""
            if not self.language:
                raise InvalidInputError(wording("<{name}> has no xml:lang", name=name),
                                        file=self.file, line=line)
        elif name in ("tig", "ntig", "termSec"):
            self.in_term_group, self.term_text, self.status, self.term_line = True, None, "", line
        elif name == "term":
            self.capture, self.buffer, self.term_line = "term", [], line
        elif name == "termNote" and attrs.get("type") == "administrativeStatus":
            self.capture, self.buffer = "status", []
        elif name in ("note", "descrip") and not self.in_term_group and not self.language:
            self.capture, self.buffer = "note", []

    def text(self, data: str) -> None:
        if self.capture is not None:
            self.buffer.append(data)

    def end(self, name: str, line: int) -> None:
        if self.entry is None:
            return
        entry_line, renderings, notes = self.entry
        if self.capture == "term" and name == "term":
            self.term_text = "".join(self.buffer)
            self.capture = None
            if not self.in_term_group:  # TBX-Min style: <term> straight in the language
                renderings.append(Rendering(self.language, self.term_text))
        elif self.capture == "status" and name == "termNote":
            self.status = "".join(self.buffer).strip().lower()
            self.capture = None
        elif self.capture == "note" and name in ("note", "descrip"):
            notes.append("".join(self.buffer))
            self.capture = None
        elif name in ("tig", "ntig", "termSec"):
            self.in_term_group = False
            if self.term_text is None:
                raise InvalidInputError(wording("<{name}> has no <term>", name=name),
                                        file=self.file, line=self.term_line)
            renderings.append(Rendering(self.language, self.term_text,
                                        self.status in _FORBIDDEN_STATUSES))
        elif name in ("langSet", "langSec"):
            self.language = ""
        elif name in ("termEntry", "conceptEntry"):
            self.terms.append(checked_term(renderings, " ".join(notes), file=self.file,
                                           line=entry_line))
            self.entry = None


def read_tbx(path: Path) -> list[GlossaryTerm]:
    handler = _TbxHandler(str(path))
    parse_file(path, handler)
    if not handler.root_seen:
        raise InvalidInputError(wording("is empty, not a TBX file"), file=str(path), line=1)
    return handler.terms
