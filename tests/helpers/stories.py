"""Realistic story bundles for export and rendering tests: wire copy in English and Russian."""

from __future__ import annotations

import random
import struct
import zlib
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from newsdesk.domain.article import Article, BylineEntry, Dateline, Role, Status
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.people import Author, Source, SourceKind

CITIES = (
    ("Almaty", "Kazakhstan", "Алматы", "Казахстан", "Asia/Almaty"),
    ("Astana", "Kazakhstan", "Астана", "Казахстан", "Asia/Almaty"),
    ("Tashkent", "Uzbekistan", "Ташкент", "Узбекистан", "Asia/Tashkent"),
    ("Bishkek", "Kyrgyzstan", "Бишкек", "Киргизия", "Asia/Bishkek"),
    ("Dushanbe", "Tajikistan", "Душанбе", "Таджикистан", "Asia/Dushanbe"),
    ("Ashgabat", "Turkmenistan", "Ашхабад", "Туркмения", "Asia/Ashgabat"),
    ("Samarkand", "Uzbekistan", "Самарканд", "Узбекистан", "Asia/Samarkand"),
)

SOURCES = (
    Source("kazinform", "Kazinform", SourceKind.NEWS_AGENCY, url="https://www.inform.kz/"),
    Source("uza", "UzA", SourceKind.NEWS_AGENCY, url="https://uza.uz/en"),
    Source("akipress", "AKIpress", SourceKind.NEWS_AGENCY, url="https://akipress.com/"),
    Source("minenergy-kz", "Ministry of Energy of Kazakhstan", SourceKind.ORGANISATION,
           url="https://www.gov.kz/memleket/entities/energo"),
    Source("world-bank-2024", "World Bank Central Asia report", SourceKind.DOCUMENT,
           title="Water and energy, 2024"),
    Source("official-1", "Deputy minister (name withheld)", SourceKind.PERSON, on_record=False,
           anonymity_reason="not authorised to speak to the press"),
)

_EN_SENTENCES = (
    "Officials from the five Central Asian republics met to discuss water quotas for the summer.",
    "The agreement covers the Syr Darya and Amu Darya basins, which feed millions of farmers.",
    "Electricity exports from the upstream states are expected to rise by a fifth this year.",
    "Farmers in the Fergana Valley have complained of shortages during recent dry seasons.",
    "The reservoir at Toktogul held less water than usual after a winter with little snow.",
    "Analysts said the deal could ease tensions that have flared along shared canals.",
    "Engineers will install new meters at pumping stations before the irrigation season.",
    "The talks were the third round this year and lasted longer than planned.",
    "Prices for cotton and wheat rose in regional markets after the announcement.",
    "Delegations agreed to publish monthly data on releases from the main reservoirs.",
)
_RU_SENTENCES = (
    "Представители пяти республик Центральной Азии обсудили квоты на воду на летний период.",
    "Соглашение охватывает бассейны Сырдарьи и Амударьи, от которых зависят миллионы фермеров.",
    "Экспорт электроэнергии из стран верхнего течения в этом году вырастет на пятую часть.",
    "Фермеры Ферганской долины жаловались на нехватку воды в засушливые сезоны.",
    "Токтогульское водохранилище после малоснежной зимы заполнено меньше обычного.",
    "Аналитики считают, что договорённость снизит напряжённость на общих каналах.",
    "Инженеры установят новые счётчики на насосных станциях до начала поливного сезона.",
    "Переговоры стали третьим раундом в этом году и продлились дольше запланированного.",
    "Цены на хлопок и пшеницу на региональных рынках выросли после объявления.",
    "Делегации договорились ежемесячно публиковать данные о сбросах из водохранилищ.",
)


