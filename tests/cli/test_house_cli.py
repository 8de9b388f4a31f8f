"""``newsdesk house show|set|reset`` on SQLite and PostgreSQL, and what exports make of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.__main__ import main
from newsdesk.domain.house import DatelineStyle
from tests.helpers.newsroom import opened

STORY = """---
headline: Bishkek raises electricity tariffs
slug: bishkek-tariffs
language: en
dateline: {city: Bishkek, country: Kyrgyzstan, date: 2025-04-01}
---
Prices rise from May, the Energy Ministry said.
"""


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--database", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def _shown(out: str) -> dict[str, tuple[str, str]]:
    rows = [line.split("\t") for line in out.splitlines()]
    return {key: (value, where) for key, value, where in rows}


def test_show_lists_every_key_with_its_default_on_a_new_newsroom(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    code, out, err = run(capsys, database_url, "house", "show")
    assert code == 0 and err == ""
    shown = _shown(out)
    assert list(shown) == ["outlet_name", "agency_credit", "dateline_style", "dateline_template",
                           "site_url", "default_language", "headline_limit", "word_target",
                           "show_sources"]
    assert shown["outlet_name"] == ("", "default")
    assert shown["site_url"] == ("", "default")
    assert shown["dateline_style"] == ("ap", "default")
    assert shown["show_sources"] == ("yes", "default")
    assert "_newsroom_id" not in out


def test_set_then_show_then_reset(capsys: pytest.CaptureFixture[str], database_url: str) -> None:
    assert run(capsys, database_url, "house", "set", "outlet_name", "Kabar Desk")[1] == (
        "outlet_name\tKabar Desk\tset\n")
    assert run(capsys, database_url, "house", "set", "site_url", "https://Kabar.kg/")[1] == (
        "site_url\thttps://kabar.kg\tset\n")
    assert run(capsys, database_url, "house", "set", "dateline_style", "tass")[0] == 0
    assert run(capsys, database_url, "house", "set", "headline_limit", "90")[0] == 0
    shown = _shown(run(capsys, database_url, "house", "show")[1])
    assert shown["outlet_name"] == ("Kabar Desk", "set")
    assert shown["dateline_style"] == ("tass", "set")
    assert shown["headline_limit"] == ("90", "set (same as the default)")
    code, out, _ = run(capsys, database_url, "house", "reset", "dateline_style")
    assert (code, out) == (0, "dateline_style\tap\tdefault\n")
    with opened(database_url) as room:  # the window reads what the terminal wrote
        settings = room.house.settings()
    assert settings.dateline_style is DatelineStyle.AP
    assert (settings.outlet_name, settings.site_url) == ("Kabar Desk", "https://kabar.kg")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("set", "headline_limit", "abc"), "error: field 'headline_limit': 'abc' is not a whole "
                                           "number\n"),
        (("set", "headline_limit", "5"), "error: field 'headline_limit': must be between 10 and "
                                         "500 characters, not 5\n"),
        (("set", "dateline_style", "bbc"), "error: field 'dateline_style': 'bbc' is not a "
                                           "dateline style; choose one of: ap, reuters, afp, "
                                           "superdesk, tass, ria, custom\n"),
        (("set", "site_url", "kabar.kg"), "error: field 'site_url': 'kabar.kg' is not an http or "
                                          "https address; write the outlet's address like "
                                          "https://your-outlet.kg, or leave it empty\n"),
        (("set", "default_language", "zz"), "error: field 'default_language': 'zz' is not a "
                                            "language tag Newsdesk knows; use one like en, ru "
                                            "or en-GB\n"),
        (("set", "paywall", "yes"), "error: field 'paywall': 'paywall' is not a house setting; "
                                    "the keys are: outlet_name, agency_credit, dateline_style, "
                                    "dateline_template, site_url, default_language, "
                                    "headline_limit, word_target, show_sources\n"),
        (("reset", "_newsroom_id"), "error: field '_newsroom_id': '_newsroom_id' is not a house "
                                    "setting; the keys are: outlet_name, agency_credit, "
                                    "dateline_style, dateline_template, site_url, "
                                    "default_language, headline_limit, word_target, "
                                    "show_sources\n"),
    ],
)
def test_bad_input_is_one_line_naming_the_key_exit_1_and_nothing_stored(
    capsys: pytest.CaptureFixture[str], database_url: str, args: tuple[str, ...], message: str
) -> None:
    before = run(capsys, database_url, "house", "show")[1]
    code, out, err = run(capsys, database_url, "house", *args)
    assert (code, out, err) == (1, "", message)
    assert run(capsys, database_url, "house", "show")[1] == before


def test_a_template_that_breaks_the_lede_is_refused_saying_why(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    code, out, err = run(capsys, database_url, "house", "set", "dateline_template",
                         "{day}. {CITY} ({agency}) —")
    assert code == 1 and out == ""
    assert err.startswith("error: field 'dateline_template': The dateline template makes the "
                          "first paragraph Markdown of its own: for a dateline of Bishkek, "
                          "2025-03-01 it gives '1. BISHKEK (TCA) —', which opens a list")
    assert err.count("\n") == 1


def test_show_on_rows_a_newer_release_wrote_does_not_crash(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    with opened(database_url) as room, room.uow() as uow:
        uow.house.put_setting("paywall", {"after": 3, "note": "\x1b[31mred"})
        uow.house.put_setting("headline_limit", "ninety")
        uow.house.put_setting("outlet_name", "Kabar\x1b]0;owned\x07 Desk")  # control characters
        uow.commit()
    code, out, err = run(capsys, database_url, "house", "show")
    assert code == 0
    lines = out.splitlines()
    assert "headline_limit\t90\tdefault" in lines
    assert ('headline_limit\tninety\tignored: must be a whole number, not "ninety" '
            "(the default is used)") in lines
    assert any(line.startswith('paywall\t{"after": 3, "note": "\\u001b[31mred"}\tignored: not a '
                               "setting this release knows") for line in lines)
    # Stored before the rule refused it: shown as ignored, escaped, never sent to the terminal.
    assert "outlet_name\t\tdefault" in lines
    assert "\x1b" not in out and "\x07" not in out
    assert "outlet_name\tKabar\\x1b]0;owned\\x07 Desk\tignored: must be one line" in out
    assert err == ("note: 3 stored setting(s) not used by this release; 'newsdesk house set KEY "
                   "VALUE' replaces a known one\n")


def test_every_export_uses_the_house_settings_set_in_the_terminal(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    story = tmp_path / "tariffs.md"
    story.write_text(STORY, encoding="utf-8")
    for key, value in (("outlet_name", "Kabar Desk"), ("agency_credit", "KD"),
                       ("site_url", "https://kabar.kg/")):
        assert run(capsys, database_url, "house", "set", key, value)[0] == 0
    assert run(capsys, database_url, "import", str(story))[0] == 0  # no agency: the house's
    out = {fmt: tmp_path / fmt for fmt in ("html", "md", "md-clean", "ninjs")}
    for fmt, folder in out.items():
        code, _, err = run(capsys, database_url, "export", "bishkek-tariffs", "--format", fmt,
                           "--out", str(folder))
        assert code == 0, err
    html = (out["html"] / "bishkek-tariffs.html").read_text(encoding="utf-8")
    assert "Kabar Desk" in html and "BISHKEK, Kyrgyzstan (KD) —" in html
    assert "https://kabar.kg/" in html
    clean = next(out["md-clean"].glob("*.md")).read_text(encoding="utf-8")
    assert "BISHKEK, Kyrgyzstan (KD) — Prices rise" in clean
    interchange = next(out["md"].glob("*.md")).read_text(encoding="utf-8")
    assert "agency: KD" in interchange
    ninjs = json.loads(next(out["ninjs"].glob("*.json")).read_text(encoding="utf-8"))
    assert ninjs["copyrightHolder"] == "Kabar Desk"
    assert ninjs["uri"].startswith("https://kabar.kg/")
    for folder in out.values():
        for path in folder.rglob("*"):
            if path.is_file():
                text = path.read_text(encoding="utf-8")
                assert "example.org" not in text and ".example" not in text, path
