"""Printing stories with Qt (PDF) apart from any window: the GUI and the CLI both use it.

The one package besides ``newsdesk.ui`` allowed to import PySide6 (QtGui only, never widgets);
it sits between the fronts (``ui``, ``cli``) and ``services`` in the import-linter layers.
"""
