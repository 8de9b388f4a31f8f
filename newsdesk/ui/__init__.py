"""The Qt desktop UI: the only package that imports PySide6; it talks to services only."""
