"""Hand-kept place names the GeoNames extract lacks: Russian names, exonyms and fixes.

Editors at a Central Asian outlet type ``Бишкек`` as often as ``Bishkek``, and wire copy still
says ``Karaganda`` and ``Andijan``; the gazetteer indexes these so completion finds the city,
and the Russian wire styles print the Russian name of a city picked from the gazetteer.
"""

from __future__ import annotations

# GeoNames id -> (the gazetteer's Latin name, the Russian name a Russian-language wire would
# print). The Latin name is here too so a dateline in English needs no gazetteer loaded.
PLACE_NAMES: dict[int, tuple[str, str]] = {
    # Kazakhstan
    1526384: ("Almaty", "Алматы"),
    1526273: ("Astana", "Астана"),
    1518980: ("Shymkent", "Шымкент"),
    609655: ("Karagandy", "Караганда"),
    610611: ("Aktobe", "Актобе"),
    1516905: ("Taraz", "Тараз"),
    1520240: ("Pavlodar", "Павлодар"),
    1519422: ("Semey", "Семей"),
    610529: ("Atyrau", "Атырау"),
    610612: ("Aktau", "Актау"),
    # Kyrgyzstan
    1528675: ("Bishkek", "Бишкек"),
    1527534: ("Osh", "Ош"),
    1528249: ("Jalal-Abad", "Джалал-Абад"),
    1528121: ("Karakol", "Каракол"),
    1527199: ("Tokmok", "Токмок"),
    # Tajikistan
    1221874: ("Dushanbe", "Душанбе"),
    1514879: ("Khujand", "Худжанд"),
    1220747: ("Bokhtar", "Бохтар"),
    # Uzbekistan
    1512569: ("Tashkent", "Ташкент"),
    1216265: ("Samarkand", "Самарканд"),
    1217662: ("Bukhara", "Бухара"),
    1513157: ("Namangan", "Наманган"),
    1514588: ("Andijon", "Андижан"),
    601294: ("Nukus", "Нукус"),
    1514019: ("Fergana", "Фергана"),
    1216311: ("Qarshi", "Карши"),
    1512473: ("Urganch", "Ургенч"),
    # Turkmenistan
    162183: ("Ashgabat", "Ашхабад"),
    1219649: ("Türkmenabat", "Туркменабад"),
    1218667: ("Mary", "Мары"),
    601594: ("Türkmenbaşy", "Туркменбаши"),
    161616: ("Balkanabat", "Балканабад"),
    # Neighbours and the capitals the desk files from most
    524901: ("Moscow", "Москва"),
    498817: ("Saint Petersburg", "Санкт-Петербург"),
    1816670: ("Beijing", "Пекин"),
    1796236: ("Shanghai", "Шанхай"),
    1529102: ("Ürümqi", "Урумчи"),
    1280849: ("Kashgar", "Кашгар"),
    2643743: ("London", "Лондон"),
    2988507: ("Paris", "Париж"),
    2950159: ("Berlin", "Берлин"),
    4140963: ("Washington", "Вашингтон"),
    5128581: ("New York", "Нью-Йорк"),
    1850147: ("Tokyo", "Токио"),
    1835848: ("Seoul", "Сеул"),
    323786: ("Ankara", "Анкара"),
    745044: ("Istanbul", "Стамбул"),
    112931: ("Tehran", "Тегеран"),
    1138958: ("Kabul", "Кабул"),
    1176615: ("Islamabad", "Исламабад"),
    1261481: ("New Delhi", "Нью-Дели"),
    292223: ("Dubai", "Дубай"),
    2800866: ("Brussels", "Брюссель"),
    2660646: ("Geneva", "Женева"),
    2761369: ("Vienna", "Вена"),
    3169070: ("Rome", "Рим"),
    3117735: ("Madrid", "Мадрид"),
    703448: ("Kyiv", "Киев"),
    625144: ("Minsk", "Минск"),
    587084: ("Baku", "Баку"),
    611717: ("Tbilisi", "Тбилиси"),
    616052: ("Yerevan", "Ереван"),
}

# The two sides of PLACE_NAMES, for lookups by id.
RUSSIAN_NAMES: dict[int, str] = {place: names[1] for place, names in PLACE_NAMES.items()}
LATIN_NAMES: dict[int, str] = {place: names[0] for place, names in PLACE_NAMES.items()}

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
