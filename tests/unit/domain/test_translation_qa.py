"""The translation QA checks on hand-written English/Russian wire copy: what they flag and not."""

from __future__ import annotations

import pytest

from newsdesk.domain.alignment import align_bodies
from newsdesk.domain.translation_qa import (
    MESSAGE_TEMPLATES,
    GlossaryTerm,
    QaCheck,
    QaIgnore,
    QaProblem,
    QaSeverity,
    RowRef,
    Side,
    apply_ignores,
    check_pair,
    check_row,
    readiness_problems_from_qa,
    story_rows,
    templates_by_check,
)
from tests.unit.domain.translation_qa_samples import CLEAN_ROWS, GLOSSARY
from tests.unit.domain.translation_samples import CRAFTED_EN, CRAFTED_RU, merged

ROW = RowRef.paragraph(3)


def qa(original: str, translation: str, **kwargs: object) -> list[QaProblem]:
    return check_row(original, translation, source_lang="en", target_lang="ru",
                     terms=GLOSSARY, row=ROW, **kwargs)  # type: ignore[arg-type]


def summary(problems: list[QaProblem]) -> set[tuple[str, str, str, str]]:
    return {(p.check.value, p.severity.value, p.side.value, p.token) for p in problems}


@pytest.mark.parametrize(("original", "translation"), CLEAN_ROWS)
def test_faithful_translations_raise_no_alarm(original: str, translation: str) -> None:
    assert qa(original, translation) == []


def test_there_are_enough_hand_written_rows() -> None:
    assert len(CLEAN_ROWS) >= 40


