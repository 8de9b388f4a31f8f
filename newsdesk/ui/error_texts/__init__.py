"""The "Errors" context's tables, one module per area; error_text.py looks them up.

Each area's module lists the English templates its errors are raised with, marked with
QT_TRANSLATE_NOOP for the catalogue; ``newsdesk.ui.error_text`` translates an error's wording
when its template is listed in one of them. A new wording goes into its area's table.
"""
