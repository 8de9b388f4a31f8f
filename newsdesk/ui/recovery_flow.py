"""At start-up, walk the user through text the journal kept and the newsroom does not hold.

The journal is compared with the newsroom, and each choice stored, on the task runner: a
PostgreSQL server across the network (or a colleague's lock on the file) never holds the
window while the offers are read or a recovered text is written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from newsdesk.domain.article import Article
from newsdesk.domain.errors import NewsdeskError
from newsdesk.ui.error_text import error_text
from newsdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from newsdesk.services.articles import ArticleService
    from newsdesk.services.recovery import JournalReview, RecoveryOffer
    from newsdesk.services.recovery_journal import RecoveryJournal, SetAside
    from newsdesk.ui.dialogs.recovery_dialog import RecoveryChoice, RecoveryDialog

log = logging.getLogger(__name__)


class RecoveryFlow(QObject):
    """Offers each recovered text in turn (a window-modal dialog, opened, never exec'd).

    ``tell(message)`` reports to the user; ``story_changed(article)`` lets the window show a
    story the user's choice stored (or re-read the one it has open).

    Signals:
        finished(): every offer was answered or deferred.
    """

    finished = Signal()
    """No recovery dialog is left to answer."""

    def __init__(
        self,
        parent: QWidget,
        articles: ArticleService,
        journal: RecoveryJournal,
        *,
        tell: Callable[[str], None],
        story_changed: Callable[[Article], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._articles = articles
        self._journal = journal
        self._tell = tell
        self._story_changed = story_changed
        self._offers: list[RecoveryOffer] = []
        self.dialog: RecoveryDialog | None = None
        self.reviewing = False
        """The journal is being compared with the newsroom (on the task runner)."""
        self.storing = False
        """A choice (keep mine, keep both, keep stored) is being stored on the task runner."""

    def start(self) -> None:
        """Compare the journal with the newsroom on the task runner; the first offer opens
        when the answer lands (``finished`` at once when there is none)."""
        from newsdesk.services.recovery import recovery_offers

        self.reviewing = True
        TaskRunner.of().run(recovery_offers, self._journal, self._articles,
                            on_result=self._on_reviewed, on_error=self._on_review_failed)

    def _on_reviewed(self, review: JournalReview) -> None:
        self.reviewing = False
        if review.set_aside:
            self._tell_set_aside(review.set_aside)
        self._offers = list(review.offers)
        self._next()

    def _on_review_failed(self, exc: BaseException) -> bool:
        self.reviewing = False
        self.finished.emit()  # nothing is offered this time: nobody waits for an offer
        if not isinstance(exc, NewsdeskError | OSError):
            return False  # a bug: the runner logs it and shows it
        # The newsroom is unavailable right now: the journal keeps everything for later.
        self._tell(self.tr("Text kept on this computer could not be compared with the "
                           "newsroom ({0}); it stays there for the next start.").format(
                               error_text(exc)))
        return True

    @property
    def pending(self) -> int:
        """Offers not answered yet: the one on screen, one being stored, and those to come
        (while the journal is still being compared, at least one)."""
        return (len(self._offers) + (1 if self.dialog is not None else 0)
                + (1 if self.reviewing or self.storing else 0))

    def _tell_set_aside(self, items: list[SetAside]) -> None:
        folder = items[0].moved_to.parent
        reasons = "; ".join(item.reason for item in items[:3])
        self._tell(self.tr("{0} file(s) of the recovery journal could not be used and were "
                           "set aside in {1}: {2}").format(len(items), folder, reasons))

    def _next(self) -> None:
        from newsdesk.ui.dialogs.recovery_dialog import RecoveryDialog

        self.dialog = None
        if not self._offers:
            self.finished.emit()
            return
        offer = self._offers.pop(0)
        dialog = RecoveryDialog(offer, self._parent)
        dialog.setModal(True)
        dialog.finished.connect(lambda _result: self._answered(dialog))
        self.dialog = dialog
        dialog.open()

    def _answered(self, dialog: RecoveryDialog) -> None:
        """Store the choice on the task runner; the next offer opens once it has landed (or
        failed, which leaves the text in the journal for the next start)."""
        from newsdesk.services.recovery import keep_both, keep_mine, keep_stored
        from newsdesk.ui.dialogs.recovery_dialog import RecoveryChoice

        offer, choice = dialog.offer, dialog.choice
        dialog.deleteLater()
        self.dialog = None
        articles, journal = self._articles, self._journal
        work: Callable[[], Article | SetAside]
        if choice is RecoveryChoice.MINE:
            work = partial(keep_mine, offer, articles, journal)
        elif choice is RecoveryChoice.BOTH:
            work = partial(keep_both, offer, articles, journal)
        elif choice is RecoveryChoice.STORED:
            work = partial(keep_stored, offer, journal)
        else:
            self._tell(self.tr("Your unsaved text stays on this computer and will be "
                               "offered again at the next start."))
            self._next()
            return
        self.storing = True
        TaskRunner.of().run(work, on_result=partial(self._on_stored, choice),
                            on_error=partial(self._on_store_failed, choice))

    def _on_stored(self, choice: RecoveryChoice, done: Article | SetAside) -> None:
        from newsdesk.ui.dialogs.recovery_dialog import RecoveryChoice

        self.storing = False
        if isinstance(done, Article):
            said = (self.tr("Your recovered text is stored in “{0}”.")
                    if choice is RecoveryChoice.MINE else
                    self.tr("Your recovered text is stored as a new draft, “{0}”."))
            self._tell(said.format(done.headline))
            self._story_changed(done)
        else:
            self._tell(self.tr("The stored story was kept; your text is set aside in "
                               "{0}.").format(done.moved_to))
        self._next()

    def _on_store_failed(self, choice: RecoveryChoice, exc: BaseException) -> bool:
        self.storing = False
        log.warning("recovery choice %s failed: %s", choice, exc)
        self._tell(self.tr("Not stored — {0}. Your text stays on this computer and will "
                           "be offered again at the next start.").format(error_text(exc)))
        self._next()
        return isinstance(exc, NewsdeskError | OSError)  # anything else: a bug, shown too
