"""The editor's sidebar: a story's slug, status, language and tags, dateline, byline, readiness.

Each group is built by its own method and the sidebar scrolls as one column beside the
preview. It holds the fields and how they show what they hold (the languages offered, the
slug's hint); the :class:`~newsdesk.ui.editor.article_editor.ArticleEditor` loads a story
into them, listens to them and reads them back.

Its texts keep the translation context "ArticleEditor" (written out, as lupdate reads only
literals): they were the editor's own before the sidebar moved here, and keep their Russian.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import Status
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.slugs import is_valid_slug
from newsdesk.services.authors import AuthorService
from newsdesk.ui.editor.byline_picker import BylinePicker
from newsdesk.ui.editor.dateline_widget import DatelineWidget
from newsdesk.ui.editor.readiness_panel import ReadinessPanel
from newsdesk.ui.editor.tags_edit import TagsEdit
from newsdesk.ui.editor.translation_progress_label import (
    StoryProgressFn,
    TranslationProgressLabel,
)
from newsdesk.ui.ink import OVER_LIMIT
from newsdesk.ui.status_labels import status_label

BASE_LANGUAGES: Final = ("en", "en-GB", "ru")
"""Offered in the language combo even before any story uses them."""


class EditorSidebar(QScrollArea):
    """The story's metadata in groups: Story, Dateline, Byline, Ready to publish?

    The fields are public (``slug_edit``, ``status_combo``, ``language_combo``, ``tags_edit``,
    ``dateline_widget``, ``byline_picker``, ``translation_progress``, ``readiness_panel``); the
    editor connects their signals itself.
    """

    def __init__(
        self,
        house: HouseSettings,
        authors: AuthorService,
        progress: StoryProgressFn,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editorSidebarScroll")
        inner = QWidget(self)
        inner.setObjectName("editorSidebar")
        column = QVBoxLayout(inner)
        column.setContentsMargins(6, 8, 6, 8)
        column.setSpacing(10)
        for box in (self._story_group(), self._dateline_group(house),
                    self._byline_group(authors), self._readiness_group(progress)):
            column.addWidget(box)
        column.addStretch(1)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    # -- the groups ----------------------------------------------------------------------------
    def _story_group(self) -> QGroupBox:
        self.slug_edit = QLineEdit(self)
        self.slug_edit.setObjectName("slugEdit")
        self.slug_edit.setPlaceholderText(
            QCoreApplication.translate("ArticleEditor", "from the headline"))
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusCombo")
        for status in Status:
            self.status_combo.addItem(status_label(status), status)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.tags_edit = TagsEdit(self)
        self.tags_edit.setObjectName("tagsEdit")
        story = QGroupBox(QCoreApplication.translate("ArticleEditor", "Story"), self)
        story_form = QFormLayout(story)
        story_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Mnemonics chosen not to collide with the menus (F E V S T H) or each other.
        story_form.addRow(QCoreApplication.translate("ArticleEditor", "S&lug:"), self.slug_edit)
        story_form.addRow(QCoreApplication.translate("ArticleEditor", "Stat&us:"),
                          self.status_combo)
        story_form.addRow(QCoreApplication.translate("ArticleEditor", "La&nguage:"),
                          self.language_combo)
        story_form.addRow(QCoreApplication.translate("ArticleEditor", "Ta&gs:"), self.tags_edit)
        return story

    def _dateline_group(self, house: HouseSettings) -> QGroupBox:
        self.dateline_widget = DatelineWidget(house, self)
        dateline = QGroupBox(QCoreApplication.translate("ArticleEditor", "Dateline"), self)
        QVBoxLayout(dateline).addWidget(self.dateline_widget)
        return dateline

    def _byline_group(self, authors: AuthorService) -> QGroupBox:
        self.byline_picker = BylinePicker(authors, self)
        byline = QGroupBox(QCoreApplication.translate("ArticleEditor", "Byline"), self)
        QVBoxLayout(byline).addWidget(self.byline_picker)
        return byline

    def _readiness_group(self, progress: StoryProgressFn) -> QGroupBox:
        self.readiness_panel = ReadinessPanel(self)
        readiness = QGroupBox(
            QCoreApplication.translate("ArticleEditor", "Ready to publish?"), self)
        # How far the story's translations are (or this translation): part of being ready.
        self.translation_progress = TranslationProgressLabel(progress, self)
        readiness_column = QVBoxLayout(readiness)
        readiness_column.addWidget(self.translation_progress)
        readiness_column.addWidget(self.readiness_panel)
        return readiness

    # -- what the fields show ------------------------------------------------------------------
    def language(self) -> str:
        return str(self.language_combo.currentData() or self.language_combo.currentText())

    def select_status(self, status: Status) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))

    def fill_languages(self, current: str, present: Iterable[str]) -> None:
        """The base languages, those stories use (``present``, as last read) and ``current``,
        selected."""
        languages = list(dict.fromkeys([*BASE_LANGUAGES, *present, current]))
        if languages == [self.language_combo.itemData(i)
                         for i in range(self.language_combo.count())]:
            self.language_combo.setCurrentIndex(self.language_combo.findData(current))
            return
        self.language_combo.clear()
        for language in languages:
            self.language_combo.addItem(language, language)
        self.language_combo.setCurrentIndex(self.language_combo.findData(current))

    def refresh_slug_hint(self) -> None:
        """A red frame and a tooltip that says why, when the slug is one the service refuses."""
        slug = self.slug_edit.text().strip()
        bad = bool(slug) and not is_valid_slug(slug)
        self.slug_edit.setStyleSheet(f"border: 1px solid {OVER_LIMIT.name()};" if bad else "")
        self.slug_edit.setToolTip(
            QCoreApplication.translate(
                "ArticleEditor", "Slug: only lowercase latin letters, digits and hyphens")
            if bad else QCoreApplication.translate(
                "ArticleEditor", "Derived from the headline until you edit it")
        )
