"""Render stories in worker processes: Python-Markdown is CPU-bound, and a newsroom has cores.

Rendering 1,000 stories takes ~3 s of pure Python on one core; the files must still be written
in order, by one process, so that names stay unique and a cancel leaves only whole files.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice

from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.errors import NewsdeskError, Wording, wording_of
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.people import Author
from newsdesk.services.export.formats import ExportFormat
from newsdesk.services.export.html import render_article_page
from newsdesk.services.export.links import ExportLinks, author_slug
from newsdesk.services.export.markdown import to_clean_markdown, to_interchange_markdown
from newsdesk.services.export.ninjs import to_ninjs

CHUNK = 16
PARALLEL_THRESHOLD = 100  # below this, starting workers costs more than it saves


@dataclass(frozen=True)
class RenderJob:
    """One story plus the author-page and story-file links decided by the writing process.

    ``story_links`` holds (slug, file name) for the story and its original and translations
    that are in the same export: only what this page links to travels to a worker.
    """

    bundle: StoryBundle
    author_links: tuple[tuple[str, str], ...] = ()
    story_links: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Rendered:
    """The text of one story, or the reason it could not be rendered.

    ``error`` is the English reason (the CLI prints it); ``error_wording`` the same reason
    as a :class:`Wording` when it has one, so the window can say it in its own language
    (a wording pickles across the worker processes; an exception might not).
    """

    bundle: StoryBundle
    text: str | None
    error: str | None = None
    error_wording: Wording | None = None


def author_key(author: Author) -> str:
    return f"id:{author.id}" if author.id is not None else f"slug:{author_slug(author)}"


def render_one(
    job: RenderJob, fmt: ExportFormat, house: HouseSettings, with_authors: bool
) -> Rendered:
    bundle = job.bundle
    links = dict(job.author_links)
    try:
        if fmt is ExportFormat.HTML:
            author_url: Callable[[Author], str] | None = (
                (lambda author: links[author_key(author)]) if with_authors else None
            )
            text = render_article_page(bundle, house, author_url=author_url,
                                       links=ExportLinks(dict(job.story_links)))
        elif fmt is ExportFormat.MARKDOWN:
            text = to_interchange_markdown(bundle)
        elif fmt is ExportFormat.MARKDOWN_CLEAN:
            text = to_clean_markdown(bundle, house)
        else:
            text = json.dumps(to_ninjs(bundle, house), ensure_ascii=False, indent=2) + "\n"
    except (NewsdeskError, ValueError) as exc:
        return Rendered(bundle, None, str(exc), wording_of(exc))
    return Rendered(bundle, text)


def _render_chunk(
    jobs: list[RenderJob], fmt: ExportFormat, house: HouseSettings, with_authors: bool
) -> list[Rendered]:
    return [render_one(job, fmt, house, with_authors) for job in jobs]


# Markdown output is string assembly and libyaml: faster in-process than shipping to workers.
HEAVY_FORMATS = frozenset({ExportFormat.HTML, ExportFormat.NINJS})


def worker_count(total: int | None, fmt: ExportFormat) -> int:
    """Workers worth starting: none for light formats, small batches or one core."""
    if os.environ.get("NEWSDESK_EXPORT_WORKERS") == "0" or fmt not in HEAVY_FORMATS:
        return 0
    cores = (
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    )
    if cores < 2 or not total or total < PARALLEL_THRESHOLD:
        return 0
    return min(cores, 8)


def _die_with_parent(parent: int) -> None:
    """A worker ends when the process that started it is gone (killed, crashed).

    A SIGKILLed export or window cannot stop its pool; its workers would otherwise live on,
    adopted by init, holding memory and the resource tracker open for good.
    """
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="newsdesk-parent-watch", daemon=True).start()


def render_stream(
    jobs: Iterable[RenderJob],
    fmt: ExportFormat,
    house: HouseSettings,
    with_authors: bool,
    *,
    workers: int,
) -> Iterator[Rendered]:
    """Rendered stories in the order of ``jobs``; a bounded window keeps memory flat.

    Workers are *spawned*, never forked: the desktop app calls this from a Qt worker thread,
    and forking a multi-threaded process can deadlock the child.
    """
    if workers <= 0:
        for job in jobs:
            yield render_one(job, fmt, house, with_authors)
        return
    context = multiprocessing.get_context("spawn")
    iterator = iter(jobs)
    pending: deque[Future[list[Rendered]]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                             initializer=_die_with_parent, initargs=(os.getpid(),)) as pool:
        try:

            def submit() -> bool:
                chunk = list(islice(iterator, CHUNK))
                if chunk:
                    pending.append(pool.submit(_render_chunk, chunk, fmt, house, with_authors))
                return bool(chunk)

            for _ in range(workers * 3):
                if not submit():
                    break
            while pending:
                results = pending.popleft().result()
                submit()
                yield from results
        finally:
            for future in pending:
                future.cancel()
