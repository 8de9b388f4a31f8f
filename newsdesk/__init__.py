"""Newsdesk: a desktop newsroom editor for drafting, checking, translating and publishing news."""

__version__ = "0.1.0"
