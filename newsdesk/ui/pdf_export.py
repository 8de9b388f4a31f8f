"""PDF of a single story: the renderer lives in newsdesk.printing so the CLI can print too."""

from newsdesk.printing.pdf import export_pdf

__all__ = ["export_pdf"]
