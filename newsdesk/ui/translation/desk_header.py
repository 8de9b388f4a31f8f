"""What the desk says about itself: the stories' title, the progress line, the translation
chooser and the status line's words for the desk as loaded.

The labels are the desk's own children (objectNames ``deskTitleLabel``,
``deskProgressLabel``, ``translationCombo``, ``deskStatusLabel``); the desk lays them out.
Their words stay in the ``TranslationDeskWidget`` context of the catalogue, where they were
translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from newsdesk.domain.article import Article
from newsdesk.domain.segments import progress
from newsdesk.domain.translation_changes import ChangeKind
from newsdesk.services.translation import TranslationDesk
from newsdesk.ui.labels import language_name
from newsdesk.ui.progress_text import progress_line
from newsdesk.ui.translation.desk_model import DeskModel


class DeskHeader:
    """The title, progress and translation chooser above the desk, and its status line."""

    def __init__(self, desk: QWidget) -> None:
        self.title_label = QLabel(desk)
        self.title_label.setObjectName("deskTitleLabel")
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.translation_combo = QComboBox(desk)
        self.translation_combo.setObjectName("translationCombo")
        self.translation_combo.setAccessibleName(
            QCoreApplication.translate("TranslationDeskWidget", "Translation"))
        self.translation_combo.setMinimumWidth(260)
        self.progress_label = QLabel(desk)
        self.progress_label.setObjectName("deskProgressLabel")
        self.status_label = QLabel(desk)
        self.status_label.setObjectName("deskStatusLabel")
        self.status_label.setWordWrap(True)
        # Refusals quote a file's own markup ("it starts with <html>"): never rich text.
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.row = QHBoxLayout()
        self.row.addWidget(self.title_label, 1)
        self.row.addWidget(self.progress_label)
        self.row.addWidget(QLabel(QCoreApplication.translate(
            "TranslationDeskWidget", "Translation:"), desk))
        self.row.addWidget(self.translation_combo)

    def list_translations(self, original: Article, translations: list[Article]) -> None:
        """The original's translations in the chooser, the original's headline as the title."""
        self.translation_combo.clear()
        for translation in translations:
            self.translation_combo.addItem(_chooser_text(translation), translation.id)
        self.title_label.setText(original.headline)

    def choose(self, translation_id: int) -> None:
        self.translation_combo.setCurrentIndex(self.translation_combo.findData(translation_id))

    def show_desk(self, desk: TranslationDesk) -> None:
        self.title_label.setText(f"{desk.original.headline}\n→ {desk.translation.headline}")

    def show_progress(self, desk: TranslationDesk | None, model: DeskModel,
                      qa_errors: str) -> None:
        """"RU: 14/18 translated, 2 flagged" over the desk's rows (as the story list and the
        story's details say it), then ``qa_errors`` (", 2 QA errors": the desk words it, where
        lupdate sees its plural forms)."""
        if desk is None:
            self.progress_label.setText("")
            return
        line = progress(desk.translation.language, model.states(), len(model.flagged_rows()))
        self.progress_label.setText(progress_line(line) + qa_errors)
        self.follow_headline(desk)

    def follow_headline(self, desk: TranslationDesk) -> None:
        """The title and the chooser name the translation by its headline as last saved: the
        headline row translated on the desk would otherwise leave the old one (the original's
        words, in a translation just started) above the rows until the desk is reopened."""
        self.show_desk(desk)
        translation = desk.translation
        item = self.translation_combo.findData(translation.id)
        if item >= 0:
            self.translation_combo.setItemText(item, _chooser_text(translation))


def _chooser_text(translation: Article) -> str:
    """"русский — Заголовок": a translation in the chooser, by its language and headline."""
    return f"{language_name(translation.language)} — {translation.headline}"


def status_text(desk: TranslationDesk) -> str:
    """The status line for a desk just loaded: whether the original changed since the
    revision that was translated, and how."""
    if not desk.tracked:
        return QCoreApplication.translate(
            "TranslationDeskWidget", "Not tracked yet: nothing records which text of the "
            "original this translation renders. Mark it as up to date to flag the "
            "original's next changes.")
    flags = desk.flags
    if not flags:
        return QCoreApplication.translate(
            "TranslationDeskWidget", "Up to date with revision {0} of the original."
        ).format(desk.base_revision)
    counts = {kind: sum(1 for f in flags if f.kind is kind) for kind in ChangeKind}
    kinds = {
        ChangeKind.ADDED: QCoreApplication.translate("TranslationDeskWidget", "{0} added"),
        ChangeKind.CHANGED: QCoreApplication.translate("TranslationDeskWidget", "{0} changed"),
        ChangeKind.REMOVED: QCoreApplication.translate("TranslationDeskWidget", "{0} removed"),
    }
    words = ", ".join(kinds[kind].format(n) for kind, n in counts.items() if n)
    return QCoreApplication.translate(
        "TranslationDeskWidget", "The original changed since revision {0} that you "
        "translated: {1}. Review the highlighted rows, then mark as up to date."
    ).format(desk.base_revision, words)
