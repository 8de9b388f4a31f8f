"""Starting a translation from the desk: "Translate…", the language asked, the draft created.

The draft is created on the task runner, then the desk opens on it. The button, dialog and
words are the desk's own (objectNames and the ``TranslationDeskWidget`` catalogue context).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog

from newsdesk.domain.article import Article
from newsdesk.services.translation import TranslationService
from newsdesk.ui.labels import language_name
from newsdesk.ui.tasks import TaskRunner, describe_failure
from newsdesk.ui.translation.desk_controls import desk_button

if TYPE_CHECKING:
    from newsdesk.ui.translation.desk_widget import TranslationDeskWidget

LANGUAGES: Final = {
    "en": "English", "ru": "Russian", "kk": "Kazakh", "uz": "Uzbek", "ky": "Kyrgyz",
    "tg": "Tajik", "tk": "Turkmen", "zh": "Chinese",
}
"""The languages "Translate…" offers (less the original's and those it has already)."""


class DeskStart(QObject):
    """The ``translateButton``, the ``translateDialog`` it opens, and the start it sends."""

    def __init__(self, desk: TranslationDeskWidget, service: TranslationService) -> None:
        super().__init__(desk)
        self._desk = desk
        self._service = service
        self.languages: set[str] = set()
        """The languages the open story has translations in (not offered again)."""
        self.button = desk_button(
            desk, "translateButton",
            QCoreApplication.translate("TranslationDeskWidget", "Translate…"),
            QCoreApplication.translate(
                "TranslationDeskWidget",
                "Start a translation of the original into another language"))

    def ask_language(self) -> None:
        """Ask which language to translate into (window-modal, opened, never exec'd)."""
        original = self._desk.original
        if original is None:
            return
        taken = {original.language, *self.languages}
        choices = [f"{code} — {language_name(code)}" for code in LANGUAGES if code not in taken]
        dialog = QInputDialog(self._desk)
        dialog.setObjectName("translateDialog")
        dialog.setWindowTitle(QCoreApplication.translate("TranslationDeskWidget",
                                                         "Translate story"))
        dialog.setLabelText(QCoreApplication.translate(
            "TranslationDeskWidget", "Translate “{0}” into:").format(original.headline))
        dialog.setComboBoxItems(choices)
        dialog.setComboBoxEditable(True)
        dialog.textValueSelected.connect(
            lambda text: self.start_translation(text.split(" — ")[0].strip()))
        dialog.open()

    def start_translation(self, language: str) -> bool:
        """Create the draft translation on the runner (True when sent), then show it on the
        desk; the desk's ``translation_started`` says it was created, ``failed`` why not."""
        desk = self._desk
        original = desk.original
        if original is None or original.id is None:
            return False
        if desk.busy:
            desk.report(QCoreApplication.translate(
                "TranslationDeskWidget", "No translation started yet: the desk is still busy. "
                "Try again once the status line says it is done."))
            return False
        desk.begin_work(QCoreApplication.translate("TranslationDeskWidget",
                                                   "Starting the translation…"))
        TaskRunner.of().run(self._service.start_translation, original.id, language,
                            on_result=self._on_translation_started,
                            on_error=self._on_translation_refused)
        return True

    def _on_translation_started(self, article: Article) -> None:
        desk = self._desk
        desk.end_work()
        assert article.id is not None
        desk.touched_ids.add(article.id)
        desk.translation_started.emit(article)
        desk.open_for(article.id)

    def _on_translation_refused(self, exc: BaseException) -> bool:
        desk = self._desk
        desk.end_work()
        why = describe_failure(exc)
        desk.report(QCoreApplication.translate("TranslationDeskWidget",
                                               "No translation started: {0}").format(why))
        desk.update_controls()
        return True
