"""Argument parsing for ``newsdesk``: no sub-command opens the window, otherwise the CLI."""

from __future__ import annotations

import argparse

from newsdesk import __version__
from newsdesk.domain.article import Role, Status

EXPORT_FORMATS = ("md", "md-clean", "html", "ninjs")


def _positive(text: str) -> int:
    """``--limit 0`` would list nothing and then say nothing matched."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _story_filters(parser: argparse.ArgumentParser) -> None:
    """The story list's filters, the same for ``list`` and ``search``."""
    parser.add_argument("--status", type=str.lower, choices=[s.value for s in Status])
    parser.add_argument("--author", metavar="NAME", help="a name, part of one, or a slug")
    parser.add_argument("--language", metavar="TAG", help="ru, en, en-GB… (en finds en-GB too)")
    parser.add_argument("--tag")


def _database_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--database",
        metavar="URL",
        default=default,
        help=(
            "SQLAlchemy URL or SQLite path "
            "(default: $NEWSDESK_DATABASE_URL, else a per-user file)"
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdesk",
        description="Newsdesk, a desktop newsroom editor. Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    _database_option(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _database_option(sub, argparse.SUPPRESS)
        return sub

    imp = command("import", "import stories from Markdown files with YAML front matter")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument(
        "--update",
        action="store_true",
        help="replace stories whose slug exists (a revision is kept)",
    )

    exp = command("export", "export stories to Markdown, HTML or IPTC ninjs files")
    exp.add_argument("slugs", nargs="*", metavar="SLUG")
    exp.add_argument("--format", choices=EXPORT_FORMATS, default="md")
    exp.add_argument(
        "--out", default="export", metavar="DIR", help="output folder (default: ./export)"
    )
    which = exp.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="every story")
    which.add_argument("--status", choices=[s.value for s in Status])
    exp.add_argument("--authors", action="store_true", help="also write one HTML page per author")

    lst = command("list", "list stories, newest first")
    _story_filters(lst)
    lst.add_argument("--limit", type=_positive, default=100)

    search = command("search", "full-text search over headline, deck, body, tags and authors")
    search.add_argument("query", nargs="+")
    _story_filters(search)
    search.add_argument("--limit", type=_positive, default=50)

    authors = command("authors", "author profiles")
    author_commands = authors.add_subparsers(
        dest="authors_command", metavar="ACTION", required=True
    )
    a_list = author_commands.add_parser("list", help="list profiles")
    _database_option(a_list, argparse.SUPPRESS)
    a_add = author_commands.add_parser("add", help="create a profile")
    _database_option(a_add, argparse.SUPPRESS)
    a_add.add_argument("name")
    a_add.add_argument("--role", action="append", choices=[r.value for r in Role], dest="roles")
    a_add.add_argument("--bio", default="")
    a_add.add_argument("--email", default="")
    a_add.add_argument("--language", action="append", dest="languages", default=[])
    a_show = author_commands.add_parser("show", help="a profile and its stories")
    _database_option(a_show, argparse.SUPPRESS)
    a_show.add_argument("name", help="name or slug")

    demo = command("demo", "fill the database with the demo newsroom")
    demo.add_argument(
        "--articles", type=int, default=0, metavar="N", help="plus N generated stories"
    )
    demo.add_argument(
        "--if-empty", action="store_true", help="do nothing when the database has stories"
    )

    words = command("dictionary", "the house dictionary shared through the database")
    words.add_argument("action", choices=["list", "add", "remove", "import", "export"])
    words.add_argument("items", nargs="*", metavar="WORD_OR_FILE")
    words.add_argument("--language", default="en")
    return parser
