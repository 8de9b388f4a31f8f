"""The notice bar's tint per level: info green, warning amber, error red, on any palette.

A tint is the level's colour washed thinly over the palette's own window colour, plus a solid
stripe on the left edge: the wash moves the background only a little, so the palette's text
keeps its contrast on light and dark themes alike, and the stripe says the level at a glance.
Blended here rather than left translucent so the colour is the same whatever lies beneath.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtGui import QColor

from newsdesk.ui.messages import Level

_TINTS: Final = {
    # level: (colour, how much of it is washed over the window colour, 0..1)
    Level.INFO: (QColor(60, 160, 90), 0.16),
    Level.WARNING: (QColor(240, 170, 0), 0.24),
    Level.ERROR: (QColor(220, 50, 40), 0.16),
}


def notice_background(level: Level, window: QColor) -> QColor:
    """The bar's background for ``level`` over the palette's ``window`` colour (opaque)."""
    tint, share = _TINTS[level]

    def mix(under: int, over: int) -> int:
        return round(under * (1 - share) + over * share)

    return QColor(mix(window.red(), tint.red()), mix(window.green(), tint.green()),
                  mix(window.blue(), tint.blue()))


def notice_stripe(level: Level) -> QColor:
    """The solid stripe on the bar's left edge that says the level."""
    return QColor(_TINTS[level][0])
