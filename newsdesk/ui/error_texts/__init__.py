"""The "Errors" context's tables, one module per area; error_text.py looks them up."""
