"""Run one CLI command against the chosen database, turning failures into one-line messages."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from newsdesk.cli.commands import COMMANDS, USER_ERROR
from newsdesk.db.errors import DatabaseUnavailableError
from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.wording import describe_os_error
from newsdesk.services.newsroom import open_newsroom
from newsdesk.settings import Settings

log = logging.getLogger("newsdesk")

CREATING_COMMANDS = frozenset({"import", "demo"})


def run_command(args: argparse.Namespace) -> int:
    settings = Settings.resolve(args.database)
    try:
        # Only commands that add stories may start a new newsroom file.
        newsroom = open_newsroom(settings.database_url,
                                 must_exist=args.command not in CREATING_COMMANDS)
    except DatabaseUnavailableError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return USER_ERROR
    try:
        if newsroom.backup is not None:
            print(
                f"note: the database was upgraded; a backup is at {newsroom.backup}",
                file=sys.stderr,
            )
        return COMMANDS[args.command](newsroom, args)
    except NewsdeskError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return USER_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `newsdesk list | head`: the reader has what it wanted. Point stdout at /dev/null so
        # the interpreter's final flush does not raise again, and leave quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:  # a folder that is not there, a file we may not write: say which
        print(f"error: {describe_os_error(exc)}", file=sys.stderr)
        return USER_ERROR
    finally:
        newsroom.close()
