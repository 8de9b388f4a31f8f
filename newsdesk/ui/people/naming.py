"""Give a widget its stable objectName inline, where it is built."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

_Q = TypeVar("_Q", bound=QObject)


def named(widget: _Q, object_name: str) -> _Q:
    """``widget`` with ``objectName`` set: tests, screenshots and accessibility find it by name.

    (PySide6 accepts ``objectName=`` as a keyword, but its type stubs do not, so mypy would
    reject every constructor call.)
    """
    widget.setObjectName(object_name)
    return widget
