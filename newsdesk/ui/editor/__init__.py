"""The article editor: fields, dateline, byline, Markdown body, preview and readiness."""
