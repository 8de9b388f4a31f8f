"""Entry point: ``newsdesk`` opens the window; ``newsdesk COMMAND`` runs the command line."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def window_start(argv: Sequence[str]) -> tuple[bool, str | None]:
    """``(True, database)`` when ``argv`` just opens the window (nothing, or ``--database``).

    The window's start then skips building the command line's parser (every sub-command,
    ~8 ms); anything else, ``--help`` included, goes to the full parser.
    """
    args = list(argv)
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--database" and not args[1].startswith("-"):
        return True, args[1]
    if len(args) == 1 and args[0].startswith("--database=") and len(args[0]) > len("--database="):
        return True, args[0].removeprefix("--database=")
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    is_window, database = window_start(arguments)
    if is_window:
        # Start-up builds thousands of long-lived objects (Qt bindings, classes, enums) and
        # almost no garbage, so the cyclic collector only costs time here (~12 ms). It resumes,
        # with what start-up built frozen out of its way, once the window is complete.
        gc.disable()
        from newsdesk.app import run_gui

        return run_gui(database, sys.argv[:1])
    from newsdesk.cli.parser import build_parser

    args = build_parser().parse_args(arguments)
    if args.command is None:
        from newsdesk.app import run_gui

        return run_gui(args.database, sys.argv[:1])
    from newsdesk.cli.main import run_command

    return run_command(args)


if __name__ == "__main__":
    raise SystemExit(main())
