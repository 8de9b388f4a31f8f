"""Translation memory speed (issue 12): lookup over 100,000 pairs, TMX import and export.

Targets: one paragraph's lookup p95 under 30 ms over 100,000 stored pairs; a TMX import of
100,000 units under 30 s. The pairs are generated English/Russian newsroom sentences (the demo
newsroom's places, with numbers, months and percentages), one to three sentences a pair, so
the memory is full of near neighbours as a real one is. The 200 queries are half near matches
(a stored source with a number, a word or a place changed) and half misses (sentences of the
same vocabulary that the memory never saw).

Run: ``.venv/bin/python benchmarks/bench_translation_memory.py [--pairs 100000]
[--backend sqlite|postgresql|both]``. PostgreSQL runs on a throwaway server this script starts
(initdb must be installed); it also says whether that server offers pg_trgm.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsdesk.services.demo_banks import PLACES
from newsdesk.services.newsroom import open_newsroom
from newsdesk.services.tmx import export_tmx, import_tmx

MONTHS = (("January", "января"), ("February", "февраля"), ("March", "марта"),
          ("April", "апреля"), ("May", "мая"), ("June", "июня"), ("July", "июля"),
          ("August", "августа"), ("September", "сентября"), ("October", "октября"),
          ("November", "ноября"), ("December", "декабря"))
GOODS = (("grain", "зерна"), ("wheat", "пшеницы"), ("cotton", "хлопка"), ("coal", "угля"),
         ("natural gas", "природного газа"), ("electricity", "электроэнергии"),
         ("copper", "меди"), ("fruit", "фруктов"), ("cement", "цемента"), ("oil", "нефти"))
BODIES = (("ministry of economy", "министерство экономики"),
          ("statistics agency", "агентство по статистике"),
          ("central bank", "центральный банк"), ("customs service", "таможенная служба"),
          ("ministry of energy", "министерство энергетики"))
# (English, Russian) templates; {n} and {m} are numbers, {p} a place, {g} goods, {d} a day.
TEMPLATES = (
    ("{pc} exported {n} billion dollars' worth of {g} in the first quarter, the {b} said on "
     "{mo} {d}.", "{pc_ru} экспортировал {g_ru} на {n_ru} млрд долларов в первом квартале, "
     "сообщило {b_ru} {d} {mo_ru}."),
    ("Prices of {g} in {city} rose by {k} percent in {mo}.",
     "Цены на {g_ru_nom} в {city_ru} выросли на {k} процентов в {mo_ru_in}."),
    ("The {b} expects output of {g} to reach {n} million tonnes by the end of the year.",
     "{b_ru_cap} ожидает, что производство {g_ru} достигнет {n_ru} млн тонн к концу года."),
    ("Talks between officials in {city} ended on {mo} {d} without an agreement.",
     "Переговоры официальных лиц в {city_ru} завершились {d} {mo_ru} без соглашения."),
    ("Shipments of {g} to {city} fell by {k} percent compared with last year.",
     "Поставки {g_ru} в {city_ru} сократились на {k} процентов по сравнению с прошлым годом."),
    ("A new plant near {city} will process {k},000 tonnes of {g} a year from {mo}.",
     "Новый завод под {city_ru} будет перерабатывать {k} тыс. тонн {g_ru} в год с {mo_ru}."),
    ("The government of {country} allocated {n} billion tenge to repair roads around {city}.",
     "Правительство {country_gen} выделило {n_ru} млрд тенге на ремонт дорог вокруг "
     "{city_ru}."),
    ("Inflation in {country} slowed to {n} percent in {mo}, the {b} said.",
     "Инфляция {country_in} в {mo_ru_in} замедлилась до {n_ru} процента, сообщило {b_ru}."),
)
MONTHS_IN = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
             "сентябре", "октябре", "ноябре", "декабре")
GOODS_NOM = ("зерно", "пшеницу", "хлопок", "уголь", "природный газ", "электроэнергию", "медь",
             "фрукты", "цемент", "нефть")


def sentence(rng: random.Random, template: int | None = None) -> tuple[str, str]:
    en, ru = TEMPLATES[rng.randrange(len(TEMPLATES)) if template is None else template]
    place = rng.choice(PLACES)
    month = rng.randrange(12)
    goods = rng.randrange(len(GOODS))
    body = rng.choice(BODIES)
    whole, tenth = rng.randint(1, 99), rng.randint(0, 9)
    values = {
        "pc": place.country_en, "pc_ru": place.country_ru, "country": place.country_en,
        "country_gen": place.country_gen_ru, "country_in": place.in_country_ru,
        "city": place.city_en, "city_ru": place.city_ru, "g": GOODS[goods][0],
        "g_ru": GOODS[goods][1], "g_ru_nom": GOODS_NOM[goods], "b": body[0], "b_ru": body[1],
        "b_ru_cap": body[1].capitalize(), "mo": MONTHS[month][0], "mo_ru": MONTHS[month][1],
        "mo_ru_in": MONTHS_IN[month], "d": rng.randint(1, 28), "k": rng.randint(2, 60),
        "n": f"{whole}.{tenth}", "n_ru": f"{whole},{tenth}",
    }
    return en.format(**values), ru.format(**values)


def pairs(count: int, seed: int = 12) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out: dict[str, str] = {}
    while len(out) < count:
        sentences = [sentence(rng) for _ in range(rng.choice((1, 1, 2, 3)))]
        out.setdefault(" ".join(s[0] for s in sentences), " ".join(s[1] for s in sentences))
    return list(out.items())


def write_tmx(path: Path, data: list[tuple[str, str]]) -> None:
    from xml.sax.saxutils import escape

    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
                  '<header creationtool="bench" creationtoolversion="1" segtype="paragraph" '
                  'o-tmf="bench" adminlang="en" srclang="en" datatype="plaintext"/>\n<body>\n')
        for en, ru in data:
            out.write(f'<tu creationid="bench"><tuv xml:lang="en"><seg>{escape(en)}</seg></tuv>'
                      f'<tuv xml:lang="ru"><seg>{escape(ru)}</seg></tuv></tu>\n')
        out.write("</body>\n</tmx>\n")


def queries(data: list[tuple[str, str]], count: int = 200) -> list[tuple[str, bool]]:
    """Half near matches of stored sources, half unseen sentences."""
    rng = random.Random(99)
    stored = {en for en, _ in data}
    out: list[tuple[str, bool]] = []
    while len(out) < count // 2:
        text = rng.choice(data)[0]
        words = text.split()
        i = rng.randrange(len(words))
        words[i] = str(rng.randint(100, 999)) if any(c.isdigit() for c in words[i]) \
            else rng.choice(("Bishkek", "rapidly", "reported", "quarterly", "exports"))
        out.append((" ".join(words), True))
    miss = random.Random(7)
    while len(out) < count:
        text = " ".join(sentence(miss)[0] for _ in range(miss.choice((1, 2))))
        if text not in stored:
            out.append((text, False))
    rng.shuffle(out)
    return out


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run(url: str, label: str, data: list[tuple[str, str]], tmx: Path,
        folder: Path) -> dict[str, str]:
    room = open_newsroom(url)
    try:
        started = time.perf_counter()
        report = import_tmx(room.uow, tmx)
        import_s = time.perf_counter() - started
        timings: list[float] = []
        found = near = 0
        for text, is_near in queries(data):
            started = time.perf_counter()
            matches = room.memory.lookup(text, "en", "ru")
            timings.append((time.perf_counter() - started) * 1000)
            near += is_near
            found += bool(matches) and is_near
        started = time.perf_counter()
        exported = export_tmx(room.uow, folder / f"export-{label}.tmx")
        export_s = time.perf_counter() - started
    finally:
        room.close()
    return {
        "backend": label, "pairs": f"{report.added:,}",
        "lookup p50 ms": f"{statistics.median(timings):.1f}",
        "lookup p95 ms": f"{percentile(timings, 0.95):.1f}",
        "near found": f"{found}/{near}",
        "import s": f"{import_s:.1f}", "export s": f"{export_s:.1f}",
        "exported": f"{exported:,}",
    }


def pg_trgm_available(url: str) -> bool:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        return True
    except sa.exc.DBAPIError:
        return False
    finally:
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=100_000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    data = pairs(args.pairs)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tmx = folder / "memory.tmx"
        write_tmx(tmx, data)
        if args.backend in ("sqlite", "both"):
            rows.append(run(f"sqlite:///{folder / 'bench.sqlite3'}", "sqlite", data, tmx,
                            folder))
        if args.backend in ("postgresql", "both"):
            from tests.helpers.postgres import PostgresUnavailableError, start_postgres

            try:
                server = start_postgres()
            except PostgresUnavailableError as exc:
                print(f"postgresql skipped: {exc}", file=sys.stderr)
            else:
                try:
                    trgm = pg_trgm_available(server.url())
                    print(f"pg_trgm on this server: {'available' if trgm else 'not available'}"
                          " (the memory uses its own word index either way)")
                    rows.append(run(server.create_database("bench_tm"), "postgresql", data,
                                    tmx, folder))
                finally:
                    server.stop()
    columns = list(rows[0]) if rows else []
    widths = {c: max(len(c), *(len(r[c]) for r in rows)) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns))
    for row in rows:
        print("  ".join(row[c].ljust(widths[c]) for c in columns))
    print("targets: lookup p95 < 30 ms over 100,000 pairs; import of 100,000 units < 30 s")


if __name__ == "__main__":
    main()
