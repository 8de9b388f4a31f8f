"""Real image files for photo tests, drawn with QImage (no fixtures checked into the repo)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter


def banded_photo(path: Path, fmt: str, width: int = 600, height: int = 300) -> Path:
    """Red | green | blue bands: the centred square of a 600×300 picture is all green."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    band = (width - height) // 2
    painter.fillRect(0, 0, band, height, QColor("red"))
    painter.fillRect(band, 0, height, height, QColor("green"))
    painter.fillRect(band + height, 0, width - band - height, height, QColor("blue"))
    painter.end()
    assert image.save(str(path), fmt)
    return path


def transparent_logo(path: Path) -> Path:
    image = QImage(300, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setBrush(QColor("orange"))
    painter.drawEllipse(50, 50, 200, 200)
    painter.end()
    assert image.save(str(path), "PNG")
    return path
