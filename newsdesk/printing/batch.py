"""Many stories to PDF, one file per story, for the CLI and the export dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.errors import InvalidInputError, NewsdeskError, wording
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.names_in_language import bundle_in_language
from newsdesk.printing.offscreen import ensure_gui_application
from newsdesk.printing.pdf import export_pdf
from newsdesk.services.export.batch import ExportReport, SkippedStory
from newsdesk.services.export.files import FileNamer, sync_written
from newsdesk.services.export.html import render_article_page


def _prepare(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise InvalidInputError(wording("exists and is not a folder"), file=str(out_dir))
    out_dir.mkdir(parents=True, exist_ok=True)


def export_pdfs(
    bundles: Iterable[StoryBundle],
    out_dir: Path,
    house: HouseSettings,
    *,
    total: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportReport:
    """Print each story to ``out_dir/<slug>.pdf`` from the page the HTML export writes.

    Stories are printed one by one as ``bundles`` yields them, each PDF whole or not at all
    (``export_pdf`` renames a finished temporary file). A story whose page cannot be rendered
    is skipped and reported; a disk error stops the batch naming the file. Needs no display:
    without a running Qt application an offscreen one is made first.
    """
    ensure_gui_application()
    _prepare(out_dir)
    namer = FileNamer(".pdf")
    written: list[Path] = []
    skipped: list[SkippedStory] = []
    stop = False
    try:
        for done, bundle in enumerate(bundles, start=1):
            if cancelled is not None and cancelled():
                stop = True
                break
            article = bundle.article
            path = out_dir / namer.name_for(article.slug or article.headline)
            if path.is_symlink():
                raise InvalidInputError(
                    wording("is a symbolic link, and an export never writes through one; "
                            "remove it or export to another folder"),
                    file=str(path),
                )
            try:
                page = render_article_page(bundle, house)
            except (NewsdeskError, ValueError) as exc:  # ValueError: a DatelineError
                skipped.append(SkippedStory.of(article.headline, exc))
            else:
                # The names the page prints: a Russian story's PDF is filed under "Сергей Кван".
                named = bundle_in_language(bundle).article.byline
                export_pdf(page, path, author=", ".join(e.name for e in named))
                written.append(path)
            if progress is not None:
                progress(done, total or 0)
    finally:
        close = getattr(bundles, "close", None)
        if close is not None:
            close()  # release the database session reading the stories at once
    sync_written([out_dir])
    return ExportReport(out_dir, tuple(written), tuple(skipped), stop)
