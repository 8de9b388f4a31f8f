"""Entry point: ``newsdesk`` opens the window; ``newsdesk COMMAND`` runs the command line."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def window_start(argv: Sequence[str]) -> tuple[bool, str | None]:
    """``(True, database)`` when ``argv`` just opens the window (nothing, or ``--database``).

    The window's start then skips building the command line's parser (every sub-command,
    ~8 ms); anything else, ``--help`` included, goes to the full parser. A valid
    ``--ui-language`` is not counted here: see ``split_ui_language``.
    """
    args = list(argv)
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--database" and not args[1].startswith("-"):
        return True, args[1]
    if len(args) == 1 and args[0].startswith("--database=") and len(args[0]) > len("--database="):
        return True, args[0].removeprefix("--database=")
    return False, None


def split_ui_language(argv: Sequence[str]) -> tuple[list[str], str | None]:
    """``argv`` without a valid leading ``--ui-language en|ru``, and that language.

    Only a value the window can show is taken off here; anything else (a missing or unknown
    value) stays for the full parser, which refuses it with exit status 2.
    """
    from newsdesk.ui_language import is_ui_language

    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--ui-language" and i + 1 < len(args) and is_ui_language(args[i + 1]):
            return args[:i] + args[i + 2:], args[i + 1]
        if arg.startswith("--ui-language=") and is_ui_language(arg.partition("=")[2]):
            return args[:i] + args[i + 1:], arg.partition("=")[2]
        if not arg.startswith("-"):
            break  # a command: the option belongs to the window's front only
        i += 2 if arg == "--database" else 1
    return args, None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    window_args, ui_language = split_ui_language(arguments)
    is_window, database = window_start(window_args)
    if is_window:
        # Start-up builds thousands of long-lived objects (Qt bindings, classes, enums) and
        # almost no garbage, so the cyclic collector only costs time here (~12 ms). It resumes,
        # with what start-up built frozen out of its way, once the window is complete.
        gc.disable()
        from newsdesk.app import run_gui

        return run_gui(database, sys.argv[:1], ui_language)
    from newsdesk.cli.parser import build_parser

    args = build_parser().parse_args(arguments)
    if args.command is None:
        from newsdesk.app import run_gui

        return run_gui(args.database, sys.argv[:1], args.ui_language)
    from newsdesk.cli.main import run_command

    return run_command(args)


if __name__ == "__main__":
    raise SystemExit(main())
