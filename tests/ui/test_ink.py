"""Editor text stays readable on a light and on a dark desktop palette."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from pytestqt.qtbot import QtBot

from newsdesk.ui.editor.markdown_editor import MarkdownEditor
from newsdesk.ui.ink import CODE, CODE_BACKGROUND, EDITOR_INKS, HEADING, palette_is_dark


def _luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) \
        + 0.0722 * channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio: 4.5 is the floor for body text."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def palette_of(background: str, text: str) -> QPalette:
    """A palette whose window and editing surfaces are ``background`` and whose text is
    ``text`` (shared by the tests of colours drawn on either surface)."""
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
            palette.setColor(group, role, QColor(background))
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
            palette.setColor(group, role, QColor(text))
    return palette


LIGHT = palette_of("#ffffff", "#000000")
DARK = palette_of("#1e1e1e", "#e6e6e6")


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_every_editor_ink_reads_on_the_palette(palette: QPalette) -> None:
    base = palette.color(QPalette.ColorRole.Base)
    for ink in EDITOR_INKS:
        assert contrast(ink.color(palette), base) >= 4.5, (ink, palette_is_dark(palette))
    assert contrast(CODE.color(palette), CODE_BACKGROUND.color(palette)) >= 4.5


@pytest.fixture
def dark_desktop(qapp: QGuiApplication) -> Iterator[None]:
    before = QGuiApplication.palette()
    QGuiApplication.setPalette(DARK)
    yield
    QGuiApplication.setPalette(before)


def test_on_a_dark_desktop_headings_are_written_in_the_light_shade(
    qtbot: QtBot, dark_desktop: None
) -> None:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    assert editor.highlighter.heading.foreground().color() == QColor(HEADING.dark)
