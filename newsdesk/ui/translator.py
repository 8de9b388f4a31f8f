"""Installs the interface language: Newsdesk's compiled Russian catalogue, Qt's own, the locale.

Called once by the application before any window is built, since widgets translate their
texts when they are made. A missing catalogue never stops the window: it opens in English
and the log says which file was missing and how to build it.
"""

from __future__ import annotations

import logging
from datetime import datetime
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from newsdesk.ui_language import ENGLISH, RUSSIAN, choose_ui_language

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"  # QSettings: "en", "ru", or absent (follow the system)
_LOCALES = {ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
            RUSSIAN: QLocale(QLocale.Language.Russian, QLocale.Country.Russia)}
_installed: list[QTranslator] = []  # kept alive here: Qt does not own installed translators
_before: list[QLocale] = []  # the default locale before the first install, for remove


def catalogue_path(language: str) -> Path:
    """Where the set-up puts the compiled catalogue (``.qm``) of ``language``."""
    folder = resources.files("newsdesk") / "assets" / "translations"
    return Path(str(folder)) / f"newsdesk_{language}.qm"


def saved_ui_language() -> str | None:
    """The language chosen in Preferences, or None to follow the system."""
    value = QSettings().value(LANGUAGE_KEY)
    return str(value) if value else None


def save_ui_language(language: str | None) -> None:
    """Keep the Preferences choice (None: follow the system); used at the next start."""
    settings = QSettings()
    if language:
        settings.setValue(LANGUAGE_KEY, language)
    else:
        settings.remove(LANGUAGE_KEY)


def install_ui_language(explicit: str | None = None, catalogue: Path | None = None) -> str:
    """Choose the interface language, load its catalogues and locale; return what is in use.

    ``explicit`` is ``--ui-language``; ``catalogue`` overrides where Newsdesk's ``.qm`` is
    (tests build one into a temporary folder). Returns ``"en"`` when the Russian catalogue
    is missing or unreadable, after a one-line warning in the log.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication: the interface language needs a running application")
    remove_ui_language()
    _before.append(QLocale())
    language = choose_ui_language(explicit, saved_ui_language())
    if language != ENGLISH:
        path = catalogue or catalogue_path(language)
        ours = QTranslator(app)
        if not path.is_file() or not ours.load(str(path)):
            log.warning("the %s interface catalogue %s is missing or unreadable; the window "
                        "stays in English (run scripts/setup to build it)", language, path)
            language = ENGLISH
        else:
            app.installTranslator(ours)
            _installed.append(ours)
            qt_own = QTranslator(app)  # standard buttons (OK, Cancel) and Qt's own dialogs
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{language}", folder):
                app.installTranslator(qt_own)
                _installed.append(qt_own)
    QLocale.setDefault(_LOCALES[language])  # dates and numbers follow the interface
    return language


def remove_ui_language() -> None:
    """Back to English: remove the installed catalogues (tests switch languages)."""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    if _before:
        QLocale.setDefault(_before.pop())


def number_text(value: int) -> str:
    """``value`` written as the interface language writes numbers: 12,345 or 12 345.

    English keeps Python's grouping whatever the system locale, so texts stay as they were.
    """
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return f"{value:,}"
    return locale.toString(value)


def moment_text(moment: datetime, *, seconds: bool = False) -> str:
    """``moment`` as the interface writes a date and time: 2026-05-04 10:42 / 04.05.2026 10:42.

    English keeps the ISO form the desk always showed; another language writes the date in its
    own short form. ``moment`` is shown as given (callers convert to local time first).
    """
    clock = f"{moment:%H:%M:%S}" if seconds else f"{moment:%H:%M}"
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return f"{moment:%Y-%m-%d} {clock}"
    day = QDate(moment.year, moment.month, moment.day)
    return f"{locale.toString(day, QLocale.FormatType.ShortFormat)} {clock}"
