"""The house settings as users name them: the keys, each key's rule, and reading stored rows.

One set of rules for every front: the dialog, ``newsdesk house set`` and the database reader
all call :func:`check_value`, so a value the CLI refuses is refused by the dialog in the same
words, and a row the database holds but this release cannot use (a newer release wrote it, or
an older rule let it through) is reported and ignored, never a crash.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final
from urllib.parse import urlsplit

from newsdesk.domain.dateline_template import DatelineTemplateError
from newsdesk.domain.errors import InvalidInputError, wording
from newsdesk.domain.house import DatelineStyle, HouseSettings
from newsdesk.domain.validation import LANGUAGE_TAG, MAX_HEADLINE

MIN_HEADLINE_LIMIT: Final = 10
MAX_WORD_TARGET: Final = 100_000
_TEXT_LIMITS: Final = {"outlet_name": 200, "agency_credit": 100, "dateline_template": 200,
                       "site_url": 500}
# Reserved for documentation (RFC 2606/6761): an export that links there links nowhere.
_PLACEHOLDER_HOSTS: Final = ("example.org", "example.com", "example.net")
_PLACEHOLDER_TLDS: Final = (".example", ".invalid", ".test")
_TRUE: Final = frozenset({"yes", "true", "on", "1"})
_FALSE: Final = frozenset({"no", "false", "off", "0"})


@dataclass(frozen=True)
class SettingKey:
    """One house setting as users see it: its key, the attribute it fills, what it means."""

    key: str
    attribute: str
    summary: str


KEYS: Final[tuple[SettingKey, ...]] = (
    SettingKey("outlet_name", "outlet_name", "the outlet's name on exported pages"),
    SettingKey("agency_credit", "agency_credit", "the credit a new story's dateline gets"),
    SettingKey("dateline_style", "dateline_style",
               "ap, reuters, afp, superdesk, tass, ria or custom"),
    SettingKey("dateline_template", "custom_dateline_template",
               "the template of the custom style, e.g. {CITY}, {date} ({agency}) —"),
    SettingKey("site_url", "site_url",
               "the outlet's web address (http or https); empty: exports link relatively"),
    SettingKey("default_language", "default_language", "a new story's language (en, ru, en-GB…)"),
    SettingKey("headline_limit", "headline_limit", "headline length flagged as too long"),
    SettingKey("word_target", "word_target", "a new story's planned length in words (0: none)"),
    SettingKey("show_sources", "show_sources_list",
               "exported pages end with the cited sources (yes or no)"),
)
KEY_NAMES: Final[tuple[str, ...]] = tuple(entry.key for entry in KEYS)
_BY_NAME: Final = {entry.key: entry for entry in KEYS}
LEGACY_KEYS: Final = {"custom_dateline_template": "dateline_template",
                      "show_sources_list": "show_sources"}
"""Rows earlier releases stored under the attribute's name; read, and replaced when set."""


def is_internal(key: str) -> bool:
    """Keys the application keeps beside the settings (``_newsroom_id``): never shown or set."""
    return key.startswith("_")


def setting_key(name: str) -> SettingKey:
    """The key called ``name``, or an error listing the keys there are."""
    entry = _BY_NAME.get(name)
    if entry is None:
        raise InvalidInputError(
            wording("'{name}' is not a house setting; the keys are: {keys}", name=name,
                    keys=", ".join(KEY_NAMES)),
            field=name,
        )
    return entry


def value_of(settings: HouseSettings, key: str) -> object:
    return getattr(settings, setting_key(key).attribute)


def with_value(settings: HouseSettings, key: str, value: object) -> HouseSettings:
    """``settings`` with ``key`` set to ``value`` (checked and normalised)."""
    checked = check_value(key, value)
    return dataclasses.replace(settings, **{setting_key(key).attribute: checked})  # type: ignore[arg-type]


