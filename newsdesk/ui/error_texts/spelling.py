"""Error templates about the house dictionary and spelling."""

from __future__ import annotations

from typing import Final

from newsdesk.ui.noop import QT_TRANSLATE_NOOP

TEMPLATES: Final = frozenset({
    # newsdesk.services.house and .spelling: the house dictionary and spelling
    QT_TRANSLATE_NOOP("Errors", "'{word}' is not a single word"),
    QT_TRANSLATE_NOOP("Errors", "Spelling: {tag} ({provider})"),
    QT_TRANSLATE_NOOP("Errors", "Spelling is off: the enchant library is not installed. Install "
                                "it with: sudo apt-get install {packages}"),
    QT_TRANSLATE_NOOP("Errors", "Spelling is off: no Hunspell dictionary for {tag} is installed."
                                " Install it with: sudo apt-get install {packages}"),
})  # fmt: skip
