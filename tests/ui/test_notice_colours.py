"""The notice bar's tint says how much a notice matters (info green, warning amber, error red),
its words stay readable on a light and on a dark desktop palette, and long captions are never
cut (the buttons go below the words when both do not fit side by side)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.ui.messages import Level, Message, MessageAction
from newsdesk.ui.widgets.notice_bar import NoticeBar
from tests.ui.test_ink import contrast, palette_of

LIGHT = palette_of("#efefef", "#000000")
DARK = palette_of("#2b2b2b", "#e6e6e6")
# The hue a tint must have (degrees; red wraps round 0).
HUES = {Level.INFO: (90, 170), Level.WARNING: (30, 55), Level.ERROR: (-15, 16)}


def _hue_of(level: Level, color: QColor) -> bool:
    low, high = HUES[level]
    hue = color.hue() - 360 if color.hue() > 180 else color.hue()
    return color.saturation() > 0 and low <= hue < high


def _shown(qtbot: QtBot, palette: QPalette, level: Level) -> tuple[NoticeBar, QColor, QColor]:
    """The bar showing a notice of ``level``: (bar, its background, its left stripe)."""
    bar = NoticeBar()
    qtbot.addWidget(bar)
    bar.setPalette(palette)
    bar.resize(700, 44)
    bar.show_notice("Not saved — the headline is empty: type one.",
                    actions=[MessageAction("Retry Now", lambda: None)], level=level)
    qtbot.waitExposed(bar)
    image = bar.grab().toImage()
    middle = image.height() // 2
    background = image.pixelColor(image.width() - 3, middle)  # right of the last button
    stripe = image.pixelColor(1, middle)
    return bar, background, stripe


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("level", list(Level), ids=[level.value for level in Level])
def test_each_level_has_its_own_tint_and_its_words_read(
    qtbot: QtBot, palette: QPalette, level: Level
) -> None:
    bar, background, stripe = _shown(qtbot, palette, level)
    assert bar.level is level
    text = bar.label.palette().color(QPalette.ColorRole.WindowText)
    assert contrast(text, background) >= 4.5, (level, background.name(), text.name())
    assert _hue_of(level, stripe), (level, stripe.name(), stripe.hue())
    assert _hue_of(level, background), (level, background.name(), background.hue())


def test_a_posted_warning_is_amber_and_an_error_red(qtbot: QtBot) -> None:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    bar.show_message(Message(Level.WARNING, "A colleague saved a newer version."))
    assert bar.level is Level.WARNING
    bar.show_message(Message(Level.ERROR, "The newsroom is damaged."))
    assert bar.level is Level.ERROR


@pytest.mark.parametrize("width", [1200, 620])
def test_long_captions_are_never_cut(qtbot: QtBot, width: int) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    bar = NoticeBar(holder)
    layout.addWidget(bar)
    layout.addStretch(1)
    holder.resize(width, 400)
    holder.show()
    qtbot.waitExposed(holder)
    bar.show_notice(
        "Окно осталось открытым, чтобы ваш текст не пропал: «Water law» изменили в другом "
        "месте, и ваши последние правки не сохранены. «Сохранить мой как копию и закрыть» "
        "сохранит ваш текст новым черновиком рядом с более новой версией.",
        actions=[MessageAction("Сохранить мой как копию и закрыть", lambda: None),
                 MessageAction("Оставить мой текст и закрыть", lambda: None)])
    buttons = [bar.button, bar.second_button, bar.close_button]
    label = bar.label

    def settled() -> bool:
        """Laid out as expected: beside the words when wide, below them when narrow."""
        below = bar.button.y() >= label.geometry().bottom()
        return (bar.width() >= width - 40 and below is (width < 1200)
                and all(button.width() >= button.sizeHint().width() for button in buttons)
                and label.height() >= label.heightForWidth(label.width()))

    qtbot.waitUntil(settled)
