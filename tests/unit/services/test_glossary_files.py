"""Glossary CSV and TBX files: round trips, other tools' TBX, bad files naming file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.domain.errors import InvalidInputError
from newsdesk.domain.glossary import GlossaryTerm, Rendering
from newsdesk.services.glossary import parse_csv, read_tbx, to_csv, to_tbx

TERMS = [
    GlossaryTerm(None, (Rendering("en", "SCO"), Rendering("ru", "ШОС"),
                        Rendering("ru", "Шанхайская пятёрка", forbidden=True)),
                 "Shanghai Cooperation Organisation"),
    GlossaryTerm(None, (Rendering("en", "Sergei Shoigu"), Rendering("ru", "Сергей Шойгу"),
                        Rendering("ru", "С. Шойгу"))),
    GlossaryTerm(None, (Rendering("en", "Jogorku Kenesh"), Rendering("ky", "Жогорку Кеңеш"),
                        Rendering("ru", "Жогорку Кенеш")), 'the parliament, "supreme council"'),
]


def test_csv_round_trip() -> None:
    text = to_csv(TERMS)
    assert text.splitlines()[0] == "en,ky,ru,forbidden_ru,note"
    assert parse_csv(text, "g.csv") == TERMS


def test_tbx_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "g.tbx"
    path.write_text(to_tbx(TERMS), encoding="utf-8")
    assert read_tbx(path) == TERMS


def test_tbx_v3_from_another_tool(tmp_path: Path) -> None:
    path = tmp_path / "v3.tbx"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>from a termbase</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <descrip type="definition">Shanghai Cooperation Organisation</descrip>
      <langSec xml:lang="en-GB"><termSec><term>SCO</term></termSec></langSec>
      <langSec xml:lang="ru-RU">
        <termSec><term>ШОС</term></termSec>
        <termSec><term>Шанхайская пятёрка</term>
          <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>""", encoding="utf-8")
    assert read_tbx(path) == [TERMS[0]]


@pytest.mark.parametrize(("text", "message"), [
    ("", "g.csv:1: is empty"),
    ("en,xx-bogus\nSCO,ШОС\n", "g.csv:1: field 'xx-bogus': 'xx-bogus' is not a known language"),
    ("en,ru,note\nSCO,ШОС,\nJogorku Kenesh,  ,\n,,only a note\n",
     "g.csv:4: a term needs at least one rendering"),
    ("en,ru\nSCO,ШОС|\n", "g.csv:2: field 'ru': the ru rendering is empty"),
    ("en,ru\nSCO,ШОС,extra\n", "g.csv:2: has 3 cells for 2 columns"),
    ("en,,note\n", "g.csv:1: a column has no name"),
])
def test_bad_csv(text: str, message: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        parse_csv(text, "g.csv")
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize(("text", "message"), [
    ("<html/>", ":1: is not a TBX file"),
    ('<martif><text><body>\n<termEntry>\n<langSet xml:lang="en"><tig><term>  </term></tig>'
     "</langSet></termEntry></body></text></martif>", ":2: field 'en': the en rendering is empty"),
    ('<martif><text><body>\n<termEntry><langSet xml:lang="en"><tig><term>SCO</term></tig>',
     ":2: is not well-formed XML"),
    ('<!DOCTYPE martif [<!ENTITY a "aaaa">]><martif>&a;</martif>', ":1: declares the entity"),
])
def test_bad_tbx(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "g.tbx"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInputError) as caught:
        read_tbx(path)
    assert str(caught.value).startswith(f"{path}{message}")
