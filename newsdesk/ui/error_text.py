"""Errors in the interface language: the domain's English wordings, translated for the window.

Domain, service and storage errors are raised with a :class:`~newsdesk.domain.errors.Wording`
(an English template and the values filled into it), so the CLI and the log stay English.
Each template is listed once, in its area's table (``newsdesk.ui.error_texts``); the window
translates it in the "Errors" context and fills the same values back in (a value that is
itself a wording is translated too). A template not listed, or an error raised with plain
text, is shown as it is: English is better than nothing. Field names in "field 'headline':"
are translated from their own table. A database driver's own reason ("database is locked")
is said in the interface language too, or, when not known, left to the log: a translated
sentence is never half English (``error_texts.driver_reasons``).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.errors import (
    InvalidInputError,
    NotReadyError,
    StorageError,
    Wording,
)
from newsdesk.ui.error_texts import (
    driver_reasons,
    export,
    glossary,
    house,
    memory,
    opening,
    people,
    revisions,
    spelling,
    storage,
    stories,
    translation,
)
from newsdesk.ui.error_texts.fields import FIELDS, PICKED_FILE_FIELDS
from newsdesk.ui.error_texts.os_reasons import OS_REASONS
from newsdesk.ui.noop import QT_TRANSLATE_NOOP
from newsdesk.ui.readiness_text import problem_text

CONTEXT: Final = "Errors"

# Every template the window translates: each area's table, listed once in its module.
TEMPLATES: Final = frozenset[str]().union(
    stories.TEMPLATES,
    storage.TEMPLATES,
    opening.TEMPLATES,
    house.TEMPLATES,
    people.TEMPLATES,
    revisions.TEMPLATES,
    translation.TEMPLATES,
    memory.TEMPLATES,
    glossary.TEMPLATES,
    spelling.TEMPLATES,
    export.TEMPLATES,
    driver_reasons.TEMPLATES,
    OS_REASONS.values(),  # a system's reason inside "cannot be read: {reason}"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def wording_text(wording: Wording) -> str:
    """``wording`` in the interface language; its English words when the template is unknown."""
    template = _tr(wording.template) if wording.template in TEMPLATES else wording.template
    values = {key: wording_text(value) if isinstance(value, Wording) else value
              for key, value in wording.values.items()}
    said = wording.values.get("reason")
    if wording.template in driver_reasons.QUOTING_DRIVER and isinstance(said, str):
        values["reason"] = _driver_reason(said, translated=template != wording.template)
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English is right
        return str(wording)


def _driver_reason(said: str, *, translated: bool) -> str:
    """A driver's reason in the interface language; one not known stays as it is in an
    English sentence and gives way to "the details are in the log" in a translated one (the
    log keeps the driver's words: the runner and the message bus write the English text)."""
    known = driver_reasons.known_reason(said)
    if known is not None:
        phrase, names = known
        try:
            return _tr(phrase).format_map(names)
        except (KeyError, IndexError, ValueError):  # a broken translation: the English is right
            return phrase.format_map(names)
    return _tr(driver_reasons.UNKNOWN_REASON) if translated else said


def driver_reason_text(said: str) -> str:
    """A driver's own line (or any error's nobody foresaw) quoted inside a sentence the
    window says (``Not stored: {0}``): a known reason in the interface language; one not known
    stays as it is in the English interface and gives way to "the details are in the log" in
    another (the runner's log has the driver's words)."""
    unknown = driver_reasons.UNKNOWN_REASON
    return _driver_reason(said, translated=_tr(unknown) != unknown)


def field_text(field: str) -> str:
    """A field's name in the interface language (a file's own key, ``authors[0].name``, as is)."""
    return _tr(FIELDS[field]) if field in FIELDS else field


def _located(exc: InvalidInputError, message: str) -> str:
    """The file, line and field before ``message``, as ``location_message`` puts them.

    In a file the field is the key as written there (``date``, ``authors[0].name``): that is
    what the user looks for; in the window it is the field's name in the interface language.
    """
    where = exc.file
    if exc.line is not None:
        where = (f"{where}:{exc.line}" if where
                 else _tr(QT_TRANSLATE_NOOP("Errors", "line {line}")).format(line=exc.line))
    prefix = f"{where}: " if where else ""
    name = (exc.field if exc.file and exc.field not in PICKED_FILE_FIELDS
            else field_text(exc.field))
    field = (_tr(QT_TRANSLATE_NOOP("Errors", "field “{field}”: ")).format(field=name)
             if exc.field else "")
    return f"{prefix}{field}{message}"


def error_text(exc: BaseException) -> str:
    """What the window says about ``exc``, in the interface language where it can."""
    if isinstance(exc, NotReadyError):
        shown = [problem_text(problem) for problem in exc.problems[:3]]
        text = _tr(QT_TRANSLATE_NOOP("Errors", "Not ready: {problems}")).format(
            problems=" ".join(shown))
        extra = len(exc.problems) - len(shown)
        if extra > 0:
            text += " " + _tr(QT_TRANSLATE_NOOP("Errors", "And {count} more.")).format(
                count=extra)
        return text
    if isinstance(exc, InvalidInputError):
        return _located(exc, message_text(exc))
    found = getattr(exc, "wording", None)  # a NewsdeskError, or a DatelineError (ValueError)
    if isinstance(found, Wording):
        return wording_text(found)
    if isinstance(exc, OSError) and exc.errno is not None:
        return os_error_text(exc)
    return str(exc) or type(exc).__name__


def os_error_text(error: OSError) -> str:
    """``/out/x.html: permission denied`` in the interface language, the path as it is; a
    reason not in the table in the system's own words."""
    reason = os_reason_text(error)
    return f"{error.filename}: {reason}" if error.filename else reason


def os_reason_text(error: OSError) -> str:
    """Why the system refused (``permission denied``), without the path, in the interface
    language; a reason not in the table in the system's own words."""
    return (_tr(OS_REASONS[error.errno]) if error.errno in OS_REASONS
            else error.strerror or str(error))


def message_text(exc: InvalidInputError) -> str:
    """What is wrong, without file, line or field: for a problem shown beside its field."""
    return wording_text(exc.wording) if exc.wording is not None else exc.message


def situation_text(exc: StorageError) -> str:
    """What happened to the database, without the advice, in the interface language."""
    if exc.situation_wording is not None:
        return wording_text(exc.situation_wording)
    return exc.situation
