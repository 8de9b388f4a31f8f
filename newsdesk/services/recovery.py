"""Recovering text from the journal at start-up: what to offer, and each choice the user makes.

Pure decisions over the services, no Qt: the window asks :func:`recovery_offers` what the
journal holds that the database does not, shows both texts, and calls one of
:func:`keep_mine`, :func:`keep_stored`, :func:`keep_both`. Nothing here overwrites a stored
version without keeping it as a revision first.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from newsdesk.domain.article import Article
from newsdesk.domain.article_json import same_text
from newsdesk.domain.copy_headline import RECOVERED_EN, recovered_suffix
from newsdesk.domain.errors import NotFoundError
from newsdesk.services.articles import FIRST_VERSION, ArticleService
from newsdesk.services.recovery_journal import JournalEntry, RecoveryJournal, SetAside

RECOVERED_SUFFIX = RECOVERED_EN  # an English story's; recovered_suffix() picks by language


@dataclass(frozen=True)
class RecoveryOffer:
    """Text in the journal that the database does not hold; ``stored`` None: never stored."""

    entry: JournalEntry
    stored: Article | None

    @property
    def mine(self) -> Article:
        return self.entry.article

    @property
    def colleague_saved_since(self) -> bool:
        """The stored story moved on from the version the recovered text was edited from."""
        return self.stored is not None and self.stored.version != self.mine.version

    @property
    def stored_holds_all(self) -> bool:
        """The stored story already holds all of the recovered text and more.

        It was stored after the journal's copy was made (a newer version), every other field
        reads the same, and the recovered body is how the stored one began: the journal fell
        one step behind a save that landed (journals of releases that wrote it after the
        save). Taking "mine" would drop the words stored since, so the stored one is the
        choice that loses nothing.
        """
        stored, mine = self.stored, self.mine
        return (stored is not None and stored.version > mine.version
                and len(stored.body) > len(mine.body) and stored.body.startswith(mine.body)
                and same_text(replace(stored, body=mine.body), mine))


@dataclass(frozen=True)
class JournalReview:
    offers: list[RecoveryOffer]
    set_aside: list[SetAside]
    already_saved: int  # journals whose text the database already holds (removed)


def _is_blank(article: Article) -> bool:
    return not (article.headline.strip() or article.deck.strip() or article.body.strip())


def _as_created(mine: Article, created: Article) -> Article:
    """The journal's text of a new story as an edit of ``created``, the story its first save
    made: its id, first version and creation time, and what the create filled in where the
    text had nothing (the slug, the house's language, credit and date; see
    ``with_house_defaults``), so the same words compare the same."""
    dateline = mine.dateline
    if dateline.city.strip():
        if not dateline.agency.strip():
            dateline = replace(dateline, agency=created.dateline.agency)
        if dateline.date is None and dateline.filed_at is None:
            dateline = replace(dateline, date=created.dateline.date)
    return replace(mine, id=created.id, version=FIRST_VERSION, created_at=created.created_at,
                   slug=mine.slug or created.slug,
                   language=mine.language.strip() or created.language, dateline=dateline)


def _created_from(entry: JournalEntry, articles: ArticleService) -> JournalEntry:
    """A never-saved story's entry as an edit of the story its first save created, if that
    save committed (a window killed before it heard the new id); else the entry as it is."""
    if entry.article.id is not None or not entry.key.startswith("new-"):
        return entry
    created = articles.find_by_client_key(entry.key)
    if created is None:
        return entry
    return replace(entry, article=_as_created(entry.article, created))


def recovery_offers(journal: RecoveryJournal, articles: ArticleService) -> JournalReview:
    """Sort the journal: what to offer, what is already safe, what cannot be trusted.

    A new story's journal names the story its first save created, when that save committed
    without the window hearing (the create stored the journal's key): it is reviewed as
    that story, never offered as one that was never stored (Keep Mine made a second copy).
    """
    entries, set_aside = journal.entries()
    offers: list[RecoveryOffer] = []
    already_saved = 0
    for entry in entries:
        entry = _created_from(entry, articles)
        mine = entry.article
        stored: Article | None = None
        if mine.id is not None:
            try:
                stored = articles.get(mine.id)
            except NotFoundError:
                stored = None  # deleted since: offered back as a story of its own
            if (stored is not None and mine.created_at is not None
                    and stored.created_at is not None
                    and stored.created_at.replace(tzinfo=None)
                    != mine.created_at.replace(tzinfo=None)):
                set_aside.append(journal.set_aside(
                    entry.path, f"story {mine.id} of this newsroom is another story "
                    f"(“{stored.headline}”), so the text belongs to another newsroom"))
                continue
        if (stored is not None and same_text(stored, mine)) or (stored is None and
                                                                 _is_blank(mine)):
            journal.remove(entry.key)
            already_saved += 1
            continue
        offers.append(RecoveryOffer(entry=entry, stored=stored))
    return JournalReview(offers=offers, set_aside=set_aside, already_saved=already_saved)


def keep_mine(offer: RecoveryOffer, articles: ArticleService, journal: RecoveryJournal,
              *, who: str = "") -> Article:
    """Store the recovered text as the story's newest version (the stored one kept as a
    revision first); a story that was never stored, or was deleted, is created anew."""
    mine = offer.mine
    if offer.stored is None:
        saved = articles.create(replace(mine, id=None, version=0, created_at=None))
    else:
        articles.record_revision(offer.stored.id or 0, who=who,
                                 note="Before recovered text replaced it")
        current = articles.get(offer.stored.id or 0)
        saved = articles.save(replace(mine, id=current.id, version=current.version))
    journal.remove(offer.entry.key)
    return saved


def keep_stored(offer: RecoveryOffer, journal: RecoveryJournal) -> SetAside:
    """Drop the recovered text from the desk; the file is set aside, not deleted."""
    return journal.set_aside(offer.entry.path, "the user kept the stored story instead")


def keep_both(offer: RecoveryOffer, articles: ArticleService,
              journal: RecoveryJournal) -> Article:
    """The stored story stays as it is; the recovered text becomes a new draft beside it."""
    saved = articles.save_as_new_draft(offer.mine, suffix=recovered_suffix(offer.mine.language))
    journal.remove(offer.entry.key)
    return saved
