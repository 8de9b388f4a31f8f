"""At start-up, walk the user through text the journal kept and the newsroom does not hold."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from newsdesk.domain.article import Article
from newsdesk.domain.errors import NewsdeskError
from newsdesk.ui.error_text import error_text

if TYPE_CHECKING:
    from newsdesk.services.articles import ArticleService
    from newsdesk.services.recovery import RecoveryOffer
    from newsdesk.services.recovery_journal import RecoveryJournal, SetAside
    from newsdesk.ui.dialogs.recovery_dialog import RecoveryDialog

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

    def start(self) -> None:
        from newsdesk.services.recovery import recovery_offers

        try:
            review = recovery_offers(self._journal, self._articles)
        except (NewsdeskError, OSError) as exc:
            # The newsroom is unavailable right now: the journal keeps everything for later.
            log.warning("recovery journal not reviewed: %s", exc)
            self._tell(self.tr("Text kept on this computer could not be compared with the "
                               "newsroom ({0}); it stays there for the next start.").format(
                                   error_text(exc)))
            self.finished.emit()
            return
        if review.set_aside:
            self._tell_set_aside(review.set_aside)
        self._offers = list(review.offers)
        self._next()

    @property
    def pending(self) -> int:
        """Offers not answered yet, the one on screen included."""
        return len(self._offers) + (1 if self.dialog is not None else 0)

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
        from newsdesk.services.recovery import keep_both, keep_mine, keep_stored
        from newsdesk.ui.dialogs.recovery_dialog import RecoveryChoice

        offer, choice = dialog.offer, dialog.choice
        dialog.deleteLater()
        try:
            if choice is RecoveryChoice.MINE:
                saved = keep_mine(offer, self._articles, self._journal)
                self._tell(self.tr("Your recovered text is stored in “{0}”.").format(
                    saved.headline))
                self._story_changed(saved)
            elif choice is RecoveryChoice.BOTH:
                saved = keep_both(offer, self._articles, self._journal)
                self._tell(self.tr("Your recovered text is stored as a new draft, “{0}”.")
                           .format(saved.headline))
                self._story_changed(saved)
            elif choice is RecoveryChoice.STORED:
                aside = keep_stored(offer, self._journal)
                self._tell(self.tr("The stored story was kept; your text is set aside in "
                                   "{0}.").format(aside.moved_to))
            else:
                self._tell(self.tr("Your unsaved text stays on this computer and will be "
                                   "offered again at the next start."))
        except (NewsdeskError, OSError) as exc:
            log.warning("recovery choice %s failed: %s", choice, exc)
            self._tell(self.tr("Not stored — {0}. Your text stays on this computer and will "
                               "be offered again at the next start.").format(error_text(exc)))
        self._next()