def value_text(value: object) -> str:
    """A value as the CLI prints it and parses it back: ``yes``/``no``, ``ap``, ``90``."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False, default=repr)


def stored_value(value: object) -> object:
    """A checked value as the database row keeps it (JSON)."""
    return str(value) if isinstance(value, DatelineStyle) else value


# -- checking ------------------------------------------------------------------------------
def parse_text(key: str, text: str) -> object:
    """The value typed for ``key`` on the command line, checked: ``"90"`` -> ``90``."""
    setting_key(key)
    default = value_of(HouseSettings(), key)
    raw = text.strip()
    if isinstance(default, bool):
        folded = raw.casefold()
        if folded not in _TRUE | _FALSE:
            raise InvalidInputError(wording("'{text}' is not yes or no", text=text), field=key)
        return folded in _TRUE
    if isinstance(default, int):
        try:
            number = int(raw)
        except ValueError:
            raise InvalidInputError(wording("'{text}' is not a whole number", text=text),
                                    field=key) from None
        return check_value(key, number)
    return check_value(key, text)


def check_value(key: str, value: object) -> object:
    """``value`` normalised for ``key``, or :class:`InvalidInputError` naming the key and why.

    Typed: a number must be an ``int``, a flag a ``bool``, the rest text. Text is trimmed, a
    site address loses its trailing slash, a language tag its underscores.
    """
    setting_key(key)
    default = value_of(HouseSettings(), key)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise InvalidInputError(wording("must be yes or no, not {value}", value=_shown(value)),
                                    field=key)
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInputError(
                wording("must be a whole number, not {value}", value=_shown(value)), field=key)
        return _CHECK_NUMBER[key](value)
    if not isinstance(value, str):
        raise InvalidInputError(wording("must be text, not {value}", value=_shown(value)),
                                field=key)
    text = value.strip()
    if not text.isprintable():  # a line break, tab or control character
        raise InvalidInputError(wording("must be one line without control characters"),
                                field=key)
    limit = _TEXT_LIMITS.get(key)
    if limit is not None and len(text) > limit:
        raise InvalidInputError(
            wording("is {length} characters long; the limit is {limit}",
                    length=f"{len(text):,}", limit=f"{limit:,}"), field=key)
    check = _CHECK_TEXT.get(key)
    return check(text) if check is not None else text


def _shown(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=repr)[:60]


def _headline_limit(value: int) -> int:
    if not MIN_HEADLINE_LIMIT <= value <= MAX_HEADLINE:
        raise InvalidInputError(
            wording("must be between {low} and {high} characters, not {value}",
                    low=MIN_HEADLINE_LIMIT, high=MAX_HEADLINE, value=value),
            field="headline_limit",
        )
    return value


def _word_target(value: int) -> int:
    if not 0 <= value <= MAX_WORD_TARGET:
        raise InvalidInputError(
            wording("must be between 0 (no target) and {high} words, not {value}",
                    high=f"{MAX_WORD_TARGET:,}", value=value),
            field="word_target",
        )
    return value


def _style(text: str) -> DatelineStyle:
    try:
        return DatelineStyle(text.lower())
    except ValueError:
        raise InvalidInputError(
            wording("'{text}' is not a dateline style; choose one of: {styles}", text=text,
                    styles=", ".join(style.value for style in DatelineStyle)),
            field="dateline_style",
        ) from None


def _template(text: str) -> str:
    # The formatter and babel load on demand: the CLI's parser lists these keys at start-up.
    from newsdesk.domain.dateline_template_check import check_custom_template

    try:
        check_custom_template(text)
    except DatelineTemplateError as exc:
        raise InvalidInputError(exc.wording or str(exc), field="dateline_template") from exc
    return text


def _language(text: str) -> str:
    tag = text.replace("_", "-")
    problem = wording("'{text}' is not a language tag Newsdesk knows; use one like en, ru or "
                      "en-GB", text=text)
    if not LANGUAGE_TAG.match(tag):
        raise InvalidInputError(problem, field="default_language")
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(tag, sep="-")
    except (ValueError, UnknownLocaleError):
        raise InvalidInputError(problem, field="default_language") from None
    return tag


def _site_url(text: str) -> str:
    if not text:
        return ""
    advice = wording("write the outlet's address like https://your-outlet.kg, or leave it empty")
    if any(ch.isspace() for ch in text):
        raise InvalidInputError(wording("'{text}' has a space in it; {advice}", text=text,
                                        advice=advice), field="site_url")
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").lower()
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        raise InvalidInputError(wording("'{text}' is not a web address; {advice}", text=text,
                                        advice=advice), field="site_url") from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise InvalidInputError(
            wording("'{text}' is not an http or https address; {advice}", text=text,
                    advice=advice), field="site_url")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise InvalidInputError(
            wording("'{text}' has a query, fragment or login in it; give only the site's "
                    "address", text=text),
            field="site_url",
        )
    if host in _PLACEHOLDER_HOSTS or host.endswith(_PLACEHOLDER_TLDS) or any(
        host.endswith("." + name) for name in _PLACEHOLDER_HOSTS
    ):
        raise InvalidInputError(
            wording("'{text}' is a placeholder address that reaches no site; give the outlet's "
                    "own address, or leave it empty and exports link only to their own files",
                    text=text),
            field="site_url",
        )
    netloc = parts.netloc.rsplit("@", 1)[-1]
    return f"{parts.scheme.lower()}://{netloc.lower()}{parts.path}".rstrip("/")


_CHECK_NUMBER: Final[dict[str, Callable[[int], int]]] = {
    "headline_limit": _headline_limit,
    "word_target": _word_target,
}
_CHECK_TEXT: Final[dict[str, Callable[[str], object]]] = {
    "dateline_style": _style,
    "dateline_template": _template,
    "default_language": _language,
    "site_url": _site_url,
}


def check_settings(settings: HouseSettings) -> HouseSettings:
    """Every key of ``settings`` checked and normalised; the first bad one is raised."""
    checked = {entry.attribute: check_value(entry.key, stored_value(
        getattr(settings, entry.attribute))) for entry in KEYS}
    return dataclasses.replace(settings, **checked)  # type: ignore[arg-type]


# -- reading the database ------------------------------------------------------------------
@dataclass(frozen=True)
class IgnoredRow:
    """A stored row this release does not use, and why (for ``newsdesk house show``)."""

    key: str
    value: object
    reason: str


@dataclass(frozen=True)
class StoredHouse:
    """The settings the rows make, which keys the database sets, and the rows ignored."""

    settings: HouseSettings
    stored: frozenset[str]
    ignored: tuple[IgnoredRow, ...] = ()


def read_stored(rows: Mapping[str, object]) -> StoredHouse:
    """Settings from the ``house_settings`` rows; whatever cannot be used keeps its default.

    Internal rows (``_newsroom_id``) are passed over. A row under an older name
    (``show_sources_list``) counts when its key has no row of its own.
    """
    values: dict[str, object] = {}
    stored: set[str] = set()
    ignored: list[IgnoredRow] = []
    for name, value in sorted(rows.items()):
        if is_internal(name):
            continue
        key = LEGACY_KEYS.get(name, name)
        if key not in _BY_NAME:
            ignored.append(IgnoredRow(name, value, "not a setting this release knows "
                                      "(written by a newer Newsdesk?): ignored"))
            continue
        if key != name and key in rows:
            continue  # the key's own row wins over the older name
        try:
            values[_BY_NAME[key].attribute] = check_value(key, value)
        except InvalidInputError as exc:
            ignored.append(IgnoredRow(name, value, f"{exc.message} (the default is used)"))
            continue
        stored.add(key)
    settings = dataclasses.replace(HouseSettings(), **values)  # type: ignore[arg-type]
    return StoredHouse(settings, frozenset(stored), tuple(ignored))
