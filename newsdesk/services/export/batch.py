"""Export many stories to a folder: streaming, whole files only, with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Final

from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.errors import InvalidInputError, Wording, wording, wording_of
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.people import Author
from newsdesk.services.export.files import FileNamer, sync_written, write_atomically
from newsdesk.services.export.formats import ExportFormat
from newsdesk.services.export.html import render_author_page, render_index_page
from newsdesk.services.export.links import article_slug, author_slug
from newsdesk.services.export.parallel import RenderJob, author_key, render_stream, worker_count

__all__ = [
    "AUTHORS_DIR",
    "INDEX_NAME",
    "ExportFormat",
    "ExportReport",
    "SkippedStory",
    "export_stories",
]

AUTHORS_DIR: Final = "authors"
INDEX_NAME: Final = "index.html"


@dataclass(frozen=True)
class SkippedStory:
    """A story that could not be exported, and why, in words a user can act on.

    ``reason`` is English (the CLI and the log); ``wording`` is the same reason for the
    window to translate (``newsdesk.ui.error_text.wording_text``), None when it has none.
    """

    headline: str
    reason: str
    wording: Wording | None = None

    @classmethod
    def of(cls, headline: str, error: BaseException) -> SkippedStory:
        """The story skipped because rendering it raised ``error``."""
        return cls(headline, str(error), wording_of(error))


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



def _prepare_out_dir(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise InvalidInputError(wording("exists and is not a folder"), file=str(out_dir))
    out_dir.mkdir(parents=True, exist_ok=True)


def _refuse_link(path: Path) -> None:
    """Never write through a symbolic link found inside the output folder.

    The folder the user chose may itself be a link (their choice); but a link planted in it,
    such as ``authors -> /home/someone/.config``, would take the export outside it.
    """
    if path.is_symlink():
        raise InvalidInputError(
            wording("is a symbolic link, and an export never writes through one (it may lead "
                    "out of the export folder); remove it or export to another folder"),
            file=str(path),
        )


def _prepare_authors_dir(authors_dir: Path) -> None:
    _refuse_link(authors_dir)
    if authors_dir.exists() and not authors_dir.is_dir():
        raise InvalidInputError(
            wording("exists and is not a folder; the author pages go there: move it away"),
            file=str(authors_dir),
        )


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
    members: Iterable[str] | None = None,
) -> ExportReport:
    """Write one file per story into ``out_dir`` (plus ``index.html`` and ``authors/`` for HTML).

    ``bundles`` is consumed once, story by story, so thousands of stories never sit in memory
    with their bodies; only headlines and dates are kept for the index and author pages.
    ``progress(done, total)`` is called after each story (``total`` is 0 when unknown);
    ``cancelled()`` is asked before each file, so a cancel leaves only whole files and no index.
    A story that cannot be rendered (a broken dateline template, say) is skipped and reported;
    disk errors stop the batch and propagate with the file name.
    ``members``: the slugs of every story in the batch, when ``bundles`` is a stream (a list
    says so itself). HTML pages then link a translation and its original relatively when both
    are in the export; a story outside it is linked on the site, or not at all.
    """
    fmt = ExportFormat(fmt)
    _prepare_out_dir(out_dir)
    is_html = fmt is ExportFormat.HTML
    if is_html:
        # Checked before the first story is written, not found out after the batch.
        _refuse_link(out_dir / INDEX_NAME)
        if with_authors:
            _prepare_authors_dir(out_dir / AUTHORS_DIR)
    namer = FileNamer(fmt.extension, reserved=("index", AUTHORS_DIR) if is_html else ())
    author_namer = FileNamer(".html")
    if members is None and isinstance(bundles, Sequence):
        members = [article_slug(b.article) for b in bundles]
    # Names are decided before the first page renders, so any page can link to any other.
    story_files: dict[str, str] = {}
    if is_html:
        for slug in dict.fromkeys(members or ()):
            story_files[slug] = namer.name_for(slug)
    authors: dict[str, _AuthorPage] = {}
    listed: list[tuple[StoryBundle, str]] = []
    written: list[Path] = []
    skipped: list[SkippedStory] = []

    def author_page(author: Author) -> _AuthorPage:
        key = author_key(author)
        if key not in authors:
            file_name = author_namer.name_for(author_slug(author), fallback="author")
            authors[key] = _AuthorPage(author, file_name)
        return authors[key]

    def jobs() -> Iterator[RenderJob]:
        # Author page names are decided here, in story order, so workers only look them up.
        for bundle in bundles:
            links: tuple[tuple[str, str], ...] = ()
            if with_authors:
                links = tuple(
                    (author_key(a), f"{AUTHORS_DIR}/{author_page(a).file_name}")
                    for a in bundle.authors
                )
            related = [bundle.article, *bundle.translations]
            if bundle.original is not None:
                related.append(bundle.original)
            story_links = tuple((slug, story_files[slug])
                                for slug in map(article_slug, related) if slug in story_files)
            yield RenderJob(bundle, links, story_links)

    stream = render_stream(jobs(), fmt, house, with_authors, workers=worker_count(total, fmt))
    stop = False
    named: set[str] = set()
    try:
        for done, rendered in enumerate(stream, start=1):
            if cancelled is not None and cancelled():
                stop = True
                break
            bundle, article = rendered.bundle, rendered.bundle.article
            key = article_slug(article)
            if key in story_files and key not in named:
                name = story_files[key]  # decided up front; a repeated slug gets its own name
            else:
                name = namer.name_for(article.slug or article.headline)
            named.add(key)
            if rendered.text is None:
                skipped.append(SkippedStory(article.headline, rendered.error or "not rendered",
                                            rendered.error_wording))
            else:
                path = out_dir / name
                _refuse_link(path)
                write_atomically(path, rendered.text, durable=False)
                written.append(path)
                if is_html:
                    light = replace(bundle, article=replace(article, body=""), sources=())
                    listed.append((light, name))
                    if with_authors:
                        for author in bundle.authors:
                            author_page(author).stories.append(light)
            if progress is not None:
                progress(done, total or 0)
    finally:
        # A cancelled batch stops mid-stream: close the generators now so a database
        # session reading the stories is released at once, not whenever the GC gets to it.
        for source in (stream, bundles):
            close = getattr(source, "close", None)
            if close is not None:
                close()

    synced = [out_dir]
    if is_html and not stop:
        files = {id(light.article): name for light, name in listed}
        index = render_index_page([light for light, _ in listed], house,
                                  story_href=lambda article: files[id(article)])
        _refuse_link(out_dir / INDEX_NAME)
        write_atomically(out_dir / INDEX_NAME, index, durable=False)
        written.append(out_dir / INDEX_NAME)
        if with_authors and authors:
            _prepare_authors_dir(out_dir / AUTHORS_DIR)
            (out_dir / AUTHORS_DIR).mkdir(exist_ok=True)
            _prepare_authors_dir(out_dir / AUTHORS_DIR)  # not swapped for a link meanwhile
            for page in authors.values():
                html = render_author_page(page.author, page.stories, house,
                                          story_href=lambda article: f"../{files[id(article)]}")
                path = out_dir / AUTHORS_DIR / page.file_name
                _refuse_link(path)
                write_atomically(path, html, durable=False)
                written.append(path)
            synced.append(out_dir / AUTHORS_DIR)
    sync_written(synced)
    return ExportReport(out_dir, tuple(written), tuple(skipped), stop)