# -- numbers -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("original", "translation", "expected"),
    [
        ("Growth slowed to 5.3% in 2023.", "В 2023 году рост замедлился до 5,8 %.",
         {("numbers", "error", "original", "5.3"), ("numbers", "warning", "translation", "5,8")}),
        ("Kazakhstan will export 1.3 billion cubic meters of gas.",
         "Казахстан экспортирует 1,3 млн кубометров газа.",
         {("numbers", "error", "original", "1.3 billion"),
          ("numbers", "warning", "translation", "1,3 млн")}),
        ("About 12,500 people were evacuated.", "Эвакуированы около 1250 человек.",
         {("numbers", "error", "original", "12,500"),
          ("numbers", "warning", "translation", "1250")}),
        ("The mine closed in 2018.", "Шахту закрыли в прошлом году.",
         {("numbers", "error", "original", "2018")}),
        ("The ministry plans to build 12 schools.", "Министерство планирует построить 11 школ.",
         {("numbers", "error", "original", "12"), ("numbers", "warning", "translation", "11")}),
        ("The bank lent $1.2 million.", "Банк выделил 1,2 млрд долларов.",
         {("numbers", "error", "original", "1.2 million"),
          ("numbers", "warning", "translation", "1,2 млрд")}),
        ("The road is 100 kilometers [62 miles] long.", "Длина дороги 100 километров [52 мили].",
         {("numbers", "error", "original", "62"), ("numbers", "warning", "translation", "52")}),
    ],
)
def test_a_number_changed_or_dropped_is_an_error(
    original: str, translation: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert summary(qa(original, translation)) == expected


def test_a_number_the_translator_added_is_only_a_warning() -> None:
    # The translator added a sentence of background (a paragraph "with one sentence added").
    problems = qa(
        "Japarov signed the law on Tuesday.",
        "Жапаров подписал закон во вторник. Его избрали в 2021 году.",
    )
    assert summary(problems) == {("numbers", "warning", "translation", "2021")}
    assert problems[0].severity is QaSeverity.WARNING


@pytest.mark.parametrize(
    ("original", "translation"),
    [
        ("The 1990s were hard.", "1990-е годы были трудными."),
        ("One of the largest mines", "Один из крупнейших рудников"),
        ("Two reactors", "2 реактора"),
        ("2 reactors", "Два реактора"),
        ("12 schools", "двенадцать школ"),
        ("seven injured", "7 пострадавших"),
        ("1,000 tonnes", "1 000 тонн"),
        ("1,000 tonnes", "1\u202f000 тонн"),
        ("1,000 tonnes", "1000 тонн"),
        ("1,000 tonnes", "1 тыс. тонн"),
        ("12,500 tonnes", "12,5 тыс. тонн"),
        ("$2.3 trillion", "2,3 трлн долларов"),
        ("5%", "5 процентов"),
        ("5 percent", "5%"),
        ("in 2018", "в 2018 году"),
        ("the G7 and G20", "«Большая семерка» и «Большая двадцатка»"),
        ("Su-27 jets", "истребители Су-27"),
        ("at 9:30 a.m.", "в 9:30"),
        ("call (312) 62-52-00", "звоните (312) 62-52-00"),
        ("[text](https://example.kg/news/2018/04/5)", "[текст](https://example.kg/news/2018/04/5)"),
        ("`version 2.4`", "`version 2.4`"),
        ("a million people", "1 млн человек"),
        ("two million people", "2 млн человек"),
    ],
)
def test_number_false_alarms(original: str, translation: str) -> None:
    assert [p.message for p in qa(original, translation) if p.check is QaCheck.NUMBERS] == []


# -- dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("original", "translation", "expected"),
    [
        ("The vote is on April 24.", "Голосование пройдет 25 апреля.",
         {("dates", "error", "original", "April 24")}),
        ("The vote is on April 24.", "Голосование пройдет 24 мая.",
         {("dates", "error", "original", "April 24")}),
        ("The vote is on April 24, 2018.", "Голосование пройдет 24 апреля 2019 года.",
         {("dates", "error", "original", "April 24, 2018")}),
        ("The vote is on April 24.", "Голосование пройдет на следующей неделе.",
         {("dates", "error", "original", "April 24")}),
        ("Japarov said on Tuesday.", "Жапаров заявил в среду.",
         {("dates", "error", "original", "Tuesday")}),
        ("Japarov said on Tuesday.", "Жапаров заявил.",
         {("dates", "warning", "original", "Tuesday")}),
        ("In April prices rose.", "В мае цены выросли.",
         {("dates", "error", "original", "April")}),
        ("Prices rose.", "24 апреля цены выросли.",
         {("dates", "warning", "translation", "24 апреля")}),
    ],
)
def test_date_mismatches(
    original: str, translation: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert summary(qa(original, translation)) == expected


def test_a_date_mismatch_names_the_translation_s_reading() -> None:
    (problem,) = qa("The vote is on April 24.", "Голосование пройдет 25 апреля.")
    assert problem.message == "The date “April 24” reads “25 апреля” in the translation."
    assert "The vote is on April 24."[problem.start : problem.end] == "April 24"


@pytest.mark.parametrize(
    "translation",
    [
        "Голосование пройдет 24 апреля 2018 года.",
        "Голосование пройдет 24.04.2018.",
        "Голосование пройдет 2018-04-24.",
        "Голосование пройдет 24 апреля, в 2018 году впервые.",
    ],
)
def test_russian_date_formats_match(translation: str) -> None:
    assert qa("The vote is on April 24, 2018.", translation) == []


@pytest.mark.parametrize(
    ("original", "translation"),
    [
        ("on Tuesday", "во вторник"),
        ("on Wednesday", "в среду"),
        ("on Friday", "в пятницу"),
        ("since Sunday", "с воскресенья"),
        ("on Saturdays", "по субботам"),
        ("in April", "в апреле"),
        ("in May", "в мае"),
        ("since March", "с марта"),
        ("in August 2023", "в августе 2023 года"),
        ("April 24", "24.04"),
        ("Sept. 11, 2001", "11 сентября 2001 года"),
    ],
)
def test_inflected_russian_weekdays_and_months_match(original: str, translation: str) -> None:
    assert qa(original, translation) == []


def test_environment_is_not_wednesday() -> None:
    # "среды" is both "of Wednesday" and "of the environment": only the second is meant here.
    assert qa("Ecologists met.", "Экологи обсудили охрану окружающей среды.") == []


def test_may_the_verb_is_no_month() -> None:
    assert qa("Prices may rise.", "Цены могут вырасти.") == []


# -- citations -----------------------------------------------------------------------------------

def test_a_dropped_citation_is_an_error() -> None:
    original = "Prices will rise, [the ministry said](source:minenergy-kg)."
    problems = qa(original, "Цены вырастут, сообщили в министерстве.")
    assert summary(problems) == {("citations", "error", "original", "source:minenergy-kg")}
    assert original[problems[0].start : problems[0].end] == (
        "[the ministry said](source:minenergy-kg)"
    )


def test_a_changed_citation_key_is_an_error_naming_both() -> None:
    problems = qa("Prices will rise, [the ministry said](source:minenergy-kg).",
                  "Цены вырастут, [сообщили в министерстве](source:minenergy-kz).")
    assert summary(problems) == {("citations", "error", "original", "source:minenergy-kg")}
    assert "source:minenergy-kz" in problems[0].message


def test_an_added_citation_is_a_warning() -> None:
    problems = qa("Prices will rise.", "Цены вырастут, [сообщает Kabar](source:kabar).")
    assert summary(problems) == {("citations", "warning", "translation", "source:kabar")}


# -- names and terms -----------------------------------------------------------------------------

def test_a_term_without_its_rendering_is_a_warning() -> None:
    problems = qa("The SCO summit opened in Astana.", "Саммит организации открылся в Астане.")
    assert summary(problems) == {("terms", "warning", "original", "SCO")}
    assert problems[0].message == (
        "The glossary renders “SCO” as “ШОС”; the translation does not."
    )


def test_a_forbidden_variant_names_the_preferred_rendering() -> None:
    problems = qa("Sadyr Japarov signed the law.", "Садыр Джапаров подписал закон.")
    assert summary(problems) == {("terms", "warning", "translation", "Садыр Джапаров")}
    assert "Садыр Жапаров" in problems[0].message


def test_a_forbidden_variant_is_found_declined() -> None:
    problems = qa("Kyrgyzstan's parliament met.", "Парламент Киргизии собрался.")
    assert summary(problems) == {("terms", "warning", "translation", "Киргизии")}


@pytest.mark.parametrize(
    ("original", "translation"),
    [
        ("The Jogorku Kenesh met.", "Собрание Жогорку Кенеша прошло."),
        ("Sergei Shoigu said.", "По словам Сергея Шойгу."),
        ("with Shavkat Mirziyoyev", "с Шавкатом Мирзиёевым"),
        ("with Shavkat Mirziyoyev", "с Шавкатом Мирзиевым".replace("Мирзиевым", "Мирзиёевым")),
        ("Sadyr Japarov's decree", "указ Садыра Жапарова"),
        ("Sergey Shoigu said.", "Сергей Шойгу заявил."),  # a forbidden English variant
    ],
)
def test_declined_renderings_match(original: str, translation: str) -> None:
    assert qa(original, translation) == []


def test_a_forbidden_source_variant_still_asks_for_the_rendering() -> None:
    problems = qa("Sergey Shoigu said.", "Министр заявил.")
    assert summary(problems) == {("terms", "warning", "original", "Sergey Shoigu")}


def test_terms_of_other_language_pairs_are_ignored() -> None:
    kazakh_only = (GlossaryTerm({"en": "Akorda", "kk": "Ақорда"}),)
    assert check_row("Akorda said.", "Акорда заявила.", source_lang="en", target_lang="ru",
                     terms=kazakh_only, row=ROW) == []


def test_a_big_glossary_finds_the_one_term_used() -> None:
    many = tuple(GlossaryTerm({"en": f"Term{i} Name", "ru": f"Термин{i}"}) for i in range(500))
    terms = (*many, *GLOSSARY)
    problems = check_row("The SCO met.", "Организация собралась.", source_lang="en",
                         target_lang="ru", terms=terms, row=ROW)
    assert summary(problems) == {("terms", "warning", "original", "SCO")}


# -- untranslated --------------------------------------------------------------------------------

def test_an_empty_translation_is_untranslated_not_missing_numbers() -> None:
    problems = qa("Growth slowed to 5.3% in 2023 [said](source:nbkr).", "  ")
    assert summary(problems) == {("untranslated", "error", "translation", "")}
    assert problems[0].message == "This row is not translated yet."


def test_a_row_left_as_the_original_is_untranslated() -> None:
    text = "The ministry said prices would rise  next year."
    problems = qa(text, text.replace("  ", " "))
    assert [(p.check, p.severity) for p in problems] == [
        (QaCheck.UNTRANSLATED, QaSeverity.ERROR)
    ]
    assert problems[0].message == "The translation is the same as the original."


@pytest.mark.parametrize(
    "text", ["COVID-19", "Sadyr Japarov", "SCO", "https://president.kg", "12,500", "`code`"]
)
def test_rows_of_names_figures_urls_or_code_may_stay_as_they_are(text: str) -> None:
    assert check_row(text, text, source_lang="en", target_lang="ru", row=ROW) == []


def test_a_name_kept_in_english_is_still_held_to_the_glossary() -> None:
    assert summary(qa("SCO", "SCO")) == {("terms", "warning", "original", "SCO")}


def test_a_translation_in_the_wrong_script_is_untranslated() -> None:
    problems = qa("Prices rose.", "Prices went up a lot this year in the whole country.")
    assert summary(problems) == {
        ("untranslated", "error", "translation",
         "Prices went up a lot this year in the whole country.")
    }
    en = check_row("Цены выросли.", "Цены выросли за год по всей стране.", source_lang="ru",
                   target_lang="en", row=ROW)
    assert [p.check for p in en] == [QaCheck.UNTRANSLATED]


def test_a_sentence_left_in_english_is_a_warning_with_its_words() -> None:
    translation = ("Министерство сообщило, что цены вырастут в следующем году по всей стране. "
                   "the ministry said prices would rise.")
    problems = qa("The ministry said prices would rise next year across the country.",
                  translation)
    assert summary(problems) == {
        ("untranslated", "warning", "translation", "the ministry said prices would rise")
    }
    assert translation[problems[0].start : problems[0].end] == "the ministry said prices would rise"


def test_latin_names_in_a_russian_translation_are_fine() -> None:
    assert qa("Gazprom, Lukoil and Rosneft signed.",
              "Gazprom, Lukoil и Rosneft подписали соглашение, сообщает Reuters.") == []


def test_an_added_paragraph_is_only_checked_for_its_script() -> None:
    assert qa("", "Напомним, в 2021 году Жапаров был избран президентом.") == []
    assert [p.check for p in qa("", "Reminder: the president was elected in a landslide.")] == [
        QaCheck.UNTRANSLATED
    ]


# -- ignoring ------------------------------------------------------------------------------------

def test_an_ignore_survives_edits_elsewhere_in_the_row() -> None:
    original = "The plant employs 3,400 people, [the firm said](source:firm)."
    before = qa(original, "На заводе работают 3500 человек, [сообщила фирма](source:firm).")
    missing = next(p for p in before if p.side is Side.ORIGINAL)
    extra = next(p for p in before if p.side is Side.TRANSLATION)
    ignores = [QaIgnore.of(missing, "The firm's own figure differs"),
               QaIgnore.of(extra, "Updated figure from the firm")]
    assert apply_ignores(before, ignores) == []
    # The translator rewrites the start of the row: offsets move, the identity does not.
    after = qa(original,
               "По словам представителей, на заводе сейчас работают 3500 человек, "
               "[сообщила фирма](source:firm).")
    assert after and apply_ignores(after, ignores) == []
    assert {p.start for p in after} != {p.start for p in before}


def test_an_ignore_is_per_row_and_per_check() -> None:
    problems = qa("In 2018.", "В 2019 году.")
    ignore = QaIgnore("paragraph:4", QaCheck.NUMBERS, "2018", "another row")
    assert apply_ignores(problems, [ignore]) == problems
    wrong_check = QaIgnore(ROW.key, QaCheck.DATES, "2018", "wrong check")
    assert apply_ignores(problems, [wrong_check]) == problems
    right = QaIgnore(ROW.key, QaCheck.NUMBERS, "2018", "source says so")
    assert [p.token for p in apply_ignores(problems, [right])] == ["2019"]


def test_an_ignored_same_as_original_row_returns_when_the_text_changes() -> None:
    text = "The ministry said prices would rise."
    (problem,) = qa(text, text)
    ignore = QaIgnore.of(problem, "a quotation kept in English")
    assert apply_ignores(qa(text, text), [ignore]) == []
    changed = "The ministry said prices would rise sharply."
    assert apply_ignores(qa(changed, changed), [ignore]) != []


# -- whole stories -------------------------------------------------------------------------------

def test_check_pair_reports_rows_in_order_and_skips_nothing() -> None:
    rows = [
        ("Kyrgyzstan raises power prices by 15%", "Кыргызстан повышает тарифы на 15 %"),
        ("Prices rise on April 1", "Тарифы вырастут с 1 мая"),
        ("Households pay 700 soms", ""),
    ]
    problems = check_pair(rows, source_lang="en", target_lang="ru", terms=GLOSSARY,
                          refs=[RowRef.headline(), RowRef.deck(), RowRef.paragraph(1)])
    assert [(p.row.label, p.check.value, p.token) for p in problems] == [
        ("Deck", "dates", "April 1"),
        ("Paragraph 1", "untranslated", ""),
    ]


def test_check_pair_rejects_mismatched_refs() -> None:
    with pytest.raises(ValueError, match="2 rows but 1"):
        check_pair([("a", "б"), ("c", "д")], source_lang="en", target_lang="ru",
                   refs=[RowRef.headline()])


def test_check_pair_applies_ignores() -> None:
    rows = [("In 2018.", "В 2019 году.")]
    ignores = [QaIgnore("paragraph:1", QaCheck.NUMBERS, "2018", "r"),
               QaIgnore("paragraph:1", QaCheck.NUMBERS, "2019", "r")]
    assert check_pair(rows, source_lang="en", target_lang="ru", ignores=ignores) == []


def test_a_merged_paragraph_pair_is_clean_and_a_changed_number_in_it_is_found() -> None:
    translation = merged(CRAFTED_RU, 1)
    original = "\n\n".join(CRAFTED_EN)
    rows, refs = story_rows(
        ("Kyrgyzstan to raise power prices by 15%", "The second rise in two years"),
        ("Кыргызстан повысит тарифы на 15 %", "Второе повышение за два года"),
        align_bodies(original, translation),
    )
    assert any("\n\n" in source for source, _ in rows)  # the alignment gave a 2-1 row
    assert check_pair(rows, source_lang="en", target_lang="ru", terms=GLOSSARY, refs=refs) == []
    broken = translation.replace("700 киловатт-часов", "7000 киловатт-часов")
    rows, refs = story_rows(("H", "Д"), ("Заголовок", "Подзаголовок"),
                            align_bodies(original, broken))
    problems = check_pair(rows, source_lang="en", target_lang="ru", refs=refs)
    assert {(p.row.key, p.token) for p in problems if p.check is QaCheck.NUMBERS} == {
        ("p1", "700"), ("p1", "7000")
    }


def test_story_rows_keys_added_paragraphs_by_the_translation() -> None:
    original = "\n\n".join(CRAFTED_EN)
    translation = "\n\n".join([*CRAFTED_RU[:2], "Напомним, тарифы не менялись с 2022 года.",
                               *CRAFTED_RU[2:]])
    rows, refs = story_rows(("A", ""), ("А", ""), align_bodies(original, translation))
    assert [ref.key for ref in refs][:1] == ["headline"]  # no deck row when neither has one
    added = [ref for ref, (source, _) in zip(refs, rows, strict=True) if not source]
    assert [ref.key for ref in added] == ["t2"]
    problems = check_pair(rows, source_lang="en", target_lang="ru", refs=refs)
    assert problems == []


# -- readiness -----------------------------------------------------------------------------------

def test_only_errors_become_readiness_problems_naming_row_and_token() -> None:
    problems = qa("Growth slowed to 5.3% on Tuesday.", "Рост замедлился до 5,8 %.")
    readiness = readiness_problems_from_qa(problems)
    assert [p.field for p in readiness] == ["translation"]
    assert readiness[0].message == "Paragraph 3: The number “5.3” is not in the translation."
    headline = check_row("Japarov", "", source_lang="en", target_lang="ru",
                         row=RowRef.headline())
    assert readiness_problems_from_qa(headline)[0].message == (
        "Headline: This row is not translated yet."
    )


def test_every_message_is_one_sentence_from_a_known_template() -> None:
    rows = [*CLEAN_ROWS[:3], ("In 2018, on Tuesday, [x](source:a).", "Во 2019 году, в среду."),
            ("The SCO met.", "Prices went up a lot this year in the whole country.")]
    problems = check_pair([(o, t[: len(t) // 2]) for o, t in rows], source_lang="en",
                          target_lang="ru", terms=GLOSSARY)
    assert problems
    catalogue = {t for templates in templates_by_check().values() for t in templates}
    assert catalogue == set(MESSAGE_TEMPLATES)
    for problem in problems:
        assert problem.template in templates_by_check()[problem.check]
        assert problem.message.endswith(".") and problem.message[0].isupper()
        if problem.token and problem.template not in ("The translation is the same as the "
                                                      "original.",):
            text = problem.token
            assert text in problem.message or problem.check is QaCheck.UNTRANSLATED
