"""Story texts the alignment and change-flag tests share: the demo pair and a crafted one."""

from __future__ import annotations

from newsdesk.domain.interchange import parse_story
from newsdesk.services.demo import demo_assets


def _demo_body(name: str) -> str:
    text = (demo_assets() / "stories" / name).read_text(encoding="utf-8")
    return parse_story(text, name).article.body


EN = _demo_body("02-water-schedule-tashkent.md")
RU = _demo_body("03-water-schedule-tashkent-ru.md")

# A short story of our own, so the tests do not depend only on one demo pair.
CRAFTED_EN = [
    "Kyrgyzstan will raise electricity prices for households by 15 percent from April 1, "
    "the Cabinet of Ministers in Bishkek said on Tuesday.",
    "The increase is the second in two years. Households that use less than 700 kilowatt-hours "
    "a month will keep paying the old rate, [the ministry said](source:minenergy-kg).",
    "Officials blamed the low water level in the Toktogul reservoir, which supplies about 40 "
    "percent of the country's power.",
    "## Imports from Kazakhstan",
    "Kyrgyzstan bought 1.2 billion kilowatt-hours from Kazakhstan and Uzbekistan last winter, "
    "according to [the National Energy Holding](source:neh-kg).",
    "Consumer groups in Osh have asked for a public hearing before the new prices take effect.",
]
CRAFTED_RU = [
    "Кыргызстан с 1 апреля повысит тарифы на электроэнергию для населения на 15 процентов, "
    "сообщил во вторник Кабинет министров в Бишкеке.",
    "Это второе повышение за два года. Домохозяйства, которые расходуют меньше 700 киловатт-часов "
    "в месяц, будут платить по старому тарифу, [сообщили в министерстве](source:minenergy-kg).",
    "Чиновники объяснили решение низким уровнем воды в Токтогульском водохранилище, которое дает "
    "около 40 процентов электроэнергии страны.",
    "## Импорт из Казахстана",
    "Прошлой зимой Кыргызстан закупил 1,2 млрд киловатт-часов в Казахстане и Узбекистане, "
    "по данным [Национальной энергетической холдинговой компании](source:neh-kg).",
    "Общественные организации потребителей в Оше попросили провести публичные слушания до "
    "вступления новых тарифов в силу.",
]


def merged(paragraphs: list[str], first: int) -> str:
    """The body with paragraph ``first`` and the next one run together, as a translator might."""
    joined = paragraphs[first] + " " + paragraphs[first + 1]
    return "\n\n".join([*paragraphs[:first], joined, *paragraphs[first + 2 :]])
