"""Autosave: keep the open story in the database without the user ever pressing Save."""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from newsdesk.domain.article import Article
from newsdesk.domain.errors import ConflictError, InvalidInputError, NewsdeskError

if TYPE_CHECKING:
    from newsdesk.services.articles import ArticleService

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 2000


class EditorLike(Protocol):
    """The part of ``ArticleEditor`` autosave relies on (the UI contract)."""

    @property
    def edited(self) -> SignalInstance: ...

    def current_article(self) -> Article: ...

    def mark_saved(self, article: Article) -> None: ...


class SaveState(StrEnum):
    """What the status bar indicator says about the open story."""

    SAVED = "saved"
    UNSAVED = "unsaved"
    EMPTY = "empty"  # a new story nobody has typed into: nothing to keep
    INVALID = "invalid"  # the validator refused a field; the text stays in the editor
    CONFLICT = "conflict"  # someone saved a newer version; ours is kept, never written over


def is_blank(article: Article) -> bool:
    """A new story with nothing typed is not worth keeping (nor worth an error message)."""
    return article.id is None and not (
        article.headline.strip() or article.deck.strip() or article.body.strip()
    )


class Autosaver(QObject):
    """Saves the editor's story ~2 s after typing stops, and whenever the window asks.

    Saving happens on the GUI thread on purpose: it runs only after the user paused (or before
    the story is switched or the window closed), takes milliseconds on SQLite, and keeps the
    order "save, then load the next story" trivially right.

    Signals:
        state_changed(str, str): the :class:`SaveState` value and a message for the status bar.
        article_saved(object): the stored :class:`Article` (new id/version) after each save.
    """

    state_changed = Signal(str, str)
    """(SaveState value, message for the user); emitted on every change of state."""
    article_saved = Signal(object)
    """The Article as stored, after a successful save."""

    def __init__(
        self,
        articles: ArticleService,
        editor: EditorLike,
        *,
        delay_ms: int = AUTOSAVE_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._articles = articles
        self._editor = editor
        self._dirty = False
        self._state = SaveState.EMPTY
        self._message = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.save_now)
        editor.edited.connect(self.on_edited)

    @property
    def state(self) -> SaveState:
        return self._state

    @property
    def message(self) -> str:
        return self._message

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def on_edited(self) -> None:
        """Any user change: (re)start the quiet-time countdown."""
        self._dirty = True
        self.timer.start()
        if self._state not in (SaveState.CONFLICT, SaveState.INVALID):
            self._set_state(SaveState.UNSAVED, "Unsaved changes")

    def loaded(self, article: Article | None) -> None:
        """The editor now shows ``article`` exactly as stored (or a new empty story)."""
        self.timer.stop()
        self._dirty = False
        if article is None or article.id is None:
            self._set_state(SaveState.EMPTY, "New story: type a headline to keep it")
        else:
            self._set_state(SaveState.SAVED, "Saved")

    def discard(self) -> None:
        """Forget unsaved changes (the user chose to reload the stored story)."""
        self.timer.stop()
        self._dirty = False

    def save_now(self) -> bool:
        """Save if anything changed; False when the story could not be stored (see state)."""
        self.timer.stop()
        if not self._dirty:
            return self._state is not SaveState.CONFLICT
        article = self._editor.current_article()
        if is_blank(article):
            self._dirty = False
            self._set_state(SaveState.EMPTY, "New story: type a headline to keep it")
            return True
        try:
            saved = self._articles.save(article)
        except ConflictError as exc:
            self._set_state(
                SaveState.CONFLICT,
                f"Not saved — {exc}. Your text is still here: keep it as a new draft (Save "
                "Mine as a Copy) or take the newer text (Reload Story).",
            )
            return False
        except InvalidInputError as exc:
            self._set_state(SaveState.INVALID, f"Not saved — {exc.location_message()}")
            return False
        except NewsdeskError as exc:
            self._set_state(SaveState.INVALID, f"Not saved — {exc}")
            return False
        self._dirty = False
        self._editor.mark_saved(saved)
        self._set_state(SaveState.SAVED, "Saved")
        self.article_saved.emit(saved)
        return True

    def _set_state(self, state: SaveState, message: str) -> None:
        if state is SaveState.CONFLICT or state is SaveState.INVALID:
            log.info("autosave: %s", message)
        if (state, message) == (self._state, self._message):
            return
        self._state = state
        self._message = message
        self.state_changed.emit(state.value, message)
