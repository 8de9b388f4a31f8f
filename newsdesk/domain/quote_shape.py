"""Which quotes are somebody's words (they need a speaker) and which are titles, names, nicknames.

An editor reads «Это лучший парк в регионе». as somebody's words however short it is, while
«Исламское государство», a film's title or the so-called “reform” name a thing and need no
speaker. The difference is the quote's shape in its sentence, not its length: a quote that is
a sentence of its own (it opens with a capital where a sentence starts and ends where a
sentence ends) is speech; a quote inside somebody else's sentence is a name, unless it runs
to many words (a partial quote: “would silence the last independent voices”).
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.domain.markdown_text import Block, ProseLayout
from newsdesk.domain.quotes import Quote

# A quote this long is a partial quote of somebody's words wherever it stands.
LONG_QUOTE_WORDS: Final = 6
# One capitalised word standing alone («Манас».) reads as a name more often than as speech.
MIN_SENTENCE_WORDS: Final = 2

_SENTENCE_END: Final = ".!?…"
_CLOSING_MARKS: Final = "»”\"’“‘"
_LEAD_IN: Final = " \t\n\u00a0*_([—–-"  # emphasis, brackets and dialogue dashes before a quote
_TRAIL_INSIDE: Final = " \t\n\u00a0*_" + _CLOSING_MARKS  # nested quotes, emphasis at the end
# Two sentences inside one quote: no title or name looks like that.
_SENTENCES_INSIDE: Final = re.compile(r"[.!?…]['’”»\"]?\s+[\"“«„‘]?[A-ZА-ЯЁ]")
# What may follow a quote that ends its sentence: `». `, `»,— сказал`, `», — сказал`, nothing.
# A dash without the comma is a copula after a name: «Кайрат Алматы» — чемпион страны.
_AFTER_SPEECH: Final = re.compile(r"[*_]*\s*(?:[.!?…]|,\s*[—–]|\Z)")


def _starts_sentence(before: str) -> bool:
    """Whether a quote opening after ``before`` (the paragraph so far) starts a sentence."""
    text = before.rstrip(_LEAD_IN)
    if not text:
        return True
    if text[-1] == ":":
        return True  # Министр сказал: «…» / He told reporters: “…”
    return text.rstrip(_CLOSING_MARKS + ")")[-1:] in _SENTENCE_END if text else True


def _inner(text: str) -> str:
    return text.strip().lstrip('«„“"‘‚').rstrip(_TRAIL_INSIDE)


def is_reported_speech(quote: Quote, layout: ProseLayout, block: Block) -> bool:
    """Whether ``quote`` (whose first piece lies in ``block``) is somebody's words.

    Long quotes and quotes over several paragraphs always are; a short one is when it is a
    sentence of its own (capital first, at a sentence start, sentence-final punctuation inside
    it or right after it, or Russian direct speech's `», —`), or holds two sentences.
    """
    if len(quote.words) >= LONG_QUOTE_WORDS or len(quote.pieces) > 1:
        return True
    if len(quote.words) < MIN_SENTENCE_WORDS:
        return False
    piece = quote.pieces[0]
    masked = layout.masked
    inner = _inner(masked[piece.start : piece.end])
    first_letter = next((char for char in inner if char.isalpha()), "")
    if not first_letter.isupper():
        return False  # the so-called “reform”, «партия власти»: part of the writer's sentence
    if _SENTENCES_INSIDE.search(inner):
        return True
    if not _starts_sentence(masked[block.start : piece.start]):
        return False  # the film “White Sun of the Desert”: a name inside a sentence
    if inner[-1:] in _SENTENCE_END + ",":
        return True  # “We will win.” / “We will win,” he said.
    return bool(_AFTER_SPEECH.match(masked[piece.end : block.end]))
