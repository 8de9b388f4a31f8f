"""Spelling speed on the GUI thread: keystroke latency, time to full underlines, vs ReText 8.1.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_spelling.py

Prints one Markdown table row per measurement. The ReText rows reproduce ReText 8.1's spelling
pass (``ReText/highlighter.py``: ``reWords`` over each block, ``dictionary.check`` for every
word on every rehighlight, no cache) ported to PySide6: ReText itself needs PyQt6, which cannot
share a process with PySide6, and installing it would change the project's environment.
"""

from __future__ import annotations

import os
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from newsdesk.services.spelling import SpellChecker
from newsdesk.services.spelling.availability import request_dictionary
from newsdesk.ui.spelling.highlighter import SpellingHighlighter

DICTIONARY = Path("/usr/share/hunspell/en_US.dic")
TYPOS = ["goverment", "recieve", "definately", "seperate", "occured", "Japarov", "Tokayev"]
RETEXT_WORDS = re.compile("[^_\\W]+")  # ReText 8.1 highlighter.reWords


# PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a C++ method that
# returns void (setFormat, merge, processEvents...); after a few thousand calls Python aborts
# with "none_dealloc". Holding extra references postpones that past the end of this script.
_NONE_BALLAST = [None] * 10_000_000


def story(words: int, seed: int = 6) -> str:
    """A Markdown story of ``words`` words: real vocabulary, typos, links, code, Russian quotes."""
    rng = random.Random(seed)
    stems = [line.split("/")[0] for line in DICTIONARY.read_text("utf-8").splitlines()[1:]]
    vocabulary = [w for w in stems if w.isalpha() and w.islower()][:6000]
    russian = ["президент", "заявил", "встреча", "правительство", "Казахстан", "граница"]
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentence_words = [rng.choice(vocabulary) for _ in range(rng.randint(60, 110))]
        sentence_words[rng.randrange(len(sentence_words))] = rng.choice(TYPOS)
        if rng.random() < 0.3:
            sentence_words.append(f"«{' '.join(rng.sample(russian, 3))}»")
        if rng.random() < 0.3:
            sentence_words.append("[report](https://akorda.kz/en/news/12345) `code`")
        paragraphs.append(" ".join(sentence_words).capitalize() + ".")
        if rng.random() < 0.1:
            paragraphs.append(f"## {rng.choice(vocabulary).title()} {rng.choice(vocabulary)}")
        count += len(sentence_words)
    return "\n\n".join(paragraphs)


class ReTextSpellingHighlighter(QSyntaxHighlighter):
    """ReText 8.1's spelling pass, line for line, ported from PyQt6 to PySide6."""

    dictionaries: list[Any]

    def highlightBlock(self, text: str) -> None:
        char_format = QTextCharFormat()
        char_format.setUnderlineColor(Qt.GlobalColor.red)
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        for match in RETEXT_WORDS.finditer(text):
            final_format = QTextCharFormat()
            final_format.merge(char_format)
            final_format.merge(self.format(match.start()))
            word = match.group(0)
            correct = any(dictionary.check(word) for dictionary in self.dictionaries)
            if not correct:
                self.setFormat(
                    _qstring_length(text[: match.start()]), _qstring_length(word), final_format
                )


def _qstring_length(text: str) -> int:
    return sum(2 if ord(char) > 65535 else 1 for char in text)


class StallMeter:
    """The longest gap between turns of the event loop: how long typing would have waited."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


def run_until(done: Callable[[], bool], timeout: float = 30.0) -> None:
    # QEventLoop.processEvents, not QApplication.processEvents: the static one drops a
    # reference to None on every call in PySide6 6.12 and crashes a long loop.
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("spelling did not finish")
        loop.processEvents()


def open_newsdesk(editor: QPlainTextEdit, text: str) -> tuple[float, float, float]:
    """(ms until underlines complete, ms of the synchronous load, longest stall ms)."""
    highlighter = SpellingHighlighter(editor.document(), SpellChecker("en"))
    editor.setProperty("bench_highlighter", highlighter)
    meter = StallMeter()
    started = time.perf_counter()
    meter.start()
    editor.setPlainText(text)
    loaded = time.perf_counter()
    run_until(lambda: not highlighter.underliner.is_busy)
    finished = time.perf_counter()
    meter.stop()
    longest = max(meter.longest, loaded - started)
    return (finished - started) * 1000, (loaded - started) * 1000, longest * 1000


def open_retext(editor: QPlainTextEdit, text: str) -> tuple[float, float, float]:
    highlighter = ReTextSpellingHighlighter(editor.document())
    highlighter.dictionaries = [request_dictionary("en_US")]
    editor.setProperty("bench_highlighter", highlighter)
    started = time.perf_counter()
    editor.setPlainText(text)
    finished = time.perf_counter()
    total = (finished - started) * 1000
    return total, total, total


def keystrokes(editor: QPlainTextEdit, count: int = 400) -> tuple[float, float, float]:
    """(p50, p99 of the key event, p99 of key event + the background work it queued), in ms."""
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().characterCount() // 2)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    highlighter = editor.property("bench_highlighter")
    underliner = getattr(highlighter, "underliner", None)
    typed = " the goverment sent a delegaton to Astana for talks"
    key_times: list[float] = []
    total_times: list[float] = []
    loop = QEventLoop()
    for index in range(count):
        char = typed[index % len(typed)]
        started = time.perf_counter()
        QTest.keyClick(editor, char)
        keyed = time.perf_counter()
        while underliner is not None and underliner.is_busy:
            loop.processEvents()
        done = time.perf_counter()
        key_times.append((keyed - started) * 1000)
        total_times.append((done - started) * 1000)
    return (
        statistics.median(key_times),
        _percentile(key_times, 99),
        _percentile(total_times, 99),
    )


def _percentile(values: list[float], percentile: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[percentile - 1]


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    documents = {10_000: story(10_000), 50_000: story(50_000)}
    print("| implementation | words | measurement | result |")
    print("|---|---|---|---|")
    for name, opener in (("Newsdesk", open_newsdesk), ("ReText 8.1 algorithm", open_retext)):
        for words, text in documents.items():
            editor = QPlainTextEdit()
            editor.resize(900, 700)
            editor.show()
            complete, _load, stall = opener(editor, text)
            print(f"| {name} | {words:,} | open: underlines complete | {complete:.0f} ms |")
            print(f"| {name} | {words:,} | open: longest GUI stall | {stall:.0f} ms |")
            p50, p99, p99_total = keystrokes(editor)
            print(f"| {name} | {words:,} | keystroke p50 (GUI thread) | {p50:.2f} ms |")
            print(f"| {name} | {words:,} | keystroke p99 (GUI thread) | {p99:.2f} ms |")
            print(f"| {name} | {words:,} | keystroke + queued checks p99 | {p99_total:.2f} ms |")
            editor.close()
            editor.deleteLater()
    del app


if __name__ == "__main__":
    main()
