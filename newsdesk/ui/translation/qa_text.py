"""QA problems as the desk shows them: the sentence in the interface language, error or warning.

The domain's QA messages are English templates with named fields; the same templates are in
the "Readiness" catalogue (see :mod:`newsdesk.ui.readiness_text`), so a problem reads the same
on the desk's row as in the story's readiness list.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from newsdesk.domain.translation_qa import QaProblem, QaSeverity
from newsdesk.ui.noop import QT_TRANSLATE_NOOP

SEVERITY_WORDS: Final = {
    QaSeverity.ERROR: QT_TRANSLATE_NOOP("DeskQa", "Error"),
    QaSeverity.WARNING: QT_TRANSLATE_NOOP("DeskQa", "Warning"),
}
SEVERITY_COLOURS: Final = {QaSeverity.ERROR: "#c0392b", QaSeverity.WARNING: "#d68910"}
"""Red for an error (it blocks ready), amber for a warning (only asks for a look)."""


def qa_message(problem: QaProblem) -> str:
    """The problem's sentence in the interface language, naming its exact token."""
    template = QCoreApplication.translate("Readiness", problem.template)
    return template.format(token=problem.token, **dict(problem.args))


def qa_line(problem: QaProblem) -> str:
    """"Error: The number “5.3” is not in the translation." (one line of a tooltip)."""
    severity = QCoreApplication.translate("DeskQa", SEVERITY_WORDS[problem.severity])
    return f"{severity}: {qa_message(problem)}"


def qa_tooltip(problems: Sequence[QaProblem]) -> str:
    return "\n".join(qa_line(problem) for problem in problems)


def worst(problems: Sequence[QaProblem]) -> QaSeverity:
    if any(problem.severity is QaSeverity.ERROR for problem in problems):
        return QaSeverity.ERROR
    return QaSeverity.WARNING


@cache
def _icon(severity: QaSeverity) -> QIcon:
    """A round mark ("!" on red for errors, on amber for warnings), drawn once."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(SEVERITY_COLOURS[severity]))
    painter.setPen(QColor(SEVERITY_COLOURS[severity]))
    if severity is QaSeverity.ERROR:
        painter.drawEllipse(1, 1, 14, 14)
    else:
        painter.drawRoundedRect(1, 1, 14, 14, 3, 3)
    painter.setPen(QColor("#ffffff"))
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(12)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return QIcon(pixmap)


def qa_icon(problems: Sequence[QaProblem]) -> QIcon:
    """The row's QA mark: the worst of its problems."""
    return _icon(worst(problems))
