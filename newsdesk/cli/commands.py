"""The CLI's commands: each prints for people, returns an exit code, never a traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsdesk.cli.house_commands import cmd_house
from newsdesk.cli.memory_commands import cmd_glossary, cmd_memory
from newsdesk.cli.progress import terminal_progress
from newsdesk.cli.revision_commands import cmd_revisions
from newsdesk.cli.terminal import printable
from newsdesk.domain.article import ArticleSummary, Role, Status
from newsdesk.domain.errors import InvalidInputError, NotFoundError
from newsdesk.domain.people import Author
from newsdesk.domain.query import ArticleQuery
from newsdesk.domain.search_syntax import fold_for_search, parse_search
from newsdesk.domain.wording import count_of
from newsdesk.services.export.batch import ExportFormat, export_stories
from newsdesk.services.newsroom import Newsroom

OK, USER_ERROR = 0, 1


def _print_summaries(rows: list[ArticleSummary]) -> None:
    for row in rows:
        when = row.updated_at.strftime("%Y-%m-%d") if row.updated_at else ""
        fields = (row.slug, str(row.status), row.language, when, row.headline, row.byline)
        print("\t".join(map(printable, fields)))


def cmd_import(newsroom: Newsroom, args: argparse.Namespace) -> int:
    failed = 0
    paths = [Path(name) for name in args.files]
    for _path, result in newsroom.importer.import_files(paths, update=args.update):
        if isinstance(result, InvalidInputError):
            print(f"error: {printable(str(result))}", file=sys.stderr)
            failed += 1
            continue
        for warning in result.warnings:
            print(f"warning: {printable(warning)}", file=sys.stderr)
        verb = "imported" if result.created else "unchanged" if result.unchanged else "updated"
        print(f"{verb} {printable(result.article.slug)}: {printable(result.article.headline)}")
    return USER_ERROR if failed else OK


def cmd_export(newsroom: Newsroom, args: argparse.Namespace) -> int:
    if not (args.slugs or args.all or args.status):
        print(
            "error: name the stories to export: SLUG..., --all or --status STATUS", file=sys.stderr
        )
        return USER_ERROR
    if not args.out.strip():
        # Path("") is the current folder: an empty --out (an unset shell variable) must not
        # scatter files where the command happens to run.
        print("error: --out is empty; name the folder to export to", file=sys.stderr)
        return USER_ERROR
    articles = newsroom.articles
    members: list[str] | None = None
    if args.slugs:
        bundles = [articles.bundle_by_slug(slug) for slug in args.slugs]
        members = [bundle.article.slug for bundle in bundles]
        total = len(bundles)
        source = iter(bundles)
    else:
        query = ArticleQuery(statuses=(Status(args.status),) if args.status else ())
        total = articles.count(query)
        source = articles.iter_bundles(query)
        if args.format == "html":  # so a translation and its original link relatively
            members = [row.slug for row in articles.page(query, 0, total)]
    if args.format == "pdf":
        if args.authors:
            print("error: --authors writes HTML author pages; use it with --format html",
                  file=sys.stderr)
            return USER_ERROR
        # Qt is loaded for this format only: every other command starts without it.
        from newsdesk.printing.batch import export_pdfs

        report = export_pdfs(source, Path(args.out), newsroom.house.settings(), total=total,
                             progress=terminal_progress("exporting pdf"))
    else:
        report = export_stories(
            source,
            Path(args.out),
            ExportFormat(args.format),
            newsroom.house.settings(),
            total=total,
            progress=terminal_progress(f"exporting {args.format}"),
            with_authors=args.authors,
            members=members,
        )
    for skipped in report.skipped:
        print(f"warning: skipped '{printable(skipped.headline)}': {printable(skipped.reason)}",
              file=sys.stderr)
    print(
        f"wrote {count_of(report.stories_written, 'story')} "
        f"({count_of(len(report.written), 'file')}) to {report.out_dir}"
    )
    return USER_ERROR if report.skipped else OK


def cmd_check(newsroom: Newsroom, args: argparse.Namespace) -> int:
    """``newsdesk check``: for a newsroom's scripts, what keeps each story from ``ready``.

    One line per problem on stdout, ``slug<TAB>field<TAB>problem``; a summary on stderr;
    exit 1 when any story has a problem, 0 when none has.
    """
    if bool(args.slugs) == bool(args.status):
        print("error: name the stories to check: SLUG... or --status STATUS (not both)",
              file=sys.stderr)
        return USER_ERROR
    articles = newsroom.articles
    if args.slugs:
        stories = [articles.get_by_slug(slug) for slug in dict.fromkeys(args.slugs)]
    else:
        stories = [b.article for b in articles.iter_bundles(ArticleQuery(
            statuses=(Status(args.status),)))]
    troubled = problems = 0
    for article in stories:
        found = articles.check_ready(article)
        troubled += bool(found)
        problems += len(found)
        for problem in found:
            print(f"{printable(article.slug)}\t{problem.field}\t{printable(problem.message)}")
    checked = count_of(len(stories), "story")
    if problems:
        print(f"{count_of(problems, 'problem')} in {troubled} of {checked}", file=sys.stderr)
        return USER_ERROR
    print(f"{checked} checked: no problem", file=sys.stderr)
    return OK


def cmd_list(newsroom: Newsroom, args: argparse.Namespace) -> int:
    rows = newsroom.articles.page(_filtered_query(newsroom, args), 0, args.limit)
    if not rows and _filters_given(args):
        print("no story matches those filters", file=sys.stderr)
    _print_summaries(rows)
    return OK


def _filtered_query(newsroom: Newsroom, args: argparse.Namespace, text: str = "") -> ArticleQuery:
    """``--status``, ``--author``, ``--language`` and ``--tag`` as the story list reads them."""
    return ArticleQuery(
        statuses=(Status(args.status),) if args.status else (),
        author_name=_author_name(newsroom, args.author or ""),
        language=args.language or "",
        tag=_tag_as_stored(newsroom, args.tag or ""),
        text=text,
    )


def _filters_given(args: argparse.Namespace) -> bool:
    return any((args.status, args.author, args.language, args.tag))


def _author_name(newsroom: Newsroom, wanted: str) -> str:
    """``--author`` takes a slug (as ``authors show`` prints it) or a name, or part of one."""
    if not wanted:
        return ""
    try:
        return newsroom.authors.find(wanted).name
    except NotFoundError:
        return wanted


def _tag_as_stored(newsroom: Newsroom, wanted: str) -> str:
    """``--tag water`` finds the stories tagged "Water": typed tags are not case-exact."""
    folded = fold_for_search(wanted).casefold()  # and "елка" finds "Ёлка"
    return next((tag for tag in newsroom.articles.tags()
                 if fold_for_search(tag).casefold() == folded), wanted)


def cmd_search(newsroom: Newsroom, args: argparse.Namespace) -> int:
    text = " ".join(args.query)
    if parse_search(text).is_empty:
        # The window shows the whole desk for an empty search box; here it would print an
        # arbitrary 50 stories as if they matched.
        print(f"nothing to search for in '{text}': give a word, a \"phrase\", or leave one "
              "out with -word (after --, as in: newsdesk search -- -word)", file=sys.stderr)
        return USER_ERROR
    rows = newsroom.articles.page(_filtered_query(newsroom, args, text), 0, args.limit)
    if not rows:
        among = " among the stories those filters keep" if _filters_given(args) else ""
        print(f"no story matches '{text}'{among}", file=sys.stderr)
        return USER_ERROR
    _print_summaries(rows)
    return OK


def _print_author(author: Author) -> None:
    roles = ", ".join(str(role) for role in author.roles)
    state = "" if author.active else " (inactive)"
    print(f"{printable(author.slug)}\t{printable(author.name)}{state}\t{roles}\t"
          f"{printable(author.email)}")


def cmd_authors(newsroom: Newsroom, args: argparse.Namespace) -> int:
    service = newsroom.authors
    if args.authors_command == "list":
        for author in service.all():
            _print_author(author)
        return OK
    if args.authors_command == "add":
        roles = tuple(Role(r) for r in (args.roles or ["reporter"]))
        author = service.create(
            Author(
                name=args.name,
                roles=roles,
                bio=args.bio,
                email=args.email,
                languages=tuple(args.languages),
            )
        )
        print(f"created {printable(author.slug)}: {printable(author.name)}")
        return OK
    author = service.find(args.name)
    _print_author(author)
    if author.bio:
        print(f"\n{printable(author.bio, keep_newlines=True)}\n")
    counts = service.status_counts(author.id or 0)
    print("  ".join(f"{status}: {count}" for status, count in counts.items()))
    _print_summaries(newsroom.articles.page(ArticleQuery(author_id=author.id), 0, 1000))
    return OK


def cmd_demo(newsroom: Newsroom, args: argparse.Namespace) -> int:
    from newsdesk.services.demo import fill_demo_newsroom, is_empty

    if args.if_empty and not is_empty(newsroom.uow):
        return OK
    report = fill_demo_newsroom(
        newsroom.uow, articles=args.articles, progress=terminal_progress("generating stories")
    )
    print(f"demo newsroom ready in {newsroom.name}: {report}")
    return OK


def cmd_dictionary(newsroom: Newsroom, args: argparse.Namespace) -> int:
    house = newsroom.house
    if args.action == "list":
        print(printable(house.export_words(args.language), keep_newlines=True), end="")
    elif args.action == "export":
        text = house.export_words(args.language)
        if args.items:
            Path(args.items[0]).write_text(text, encoding="utf-8")
        else:
            print(text, end="")
    elif args.action == "import":
        added = 0
        for name in args.items:
            try:
                lines = Path(name).read_text(encoding="utf-8").splitlines()
                added += house.import_words(args.language, lines)
            except InvalidInputError as exc:
                raise InvalidInputError(
                    exc.message, file=name, line=exc.line, field=exc.field
                ) from exc
            except (OSError, UnicodeDecodeError) as exc:
                raise InvalidInputError(f"cannot read the word list: {exc}", file=name) from exc
        print(f"added {added} words to the {args.language} house dictionary")
    elif args.action == "add":
        for word in args.items:
            added = house.add_word(args.language, word)
            print(f"{'added' if added else 'already there'}: {word}")
    else:
        for word in args.items:
            removed = house.remove_word(args.language, word)
            print(f"{'removed' if removed else 'not there'}: {word}")
    return OK


COMMANDS = {
    "import": cmd_import,
    "export": cmd_export,
    "check": cmd_check,
    "list": cmd_list,
    "search": cmd_search,
    "authors": cmd_authors,
    "demo": cmd_demo,
    "dictionary": cmd_dictionary,
    "memory": cmd_memory,
    "glossary": cmd_glossary,
    "revisions": cmd_revisions,
    "house": cmd_house,
}
