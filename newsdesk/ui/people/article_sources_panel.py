"""The open story's sources: each one cited and how often, and those attached but never cited."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import Article
from newsdesk.domain.citations import citation_counts, find_citations
from newsdesk.ui.people.body_text import select_span
from newsdesk.ui.people.naming import named
from newsdesk.ui.people.source_registry import SourceRegistry, source_card_html
from newsdesk.ui.plural import english_plural

_KEY_ROLE: Final = Qt.ItemDataRole.UserRole + 1
_DELAY_MS: Final = 250


class ArticleSourcesPanel(QWidget):
    """Two groups: sources cited in the body (with counts), and attached sources never cited.

    An attached-but-uncited source usually means a quote was cut in editing; an unknown key is
    a typo or a source never registered. Double-clicking a cited source selects its first
    citation in the body.

    Signals:
        jump_requested(int, int): start and end (Python offsets) of the citation to show.
    """

    jump_requested = Signal(int, int)
    """Select this span of the body (the first citation of a double-clicked source)."""

    def __init__(self, registry: SourceRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleSourcesPanel")
        self._registry = registry
        self._edit: QPlainTextEdit | None = None
        self._attached: tuple[str, ...] = ()
        self.summary_label = named(QLabel(), "articleSourcesSummaryLabel")
        self.tree = named(QTreeWidget(), "articleSourcesTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Source"), self.tr("Cited")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.tree.itemDoubleClicked.connect(self.on_item_double_clicked)
        registry.changed.connect(self.refresh)
        self.refresh()

    def attach_to(self, body_edit: QPlainTextEdit) -> None:
        self._edit = body_edit
        body_edit.textChanged.connect(self._timer.start)
        self.jump_requested.connect(lambda start, end: select_span(body_edit, start, end))
        self.refresh()

    def set_article(self, article: Article | None) -> None:
        """The story just opened (its ``source_keys`` are the sources attached to it)."""
        self._attached = article.source_keys if article is not None else ()
        self.refresh()

    def cited(self) -> dict[str, int]:
        """Key → number of citations in the body as it stands."""
        return citation_counts(self._edit.toPlainText()) if self._edit is not None else {}

    def uncited(self) -> list[str]:
        """Attached registry keys that the body never cites."""
        cited = self.cited()
        return [key for key in self._attached if key not in cited]

    def refresh(self) -> None:
        self._timer.stop()
        self.tree.clear()
        cited = self.cited()
        uncited = self.uncited()
        cited_group = self._group(self.tr("Cited in this story ({0})").format(len(cited)))
        for key, count in cited.items():
            self._add(cited_group, key, f"{count}×")
        uncited_group = self._group(self.tr("Attached but never cited ({0})").format(len(uncited)))
        for key in uncited:
            self._add(uncited_group, key, "—")
        if not uncited:
            placeholder = QTreeWidgetItem(uncited_group, [self.tr("none")])
            placeholder.setForeground(0, QBrush(QColor("#888888")))
        self.tree.expandAll()
        total = sum(cited.values())
        self.summary_label.setText(
            english_plural(english_plural(self.tr("{0} citation(s) of"), total) + " "
                           + self.tr("{1} source(s)"), len(cited)).format(total, len(cited))
        )

    def on_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, _KEY_ROLE)
        if key is None or self._edit is None:
            return
        for ref in find_citations(self._edit.toPlainText()):
            if ref.key == key:
                self.jump_requested.emit(ref.start, ref.end)
                return

    def _group(self, title: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [title])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return group

    def _add(self, group: QTreeWidgetItem, key: str, count: str) -> None:
        source = self._registry.get(key)
        if source is None:
            missing = self.tr("⚠ {0} — not in the registry").format(key)
            item = QTreeWidgetItem(group, [missing, count])
            item.setForeground(0, QBrush(QColor("#b03a00")))
            item.setToolTip(
                0, self.tr("Unknown source id: add it in the Sources dock or fix the id."))
        else:
            item = QTreeWidgetItem(group, [f"{source.name}  ({key})", count])
            item.setToolTip(0, source_card_html(source))
        item.setData(0, _KEY_ROLE, key)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
