"""People and provenance in the editor: author profiles, the source registry and attribution."""