def tiny_png(rgb: tuple[int, int, int] = (180, 40, 40), size: int = 8) -> bytes:
    """A real PNG (solid colour) built from raw chunks, so tests need no image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    row = b"\x00" + bytes(rgb) * size
    pixels = zlib.compress(row * size)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


def make_author(name: str = "Aida Nurlanovna", *, slug: str = "", author_id: int | None = 1,
                bio: str = "Covers energy and water in **Central Asia** from Almaty.",
                photo: bool = True) -> Author:
    return Author(name=name, slug=slug, id=author_id, bio=bio,
                  photo=tiny_png() if photo else None, photo_mime="image/png" if photo else "")


def make_bundle(
    headline: str = "Central Asian states agree on summer water quotas",
    *,
    body: str | None = None,
    deck: str = "The deal covers the Syr Darya and Amu Darya basins.",
    slug: str = "water-quotas",
    language: str = "en",
    city: int = 0,
    status: Status = Status.PUBLISHED,
    authors: tuple[Author, ...] | None = None,
    sources: tuple[Source, ...] = SOURCES,
    tags: tuple[str, ...] = ("water", "energy"),
    published_at: datetime | None = datetime(2025, 2, 14, 12, 0, tzinfo=UTC),
    original: Article | None = None,
    translations: tuple[Article, ...] = (),
) -> StoryBundle:
    """One publishable story; every argument overrides one realistic default."""
    english = language.startswith("en")
    name, country, ru_name, ru_country, zone = CITIES[city % len(CITIES)]
    if body is None:
        body = (
            "Officials met on Monday, [Kazinform](source:kazinform) reported. "
            "“We have agreed on the summer quotas and on the data we will share,” "
            "[the deputy minister](source:official-1) said.\n\n"
            "The [World Bank](source:world-bank-2024) estimates losses of 2% of GDP.\n"
            if english else
            "Чиновники встретились в понедельник, сообщает [Казинформ](source:kazinform). "
            "«Мы договорились о летних квотах и об обмене данными», — сказал "
            "[замминистра](source:official-1).\n\n"
            "По оценке [Всемирного банка](source:world-bank-2024), потери достигают 2% ВВП.\n"
        )
    if authors is None:
        authors = (make_author(),)
    byline = tuple(BylineEntry(a.name, Role.REPORTER, a.id, a.slug) for a in authors)
    article = Article(
        headline=headline, body=body, deck=deck, slug=slug, language=language, status=status,
        dateline=Dateline(city=name if english else ru_name,
                          country=country if english else ru_country, agency="TCA",
                          timezone=zone, filed_at=published_at),
        byline=byline, tags=tags, id=abs(hash(slug)) % 100_000,
        created_at=published_at - timedelta(hours=3) if published_at else None,
        updated_at=published_at + timedelta(days=1) if published_at else None,
        published_at=published_at if status is Status.PUBLISHED else None,
        version=3, translation_of=original.slug if original else None,
        translations=tuple(t.slug for t in translations),
        source_keys=tuple(s.key for s in sources),
    )
    return StoryBundle(article, authors, sources, original, translations)


def _demo_body(rng: random.Random, english: bool, words: int) -> str:
    sentences = _EN_SENTENCES if english else _RU_SENTENCES
    keys = ("kazinform", "uza", "akipress", "minenergy-kz", "world-bank-2024")
    paragraphs: list[str] = []
    count = 0
    while count < words:
        picked = [rng.choice(sentences) for _ in range(rng.randint(2, 4))]
        key = rng.choice(keys)
        if english:
            picked.append(f"The figures were published by [{key}](source:{key}).")
        else:
            picked.append(f"Данные опубликовал [{key}](source:{key}).")
        if rng.random() < 0.2:
            paragraphs.append("> " + picked.pop(0))
        text = " ".join(picked)
        if rng.random() < 0.15:
            text = text.replace(" the ", " *the* ", 1)
        paragraphs.append(text)
        count += sum(len(p.split()) for p in picked) + 1
    return "\n\n".join(paragraphs) + "\n"


def make_demo_sized_bundles(n: int, seed: int = 0) -> list[StoryBundle]:
    """``n`` stories of 600 to 1,200 words, two-thirds English and one-third Russian.

    A handful of authors share the stories, so author pages list several each.
    """
    rng = random.Random(seed)
    authors = [
        make_author("Aida Nurlanovna", author_id=1),
        make_author("Timur Rakhimov", author_id=2, bio="Reports from Tashkent."),
        make_author("Гульнара Исмаилова", author_id=3, bio="Корреспондент в *Бишкеке*."),
        make_author("Farrukh Saidov", author_id=4, photo=False, bio=""),
    ]
    start = datetime(2024, 1, 1, 6, 0, tzinfo=UTC)
    bundles = []
    for index in range(n):
        english = index % 3 != 2
        city = rng.randrange(len(CITIES))
        headline = (f"{CITIES[city][0]} talks on water quotas, round {index}" if english
                    else f"Переговоры о квотах на воду в городе {CITIES[city][2]}, раунд {index}")
        byline = tuple(rng.sample(authors, rng.randint(1, 2)))
        bundles.append(make_bundle(
            headline,
            body=_demo_body(rng, english, rng.randint(600, 1200)),
            slug=f"water-talks-{index}",
            language="en" if english else "ru",
            city=city,
            authors=byline,
            status=Status.PUBLISHED if index % 5 else Status.EDITING,
            tags=("water", "energy") if english else ("вода", "энергетика"),
            published_at=start + timedelta(hours=7 * index),
        ))
    return bundles


def poisoned_bundle(field: str, value: str) -> StoryBundle:
    """A normal story with one field replaced by hostile input (see ``tests/data/hostile``)."""
    bundle = make_bundle(slug=f"hostile-{field}")
    article = bundle.article
    if field in ("body", "headline", "deck", "language"):
        return replace(bundle, article=replace(article, **{field: value}))
    if field == "tag":
        return replace(bundle, article=replace(article, tags=(value, "water")))
    if field in ("author_name", "author_bio"):
        author = bundle.authors[0]
        author = replace(author, name=value) if field == "author_name" else replace(
            author, bio=value)
        entry = replace(article.byline[0], name=author.name)
        return replace(bundle, authors=(author,),
                       article=replace(article, byline=(entry,)))
    if field == "source_url":
        sources = tuple(replace(s, url=value) for s in bundle.sources)
        return replace(bundle, sources=sources)
    raise ValueError(f"unknown hostile field {field!r}")
