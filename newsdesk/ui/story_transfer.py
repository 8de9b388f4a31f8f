"""Stories in and out of the window: import files, the export dialog, PDF for the legal desk."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from newsdesk.domain.errors import InvalidInputError, NewsdeskError
from newsdesk.ui.error_text import error_text
from newsdesk.ui.messages import MessageAction, MessageBus
from newsdesk.ui.noop import QT_TRANSLATE_NOOP
from newsdesk.ui.plural import english_plural
from newsdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from newsdesk.domain.house import HouseSettings
    from newsdesk.services.importer import ImportResult
    from newsdesk.services.newsroom import Newsroom
    from newsdesk.ui.main_window import MainWindow

# The exporters (Markdown, nh3, batch writers) and the PDF printer are imported when first
# used: the window does not need them to open, and each import is start-up time.

EXPORT_FOLDER_KEY = "export/folder"
REPLACE_EXISTING = QT_TRANSLATE_NOOP("StoryTransfer", "Replace Existing")


def _pdf_page(newsroom: Newsroom, article_id: int, house: HouseSettings) -> tuple[str, str]:
    """The open story's page as the preview shows it, and its byline's names (the PDF's
    author), read and rendered on the task runner."""
    from newsdesk.domain.names_in_language import bundle_in_language
    from newsdesk.services.export.html import render_article_page

    bundle = newsroom.articles.bundle(article_id)
    named = bundle_in_language(bundle).article.byline  # as the page names them
    return render_article_page(bundle, house), ", ".join(entry.name for entry in named)


class StoryTransfer(QObject):
    """The window's import and export actions, kept out of the window's own class.

    Signals:
        imported(int, list): stories imported, and one message per refused file.
        pdf_finished(bool, str): a PDF of the open story written (or not), and what was said.
    """

    imported = Signal(int, list)
    """(stories imported, messages for the refused files, each naming file and line)."""
    pdf_finished = Signal(bool, str)
    """(PDF written, what the user was told): an export of the open story to PDF ended."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._existing: list[Path] = []

    # -- export ------------------------------------------------------------------------------
    def open_export_dialog(self) -> None:
        """File ▸ Export…: the dialog opens once the open story's typing is stored (it exports
        stories as stored); a save refused (a colleague's newer version) opens nothing."""
        self._window.autosaver.save_first(self._show_export_dialog)

    def _show_export_dialog(self, refused: str | None) -> None:
        window = self._window
        if refused is not None:
            self._refused(self.tr("Nothing exported: the open story could not be saved first. "
                                  "{0}").format(refused))
            return
        from newsdesk.ui.dialogs.export_dialog import ExportDialog

        settings = QSettings()
        dialog = ExportDialog(
            window.newsroom,
            open_article_id=window.open_article_id,
            selected_ids=window.list_panel.selected_article_ids(),
            list_query=window.list_panel.model.query,
            # None (rows still unread): the dialog counts on the task runner, not here.
            list_count=window.list_panel.model.known_total,
            folder=str(settings.value(EXPORT_FOLDER_KEY, "") or ""),
            parent=window,
            house=window.house,
        )
        dialog.export_finished.connect(
            lambda report: settings.setValue(EXPORT_FOLDER_KEY, str(report.out_dir))
        )
        window.keep_dialog("export", dialog)
        dialog.open()

    def choose_pdf_file(self) -> None:
        window = self._window
        if window.open_article_id is None:
            return
        slug = window.editor.current_article().slug or "story"
        folder = str(QSettings().value(EXPORT_FOLDER_KEY, "") or str(Path.home()))
        from PySide6.QtWidgets import QFileDialog  # not on the start-up path

        path, _ = QFileDialog.getSaveFileName(
            window, self.tr("Export PDF"), str(Path(folder) / f"{slug}.pdf"),
            self.tr("PDF files (*.pdf)")
        )
        if path:
            self.export_pdf_to(Path(path))

    def export_pdf_to(self, path: Path) -> None:
        """Print the open story to ``path`` as stored once its typing is: the save first,
        the story read on the task runner, then printed; :attr:`pdf_finished` and the
        status bar say how it went. A save refused writes no PDF of the older text."""
        article_id = self._window.open_article_id
        if article_id is None:
            self.pdf_finished.emit(False, "")
            return
        self._window.autosaver.save_first(
            lambda refused: self._read_for_pdf(article_id, path, refused))

    def _read_for_pdf(self, article_id: int, path: Path, refused: str | None) -> None:
        if refused is not None:
            self._pdf_failed(self.tr("PDF not written: the open story could not be saved "
                                     "first. {0}").format(refused))
            return
        window = self._window
        TaskRunner.of().run(
            _pdf_page, window.newsroom, article_id, window.house,
            on_result=partial(self._print_pdf, path),
            on_error=self._on_pdf_read_failed)

    def _on_pdf_read_failed(self, exc: BaseException) -> bool:
        if not isinstance(exc, NewsdeskError):
            return False  # a bug: the runner logs it and shows it
        self._pdf_failed(self.tr("PDF not written: {0}").format(error_text(exc)))
        return True

    def _print_pdf(self, path: Path, page: tuple[str, str]) -> None:
        """Qt prints on the GUI thread (its text document and PDF writer); the read is done."""
        from newsdesk.ui.pdf_export import export_pdf

        html, authors = page
        try:
            export_pdf(html, path, author=authors)
        except OSError as exc:
            self._pdf_failed(self.tr("PDF not written: {0}").format(error_text(exc)))
            return
        said = self.tr("PDF written to {0}").format(path)
        self._window.statusBar().showMessage(said, 8000)
        self.pdf_finished.emit(True, said)

    def _pdf_failed(self, text: str) -> None:
        self._refused(text)
        self.pdf_finished.emit(False, text)

    def _refused(self, text: str) -> None:
        MessageBus.of().warning(text, about="export")

    # -- import --------------------------------------------------------------------------
    def choose_import_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # not on the start-up path

        paths, _ = QFileDialog.getOpenFileNames(
            self._window, self.tr("Import stories"), "",
            self.tr("Markdown stories (*.md *.markdown);;All (*)")
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: Sequence[Path], *, update: bool = False) -> None:
        """Import files off the GUI thread; each file is all-or-nothing, errors name the file.

        Files whose story already exists are not refused outright: the notice offers to
        replace them (``update``), keeping the current text as a revision.
        """
        importer = self._window.newsroom.importer

        def work() -> tuple[list[ImportResult], list[str], list[Path]]:
            done: list[ImportResult] = []
            errors: list[str] = []
            existing: list[Path] = []
            try:
                for path, result in importer.import_files(paths, update=update):
                    if not isinstance(result, InvalidInputError):
                        done.append(result)
                    elif result.field == "slug" and "already exists" in result.message:
                        existing.append(path)  # offered as "Replace Existing", not an error
                    else:
                        errors.append(error_text(result))
            except NewsdeskError as exc:
                errors.append(error_text(exc))
            return done, errors, existing

        status = self._window.statusBar()
        importing = self.tr("Importing %n file(s)…", None, len(paths))
        status.showMessage(english_plural(importing, len(paths)))
        TaskRunner.of().run(work, on_result=self._on_imported, on_error=self._on_import_failed)

    def _on_import_failed(self, exc: BaseException) -> bool:
        self._window.statusBar().clearMessage()  # no longer "Importing…"
        MessageBus.of().error(self.tr(
            "The import failed: {0}. Each file is imported whole or not at all; try again, or "
            "import the files one by one to find the one at fault.").format(error_text(exc)),
            about="import")
        return True

    def _on_imported(self, outcome: tuple[list[ImportResult], list[str], list[Path]]) -> None:
        done, errors, existing = outcome
        window = self._window
        self._catch_up_with(done)
        self._existing = existing
        unchanged = sum(1 for result in done if result.unchanged)
        imported = len(done) - unchanged
        parts = [english_plural(self.tr("Imported %n story(s).", None, imported), imported)
                 + (" " + english_plural(
                     self.tr("%n story(s) already said the same.", None, unchanged), unchanged)
                    if unchanged else "")]
        if existing:
            names = ", ".join(path.name for path in existing[:3])
            more = (self.tr(" and {0} more").format(len(existing) - 3)
                    if len(existing) > 3 else "")
            held = self.tr("%n file(s) ({0}{1}) hold stories that already exist: replace them? "
                           "The current text of each is kept as a revision.", None, len(existing))
            parts.append(english_plural(held, len(existing)).format(names, more))
        if errors:
            refused = self.tr("%n file(s) refused:", None, len(errors))
            parts.append(english_plural(refused, len(errors)))
            parts.extend(errors[:5])
            if len(errors) > 5:
                parts.append(self.tr("…and {0} more (hover here for the full list).")
                             .format(len(errors) - 5))
        text = "\n".join(parts)
        messages = MessageBus.of()
        if existing or errors:
            actions = [MessageAction(self.tr(REPLACE_EXISTING), self.replace_existing)] \
                if existing else []
            post = messages.error if errors else messages.warning
            post(text, actions=actions, about="import")
            window.notice.label.setToolTip("\n".join(errors))
        messages.info(parts[0])
        self.imported.emit(len(done), errors)

    def _catch_up_with(self, done: list[ImportResult]) -> None:
        """Show what the import wrote through the window's catch-up, which reads on the task
        runner: the list's rows, counts and filter choices, the profiles the files named
        (made or taught other names; the byline line names them) and, when a replaced story
        is open, its new text. Stories a file left as they were need no reading."""
        written = frozenset(result.article.id for result in done
                            if result.article.id is not None and not result.unchanged)
        if written:
            # Imported here: sqlalchemy comes with it, and the window paints before that.
            from newsdesk.services.changes import Changes

            self._window.catch_up.on_changes(Changes(stories=written, authors=True))

    def replace_existing(self) -> None:
        """The notice's "Replace Existing": import the files again, updating their stories."""
        paths, self._existing = self._existing, []
        if paths:
            self._window.notice.hide()
            self.import_paths(paths, update=True)
