"""``newsdesk house show|set|reset``: the newsroom's house settings from a terminal."""

from __future__ import annotations

import argparse
import sys

from newsdesk.cli.terminal import printable
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.house_keys import KEYS, value_of, value_text
from newsdesk.services.newsroom import Newsroom

OK = 0


def _show_line(key: str, value: object, where: str) -> str:
    # Stored rows may come from another program: every part is escaped, the reason too.
    return "\t".join(printable(part) for part in (key, value_text(value), where))


def cmd_house(newsroom: Newsroom, args: argparse.Namespace) -> int:
    """Show every key (value, and whether it is set or the default), or set/reset one.

    ``set`` and ``reset`` write one key in one transaction; a bad key or value is refused
    by the service with a message naming the key (exit 1 through the CLI's error path).
    """
    house = newsroom.house
    if args.house_command == "set":
        settings = house.set_text(args.key, args.value)
        print(_show_line(args.key, value_of(settings, args.key), "set"))
        return OK
    if args.house_command == "reset":
        settings = house.reset(args.key)
        print(_show_line(args.key, value_of(settings, args.key), "default"))
        return OK
    stored = house.stored()
    defaults = HouseSettings()
    for entry in KEYS:
        value = value_of(stored.settings, entry.key)
        if entry.key not in stored.stored:
            where = "default"
        elif value == value_of(defaults, entry.key):
            where = "set (same as the default)"
        else:
            where = "set"
        print(_show_line(entry.key, value, where))
    for row in stored.ignored:
        print(_show_line(row.key, row.value, f"ignored: {row.reason}"))
    if stored.ignored:
        print(f"note: {len(stored.ignored)} stored setting(s) not used by this release; "
              "'newsdesk house set KEY VALUE' replaces a known one", file=sys.stderr)
    return OK
