"""House Settings' sample reads as the story does: a link shows its words (never "[the
Ministry of" cut from the Markdown source), emphasis no asterisks, and a long first paragraph
is cut at a word with an ellipsis. Real dialogs on SQLite and PostgreSQL."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, Dateline
from newsdesk.services.lede import plain_lede
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.dialogs.house_settings_dialog import SAMPLE_CHARS, HouseSettingsDialog
from tests.ui.shell.test_house_settings_dialog import wait_loaded

# The fresh-eyes run's story: the link starts right where the old sample cut the source.
SOLAR = Article(
    headline="Solar plant joins the grid",
    body=("Kyrgyzstan has connected a 100-megawatt solar plant on the southern shore of Lake "
          "Issyk-Kul to the national grid, the country's largest so far, [the Ministry of "
          "Energy](https://energy.gov.kg/news/solar) said on *Monday*. Officials expect two "
          "more by the end of **next year**.\n\n"
          "The plant was built by a Chinese contractor."),
    dateline=Dateline(city="Bishkek", country="Kyrgyzstan", agency="AKIpress"),
)
_MARKDOWN = re.compile(r"[\[\]*_`]|\]\(|https?://")


def _dialog(qtbot: QtBot, newsroom: Newsroom, story: Article) -> HouseSettingsDialog:
    dialog = HouseSettingsDialog(newsroom.house, story=story)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_loaded(qtbot, dialog)
    return dialog


def test_the_sample_shows_a_link_s_words_and_cuts_at_a_word(
    qtbot: QtBot, newsroom: Newsroom
) -> None:
    dialog = _dialog(qtbot, newsroom, SOLAR)
    sample = dialog.sample_label.text()
    assert sample.startswith("BISHKEK, Kyrgyzstan (AKIpress) — Kyrgyzstan has connected"), sample
    # The link's words come whole or not at all: here the cut falls just before them.
    assert sample.endswith("the country's largest so far…"), sample
    assert not _MARKDOWN.search(sample), sample
    assert sample.endswith("…"), sample
    dateline = sample.split(" — ", 1)[0] + " —"
    assert len(sample) <= len(dateline) + SAMPLE_CHARS
    # Cut at a word: every word before the ellipsis is one of the story's whole words.
    words = set(re.findall(r"[\w'-]+", "Kyrgyzstan " + SOLAR.body))
    assert re.findall(r"[\w'-]+", sample.split(" — ", 1)[1].removesuffix("…")) == \
        [w for w in re.findall(r"[\w'-]+", sample.split(" — ", 1)[1].removesuffix("…"))
         if w in words]
    dialog.grab().save("/tmp/house-sample.png")


def test_a_short_story_is_shown_whole_without_an_ellipsis(
    qtbot: QtBot, newsroom: Newsroom
) -> None:
    short = Article(headline="Water", body="Farmers get water from [May](https://x.kg/may).",
                    dateline=Dateline(city="Osh", country="Kyrgyzstan"))
    dialog = _dialog(qtbot, newsroom, short)
    assert dialog.sample_label.text().endswith("— Farmers get water from May.")


@pytest.mark.parametrize(("body", "expected"), [
    ("# A heading\n\nThe *first* paragraph & more.", "OSH — The first paragraph & more."),
    ("- a list item\n- another", "OSH —"),
    ("Word " * 100, "OSH — " + ("Word " * 30).strip()[:40]),
])
def test_the_lede_is_the_paragraph_the_dateline_opens(body: str, expected: str) -> None:
    said = plain_lede(body, "OSH —", limit=60)
    assert said.startswith(expected) or said == expected, said
    assert len(said) <= 60 and not _MARKDOWN.search(said)
    if len(body) > 60:
        assert said.endswith("Word…") or said == "OSH —"


def test_a_link_is_shown_whole_when_it_fits_and_dropped_whole_when_not() -> None:
    roomy = plain_lede(SOLAR.body, "BISHKEK —", limit=200)
    assert "so far, the Ministry of Energy said on Monday." in roomy, roomy
    for limit in range(150, 185):  # wherever the cut falls, never inside the link's words
        said = plain_lede(SOLAR.body, "BISHKEK —", limit=limit)
        assert len(said) <= limit and not _MARKDOWN.search(said), said
        assert "Ministry" not in said or "the Ministry of Energy" in said, said


def test_a_word_longer_than_the_sample_is_cut_inside_rather_than_dropped() -> None:
    said = plain_lede("A" * 500, "OSH —", limit=40)
    assert said.startswith("OSH — AAAA") and said.endswith("…") and len(said) == 40
