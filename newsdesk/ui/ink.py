"""Text colours that stay readable on the light and the dark system palette alike."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette


def palette_is_dark(palette: QPalette | None = None) -> bool:
    """Whether text fields are dark (a dark desktop theme): light ink is needed on them."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


@dataclass(frozen=True)
class Ink:
    """One meaning (a heading, an error) in two shades, picked by the palette in use.

    The light shades were chosen for white paper; on a dark theme they fell to a contrast of
    1.5:1 (a heading nearly invisible), so each has a dark-theme partner of at least 4.5:1.
    """

    light: str
    dark: str

    def name(self, palette: QPalette | None = None) -> str:
        return self.dark if palette_is_dark(palette) else self.light

    def color(self, palette: QPalette | None = None) -> QColor:
        return QColor(self.name(palette))


HEADING = Ink("#1f3a5f", "#9cc4ff")
LINK = Ink("#1a5fb4", "#82b4ff")
LINK_TARGET = Ink("#65718a", "#9aa6b8")
MARKUP = Ink("#8a8f98", "#8f96a3")
CODE = Ink("#6a3e8e", "#d2adff")
CODE_BACKGROUND = Ink("#f3f0f7", "#2e2a36")
CITATION = Ink("#0e7a4f", "#62d69f")
MUTED = Ink("#5c5c5c", "#b4b4b4")
GOOD = Ink("#0e7a4f", "#62d69f")
PROBLEM = Ink("#8a1c1c", "#ff8f85")
ERROR = Ink("#b00020", "#ff7a85")
OVER_LIMIT = Ink("#c01c28", "#ff7a85")
WARNING = Ink("#8a5a00", "#ffc266")

EDITOR_INKS = (HEADING, LINK, LINK_TARGET, CODE, CITATION, MUTED, GOOD, PROBLEM, ERROR,
               OVER_LIMIT, WARNING)
"""Every ink the story editor writes text in (the test checks each against both palettes)."""
