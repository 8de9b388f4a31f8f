"""Numbers in running text, read the way each language writes them (5.3 / 5,3; 12,500 / 12 500).

The translation checks compare *values*, not spellings: "1.3 billion" and "1,3 млрд" are the
same number, "12,500" and "12 500" too. A number written as a word ("two", "две") is a *soft*
mention: it satisfies a number on the other side but is never demanded, because words such as
"one" ("one of the" / "один из") are more often idiom than figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Final

from newsdesk.domain.text_masks import mask_spans

# Languages that write a decimal comma and group thousands with spaces (Russian and its
# neighbours, most of continental Europe). Everything else reads like English.
_DECIMAL_COMMA: Final = frozenset({
    "ru", "uk", "be", "bg", "kk", "ky", "uz", "tg", "tk", "az", "mn", "sr", "pl", "cs", "de",
    "fr", "es", "it", "pt", "tr", "ro", "lt", "lv", "et", "fi", "sv", "nb", "da", "nl",
})

_SCALES: Final = {
    "thousand": 3, "k": 3, "million": 6, "mln": 6, "mn": 6, "m": 6, "billion": 9, "bn": 9,
    "trillion": 12, "tn": 12, "тыс": 3, "тысяч": 3, "тысяча": 3, "тысячи": 3, "тысячу": 3,
    "тысячами": 3, "тысячах": 3, "тысячам": 3, "тысячей": 3,
    "млн": 6, "млрд": 9, "трлн": 12,
}
_RU_BIG: Final = {"миллион": 6, "миллиард": 9, "триллион": 12}
for _stem, _power in _RU_BIG.items():
    for _ending in ("", "а", "ов", "ы", "у", "ом", "ам", "ами", "ах", "е"):
        _SCALES[_stem + _ending] = _power
# "m" and "k" scale only right after a currency sign ("$5m"); "5m" alone is five metres.
_CURRENCY_ONLY_SCALES: Final = frozenset({"m", "k"})
_SCALE_WORDS: Final = "|".join(sorted(map(re.escape, _SCALES), key=len, reverse=True))

_CURRENCY = r"(?:US\$|[$€£¥₽₸])"
# A digit run is a number unless a letter sits right before it (G7, COVID-19, Su-27, A320 are
# names) or it is glued to a longer run of digits and letters.
_NUMBER_RE: Final = re.compile(
    rf"(?P<currency>{_CURRENCY}\s?)?"
    r"(?<![^\W\d_])(?<![^\W\d_][-‐/])(?<![\d.,])"
    r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)"
    rf"(?:[ \u00a0\u202f]?(?P<scale>{_SCALE_WORDS})(?![^\W\d_])(?P<dot>\.)?)?"
)
_SPACE_GROUPS: Final = re.compile(r"[ \u00a0\u202f]")
_DIGIT: Final = re.compile(r"\d")


@dataclass(frozen=True)
class NumberMention:
    """One number in a text: its exact characters, where they are, and the values they can mean.

    ``values`` holds more than one value only when the spelling is ambiguous ("12,500" in a
    Russian text: twelve and a half, or a copied English twelve thousand five hundred).
    """

    text: str
    start: int
    end: int
    values: frozenset[Decimal]
    spelled: bool = False


def _decimal(digits: str) -> Decimal | None:
    try:
        return Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the pattern only lets digits and one dot through
        return None


def _readings(raw: str, decimal_comma: bool) -> set[Decimal]:
    """Every value ``raw`` can mean in a text whose language writes ``decimal_comma`` or not."""
    spaced = _SPACE_GROUPS.split(raw)
    if len(spaced) > 1:
        # Space-grouped thousands; what follows the last group can only be a decimal part.
        tail = spaced[-1].replace(",", ".")
        value = _decimal("".join(spaced[:-1]) + tail)
        return {value} if value is not None else set()
    commas, dots = raw.count(","), raw.count(".")
    if commas and dots:
        decimal_sign = "," if raw.rfind(",") > raw.rfind(".") else "."
        group_sign = "." if decimal_sign == "," else ","
        value = _decimal(raw.replace(group_sign, "").replace(decimal_sign, "."))
        return {value} if value is not None else set()
    sign = "," if commas else "." if dots else ""
    if not sign:
        value = _decimal(raw)
        return {value} if value is not None else set()
    groups = raw.split(sign)
    grouped = _decimal("".join(groups))
    if len(groups) > 2:
        return {grouped} if grouped is not None else set()  # 1,234,567 or 1.234.567
    as_decimal = _decimal(groups[0] + "." + groups[1])
    thousands_shape = len(groups[1]) == 3 and 1 <= len(groups[0]) <= 3 and groups[0] != "0"
    readings = {as_decimal}
    if thousands_shape and (sign == "," or decimal_comma):
        # "12,500": thousands in English; in Russian a decimal, or English copied as it was.
        readings.add(grouped)
        if sign == "," and not decimal_comma:
            readings = {grouped}
    return {value for value in readings if value is not None}


def _scaled(values: set[Decimal], power: int) -> frozenset[Decimal]:
    return frozenset((value * (Decimal(10) ** power)).normalize() for value in values)


def find_digit_numbers(text: str, language: str) -> list[NumberMention]:
    """Numbers written with digits in ``text`` (already masked of dates, links and codes)."""
    if _DIGIT.search(text) is None:
        return []
    decimal_comma = language.split("-")[0].lower() in _DECIMAL_COMMA
    found: list[NumberMention] = []
    for match in _NUMBER_RE.finditer(text):
        raw = match.group("num")
        values = _readings(raw, decimal_comma)
        scale = (match.group("scale") or "").lower()
        power = _SCALES.get(scale, 0)
        if scale in _CURRENCY_ONLY_SCALES and not match.group("currency"):
            power = 0
        start = match.start("num")
        end = match.end("num")
        if power:
            # "тыс." is never written without its dot; after "million." the dot ends a sentence.
            end = match.end() if scale == "тыс" else match.end("scale")
        found.append(NumberMention(text[start:end], start, end, _scaled(values, power)))
    return found


# -- numbers written as words ------------------------------------------------------------------

_EN_WORDS: Final[dict[str, int | Decimal]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12, "thousand": 1000, "million": 10**6,
    "billion": 10**9, "trillion": 10**12, "once": 1, "twice": 2, "both": 2, "single": 1,
    "double": 2, "triple": 3, "half": Decimal("0.5"),
}
# Russian numerals decline; each entry lists the stem and the endings it takes (один, одного...).
_RU_FORMS: Final[dict[int | Decimal, tuple[str, ...]]] = {
    0: ("ноль", "нол", "нуля"),
    1: ("один", "одна", "одно", "одного", "одной", "одному", "одним", "одну", "одном"),
    2: ("два", "две", "двух", "двум", "двумя", "двое", "оба", "обе", "обоих"),
    3: ("три", "трех", "трём", "трем", "тремя", "трёх", "трое"),
    4: ("четыре", "четырех", "четырёх", "четырем", "четырём", "четырьмя", "четверо"),
    40: ("сорок", "сорока"),
    90: ("девяносто", "девяноста"),
    100: ("сто", "ста"),
    1000: ("тысяча", "тысячи", "тысячу"),
    10**6: ("миллион", "миллиона", "миллионы", "миллионов"),
    10**9: ("миллиард", "миллиарда", "миллиарды", "миллиардов"),
    Decimal("0.5"): ("половина", "половину", "половины"),
}
# Numerals ending in -ь decline like nouns of the third declension: пять, пяти, пятью.
_RU_SOFT: Final = {
    5: "пят", 6: "шест", 7: "сем", 8: "восем", 9: "девят", 10: "десят", 11: "одиннадцат",
    12: "двенадцат", 13: "тринадцат", 14: "четырнадцат", 15: "пятнадцат", 16: "шестнадцат",
    17: "семнадцат", 18: "восемнадцат", 19: "девятнадцат", 20: "двадцат", 30: "тридцат",
}
_WORD_VALUES: Final[dict[str, Decimal]] = {w: Decimal(value) for w, value in _EN_WORDS.items()}
for _value, _forms in _RU_FORMS.items():
    _WORD_VALUES.update((form, Decimal(_value)) for form in _forms)
for _value, _stem in _RU_SOFT.items():
    _WORD_VALUES.update((_stem + ending, Decimal(_value)) for ending in ("ь", "и", "ью"))
# Collective numerals: "семеро получили травмы" (seven were injured).
for _value, _word in enumerate(("двое", "трое", "четверо", "пятеро", "шестеро", "семеро",
                                "восьмеро", "девятеро", "десятеро"), start=2):
    _WORD_VALUES[_word] = Decimal(_value)
_WORD_VALUES["восьми"] = Decimal(8)
_WORD_VALUES["восьмью"] = Decimal(8)
_WORD_VALUES["пятьдесят"] = Decimal(50)
_WORD_VALUES["пятидесяти"] = Decimal(50)
_WORD_VALUES["шестьдесят"] = Decimal(60)
_WORD_VALUES["семьдесят"] = Decimal(70)
_WORD_VALUES["восемьдесят"] = Decimal(80)
for _word in ("семи", "семь", "семью"):
    _WORD_VALUES[_word] = Decimal(7)  # "семья" (family) is not among them: no -я ending



def _trie_pattern(words: list[str]) -> str:
    """One regex branch per first letter, recursively: the engine rejects most positions of a
    row on one character instead of trying a couple of hundred words at each."""
    if not words:
        return ""
    by_first: dict[str, list[str]] = {}
    ends_here = False
    for word in words:
        if word:
            by_first.setdefault(word[0], []).append(word[1:])
        else:
            ends_here = True
    branches = [re.escape(first) + _trie_pattern(rest) for first, rest in sorted(by_first.items())]
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends_here else body


_WORD_ALTERNATION: Final = _trie_pattern(sorted({word.lower() for word in _WORD_VALUES}))
_SPELLED_RE: Final = re.compile(
    rf"\b(?<!-)(?:{_WORD_ALTERNATION})(?:-(?:{_WORD_ALTERNATION}))?\b(?!-\w)", re.IGNORECASE
)
_FOLLOWING_SCALE_RE: Final = re.compile(r"[ \u00a0]+(?P<scale>[^\W\d_]+)")


def find_spelled_numbers(text: str) -> list[NumberMention]:
    """Numbers written as words ("two", "двух", "twenty-five", "two million"): soft mentions."""
    found: list[NumberMention] = []
    taken = 0  # where the last mention ended: its scale word is not a number of its own
    for match in _SPELLED_RE.finditer(text):
        value = _compound(match.group().lower())
        if value is None or match.start() < taken:
            continue
        end = match.end()
        # "two million", "три миллиона": the scale word multiplies the numeral before it.
        scale_match = _FOLLOWING_SCALE_RE.match(text, end)
        if scale_match is not None and value < 1000:
            power = _SCALES.get(scale_match.group("scale").lower(), 0)
            if power >= 3:
                value = value * (Decimal(10) ** power)
                end = scale_match.end()
                taken = end
        found.append(
            NumberMention(
                text[match.start() : end], match.start(), end, frozenset({value}), spelled=True
            )
        )
    return found


def _compound(word: str) -> Decimal | None:
    value = _WORD_VALUES.get(word)
    if value is not None:
        return value
    if "-" in word:  # twenty-five
        parts = [_WORD_VALUES.get(part) for part in word.split("-")]
        if all(part is not None for part in parts) and len(parts) == 2:
            tens, units = parts
            if tens is not None and units is not None and tens >= 20 and units < 10:
                return tens + units
    return None


# Russian writes centuries and congresses in Roman numerals: "в XXI веке" is "in the 21st century".
_ROMAN_RE: Final = re.compile(
    r"(?<![\w])(?P<roman>[IVXLC]{1,7})(?=\s*[-–]?\s*(?:век|столети|съезд|созыв|квартал|в\.))"
)
_ROMAN_DIGITS: Final = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman_value(numeral: str) -> int:
    total = 0
    for index, letter in enumerate(numeral):
        value = _ROMAN_DIGITS[letter]
        following = _ROMAN_DIGITS[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total


def find_roman_numbers(text: str) -> list[NumberMention]:
    """Roman numerals before "век", "созыв", "квартал" ("XXI век"): soft mentions."""
    if "I" not in text and "V" not in text and "X" not in text:
        return []
    return [
        NumberMention(m.group("roman"), m.start(), m.end(),
                      frozenset({Decimal(_roman_value(m.group("roman")))}), spelled=True)
        for m in _ROMAN_RE.finditer(text)
    ]


def find_numbers(text: str, language: str, *, skip: list[tuple[int, int]] | None = None) -> list[
    NumberMention
]:
    """Digit and word numbers in ``text`` by position; ``skip`` spans (dates, codes) are ignored."""
    masked = mask_spans(text, skip) if skip else text
    mentions = (
        find_digit_numbers(masked, language)
        + find_spelled_numbers(masked)
        + find_roman_numbers(masked)
    )
    return sorted(mentions, key=lambda mention: mention.start)
