"""The layer rules from the architecture, enforced: a crossed line fails the suite."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold() -> None:
    linter = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run(
        [str(linter), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Contracts: 5 kept, 0 broken." in done.stdout


def test_no_module_below_the_ui_imports_qt() -> None:
    """A second, dumber check that also covers imports hidden inside functions."""
    offenders = []
    for path in (ROOT / "newsdesk").rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        # newsdesk.printing is Qt's PDF printing without widgets, a layer of its own under
        # both fronts (its contracts in pyproject.toml keep it from the UI and the database).
        if relative.startswith(("newsdesk/ui/", "newsdesk/printing/")) \
                or relative == "newsdesk/app.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in names):
                offenders.append(relative)
    assert offenders == []


def test_every_module_opens_with_a_docstring() -> None:
    missing = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "newsdesk").rglob("*.py")
        if "migrations/versions" not in path.as_posix()
        and path.stat().st_size
        and ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) is None
    ]
    assert missing == []
