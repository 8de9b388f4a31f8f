"""The compiled Russian catalogue for the language tests, built here when the set-up has not.

The tests must not skip on a machine without the set-up's .qm: lrelease ships with PySide6.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.translator import catalogue_path, install_ui_language, remove_ui_language
from tests.ui.conftest import ui_newsroom

ROOT = Path(__file__).resolve().parents[3]
SOURCE = ROOT / "resources" / "translations" / "newsdesk_ru.ts"


@pytest.fixture(scope="session")
def russian_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A .qm compiled from the repository's .ts (the set-up's copy may be older)."""
    built = tmp_path_factory.mktemp("qm") / "newsdesk_ru.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(SOURCE), "-qm", str(built)],
                   check=True, capture_output=True, timeout=120)
    assert built.is_file(), f"lrelease wrote nothing for {SOURCE}"
    return built


@pytest.fixture
def russian_ui(qapp: object, russian_catalogue: Path) -> None:
    """The window in Russian for one test (``english_afterwards`` takes it out again); the
    application first, which the translator is installed into."""
    del qapp
    assert install_ui_language("ru", russian_catalogue) == "ru"


@pytest.fixture
def room(database_url: str) -> Iterator[Newsroom]:
    """An empty newsroom on each backend, closed after the test's background work."""
    with ui_newsroom(database_url) as newsroom:
        yield newsroom


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Every other test expects English: take the Russian catalogue out after each test."""
    yield
    remove_ui_language()


__all__ = ["catalogue_path", "russian_catalogue"]
