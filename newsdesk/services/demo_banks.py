"""Name, place and source banks for generated demo stories (fictional people, real places)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Place:
    """A dateline city with the word forms the Russian templates need."""

    city_en: str
    city_ru: str
    country_en: str
    country_ru: str
    in_country_ru: str  # prepositional: «в Казахстане»
    country_gen_ru: str  # genitive: «экспорт Казахстана»
    timezone: str


@dataclass(frozen=True)
class Wire:
    """A registry news agency as English and Russian copy credit it."""

    key: str
    credit: str  # the dateline credit when the story is the agency's: (Kazinform)
    en: str  # Kazakhstan's Kazinform news agency
    ru: str  # казахстанское агентство Казинформ


PLACES: Final = (
    Place(
        "Almaty", "Алматы", "Kazakhstan", "Казахстан", "в Казахстане", "Казахстана", "Asia/Almaty"
    ),
    Place(
        "Astana", "Астана", "Kazakhstan", "Казахстан", "в Казахстане", "Казахстана", "Asia/Almaty"
    ),
    Place(
        "Shymkent",
        "Шымкент",
        "Kazakhstan",
        "Казахстан",
        "в Казахстане",
        "Казахстана",
        "Asia/Almaty",
    ),
    Place(
        "Bishkek",
        "Бишкек",
        "Kyrgyzstan",
        "Кыргызстан",
        "в Кыргызстане",
        "Кыргызстана",
        "Asia/Bishkek",
    ),
    Place("Osh", "Ош", "Kyrgyzstan", "Кыргызстан", "в Кыргызстане", "Кыргызстана", "Asia/Bishkek"),
    Place(
        "Dushanbe",
        "Душанбе",
        "Tajikistan",
        "Таджикистан",
        "в Таджикистане",
        "Таджикистана",
        "Asia/Dushanbe",
    ),
    Place(
        "Khujand",
        "Худжанд",
        "Tajikistan",
        "Таджикистан",
        "в Таджикистане",
        "Таджикистана",
        "Asia/Dushanbe",
    ),
    Place(
        "Tashkent",
        "Ташкент",
        "Uzbekistan",
        "Узбекистан",
        "в Узбекистане",
        "Узбекистана",
        "Asia/Tashkent",
    ),
    Place(
        "Samarkand",
        "Самарканд",
        "Uzbekistan",
        "Узбекистан",
        "в Узбекистане",
        "Узбекистана",
        "Asia/Samarkand",
    ),
    Place(
        "Bukhara",
        "Бухара",
        "Uzbekistan",
        "Узбекистан",
        "в Узбекистане",
        "Узбекистана",
        "Asia/Samarkand",
    ),
    Place(
        "Ashgabat",
        "Ашхабад",
        "Turkmenistan",
        "Туркменистан",
        "в Туркменистане",
        "Туркменистана",
        "Asia/Ashgabat",
    ),
    Place("Beijing", "Пекин", "China", "Китай", "в Китае", "Китая", "Asia/Shanghai"),
)

WIRES: Final = {
    "Kazakhstan": Wire(
        "kazinform",
        "Kazinform",
        "Kazakhstan's Kazinform news agency",
        "казахстанское агентство Казинформ",
    ),
    "Kyrgyzstan": Wire(
        "akipress", "AKIpress", "the Kyrgyz news agency AKIpress", "киргизское агентство AKIpress"
    ),
    "Tajikistan": Wire(
        "asia-plus",
        "Asia-Plus",
        "the Tajik news agency Asia-Plus",
        "таджикское агентство Asia-Plus",
    ),
    "Uzbekistan": Wire(
        "trend", "Trend", "the Azerbaijani news agency Trend", "азербайджанское агентство Trend"
    ),
    "Turkmenistan": Wire(
        "trend", "Trend", "the Azerbaijani news agency Trend", "азербайджанское агентство Trend"
    ),
    "China": Wire("xinhua", "Xinhua", "China's Xinhua news agency", "китайское агентство Синьхуа"),
}
RUSSIAN_WIRES: Final = (
    Wire("tass", "TASS", "Russia's TASS news agency", "российское агентство ТАСС"),
    Wire("sputnik", "Sputnik", "Russia's Sputnik news agency", "российское агентство Sputnik"),
)

# (English, Russian, gender) — "f" names take the feminine surname ending.
FIRST_NAMES: Final = {
    "Kazakhstan": (
        ("Yerlan", "Ерлан", "m"),
        ("Aizhan", "Айжан", "f"),
        ("Nurlan", "Нурлан", "m"),
        ("Dana", "Дана", "f"),
        ("Serik", "Серик", "m"),
        ("Saule", "Сауле", "f"),
    ),
    "Kyrgyzstan": (
        ("Azamat", "Азамат", "m"),
        ("Cholpon", "Чолпон", "f"),
        ("Talant", "Талант", "m"),
        ("Nazira", "Назира", "f"),
        ("Almaz", "Алмаз", "m"),
    ),
    "Tajikistan": (
        ("Firuz", "Фируз", "m"),
        ("Zarina", "Зарина", "f"),
        ("Jamshed", "Джамшед", "m"),
        ("Tahmina", "Тахмина", "f"),
        ("Bahrom", "Бахром", "m"),
    ),
    "Uzbekistan": (
        ("Bekzod", "Бекзод", "m"),
        ("Malika", "Малика", "f"),
        ("Otabek", "Отабек", "m"),
        ("Dilnoza", "Дилноза", "f"),
        ("Sardor", "Сардор", "m"),
    ),
    "Turkmenistan": (
        ("Dovlet", "Довлет", "m"),
        ("Ogulbibi", "Огульбиби", "f"),
        ("Bayram", "Байрам", "m"),
    ),
}
LAST_NAMES: Final = {
    "Kazakhstan": (
        ("Abenov", "Абенов"),
        ("Zhakupov", "Жакупов"),
        ("Ospanov", "Оспанов"),
        ("Kairatov", "Кайратов"),
        ("Temirbayev", "Темирбаев"),
    ),
    "Kyrgyzstan": (
        ("Asanov", "Асанов"),
        ("Japarov", "Жапаров"),
        ("Turdumambetov", "Турдумамбетов"),
        ("Kasymaliev", "Касымалиев"),
    ),
    "Tajikistan": (
        ("Rahimov", "Рахимов"),
        ("Sharipov", "Шарипов"),
        ("Davlatov", "Давлатов"),
        ("Mirzoev", "Мирзоев"),
    ),
    "Uzbekistan": (
        ("Tursunov", "Турсунов"),
        ("Ergashev", "Эргашев"),
        ("Nematov", "Нематов"),
        ("Saidov", "Саидов"),
    ),
    "Turkmenistan": (("Orazov", "Оразов"), ("Gurbanov", "Гурбанов"), ("Annayev", "Аннаев")),
}
CHINESE_NAMES: Final = (
    ("Liu Jianhua", "Лю Цзяньхуа", "m"),
    ("Chen Yue", "Чэнь Юэ", "f"),
    ("Zhao Peng", "Чжао Пэн", "m"),
    ("Sun Meiling", "Сунь Мэйлин", "f"),
)

# Jobs of the generated experts: English and Russian, filled with the country's cities.
EXPERT_TITLES: Final = (
    (
        "economist at the {city} Centre for Economic Research",
        "экономист исследовательского центра из города {city}",
    ),
    ("energy analyst in {city}", "энергетический аналитик из города {city}"),
    (
        "head of a farmers' cooperative near {city}",
        "глава фермерского кооператива под городом {city}",
    ),
    ("transport consultant in {city}", "консультант по транспорту из города {city}"),
    (
        "professor of international relations in {city}",
        "профессор международных отношений из города {city}",
    ),
    (
        "deputy director of a trade association in {city}",
        "заместитель директора торговой ассоциации из города {city}",
    ),
)

# Official bodies per country for generated copy (added to the registry by the generator).
MINISTRIES: Final = {
    "Kazakhstan": (
        "Ministry of National Economy of Kazakhstan",
        "Министерство национальной экономики Казахстана",
    ),
    "Kyrgyzstan": (
        "Ministry of Economy and Commerce of the Kyrgyz Republic",
        "Министерство экономики и коммерции Кыргызской Республики",
    ),
    "Tajikistan": (
        "Ministry of Economic Development and Trade of Tajikistan",
        "Министерство экономического развития и торговли Таджикистана",
    ),
    "Uzbekistan": (
        "Ministry of Economy and Finance of Uzbekistan",
        "Министерство экономики и финансов Узбекистана",
    ),
    "Turkmenistan": (
        "Ministry of Finance and Economy of Turkmenistan",
        "Министерство финансов и экономики Туркменистана",
    ),
    "China": (
        "Ministry of Commerce of the People's Republic of China",
        "Министерство коммерции КНР",
    ),
}
