"""The desk session holds no widget: importing it loads no QtWidgets, so it runs (and is
tested) without a window, and a widget can never creep into the story's life cycle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SESSION_MODULES = ("newsdesk.ui.desk_session", "newsdesk.ui.autosave")


def test_the_desk_session_imports_no_widgets() -> None:
    probe = (
        "import sys\n"
        f"for name in {SESSION_MODULES!r}:\n"
        "    __import__(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6.QtWidgets'))\n"
        "print(','.join(loaded))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"QtWidgets loaded by the session: {done.stdout}"
