"""Sentence splitting of English and Russian news copy, for sentence pairs in the memory.

A period ends a sentence only when what follows looks like a new one (a capital letter, a
digit, or an opening quote or dash before one) and what precedes it is not an abbreviation
("Mr.", "U.S.", "т.е.", "г.") or an initial ("А. Иванов"). Decimal points ("5.3") never end a
sentence because no space follows them; direct speech (« … », — сказал он) stays whole because
the word after the dash is lower case.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset({
    # English titles, ranks, months and Latin
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "maj",
    "rep", "sen", "gov", "pres", "rev", "hon", "inc", "ltd", "co", "corp", "vs", "etc", "no",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx",
    "est", "dept", "univ", "fig", "vol", "pp", "ave", "blvd", "mt", "ft",
    # Russian
    "г", "гг", "им", "ул", "д", "тыс", "млн", "млрд", "трлн", "руб", "коп", "стр", "см", "рис",
    "проф", "акад", "др", "пр", "св", "ст", "т", "обл", "р", "пос", "с", "кв", "корп", "тел",
    "англ", "рус", "мин", "макс", "ок", "прим", "ред", "сокр", "тт", "вв", "в",
})
_BOUNDARY = re.compile(
    r"(?P<end>[.!?…]+)(?P<close>[\"'»”’)\]]*)(?P<space>\s+)"
    r"(?=[«\"“„(\[]?(?:[—–-]\s*)?[A-ZА-ЯЁ0-9])"
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_INITIALISM = re.compile(r"^(?:\w\.)+\w$")  # U.S, т.е, н.э


def _is_abbreviation(before: str) -> bool:
    match = _WORD_BEFORE.search(before)
    if match is None:
        return False
    word = match.group(1)
    if _INITIALISM.match(word):
        return True
    bare = word.rsplit(".", 1)[-1]
    if len(bare) == 1 and bare.isalpha() and bare.isupper():
        return True  # an initial: "А. Иванов", "J. Smith"
    return bare.lower() in _ABBREVIATIONS


def split_sentences(text: str) -> list[str]:
    """The sentences of a paragraph, stripped, in order (one element for one sentence)."""
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group("end") == "." and _is_abbreviation(text[start:match.start("end")]):
            continue
        sentence = text[start:match.start("space")].strip()
        if sentence:
            sentences.append(sentence)
        start = match.end("space")
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences
