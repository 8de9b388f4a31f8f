"""Dialogs the main window opens."""
