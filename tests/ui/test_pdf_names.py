"""A Russian story's PDF prints and is filed under the Russian names of its people."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, BylineEntry, Role
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.people import Author, AuthorName
from newsdesk.printing.batch import export_pdfs
from tests.helpers.pdf_text import pdf_text

KWAN = Author(name="Sergey Kwan", slug="sergey-kwan", id=1,
              names=(AuthorName("ru", "Сергей Кван"),))
AIDA = Author(name="Aida Bekova", slug="aida-bekova", id=2, roles=(Role.TRANSLATOR,),
              names=(AuthorName("ru", "Аида Бекова"),))


def test_the_russian_pdf_prints_and_files_the_russian_names(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    article = Article(headline="Шойгу посетил Бишкек", slug="shoigu-ru", language="ru",
                      body="Переговоры были полезными.", byline=(
                          BylineEntry("Sergey Kwan", Role.REPORTER, 1, "sergey-kwan"),
                          BylineEntry("Aida Bekova", Role.TRANSLATOR, 2, "aida-bekova")))
    report = export_pdfs([StoryBundle(article=article, authors=(KWAN, AIDA))], tmp_path,
                         HouseSettings(outlet_name="The Times of Central Asia"))
    assert report.stories_written == 1
    path = tmp_path / "shoigu-ru.pdf"
    text = " ".join(pdf_text(path).split())
    assert "Текст: Сергей Кван, перевод: Аида Бекова" in text
    assert "Sergey Kwan" not in text
    # The document's Author entry (UTF-16 in the PDF's info dictionary) names them too.
    assert "Сергей Кван, Аида Бекова".encode("utf-16-be") in path.read_bytes()
