"""Draw the demo newsroom's author avatars: initials on a coloured square, one PNG per author.

Run it after changing ``newsdesk/assets/demo/authors.yaml``; the PNGs are committed so the app
never needs Qt just to fill a database. Works headless (offscreen Qt platform).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import yaml

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

SIZE = 256
DEMO = Path(__file__).resolve().parent.parent / "newsdesk" / "assets" / "demo"
# Muted newsroom colours: readable white initials on every one of them.
PALETTE = ("#2e5e8c", "#8c3b2e", "#3c7a4a", "#6b4a8c", "#8c6d2e", "#2e7a7a")


def initials(name: str) -> str:
    parts = [part for part in name.split() if part[:1].isalpha()]
    chosen = parts[:1] + parts[-1:] if len(parts) > 1 else parts
    return "".join(part[0].upper() for part in chosen)


def draw(name: str, colour: str, target: Path) -> None:
    image = QImage(SIZE, SIZE, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(SIZE * 2 // 5)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRect(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    authors = yaml.safe_load((DEMO / "authors.yaml").read_text(encoding="utf-8"))
    for index, author in enumerate(authors):
        target = DEMO / "photos" / author["photo"]
        draw(author["name"], PALETTE[index % len(PALETTE)], target)
        print(f"{target.relative_to(DEMO.parent.parent.parent)}: {initials(author['name'])}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
