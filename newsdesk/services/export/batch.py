"""Export many stories to a folder: streaming, whole files only, with progress and cancel."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Final

from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.errors import InvalidInputError, NewsdeskError
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.people import Author
from newsdesk.services.export.files import FileNamer, sync_directory, write_atomically
from newsdesk.services.export.html import (
    render_article_page,
    render_author_page,
    render_index_page,
)
from newsdesk.services.export.links import author_slug
from newsdesk.services.export.markdown import to_clean_markdown, to_interchange_markdown
from newsdesk.services.export.ninjs import to_ninjs

AUTHORS_DIR: Final = "authors"
INDEX_NAME: Final = "index.html"


class ExportFormat(StrEnum):
    """The formats ``newsdesk export --format`` and the export dialog offer."""

    HTML = "html"
    MARKDOWN = "md"
    MARKDOWN_CLEAN = "md-clean"
    NINJS = "ninjs"

    @property
    def extension(self) -> str:
        return {"html": ".html", "md": ".md", "md-clean": ".md", "ninjs": ".json"}[self.value]


@dataclass(frozen=True)
class SkippedStory:
    """A story that could not be exported, and why, in words a user can act on."""

    headline: str
    reason: str


@dataclass(frozen=True)
class ExportReport:
    """What a batch left on disk; ``cancelled`` batches hold only whole files."""

    out_dir: Path
    written: tuple[Path, ...] = ()
    skipped: tuple[SkippedStory, ...] = ()
    cancelled: bool = False

    @property
    def stories_written(self) -> int:
        return sum(1 for path in self.written
                   if path.parent == self.out_dir and path.name != INDEX_NAME)


@dataclass
class _AuthorPage:
    author: Author
    file_name: str
    stories: list[StoryBundle] = field(default_factory=list)


def _author_key(author: Author) -> str:
    return f"id:{author.id}" if author.id is not None else f"slug:{author_slug(author)}"


def _prepare_out_dir(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise InvalidInputError("exists and is not a folder", file=str(out_dir))
    out_dir.mkdir(parents=True, exist_ok=True)


def export_stories(
    bundles: Iterable[StoryBundle],
    out_dir: Path,
    fmt: ExportFormat,
    house: HouseSettings,
    *,
    total: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    with_authors: bool = False,
) -> ExportReport:
    """Write one file per story into ``out_dir`` (plus ``index.html`` and ``authors/`` for HTML).

    ``bundles`` is consumed once, story by story, so thousands of stories never sit in memory
    with their bodies; only headlines and dates are kept for the index and author pages.
    ``progress(done, total)`` is called after each story (``total`` is 0 when unknown);
    ``cancelled()`` is asked before each file, so a cancel leaves only whole files and no index.
    A story that cannot be rendered (a broken dateline template, say) is skipped and reported;
    disk errors stop the batch and propagate with the file name.
    """
    fmt = ExportFormat(fmt)
    _prepare_out_dir(out_dir)
    is_html = fmt is ExportFormat.HTML
    namer = FileNamer(fmt.extension, reserved=("index", AUTHORS_DIR) if is_html else ())
    author_namer = FileNamer(".html")
    authors: dict[str, _AuthorPage] = {}
    listed: list[tuple[StoryBundle, str]] = []
    written: list[Path] = []
    skipped: list[SkippedStory] = []

    def author_page(author: Author) -> _AuthorPage:
        key = _author_key(author)
        if key not in authors:
            authors[key] = _AuthorPage(author, author_namer.name_for(author_slug(author),
                                                                     fallback="author"))
        return authors[key]

    def author_link(author: Author) -> str:
        return f"{AUTHORS_DIR}/{author_page(author).file_name}"

    stop = False
    for done, bundle in enumerate(bundles, start=1):
        if cancelled is not None and cancelled():
            stop = True
            break
        article = bundle.article
        name = namer.name_for(article.slug or article.headline)
        try:
            if is_html:
                text = render_article_page(bundle, house,
                                           author_url=author_link if with_authors else None)
            elif fmt is ExportFormat.MARKDOWN:
                text = to_interchange_markdown(bundle)
            elif fmt is ExportFormat.MARKDOWN_CLEAN:
                text = to_clean_markdown(bundle, house)
            else:
                text = json.dumps(to_ninjs(bundle, house), ensure_ascii=False, indent=2) + "\n"
        except (NewsdeskError, ValueError) as exc:
            skipped.append(SkippedStory(article.headline, str(exc)))
        else:
            path = out_dir / name
            write_atomically(path, text)
            written.append(path)
            if is_html:
                light = replace(bundle, article=replace(article, body=""), sources=())
                listed.append((light, name))
                if with_authors:
                    for author in bundle.authors:
                        author_page(author).stories.append(light)
        if progress is not None:
            progress(done, total or 0)

    if is_html and not stop:
        files = {id(light.article): name for light, name in listed}
        index = render_index_page([light for light, _ in listed], house,
                                  story_href=lambda article: files[id(article)])
        write_atomically(out_dir / INDEX_NAME, index)
        written.append(out_dir / INDEX_NAME)
        if with_authors and authors:
            (out_dir / AUTHORS_DIR).mkdir(exist_ok=True)
            for page in authors.values():
                html = render_author_page(page.author, page.stories, house,
                                          story_href=lambda article: f"../{files[id(article)]}")
                path = out_dir / AUTHORS_DIR / page.file_name
                write_atomically(path, html)
                written.append(path)
            sync_directory(out_dir / AUTHORS_DIR)
    sync_directory(out_dir)
    return ExportReport(out_dir, tuple(written), tuple(skipped), stop)
