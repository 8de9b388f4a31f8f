"""The command-line front: import, export, list, search, authors, demo."""
