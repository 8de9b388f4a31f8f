"""Export files on disk: safe unique names, atomic writes; cancel and crash leave whole files."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.errors import InvalidInputError
from newsdesk.domain.house import DatelineStyle, HouseSettings
from newsdesk.services.export.batch import ExportFormat, export_stories
from newsdesk.services.export.files import FileNamer, safe_stem, write_atomically
from newsdesk.services.export.parallel import RenderJob, render_stream
from tests.helpers.stories import make_bundle, make_demo_sized_bundles

HOUSE = HouseSettings()


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("Водная сделка в Ташкенте", "vodnaia-sdelka-v-tashkente"),
        ("../../etc/passwd", "etc-passwd"),
        ("..\\..\\Windows\\System32", "windows-system32"),
        ("CON", "con-story"),
        ("nul", "nul-story"),
        ("COM1", "com1-story"),
        ("lpt9", "lpt9-story"),
        ("report. ", "report"),
        ("  ...  ", "story"),
        ("Oʻzbekiston", "ozbekiston"),
        ("a/b:c*d?e\"f<g>h|i", "a-b-c-d-e-f-g-h-i"),
    ],
)
def test_safe_stem(text: str, stem: str) -> None:
    assert safe_stem(text) == stem


def test_long_names_are_capped_and_names_unique_case_insensitively() -> None:
    assert len(safe_stem("word " * 100)) <= 80
    namer = FileNamer(".html", reserved=("index",))
    names = [namer.name_for(text) for text in ("Index", "Water", "water", "WATER", "Вода")]
    assert names == ["index-2.html", "water.html", "water-2.html", "water-3.html", "voda.html"]


def test_batch_with_clashing_and_hostile_slugs_stays_inside_the_folder(tmp_path: Path) -> None:
    slugs = ("../escape", "CON", "same", "same", "", "index")
    bundles = [make_bundle(slug=slug) for slug in slugs]
    out = tmp_path / "out"
    report = export_stories(bundles, out, ExportFormat.HTML, HOUSE)
    names = sorted(p.name for p in report.written)
    # The story without a slug is named after its headline; "index" is the batch's own page.
    assert names == ["central-asian-states-agree-on-summer-water-quotas.html", "con-story.html",
                     "escape.html", "index-2.html", "index.html", "same-2.html", "same.html"]
    assert sorted(p.name for p in out.iterdir()) == names
    assert not list(tmp_path.glob("*.html"))


def test_write_atomically_replaces_whole_content(tmp_path: Path) -> None:
    target = tmp_path / "story.html"
    write_atomically(target, "old")
    write_atomically(target, "new ✓")
    assert target.read_text("utf-8") == "new ✓"
    assert [p.name for p in tmp_path.iterdir()] == ["story.html"]


def test_failed_write_leaves_the_old_file_and_no_partial_file(tmp_path: Path) -> None:
    """A real short write: the file-size limit stops the write half-way, like a full disk."""
    target = tmp_path / "story.html"
    target.write_text("previous version", "utf-8")
    script = textwrap.dedent(f"""
        import resource, signal, sys
        from pathlib import Path
        from newsdesk.services.export.files import write_atomically
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, resource.RLIM_INFINITY))
        try:
            write_atomically(Path({str(target)!r}), "x" * 1_000_000)
        except OSError as exc:
            print("failed:", exc.errno)
            sys.exit(0)
        sys.exit("the write should have failed")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("failed:")
    assert target.read_text("utf-8") == "previous version"
    assert [p.name for p in tmp_path.iterdir()] == ["story.html"]


def test_out_dir_that_is_a_file_is_refused_by_name(tmp_path: Path) -> None:
    blocker = tmp_path / "export"
    blocker.write_text("not a folder")
    with pytest.raises(InvalidInputError, match="export: exists and is not a folder"):
        export_stories([make_bundle()], blocker, ExportFormat.HTML, HOUSE)


def _whole(path: Path) -> bool:
    text = path.read_text("utf-8")
    if path.suffix == ".json":
        json.loads(text)
        return True
    return text.rstrip().endswith("</html>")


def test_cancel_stops_between_files_and_leaves_only_whole_files(tmp_path: Path) -> None:
    bundles = make_demo_sized_bundles(10, seed=1)
    seen: list[tuple[int, int]] = []
    report = export_stories(iter(bundles), tmp_path, ExportFormat.HTML, HOUSE, total=10,
                            progress=lambda done, total: seen.append((done, total)),
                            cancelled=lambda: len(seen) >= 4)
    assert report.cancelled
    assert seen == [(1, 10), (2, 10), (3, 10), (4, 10)]
    files = sorted(tmp_path.iterdir())
    assert len(files) == 4 == report.stories_written
    assert all(_whole(path) for path in files)
    assert not (tmp_path / "index.html").exists()


def test_crash_mid_batch_leaves_the_finished_files_whole(tmp_path: Path) -> None:
    def stories() -> Iterator[StoryBundle]:
        yield from make_demo_sized_bundles(3, seed=2)
        raise RuntimeError("database connection lost")

    with pytest.raises(RuntimeError, match="connection lost"):
        export_stories(stories(), tmp_path, ExportFormat.NINJS, HOUSE)
    files = sorted(tmp_path.iterdir())
    assert [p.suffix for p in files] == [".json"] * 3
    assert all(_whole(path) for path in files)


def test_story_with_a_broken_dateline_template_is_skipped_with_reason(tmp_path: Path) -> None:
    house = replace(HOUSE, dateline_style=DatelineStyle.CUSTOM,
                    custom_dateline_template="{CITY} {nonsense} —")
    report = export_stories([make_bundle()], tmp_path, ExportFormat.HTML, house)
    assert report.stories_written == 0
    assert len(report.skipped) == 1
    assert "nonsense" in report.skipped[0].reason
    assert report.skipped[0].headline == make_bundle().article.headline
    said = report.skipped[0].wording  # the same reason, for the window to translate
    assert said is not None and str(said) == report.skipped[0].reason


def test_a_skipped_story_s_reason_comes_back_from_a_worker_process_with_its_wording() -> None:
    """Large batches render in spawned processes: the reason's wording must survive pickling."""
    house = replace(HOUSE, dateline_style=DatelineStyle.CUSTOM,
                    custom_dateline_template="{CITY} {nonsense} —")
    [rendered] = render_stream([RenderJob(make_bundle())], ExportFormat.HTML, house, False,
                               workers=1)
    assert rendered.text is None and rendered.error is not None
    assert rendered.error.startswith("Unknown field {nonsense} in the dateline template")
    said = rendered.error_wording
    assert said is not None and str(said) == rendered.error
    assert said.template == ("Unknown field {field} in the dateline template; known fields: "
                             "{known}.")


def test_exported_files_get_the_users_umask_not_0600(tmp_path: Path) -> None:
    """A web server must be able to read exported pages (mkstemp's 0600 would hide them)."""
    old = os.umask(0o022)
    try:
        target = tmp_path / "story.html"
        write_atomically(target, "<p>x</p>")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["story.html"]  # no temporary file left
