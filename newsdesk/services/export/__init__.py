"""Publishing a story outside the app: HTML pages, Markdown, IPTC ninjs and batches of files."""
