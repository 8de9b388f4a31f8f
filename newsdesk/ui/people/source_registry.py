"""One in-memory copy of the source registry shared by the dock, the picker and the panels."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import SIGNAL, QCoreApplication, QObject, Signal

from newsdesk.domain.people import Source
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.labels import source_kind_label
from newsdesk.ui.tasks import TaskHandle, TaskRunner, describe_failure


class SourceRegistry(QObject):
    """The registry as the editor helpers see it, reloaded after every change made in the dock.

    Underlining unknown keys and showing hover cards happen on every keystroke or mouse move;
    they read this cache instead of opening a database session each time.

    Signals:
        changed: the registry was reloaded (a source was added, edited or deleted).
        read_failed(str): :meth:`reload` could not read the registry (why, in words); the
            sources held before stay.
    """

    changed = Signal()
    """Emitted after :meth:`reload`; listeners re-check citations and refresh their lists."""
    read_failed = Signal(str)
    """A :meth:`reload` failed (the reason, for the user); the old copy is kept."""

    def __init__(
        self, newsroom: Newsroom, parent: QObject | None = None, *,
        sources: list[Source] | None = None,
    ) -> None:
        """``sources``: read elsewhere (the window reads them on the task runner and hands
        them to :meth:`take`); None starts a :meth:`reload` (a registry on its own)."""
        super().__init__(parent)
        self._newsroom = newsroom
        self._sources: dict[str, Source] = {}
        self._read: TaskHandle | None = None
        if sources is None:
            self.reload()
        else:
            self.take(sources)

    @property
    def newsroom(self) -> Newsroom:
        return self._newsroom

    def reload(self) -> None:
        """Read every source again on the task runner (the latest request wins); the copy
        held now serves the editor's helpers until the new one lands (``changed``)."""
        self._read = TaskRunner.of().run(
            self._newsroom.sources.all, on_result=self.take, on_error=self._on_read_failed,
            channel=f"source-registry:{id(self)}")

    @property
    def reading(self) -> bool:
        """A :meth:`reload` is on its way (its sources, or its failure, have not landed)."""
        read = self._read
        return read is not None and not (read.done or read.cancelled)

    def _on_read_failed(self, exc: BaseException) -> bool:
        self.read_failed.emit(describe_failure(exc))
        # Nobody listening (a registry on its own): the runner tells the user instead.
        return self.receivers(SIGNAL("read_failed(QString)")) > 0

    def take(self, sources: list[Source]) -> None:
        """Hold ``sources`` (every source, read on a worker or just now) and say so."""
        if self._read is not None:
            self._read.cancel()  # handed in after a reload began: newer than what it reads
        self._sources = {source.key: source for source in sources}
        self.changed.emit()

    def get(self, key: str) -> Source | None:
        return self._sources.get(key)

    def by_key(self) -> dict[str, Source]:
        """A copy, safe to hand to a worker thread while the GUI keeps editing the cache."""
        return dict(self._sources)

    def sources(self) -> list[Source]:
        """Every source, sorted by name the way the picker and the dock list them."""
        return sorted(self._sources.values(), key=lambda s: (s.name.casefold(), s.key))


def source_card_html(source: Source) -> str:
    """The hover card and picker detail for a source: name, kind, title, URL, anonymity."""
    kind = escape(source_kind_label(source.kind).lower())
    lines = [f"<b>{escape(source.name)}</b> <span style='color:#666'>({kind})</span>"]
    if source.title:
        lines.append(escape(source.title))
    if source.url:
        lines.append(f"<span style='color:#1a5fb4'>{escape(source.url)}</span>")
    if source.contact:
        lines.append(QCoreApplication.translate("SourceCard", "Contact: {0}").format(
            escape(source.contact)))
    if source.on_record:
        lines.append(QCoreApplication.translate("SourceCard", "<i>On the record</i>"))
    else:
        reason = (source.anonymity_reason.strip()
                  or QCoreApplication.translate("SourceCard", "no reason given"))
        lines.append(QCoreApplication.translate("SourceCard", "<i>Anonymous</i>: {0}").format(
            escape(reason)))
    lines.append(f"<code>source:{escape(source.key)}</code>")
    return "<br>".join(lines)
