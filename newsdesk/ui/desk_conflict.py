"""The ways out of a refused save (a colleague stored a newer version): what the user is told,
the two choices offered with it, and Save Mine as a Copy, which keeps both texts.

Apart from the session so the conflict is said one way wherever it is found (a save, a
status move) and its choices are built in one place; Reload Story stays with the session,
whose reading it shares.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.article import Article
from newsdesk.domain.copy_headline import my_version_suffix
from newsdesk.domain.errors import NewsdeskError
from newsdesk.ui import desk_calls
from newsdesk.ui.desk_parts import DeskParts
from newsdesk.ui.desk_state import Command
from newsdesk.ui.error_text import error_text
from newsdesk.ui.messages import MessageAction
from newsdesk.ui.noop import QT_TRANSLATE_NOOP

SAVE_AS_COPY = QT_TRANSLATE_NOOP("DeskSession", "Save Mine as a Copy")
RELOAD_STORY = QT_TRANSLATE_NOOP("DeskSession", "Reload Story")


class DeskConflict:
    """A conflict's words and ways out.

    ``reload()`` takes the stored text (the session's Reload Story); ``show(article)`` puts
    the copy in the editor; ``copied(article)`` the copy landed; ``found(text)`` a conflict
    was found (the session's ``conflict_found``).
    """

    def __init__(
        self,
        parts: DeskParts,
        *,
        reload: Callable[[], None],
        show: Callable[[Article], None],
        copied: Callable[[Article], None],
        found: Callable[[str], None],
    ) -> None:
        self._parts = parts
        self._reload = reload
        self._show = show
        self._copied = copied
        self._found = found

    def actions(self) -> list[MessageAction]:
        """The two ways out of a refused save: take the stored text, or keep mine as a copy."""
        return [MessageAction(QCoreApplication.translate("DeskSession", RELOAD_STORY),
                              self._reload),
                MessageAction(QCoreApplication.translate("DeskSession", SAVE_AS_COPY),
                              self.save_as_copy)]

    def say(self, text: str) -> None:
        """A newer stored version refused a move: say so, with the two ways out."""
        self._found(text)
        self._parts.messages.warning(text, actions=self.actions(), about="save")

    def save_as_copy(self, then: Callable[[bool], None] | None = None) -> None:
        """Mine becomes a new draft (made by the service in one write); the stored story
        keeps the colleague's version and the editor moves to the copy (``copied``).

        ``then(stored)`` once the copy's outcome is known (closing goes on from it): True
        when it landed, False when it was refused or could not start (the user is told why).
        """
        parts = self._parts
        if not parts.begin(Command.COPY):
            if then is not None:
                then(False)
            return
        mine = parts.editor.current_article()
        # The suffix is stored in the story: it is in the story's language, not the UI's.
        parts.runner.run(desk_calls.save_as_new_draft, parts.articles, mine,
                         my_version_suffix(mine.language),
                         on_result=partial(self._on_copied, then),
                         on_error=partial(self._on_copy_failed, then))

    def _on_copied(self, then: Callable[[bool], None] | None, saved: Article) -> None:
        self._parts.autosaver.discard()
        self._show(saved)
        self._parts.end()
        self._copied(saved)
        self._parts.messages.info(QCoreApplication.translate(
            "DeskSession", "Your text is saved as a new draft, “{0}”; the original keeps the "
            "version saved elsewhere.").format(saved.headline))
        if then is not None:
            then(True)

    def _on_copy_failed(self, then: Callable[[bool], None] | None,
                        exc: BaseException) -> bool:
        self._parts.end()
        handled = isinstance(exc, NewsdeskError)
        if handled:
            self._parts.messages.warning(QCoreApplication.translate(
                "DeskSession", "The copy was not saved either: {0}").format(error_text(exc)),
                about="save")
        if then is not None:
            then(False)  # after the user was told why (a bug: the runner tells, next)
        return handled
