"""Hand-kept place names the GeoNames extract lacks: Russian names, exonyms and fixes.

Editors at a Central Asian outlet type ``Бишкек`` as often as ``Bishkek``, and wire copy still
says ``Karaganda`` and ``Andijan``; the gazetteer indexes these so completion finds the city,
and the Russian wire styles print the Russian name of a city picked from the gazetteer.
"""

from __future__ import annotations

# GeoNames id -> the Russian name a Russian-language wire would print.
RUSSIAN_NAMES: dict[int, str] = {
    # Kazakhstan
    1526384: "Алматы",
    1526273: "Астана",
    1518980: "Шымкент",
    609655: "Караганда",
    610611: "Актобе",
    1516905: "Тараз",
    1520240: "Павлодар",
    1519422: "Семей",
    610529: "Атырау",
    610612: "Актау",
    # Kyrgyzstan
    1528675: "Бишкек",
    1527534: "Ош",
    1528249: "Джалал-Абад",
    1528121: "Каракол",
    1527199: "Токмок",
    # Tajikistan
    1221874: "Душанбе",
    1514879: "Худжанд",
    1220747: "Бохтар",
    # Uzbekistan
    1512569: "Ташкент",
    1216265: "Самарканд",
    1217662: "Бухара",
    1513157: "Наманган",
    1514588: "Андижан",
    601294: "Нукус",
    1514019: "Фергана",
    1216311: "Карши",
    1512473: "Ургенч",
    # Turkmenistan
    162183: "Ашхабад",
    1219649: "Туркменабад",
    1218667: "Мары",
    601594: "Туркменбаши",
    161616: "Балканабад",
    # Neighbours and the capitals the desk files from most
    524901: "Москва",
    498817: "Санкт-Петербург",
    1816670: "Пекин",
    1796236: "Шанхай",
    1529102: "Урумчи",
    1280849: "Кашгар",
    2643743: "Лондон",
    2988507: "Париж",
    2950159: "Берлин",
    4140963: "Вашингтон",
    5128581: "Нью-Йорк",
    1850147: "Токио",
    1835848: "Сеул",
    323786: "Анкара",
    745044: "Стамбул",
    112931: "Тегеран",
    1138958: "Кабул",
    1176615: "Исламабад",
    1261481: "Нью-Дели",
    292223: "Дубай",
    2800866: "Брюссель",
    2660646: "Женева",
    2761369: "Вена",
    3169070: "Рим",
    3117735: "Мадрид",
    703448: "Киев",
    625144: "Минск",
    587084: "Баку",
    611717: "Тбилиси",
    616052: "Ереван",
}

# GeoNames id -> other Latin spellings that wire copy and older maps still use.
LATIN_ALIASES: dict[int, tuple[str, ...]] = {
    1526384: ("Alma-Ata",),
    1526273: ("Nur-Sultan", "Akmola", "Tselinograd"),
    609655: ("Karaganda", "Qaraghandy"),
    610611: ("Aqtobe", "Aktyubinsk"),
    1519422: ("Semipalatinsk",),
    1528249: ("Jalalabad", "Djalal-Abad"),
    1514879: ("Khodjent", "Leninabad"),
    1517945: ("Turkestan",),
    1512569: ("Toshkent",),
    1216265: ("Samarqand",),
    1217662: ("Buxoro", "Bokhara"),
    1514588: ("Andijan",),
    162183: ("Ashkhabad",),
    1219649: ("Turkmenabad", "Chardzhou"),
    703448: ("Kiev",),
    1529102: ("Urumqi",),
    5128581: ("New York",),
}

# GeoNames id -> the name newsrooms print where the extract's primary name is not it
# (GeoNames lists Jalal-Abad's id under "Manas").
NAME_FIXES: dict[int, str] = {
    1528249: "Jalal-Abad",
    5128581: "New York",
}
