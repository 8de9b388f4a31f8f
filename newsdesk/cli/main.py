"""Run one CLI command against the chosen database, turning failures into one-line messages."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from newsdesk.cli.commands import COMMANDS, USER_ERROR
from newsdesk.cli.terminal import printable
from newsdesk.db.engine import normalise_url
from newsdesk.db.errors import DatabaseUnavailableError
from newsdesk.db.failures import database_label, translating
from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.wording import describe_os_error
from newsdesk.services.newsroom import open_newsroom
from newsdesk.settings import Settings

log = logging.getLogger("newsdesk")

CREATING_COMMANDS = frozenset({"import", "demo"})


def run_command(args: argparse.Namespace) -> int:
    settings = Settings.resolve(args.database)
    try:
        where = database_label(normalise_url(settings.database_url))
        # Opening reads (and may migrate) the database: a locked, read-only, damaged or
        # unreachable one says so in one line here too, not with SQLAlchemy's traceback.
        with translating(where):
            # Only commands that add stories may start a new newsroom file.
            # check: a damaged file is refused before any command reads or writes it.
            newsroom = open_newsroom(settings.database_url, check=True,
                                     must_exist=args.command not in CREATING_COMMANDS)
    except (DatabaseUnavailableError, NewsdeskError) as exc:
        log.debug("cannot open the newsroom", exc_info=True)  # the URL may hold a password
        print(f"error: {printable(str(exc))}", file=sys.stderr)
        return USER_ERROR
    try:
        if newsroom.upgrade is not None:
            print(f"note: {newsroom.upgrade.message()}", file=sys.stderr)
        # Services translate database failures themselves (the unit of work); this catches
        # any work done beside one.
        with translating(where):
            return COMMANDS[args.command](newsroom, args)
    except NewsdeskError as exc:
        log.debug("%s failed", args.command, exc_info=True)
        print(f"error: {printable(str(exc))}", file=sys.stderr)
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
        print(f"error: {printable(describe_os_error(exc))}", file=sys.stderr)
        return USER_ERROR
    finally:
        newsroom.close()
