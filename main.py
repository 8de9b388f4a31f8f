"""Thin launcher: ``python main.py`` is the same as running ``newsdesk``."""

from newsdesk.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
