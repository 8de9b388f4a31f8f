"""A translation's readiness (issue 12) on SQLite and PostgreSQL: QA errors, untranslated rows and
must-review changes of its original keep it from ready; minor changes do not; `newsdesk check`
reports them."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from newsdesk.__main__ import main
from newsdesk.domain.article import Article, BylineEntry, Dateline, Role, Status
from newsdesk.domain.errors import NotReadyError
from newsdesk.domain.people import Author
from newsdesk.domain.workflow import Problem
from newsdesk.services.articles import ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.translation import TranslationService

EN_BODY = (
    "Bishkek will raise water tariffs by 12 percent from May 1, the city council said on "
    "Tuesday.\n\n"
    "The increase affects 250,000 households, council spokeswoman Aida Bekova said.\n\n"
    "Tariffs were last raised in 2019."
)
RU_PARAGRAPHS = [
    "Бишкек с 1 мая повысит тарифы на воду на 12 процентов, сообщил во вторник городской "
    "кенеш.",
    "Повышение затронет 250 000 домохозяйств, сообщила пресс-секретарь кенеша Аида Бекова.",
    "В последний раз тарифы повышали в 2019 году.",
]
RU_BODY = "\n\n".join(RU_PARAGRAPHS)


@dataclass
class Pair:
    newsroom: Newsroom
    original: Article
    translation: Article

    @property
    def articles(self) -> ArticleService:
        return self.newsroom.articles

    def edit_original(self, **changes: str) -> Article:
        """Save the original with replacements given as ``field="old>>new"``."""
        original = self.articles.get(self.original.id or 0)
        for field, (old, new) in ((f, v.split(">>")) for f, v in changes.items()):
            text = getattr(original, field)
            assert old in text, (field, old)
            original = replace(original, **{field: text.replace(old, new)})
        self.original = self.articles.save(original)
        return self.original

    def edit_translation(self, old: str, new: str) -> Article:
        current = self.articles.get(self.translation.id or 0)
        assert old in current.body
        self.translation = self.articles.save(replace(current, body=current.body.replace(old,
                                                                                           new)))
        return self.translation

    def refused(self) -> list[Problem]:
        current = self.articles.get(self.translation.id or 0)
        with pytest.raises(NotReadyError) as caught:
            self.articles.set_status(current.id or 0, Status.READY, version=current.version)
        kept = self.articles.get(current.id or 0)
        assert (kept.status, kept.version) == (current.status, current.version)
        return caught.value.problems

    def ready(self) -> Article:
        current = self.articles.get(self.translation.id or 0)
        moved = self.articles.set_status(current.id or 0, Status.READY, version=current.version)
        assert moved.status is Status.READY
        return moved


def _start(newsroom: Newsroom, *, translate: bool = True) -> Pair:
    reporter = newsroom.authors.create(Author(name="Aida Bekova", roles=(Role.REPORTER,)))
    translator = newsroom.authors.create(Author(name="Oleg Kim", roles=(Role.TRANSLATOR,)))
    original = newsroom.articles.create(Article(
        headline="Bishkek raises water tariffs by 12 percent",
        deck="The new prices start on May 1.",
        body=EN_BODY,
        language="en",
        dateline=Dateline(city="Bishkek", country="Kyrgyzstan", agency="TCA"),
        byline=(BylineEntry(reporter.name, Role.REPORTER, reporter.id),),
    ))
    draft = TranslationService(newsroom.uow).start_translation(
        original.id or 0, "ru", who="Oleg Kim", translator_id=translator.id)
    pair = Pair(newsroom, original, draft)
    if translate:
        pair.translation = newsroom.articles.save(replace(
            draft,
            headline="Бишкек повышает тарифы на воду на 12 процентов",
            deck="Новые цены вводятся с 1 мая.",
            body=RU_BODY,
        ))
    return pair


def test_a_translation_with_nothing_wrong_moves_to_ready(newsroom: Newsroom) -> None:
    pair = _start(newsroom)

    assert pair.articles.check_ready(pair.translation) == []
    assert pair.ready().translation_of == pair.original.slug


def test_a_number_mismatch_refuses_ready_naming_the_row_and_jumping_to_it(
    newsroom: Newsroom,
) -> None:
    pair = _start(newsroom)
    translation = pair.edit_translation("250 000", "25 000")

    problems = pair.refused()

    assert [(p.field, p.message, p.row) for p in problems] == [
        ("body", "Paragraph 2: The number “250,000” is not in the translation.", "p1")]
    jump = problems[0]
    assert translation.body[jump.start or 0 : jump.end] == RU_PARAGRAPHS[1].replace(
        "250 000", "25 000")

    pair.edit_translation("25 000", "250 000")
    pair.ready()


def test_a_minor_edit_of_the_original_does_not_block(newsroom: Newsroom) -> None:
    pair = _start(newsroom)
    pair.edit_original(body="households, council>>households council",  # a comma removed
                       headline="water tariffs>>Water Tariffs")  # letter case

    assert pair.articles.check_ready(pair.articles.get(pair.translation.id or 0)) == []
    pair.ready()


def test_a_reworded_sentence_of_the_original_must_be_reviewed(newsroom: Newsroom) -> None:
    pair = _start(newsroom)
    pair.edit_original(body="were last raised>>last went up", deck="start on>>apply from")

    problems = pair.refused()

    assert [(p.field, p.message, p.row) for p in problems] == [
        ("deck", "The original's deck changed since it was translated: review the translation.",
         "deck"),
        ("body", "Paragraph 3 of the original changed since it was translated: review the "
         "translation.", "p2"),
    ]
    body = pair.articles.get(pair.translation.id or 0).body
    assert body[problems[1].start or 0 : problems[1].end] == RU_PARAGRAPHS[2]

    # The translator has looked: the translation now follows the original as it is.
    synced = TranslationService(newsroom.uow).mark_synced(pair.translation.id or 0)
    pair.translation = synced
    pair.ready()


def test_a_changed_number_in_the_original_is_a_flag_and_a_qa_error(newsroom: Newsroom) -> None:
    pair = _start(newsroom)
    pair.edit_original(body="250,000 households>>260,000 households")

    messages = [p.message for p in pair.refused()]

    assert messages == [
        "Paragraph 2 of the original changed since it was translated: review the translation.",
        "Paragraph 2: The number “260,000” is not in the translation.",
    ]


def test_a_copy_of_the_original_is_untranslated_row_by_row(newsroom: Newsroom) -> None:
    pair = _start(newsroom, translate=False)  # the draft is still a copy of the original

    messages = [p.message for p in pair.refused()]
    assert messages == [
        "Headline: The translation is the same as the original.",
        "Deck: The translation is the same as the original.",
        *(f"Paragraph {n}: The translation is the same as the original." for n in (1, 2, 3)),
    ]


def test_a_paragraph_added_to_the_original_must_be_translated(newsroom: Newsroom) -> None:
    pair = _start(newsroom)
    pair.edit_original(body="in 2019.>>in 2019.\n\nThe council meets again on June 3.")

    problems = pair.refused()

    # One problem for the new row, not also "not translated yet".
    assert [(p.field, p.message, p.row) for p in problems] == [
        ("body", "Paragraph 4 of the original is new since the translation was made: "
         "translate it.", "p3"),
    ]
    body = pair.articles.get(pair.translation.id or 0).body
    assert problems[0].start == problems[0].end == len(body)  # where its translation goes


def test_a_ready_translation_that_falls_behind_is_not_published(newsroom: Newsroom) -> None:
    pair = _start(newsroom)
    ready = pair.ready()
    pair.edit_original(body="affects 250,000>>will affect 250,000")

    found = pair.articles.problems_of([ready.id or 0, pair.original.id or 0])
    assert list(found) == [ready.id]  # the draft original is not listed
    assert [p.row for p in found[ready.id or 0]] == ["p1"]
    with pytest.raises(NotReadyError):
        pair.articles.set_status(ready.id or 0, Status.PUBLISHED, version=ready.version)


def test_newsdesk_check_reports_a_translations_problems(
    newsroom: Newsroom, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    pair = _start(newsroom)
    pair.edit_translation("2019", "2009")
    pair.edit_original(body="were last raised>>last went up")
    capsys.readouterr()

    code = main(["--database", database_url, "check", pair.translation.slug])

    out, err = capsys.readouterr()
    slug = pair.translation.slug
    assert code == 1
    assert out.splitlines() == [
        f"{slug}\tbody\tParagraph 3 of the original changed since it was translated: review "
        "the translation.",
        f"{slug}\tbody\tParagraph 3: The number “2019” is not in the translation.",
    ]
    assert err.strip() == "2 problems in 1 of 1 story"

    pair.edit_translation("2009", "2019")
    TranslationService(newsroom.uow).mark_synced(pair.translation.id or 0)
    capsys.readouterr()
    assert main(["--database", database_url, "check", slug]) == 0
