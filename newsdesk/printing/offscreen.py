"""A Qt GUI application for printing without a window: offscreen unless one already runs."""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new ``QGuiApplication`` on the "offscreen" platform.

    QTextDocument and QPdfWriter need a QGuiApplication (fonts, the paint engine) but no
    display. A command-line export must work over SSH and in cron, where no DISPLAY exists
    and the xcb platform would abort the process, so the platform is chosen before the
    application exists; a platform the user chose in QT_QPA_PLATFORM is kept. Inside the
    window (or pytest-qt) the existing application is used as it is.
    """
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(["newsdesk"])
