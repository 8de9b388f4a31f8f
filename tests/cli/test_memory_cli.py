"""``newsdesk memory`` and ``newsdesk glossary`` as a user runs them, on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.__main__ import main
from newsdesk.domain.memory import SegmentPair, StoryRef
from tests.helpers.newsroom import opened

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="en-US" segtype="sentence" creationtool="OmegaT" creationtoolversion="6"
    o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"/>
  <body>
    <tu creationid="anna" creationdate="20250424T101500Z">
      <tuv xml:lang="en-US"><seg>The talks ended on April 24.</seg></tuv>
      <tuv xml:lang="ru-RU"><seg>Переговоры завершились 24 апреля.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="en-US"><seg>Exports reached 1.3 billion dollars.</seg></tuv>
      <tuv xml:lang="ru-RU"><seg>Экспорт достиг 1,3 млрд долларов.</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def run(capsys: pytest.CaptureFixture[str], database_url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--database", database_url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_memory_import_search_concordance_export(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "omegat.tmx"
    path.write_text(TMX, encoding="utf-8")
    code, out, _ = run(capsys, database_url, "memory", "import", str(path))
    assert code == 0 and out == f"imported 2 pairs from 2 units of {path}\n"
    code, out, _ = run(capsys, database_url, "memory", "search", "The talks ended on April",
                       "25.", "--from", "en", "--to", "ru")
    assert code == 0
    score, _source, target, origin = out.splitlines()[0].split("\t")
    assert int(score.rstrip("%")) >= 90 and target == "Переговоры завершились 24 апреля."
    assert origin == "import 2025-04-24 anna"
    code, out, err = run(capsys, database_url, "memory", "search", "Football", "--from", "en",
                         "--to", "ru")
    assert code == 1 and out == "" and "no en→ru pair in the memory is 70% like" in err
    code, out, _ = run(capsys, database_url, "memory", "concordance", "млрд", "--lang", "ru",
                       "--side", "target")
    assert code == 0 and out.startswith("Exports reached 1.3 billion dollars.\t")
    out_file = tmp_path / "export.tmx"
    code, out, _ = run(capsys, database_url, "memory", "export", str(out_file), "--from", "en",
                       "--to", "ru")
    assert code == 0 and out == f"wrote 2 units to {out_file}\n"
    assert out_file.read_text(encoding="utf-8").count("<tu ") == 2


def test_memory_bad_input_exit_codes(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.tmx"
    broken.write_text(TMX[: TMX.index("<tu>") + 40], encoding="utf-8")
    code, out, err = run(capsys, database_url, "memory", "import", str(broken))
    assert code == 1 and out == ""
    assert err.startswith(f"error: {broken}:11: is not well-formed XML")
    assert len(err.splitlines()) == 1
    with opened(database_url) as room:
        assert room.memory.count() == 0
    with pytest.raises(SystemExit) as usage:
        main(["--database", database_url, "memory", "search", "text"])
    assert usage.value.code == 2
    code, _, err = run(capsys, database_url, "memory", "export", str(tmp_path / "x.tmx"),
                       "--from", "klingon")
    assert code == 1 and "'klingon' is not a known language code" in err


def test_glossary_add_list_remove_import_export(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, database_url, "glossary", "add", "--lang", "en", "SCO",
                       "--lang", "ru", "ШОС", "--forbidden", "ru", "Шанхайская пятёрка",
                       "--note", "alliance")
    assert code == 0 and out.startswith("added 1\ten: SCO; ru: ШОС\tforbidden ru: Шанхайская")
    code, _, err = run(capsys, database_url, "glossary", "add", "--lang", "en", "Shoigu",
                       "--lang", "ru", " ")
    assert code == 1 and err == ("error: field 'ru': the ru rendering is empty; type the "
                                 "term or leave that language out\n")
    csv_file = tmp_path / "terms.csv"
    csv_file.write_text("en,ru,note\nSergei Shoigu,Сергей Шойгу,defence minister\n",
                        encoding="utf-8")
    code, out, _ = run(capsys, database_url, "glossary", "import", str(csv_file))
    assert code == 0 and out == f"{csv_file}: 1 terms added, 0 updated\n"
    code, out, _ = run(capsys, database_url, "glossary", "list", "--lang", "ru")
    assert [line.split("\t")[1] for line in out.splitlines()] == [
        "en: SCO; ru: ШОС", "en: Sergei Shoigu; ru: Сергей Шойгу"]
    tbx = tmp_path / "terms.tbx"
    code, out, _ = run(capsys, database_url, "glossary", "export", str(tbx))
    assert code == 0 and out == f"wrote 2 terms to {tbx}\n" and "<termEntry" in tbx.read_text()
    code, out, _ = run(capsys, database_url, "glossary", "remove", "шос")
    assert code == 0 and out.startswith("removed 1\t")
    code, _, err = run(capsys, database_url, "glossary", "remove", "ШОС", "999")
    assert code == 1 and "no glossary term is spelled 'ШОС'" in err
    bad = tmp_path / "bad.csv"
    bad.write_text("en,ru\nUN,ООН\nEU,ЕС,extra\n", encoding="utf-8")
    code, _, err = run(capsys, database_url, "glossary", "import", str(bad))
    assert code == 1 and err == f"error: {bad}:3: has 3 cells for 2 columns\n"
    code, out, _ = run(capsys, database_url, "glossary", "list")
    assert len(out.splitlines()) == 1  # nothing of bad.csv


def test_help_documents_the_glossary_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["glossary", "add", "--help"])
    out = capsys.readouterr().out
    assert "--lang LANG TERM" in out and "forbidden_<code>" in out


def test_search_shows_where_a_pair_comes_from(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    with opened(database_url) as room:
        room.memory.add_pairs([SegmentPair("Prices rise by 15 percent from May.",
                                           "Цены вырастут на 15 процентов с мая.")],
                              source_language="en", target_language="ru",
                              story=StoryRef(None, "bishkek-tariffs", "Tariffs"),
                              translator="Anna")
    code, out, _ = run(capsys, database_url, "memory", "search",
                       "Prices rise by 15 percent from May.", "--from", "en", "--to", "ru")
    assert code == 0 and out.startswith("100%\t") and "\tbishkek-tariffs " in out
    assert out.rstrip().endswith("Anna")
