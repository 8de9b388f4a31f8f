"""Spelling in the editor: underlines, the right-click menu and the whole-story check (F7)."""
