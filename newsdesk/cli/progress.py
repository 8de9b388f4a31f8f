"""A progress bar on stderr, only when a person is watching a terminal."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable


def terminal_progress(label: str) -> Callable[[int, int], None] | None:
    """A callback drawing ``label [#####.....] 42/100``; None when stderr is not a TTY."""
    if not sys.stderr.isatty():
        return None
    last = [0.0]

    def report(done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - last[0] < 0.1:
            return
        last[0] = now
        width = 30
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return report
