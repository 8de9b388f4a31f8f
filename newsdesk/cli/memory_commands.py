"""The CLI's ``memory`` and ``glossary`` commands (issue 12): print for people, exit codes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsdesk.cli.progress import terminal_progress
from newsdesk.cli.terminal import printable
from newsdesk.domain.errors import InvalidInputError
from newsdesk.domain.glossary import GlossaryTerm, Rendering
from newsdesk.domain.memory import MemoryEntry
from newsdesk.services.newsroom import Newsroom

OK, USER_ERROR = 0, 1


def _origin(entry: MemoryEntry) -> str:
    """Where a pair comes from: story, date, translator, as far as they are known."""
    parts = [entry.story_slug or entry.story_headline or str(entry.origin),
             entry.created_at.strftime("%Y-%m-%d")]
    if entry.translator:
        parts.append(entry.translator)
    return " ".join(printable(part) for part in parts)


def cmd_memory(newsroom: Newsroom, args: argparse.Namespace) -> int:
    memory = newsroom.memory
    if args.memory_command == "search":
        text = " ".join(args.text)
        matches = memory.lookup(text, args.source, args.target, limit=args.limit,
                                threshold=args.min / 100)
        if not matches:
            print(f"no {args.source}→{args.target} pair in the memory is {args.min}% like "
                  f"'{printable(text)}'", file=sys.stderr)
            return USER_ERROR
        for match in matches:
            entry = match.entry
            print(f"{match.percent}%\t{printable(entry.source)}\t{printable(entry.target)}\t"
                  f"{_origin(entry)}")
        return OK
    if args.memory_command == "concordance":
        phrase = " ".join(args.phrase)
        entries = memory.concordance(phrase, args.lang, args.side, limit=args.limit)
        if not entries:
            print(f"no pair holds '{printable(phrase)}' on its {args.side} side in {args.lang}",
                  file=sys.stderr)
            return USER_ERROR
        for entry in entries:
            print(f"{printable(entry.source)}\t{printable(entry.target)}\t{_origin(entry)}")
        return OK
    from newsdesk.services.tmx import export_tmx, import_tmx

    if args.memory_command == "export":
        written = export_tmx(newsroom.uow, Path(args.file), source_language=args.source,
                             target_language=args.target,
                             progress=terminal_progress("exporting TMX"))
        print(f"wrote {written:,} units to {args.file}")
        return OK
    for name in args.files:
        report = import_tmx(newsroom.uow, Path(name),
                            progress=terminal_progress(f"importing {Path(name).name}"))
        print(report.message())
    return OK


def _term_line(term: GlossaryTerm) -> str:
    allowed = "; ".join(f"{lang}: {' | '.join(term.allowed(lang))}" for lang in term.languages
                        if term.allowed(lang))
    forbidden = "; ".join(f"{lang}: {' | '.join(term.forbidden(lang))}"
                          for lang in term.languages if term.forbidden(lang))
    return "\t".join(printable(part) for part in (
        str(term.id), allowed, f"forbidden {forbidden}" if forbidden else "", term.note))


def cmd_glossary(newsroom: Newsroom, args: argparse.Namespace) -> int:
    glossary = newsroom.glossary
    if args.glossary_command == "list":
        for term in glossary.terms():
            if args.lang and not term.allowed(args.lang) and not term.forbidden(args.lang):
                continue
            print(_term_line(term))
        return OK
    if args.glossary_command == "add":
        renderings = [Rendering(lang, text) for lang, text in args.renderings]
        renderings += [Rendering(lang, text, True) for lang, text in args.forbidden]
        term = glossary.add(renderings, args.note)
        print(f"added {_term_line(term)}")
        return OK
    if args.glossary_command == "remove":
        failed = 0
        for wanted in args.terms:
            if wanted.isdigit():
                removed = [glossary.remove(int(wanted))]
            else:
                found = glossary.find(wanted)
                if not found:
                    print(f"error: no glossary term is spelled '{printable(wanted)}'",
                          file=sys.stderr)
                    failed += 1
                    continue
                if len(found) > 1:
                    ids = ", ".join(str(term.id) for term in found)
                    print(f"error: '{printable(wanted)}' is a rendering of terms {ids}; "
                          "remove one by its id", file=sys.stderr)
                    failed += 1
                    continue
                removed = [glossary.remove(found[0].id or 0)]
            for term in removed:
                print(f"removed {_term_line(term)}")
        return USER_ERROR if failed else OK
    if args.glossary_command == "import":
        for name in args.files:
            print(glossary.import_file(Path(name)).message())
        return OK
    path = Path(args.file)
    if path.suffix.lower() not in (".csv", ".tbx"):
        raise InvalidInputError("name a .csv or .tbx file to export to", file=args.file)
    written = glossary.export_file(path)
    print(f"wrote {written} terms to {args.file}")
    return OK


