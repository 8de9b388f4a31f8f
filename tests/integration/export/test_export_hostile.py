"""Exports meeting hostile folders and hostile stories: never outside the folder, always bounded."""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsdesk.domain.article import Article, Status
from newsdesk.domain.errors import InvalidInputError
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.markdown_nesting import MAX_NESTING
from newsdesk.services.export.batch import ExportFormat, export_stories
from newsdesk.services.render import render_body_html
from tests.helpers.newsroom import opened
from tests.helpers.stories import make_bundle

HOUSE = HouseSettings()
CLI = [sys.executable, "-m", "newsdesk"]


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


# -- the output folder ---------------------------------------------------------------------------


def test_an_authors_link_in_the_folder_is_refused_before_anything_is_written(
    tmp_path: Path,
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "authors").symlink_to(outside)
    bundles = [make_bundle(slug="water"), make_bundle(slug="grain")]
    with pytest.raises(InvalidInputError) as caught:
        export_stories(bundles, out, ExportFormat.HTML, HOUSE, with_authors=True)
    assert str(caught.value).startswith(f"{out / 'authors'}: is a symbolic link")
    assert list(outside.iterdir()) == []
    assert _tree(out) == ["authors"]  # not a single story was written first


@pytest.mark.parametrize("name", ["index.html", "water.html"])
def test_a_file_link_in_the_folder_is_refused_and_its_target_untouched(
    tmp_path: Path, name: str
) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / name).symlink_to(target)
    bundles = [make_bundle(slug="grain"), make_bundle(slug="water")]
    with pytest.raises(InvalidInputError, match=rf"{name}: is a symbolic link"):
        export_stories(bundles, out, ExportFormat.HTML, HOUSE)
    assert target.read_text(encoding="utf-8") == "keep me"
    assert (out / name).is_symlink()
    # Stopped mid-batch at the link: what was written before it is whole, nothing half-done.
    written = sorted(p.name for p in out.iterdir() if not p.is_symlink())
    assert written == ([] if name == "index.html" else ["grain.html"])
    assert all((out / w).read_text(encoding="utf-8").rstrip().endswith("</html>")
               for w in written)


def test_an_authors_file_is_refused_with_what_to_do(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "authors").write_text("notes", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="authors: exists and is not a folder"):
        export_stories([make_bundle(slug="water")], out, ExportFormat.HTML, HOUSE,
                       with_authors=True)


def _cli(database_url: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, "--database", database_url, *args], capture_output=True,
                          text=True, check=False, timeout=120, cwd=cwd)


def test_cli_refuses_an_empty_out_and_a_planted_link(database_url: str, tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text("---\nheadline: Osh market reopens\nauthors: [Dana Ermekova]\n---\nBody.\n",
                     encoding="utf-8")
    assert _cli(database_url, "import", str(story), cwd=tmp_path).returncode == 0
    work = tmp_path / "work"
    work.mkdir()
    empty = _cli(database_url, "export", "--all", "--format", "html", "--out", "", cwd=work)
    assert (empty.returncode, empty.stderr) == (
        1, "error: --out is empty; name the folder to export to\n")
    assert list(work.iterdir()) == []  # nothing landed in the current folder

    (work / "authors").symlink_to(tmp_path)
    linked = _cli(database_url, "export", "--all", "--format", "html", "--authors",
                  "--out", ".", cwd=work)
    assert linked.returncode == 1 and "Traceback" not in linked.stderr
    assert linked.stderr.strip().splitlines()[-1].startswith(
        "error: authors: is a symbolic link, and an export never writes through one")
    assert not list(tmp_path.glob("*.html"))


# -- absurd nesting in a stored story --------------------------------------------------------------


class _Depth(HTMLParser):
    """The deepest nesting of lists and quotes in a page."""

    NESTING = frozenset({"ul", "ol", "blockquote"})

    def __init__(self) -> None:
        super().__init__()
        self.depth = self.deepest = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.NESTING:
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.NESTING:
            self.depth -= 1


def _deepest(html: str) -> int:
    parser = _Depth()
    parser.feed(html)
    return parser.deepest


def test_a_list_nested_3000_deep_renders_capped_with_every_word() -> None:
    """Indented 3,000 levels (tabs: 4.5 million characters), the body the issue froze on."""
    body = "\n".join("\t" * level + f"- level{level}" for level in range(3000))
    html = render_body_html(body, {})
    assert _deepest(html) == MAX_NESTING
    assert html.count("<li>") == 3000 and "level2999" in html
    assert len(html) < 200_000


def test_brackets_nested_or_left_open_by_the_thousand_render_as_text() -> None:
    """Python-Markdown looks for the end of a link from every "[": 15,000 characters of
    "[x " took 11 s; now the brackets are text, and a real link after them still works."""
    html = render_body_html("[x " * 5000 + "[a link](https://example.org)", {})
    assert html.count("[x") == 5000 and '<a href="https://example.org' in html
    nested = render_body_html("[" * 5000 + "x" + "]" * 5000, {})
    assert nested.count("[") == nested.count("]") == 5000


@pytest.mark.parametrize(
    "body",
    ["- " * 3000 + "deep", "> " * 3000 + "deep", "1. " * 3000 + "deep",
     "> - " * 1500 + "deep"],
    ids=["bullets", "quotes", "numbers", "quoted-bullets"],
)
def test_stored_story_nested_3000_deep_exports_bounded(
    database_url: str, tmp_path: Path, body: str
) -> None:
    """Already in the database (the editor does not refuse it): the export caps the nesting."""
    with opened(database_url) as room:
        room.articles.create(Article(headline="Deep", slug="deep", body=body,
                                     status=Status.EDITING))
        before = room.articles.get_by_slug("deep").body
        report = export_stories(room.articles.iter_bundles(), tmp_path / "out",
                                ExportFormat.HTML, room.house.settings())
        assert room.articles.get_by_slug("deep").body == before == body  # stored text kept
    assert report.skipped == ()
    page = (tmp_path / "out" / "deep.html").read_text(encoding="utf-8")
    assert _deepest(page) <= MAX_NESTING
    assert "deep</" in page and len(page) < 100_000
