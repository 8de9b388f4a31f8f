"""Argument parsing for ``newsdesk``: no sub-command opens the window, otherwise the CLI."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from newsdesk import __version__
from newsdesk.domain.article import Role, Status
from newsdesk.ui_language import UI_LANGUAGES

# pdf is printed by Qt offscreen (newsdesk.printing), imported only when asked for.
EXPORT_FORMATS = ("md", "md-clean", "html", "ninjs", "pdf")


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
    parser.add_argument(
        "--ui-language", choices=UI_LANGUAGES, default=None,
        help="the window's interface language (default: Preferences, else the system locale)",
    )
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

    exp = command("export", "export stories to Markdown, HTML, IPTC ninjs or PDF files")
    exp.add_argument("slugs", nargs="*", metavar="SLUG")
    exp.add_argument("--format", choices=EXPORT_FORMATS, default="md")
    exp.add_argument(
        "--out", default="export", metavar="DIR", help="output folder (default: ./export)"
    )
    which = exp.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="every story")
    which.add_argument("--status", choices=[s.value for s in Status])
    exp.add_argument("--authors", action="store_true", help="also write one HTML page per author")

    chk = command(
        "check",
        "every readiness problem of the stories, one line each (story, field, problem); "
        "exit 1 when there is any",
    )
    chk.add_argument("slugs", nargs="*", metavar="SLUG")
    chk.add_argument("--status", type=str.lower, choices=[s.value for s in Status])

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
    _memory_commands(command)
    _glossary_commands(command)
    _house_commands(command)
    revisions = command("revisions", "a story's revisions (number, date, who, note, headline), "
                        "or with --diff the words changed between two of them")
    revisions.add_argument("slug", metavar="SLUG")
    revisions.add_argument("--diff", nargs=2, metavar=("A", "B"),
                           help="revision numbers as listed, or 'current' for the stored text")
    return parser


GLOSSARY_HELP = """\
examples:
  newsdesk glossary add --lang en SCO --lang ru ШОС --forbidden ru "Шанхайская пятёрка"
  newsdesk glossary add --lang en "Jogorku Kenesh" --lang ru "Жогорку Кенеш" --note parliament
  newsdesk glossary list [--lang ru]
  newsdesk glossary remove 12            (an id from 'list', or a rendering: remove ШОС)
  newsdesk glossary import terms.csv     (or terms.tbx: TBX-Basic or TBX v3)
  newsdesk glossary export terms.csv     (or terms.tbx)

CSV files have a header line: one column per language code (en, ru...) holding its
renderings, the preferred first, separated by |; forbidden_<code> columns for the variants
not to use; an optional note column. Example:
  en,ru,forbidden_ru,note
  SCO,ШОС,Шанхайская пятёрка,Shanghai Cooperation Organisation
"""


def _memory_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    memory = command("memory", "the translation memory: search, import and export TMX")
    actions = memory.add_subparsers(dest="memory_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        _database_option(sub, argparse.SUPPRESS)
        return sub

    search = action("search", "the best matches for a text, with their similarity")
    search.add_argument("text", nargs="+")
    search.add_argument("--from", dest="source", required=True, metavar="LANG",
                        help="the text's language (en, ru...)")
    search.add_argument("--to", dest="target", required=True, metavar="LANG",
                        help="the language of the translations wanted")
    search.add_argument("--limit", type=_positive, default=3)
    search.add_argument("--min", type=_percent, default=70, metavar="PERCENT",
                        help="the lowest similarity shown (default 70)")
    concordance = action("concordance", "pairs containing a word or phrase")
    concordance.add_argument("phrase", nargs="+")
    concordance.add_argument("--lang", required=True, metavar="LANG",
                             help="the language of the phrase")
    concordance.add_argument("--side", choices=["source", "target"], default="source",
                             help="search the originals (source) or translations (target)")
    concordance.add_argument("--limit", type=_positive, default=20)
    imp = action("import", "import TMX 1.4 files (OmegaT, memoQ...): all units or none")
    imp.add_argument("files", nargs="+", metavar="FILE.tmx")
    exp = action("export", "write the memory as a TMX 1.4b file")
    exp.add_argument("file", metavar="FILE.tmx")
    exp.add_argument("--from", dest="source", default="", metavar="LANG")
    exp.add_argument("--to", dest="target", default="", metavar="LANG")


def _percent(text: str) -> int:
    value = _positive(text)
    if value > 100:
        raise argparse.ArgumentTypeError(f"must be at most 100, not {value}")
    return value


def _glossary_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    glossary = command("glossary", "terms and names with their renderings per language")
    glossary.formatter_class = argparse.RawDescriptionHelpFormatter
    glossary.epilog = GLOSSARY_HELP
    actions = glossary.add_subparsers(dest="glossary_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text,
                                 epilog=GLOSSARY_HELP,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
        _database_option(sub, argparse.SUPPRESS)
        return sub

    lst = action("list", "every term, one per line: id, renderings, forbidden, note")
    lst.add_argument("--lang", metavar="LANG", help="only terms with a rendering in LANG")
    add = action("add", "add a term with its renderings")
    add.add_argument("--lang", nargs=2, action="append", dest="renderings", required=True,
                     metavar=("LANG", "TERM"), help="a rendering; repeat for each language")
    add.add_argument("--forbidden", nargs=2, action="append", default=[],
                     metavar=("LANG", "TERM"), help="a variant not to use; may repeat")
    add.add_argument("--note", default="")
    remove = action("remove", "remove terms by id or by one of their renderings")
    remove.add_argument("terms", nargs="+", metavar="ID_OR_TERM")
    imp = action("import", "import a .csv or .tbx glossary: all terms or none")
    imp.add_argument("files", nargs="+", metavar="FILE")
    exp = action("export", "write the glossary as .csv or .tbx (by the file's suffix)")
    exp.add_argument("file", metavar="FILE")


def _house_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """``newsdesk house show|set|reset``: the settings every window on the newsroom uses."""
    from newsdesk.domain.house_keys import KEY_NAMES, KEYS

    epilog = "keys:\n" + "".join(f"  {k.key:<18} {k.summary}\n" for k in KEYS) + HOUSE_EXAMPLES
    house = command("house", "the newsroom's house settings: outlet, credit, dateline style…")
    house.formatter_class = argparse.RawDescriptionHelpFormatter
    house.epilog = epilog
    actions = house.add_subparsers(dest="house_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text, epilog=epilog,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
        _database_option(sub, argparse.SUPPRESS)
        return sub

    action("show", "every key, its value, and whether it is set or the default")
    put = action("set", "set one key (checked; nothing is stored when it is refused)")
    put.add_argument("key", metavar="KEY", help=", ".join(KEY_NAMES))
    put.add_argument("value", metavar="VALUE")
    reset = action("reset", "forget a key's stored value: the default applies again")
    reset.add_argument("key", metavar="KEY", help=", ".join(KEY_NAMES))


HOUSE_EXAMPLES = """
examples:
  newsdesk house show
  newsdesk house set outlet_name "Kabar Desk"
  newsdesk house set dateline_style custom
  newsdesk house set dateline_template "{CITY}, {date} ({agency}) —"
  newsdesk house set site_url https://kabar.kg   (empty "": exports link only to their files)
  newsdesk house reset headline_limit
"""
