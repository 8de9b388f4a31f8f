"""The first start: a newsroom nobody has set up asks for its outlet's name and credit.

Whether the newsroom is new is a database question: the application knows the answer from
opening it (:class:`~newsdesk.ui.desk_start.OpenedNewsroom`); asked without one, it is read on
the task runner and the dialog opens when the answer lands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from newsdesk.ui.desk_start import is_unconfigured

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from newsdesk.domain.house import HouseSettings
    from newsdesk.services.newsroom import Newsroom
    from newsdesk.ui.tasks import TaskRunner


class FirstStartOffer(QObject):
    """Asks a new newsroom's name and credit (skippable), never invents them.

    Signals:
        answered(object): the dialog opened (a ``FirstStartDialog``), or None: the newsroom
            is not new (or could not tell), so nobody is asked.
    """

    answered = Signal(object)
    """The ``FirstStartDialog`` now open, or None when the newsroom is not asked."""

    def __init__(
        self,
        newsroom: Newsroom,
        named: Callable[[HouseSettings], object],
        *,
        tasks: TaskRunner,
        parent: QWidget,
    ) -> None:
        """``named`` gets the settings the user stored (the window applies them at once)."""
        super().__init__(parent)
        self._newsroom = newsroom
        self._named = named
        self._tasks = tasks
        self._window = parent

    def offer(self, unconfigured: bool | None = None) -> None:
        """Open the dialog if the newsroom is new; ``unconfigured`` is the answer when it is
        already known (read when the newsroom opened), None to read it now on a worker."""
        if unconfigured is not None:
            self._answer(unconfigured)
            return
        self._tasks.run(is_unconfigured, self._newsroom, on_result=self._answer,
                        on_error=self._on_failed, channel=f"first-start:{id(self)}")

    def _on_failed(self, _exc: BaseException) -> bool:
        # is_unconfigured() answers False for the newsroom's own errors; anything else is a
        # bug the runner logs and shows. Nobody is asked either way.
        self.answered.emit(None)
        return False

    def _answer(self, unconfigured: bool) -> None:
        from newsdesk.ui.dialogs.first_start_dialog import FirstStartDialog  # rarely needed

        if not unconfigured:
            self.answered.emit(None)
            return
        dialog = FirstStartDialog(self._newsroom.house, self._window)
        dialog.setModal(True)
        # Stored on the runner: the window applies what the save stored once it has landed.
        dialog.settings_saved.connect(self._named)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.answered.emit(dialog)
