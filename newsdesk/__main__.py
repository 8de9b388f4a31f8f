"""Entry point: ``newsdesk`` opens the window; ``newsdesk COMMAND`` runs the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from newsdesk.cli.parser import build_parser

    args = build_parser().parse_args(argv)
    if args.command is None:
        from newsdesk.app import run_gui

        return run_gui(args.database, sys.argv[:1])
    from newsdesk.cli.main import run_command

    return run_command(args)


if __name__ == "__main__":
    raise SystemExit(main())
