"""``newsdesk`` without a command opens the window; its fast path must read argv as argparse does."""

from __future__ import annotations

import pytest

from newsdesk.__main__ import window_start
from newsdesk.cli.parser import build_parser


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--database", "sqlite:////srv/room.db"],
        ["--database=sqlite:////srv/room.db"],
        ["--database", "/home/aigerim/room.sqlite3"],
        ["list"],
        ["--database", "x.db", "list"],
        ["list", "--database", "x.db"],
        ["--version"],
        ["--help"],
        ["--database"],
        ["--database="],
        ["--database", "--version"],
        ["demo", "--articles", "5"],
    ],
)
def test_the_window_start_agrees_with_the_full_parser(argv: list[str]) -> None:
    """The fast path may pass anything on to the full parser, but what it takes it must read
    exactly as the parser would."""
    is_window, database = window_start(argv)
    try:
        parsed = build_parser().parse_args(argv)
    except SystemExit:
        assert not is_window  # --help, --version and mistakes go to the full parser
        return
    if is_window:
        assert parsed.command is None
        assert database == parsed.database


@pytest.mark.parametrize(
    ("argv", "database"),
    [([], None), (["--database", "room.db"], "room.db"), (["--database=room.db"], "room.db")],
)
def test_the_usual_window_starts_take_the_fast_path(
    argv: list[str], database: str | None
) -> None:
    assert window_start(argv) == (True, database)
