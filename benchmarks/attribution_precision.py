"""Precision and recall of unattributed-quote detection on the wire corpus, and checker speed.

"free" counts the titles, names and scare quotes in the corpus (they are among the negatives).

Run: .venv/bin/python benchmarks/attribution_precision.py [--seconds 2]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere in the repo

from newsdesk.domain.attribution import check_attribution
from tests.helpers.attribution_corpus import CorpusCase, load_corpus, score


def _report_quality(cases: list[CorpusCase]) -> bool:
    print(f"{'corpus':<8} {'quotes':>6} {'free':>5} {'TP':>4} {'FP':>4} {'FN':>4} {'TN':>4} "
          f"{'precision':>9} {'recall':>7}")  # fmt: skip
    clean = True
    for language in [*sorted({case.language for case in cases}), "all"]:
        chosen = [c for c in cases if language in ("all", c.language)]
        result = score(chosen)
        quotes = sum(len(case.quotes) for case in chosen)
        free = sum(quote.free for case in chosen for quote in case.quotes)
        print(
            f"{language:<8} {quotes:>6} {free:>5} {result.true_positives:>4} "
            f"{result.false_positives:>4} {result.false_negatives:>4} {result.true_negatives:>4} "
            f"{result.precision:>9.3f} {result.recall:>7.3f}"
        )
        if language == "all":
            for problem in result.problems:
                print(f"  problem: {problem}")
            clean = not result.problems
    return clean


def _report_speed(cases: list[CorpusCase], seconds: float) -> None:
    stories = [(case.body, case.sources, case.language) for case in cases]
    paragraphs_per_round = sum(len(case.paragraphs) for case in cases)
    rounds = 0
    started = time.perf_counter()
    while (elapsed := time.perf_counter() - started) < seconds:
        for body, sources, language in stories:
            check_attribution(body, sources, language=language)
        rounds += 1
    paragraphs = rounds * paragraphs_per_round
    print(
        f"speed: {paragraphs} paragraphs in {elapsed:.2f} s = "
        f"{elapsed / paragraphs * 1000 * 1000:.1f} ms per 1,000 paragraphs"
    )
    # One long story: the checker runs on the whole body, so cost must stay linear.
    long_body = "\n\n".join(case.body for case in cases for _ in range(25))
    count = long_body.count("\n\n") + 1
    started = time.perf_counter()
    check_attribution(long_body, {}, language="en")
    took = time.perf_counter() - started
    print(f"one body of {count} paragraphs: {took * 1000:.1f} ms "
          f"({took / count * 1000 * 1000:.1f} ms per 1,000 paragraphs)")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="how long to time the checker")
    args = parser.parse_args()
    cases = load_corpus()
    clean = _report_quality(cases)
    _report_speed(cases, args.seconds)
    return 0 if clean else 1


if __name__ == "__main__":
    raise SystemExit(main())
