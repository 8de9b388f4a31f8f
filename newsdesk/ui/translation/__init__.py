"""The translators' desk: original and translation side by side, with the original's changes."""
