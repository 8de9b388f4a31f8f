"""Saving the desk's translation on the task runner: one save, or the save of its own when
its original was deleted meanwhile."""

from __future__ import annotations

from dataclasses import dataclass, replace

from newsdesk.domain.article import Article
from newsdesk.domain.errors import ConflictError, NewsdeskError, StorageError
from newsdesk.services.articles import ArticleService
from newsdesk.services.recovery_journal import JournalWriter
from newsdesk.ui.translation.desk_original_gone import save_without_original


@dataclass(frozen=True)
class DeskSave:
    """What a save of the desk's translation stored."""

    saved: Article
    """The stored translation (its new version)."""
    mine: Article
    """The text the desk sent, as it was saved (no original when saved as a story of its
    own): what the recovery journal may now drop."""


def save_translation(articles: ArticleService, mine: Article,
                     journal: JournalWriter | None = None, ticket: int | None = None) -> DeskSave:
    """On a worker: save ``mine`` with the version the desk holds (one transaction).

    Write-ahead, as the editor's autosave: with the journal's ``ticket`` of ``mine``, the
    save waits until the journal holds ``mine`` on disk, so a kill the moment the save
    commits never leaves the journal behind the stored cell (its older text would be
    offered back at the next start as the translator's, over the newer stored one).

    A conflict or a newsroom that cannot be written is raised as it is; any other refusal
    is tried once more as a story of its own, in case the original was deleted meanwhile
    (see desk_original_gone); when that is not why, the first refusal is raised.
    """
    if journal is not None and ticket is not None:
        journal.write_ahead(ticket, "translators' desk")
    try:
        return DeskSave(articles.save(mine), mine)
    except (ConflictError, StorageError):
        raise
    except NewsdeskError as refused:
        try:
            alone = save_without_original(articles, mine, refused)
        except NewsdeskError:
            alone = None  # the first refusal says why; the journal keeps the text
        if alone is None:
            raise
        return DeskSave(alone, replace(mine, translation_of=None))
