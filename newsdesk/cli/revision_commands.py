"""``newsdesk revisions SLUG [--diff A B]``: a story's history and word diffs in the terminal."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Final, TextIO

from newsdesk.cli.terminal import printable
from newsdesk.domain.revision_diff import FieldDiff, StoryDiff, TextField
from newsdesk.domain.translation_changes import SegmentKind
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.revisions import CURRENT, Which, parse_which

OK, USER_ERROR = 0, 1
_RED: Final = "\x1b[31m"
_GREEN: Final = "\x1b[32m"
_RESET: Final = "\x1b[0m"


def wants_colour(stream: TextIO) -> bool:
    """Colours for a person at a terminal; never in a pipe or a file, nor with NO_COLOR set."""
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def marked(field: FieldDiff, *, colour: bool) -> str:
    """One field as git's word diff writes it: ``[-deleted-]`` and ``{+inserted+}``.

    The markers stay when colours are on, so the change reads the same on a terminal without
    colours, to a colour-blind reader, and in a copy pasted into an e-mail.
    """
    parts = []
    for segment in field.segments:
        text = printable(segment.text)
        if segment.kind is SegmentKind.DELETED:
            parts.append(f"{_RED}[-{text}-]{_RESET}" if colour else f"[-{text}-]")
        elif segment.kind is SegmentKind.INSERTED:
            parts.append(f"{_GREEN}{{+{text}+}}{_RESET}" if colour else f"{{+{text}+}}")
        else:
            parts.append(text)
    return "".join(parts)


def field_label(field: FieldDiff) -> str:
    if field.field is TextField.BODY:
        return f"paragraph {(field.paragraph or 0) + 1}"
    return str(field.field)


def _name(which: Which) -> str:
    return CURRENT if which is None else f"revision {which}"


def print_diff(diff: StoryDiff, old: Which, new: Which, *, colour: bool) -> None:
    print(f"--- {_name(old)}")
    print(f"+++ {_name(new)}")
    if not diff.changed:
        print("no difference in headline, deck or body")
        return
    for field in diff.changes:
        print(f"{field_label(field)}: {marked(field, colour=colour)}")


def cmd_revisions(newsroom: Newsroom, args: argparse.Namespace) -> int:
    """One line per revision (number, date, who, note, headline), or the diff of two."""
    service = newsroom.revisions
    story = service.story(args.slug)
    if args.diff:
        old, new = (parse_which(text) for text in args.diff)
        diff = service.diff(story.id or 0, old, new)
        print_diff(diff, old, new, colour=wants_colour(sys.stdout))
        return OK
    history = service.history(story.id or 0)
    if not history:
        print(f"'{printable(story.slug)}' has no revisions yet (one is recorded on each save "
              "with Ctrl+S, on import --update and on publishing)", file=sys.stderr)
        return OK
    for revision in history:
        when = revision.created_at.strftime("%Y-%m-%d %H:%M")
        fields = (str(revision.number), when, revision.author_name or "-", revision.note or "-",
                  revision.headline)
        print("\t".join(map(printable, fields)))
    return OK
