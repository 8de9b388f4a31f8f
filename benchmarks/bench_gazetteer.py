"""Measures the gazetteer's cold load and its prefix search, the two costs an editor can feel.

Run: ``.venv/bin/python benchmarks/bench_gazetteer.py``. The load happens once per process
(on first dateline completion or a start-up warm-up thread); every keystroke in the dateline
city field runs one prefix search, which must stay far below a frame (16 ms).
"""

from __future__ import annotations

import statistics
import sys
import time
import tracemalloc

from newsdesk.domain.gazetteer import Gazetteer, default_gazetteer, load_city_records

PREFIXES = (
    "a",
    "al",
    "alm",
    "Almaty",
    "b",
    "bish",
    "ta",
    "lon",
    "new",
    "san",
    "Ал",
    "Бишкек",
    "ош",
)
ROUNDS = 200


def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    rss_before = _rss_mib()
    started = time.perf_counter()
    default_gazetteer()
    cold_seconds = time.perf_counter() - started
    rss_growth = _rss_mib() - rss_before  # what the app keeps: peaks are never given back

    started = time.perf_counter()
    records = load_city_records()
    json_seconds = time.perf_counter() - started

    started = time.perf_counter()
    gazetteer = Gazetteer.from_records(records)
    index_seconds = time.perf_counter() - started

    # Memory separately: tracemalloc slows allocation down and would spoil the timing above.
    tracemalloc.start()
    measured = Gazetteer.from_records(records)
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del records, measured

    print(f"places indexed:            {len(gazetteer):>8}")
    print(f"read the GeoNames extract: {json_seconds * 1000:8.1f} ms")
    print(f"build index:               {index_seconds * 1000:8.1f} ms")
    print(f"index memory kept / peak:  {kept / 2**20:8.1f} / {peak / 2**20:.1f} MiB")
    print(f"default_gazetteer() cold:  {cold_seconds * 1000:8.1f} ms")
    print(f"process RSS growth for it: {rss_growth:8.1f} MiB")

    print(f"prefix search, median of {ROUNDS} (limit 20):")
    worst = 0.0
    for prefix in PREFIXES:
        timings = []
        for _ in range(ROUNDS):
            started = time.perf_counter()
            gazetteer.search(prefix)
            timings.append(time.perf_counter() - started)
        median = statistics.median(timings)
        worst = max(worst, max(timings))
        print(f"  {prefix!r:12} {median * 1000:7.3f} ms")
    print(f"slowest single search:     {worst * 1000:8.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
