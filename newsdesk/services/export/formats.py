"""The export formats, shared by the batch writer, its render workers, the CLI and the dialog."""

from __future__ import annotations

from enum import StrEnum


class ExportFormat(StrEnum):
    """The formats ``newsdesk export --format`` and the export dialog offer."""

    HTML = "html"
    MARKDOWN = "md"
    MARKDOWN_CLEAN = "md-clean"
    NINJS = "ninjs"

    @property
    def extension(self) -> str:
        return {"html": ".html", "md": ".md", "md-clean": ".md", "ninjs": ".json"}[self.value]
