"""The one byline formatter: the preview, the exporters and the CLI all call it.

English follows AP (no serial comma): ``By X``, ``By X, Y and Z``; when people played different
roles each role is a group in byline order: ``Reported by X and Y, edited by Z and translated
by W``; photographers read ``photos by``.

Russian (any language code starting with ``ru``) uses the labels Russian newsrooms print
under a story: reporters only — ``Автор: X`` or ``Авторы: X и Y``; mixed roles — one
``label: names`` group per role, joined by commas: ``Текст: X, перевод: Y``, with
``редактор``/``редакторы`` for editors and ``фото`` for photographers.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.domain.article import BylineEntry, Role

_EN_VERBS = {
    Role.REPORTER: "reported by",
    Role.EDITOR: "edited by",
    Role.TRANSLATOR: "translated by",
    Role.PHOTOGRAPHER: "photos by",
}
# Russian labels as (one person, several people).
_RU_LABELS = {
    Role.REPORTER: ("текст", "текст"),
    Role.EDITOR: ("редактор", "редакторы"),
    Role.TRANSLATOR: ("перевод", "перевод"),
    Role.PHOTOGRAPHER: ("фото", "фото"),
}


def join_names(names: Sequence[str], conjunction: str = "and") -> str:
    """``X``, ``X and Y``, ``X, Y and Z``: a list the way a byline reads it."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def _groups(entries: Sequence[BylineEntry]) -> list[tuple[Role, list[str]]]:
    """Names grouped by role, roles in the order they first appear, duplicates dropped."""
    groups: dict[Role, list[str]] = {}
    for entry in entries:
        name = " ".join(entry.name.split())
        if not name:
            continue
        names = groups.setdefault(Role(entry.role), [])
        if name not in names:
            names.append(name)
    return list(groups.items())


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def format_byline(entries: Sequence[BylineEntry], language: str = "en") -> str:
    """The byline line for a story in ``language``; ``""`` when nobody is named."""
    groups = _groups(entries)
    if not groups:
        return ""
    russian = language.strip().lower().startswith("ru")
    only_reporters = len(groups) == 1 and groups[0][0] is Role.REPORTER
    if russian:
        if only_reporters:
            names = groups[0][1]
            label = "Автор" if len(names) == 1 else "Авторы"
            return f"{label}: {join_names(names, 'и')}"
        parts = [
            f"{_RU_LABELS[role][len(names) > 1]}: {join_names(names, 'и')}"
            for role, names in groups
        ]
        return _capitalise(", ".join(parts))
    if only_reporters:
        return f"By {join_names(groups[0][1])}"
    parts = [f"{_EN_VERBS[role]} {join_names(names)}" for role, names in groups]
    return _capitalise(join_names(parts))
