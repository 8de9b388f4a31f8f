"""The interchange format: Markdown with YAML front matter, how stories enter and leave.

Parsing is pure: it turns text into a :class:`ParsedStory` or raises ``InvalidInputError``
naming the file, the line and the field. Checking citations against the registry and writing
to the database is the import service's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import yaml

from newsdesk.domain.article import Article, BylineEntry, Dateline, Role, Status
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.citations import find_citations, is_valid_source_key
from newsdesk.domain.errors import InvalidInputError, Wording, wording
from newsdesk.domain.markdown_nesting import MAX_NESTING, first_too_deep
from newsdesk.domain.one_line import one_line
from newsdesk.domain.people import (
    NAME_LANGUAGE,
    Author,
    AuthorName,
    Source,
    SourceKind,
    SourceName,
    name_language,
)
from newsdesk.domain.slugs import is_valid_slug, make_slug

KNOWN_KEYS = frozenset(
    {
        "headline",
        "deck",
        "slug",
        "language",
        "status",
        "dateline",
        "authors",
        "sources",
        "tags",
        "translation_of",
        "translation_of_revision",
        # written by static-site generators (Hugo, Jekyll, Eleventy...)
        "title",
        "date",
        "author",
        "draft",
        "description",
        "summary",
    }
)
DATELINE_KEYS = frozenset(
    {"city", "country", "agency", "date", "timezone", "state", "gazetteer_id"}
)
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_FENCE = "---"


@dataclass(frozen=True)
class AuthorSpec:
    """A byline entry from front matter; the profile is created when it does not exist yet."""

    name: str
    role: Role = Role.REPORTER
    bio: str | None = None
    email: str | None = None
    names: tuple[AuthorName, ...] = ()
    """The name and bio in other languages (``names: {ru: {name: …, bio: …}}``)."""


@dataclass(frozen=True)
class ParsedStory:
    """A story read from a file, not yet matched against the database."""

    article: Article
    authors: tuple[AuthorSpec, ...] = ()
    sources: tuple[Source, ...] = ()
    warnings: tuple[str, ...] = ()
    body_line: int = 1  # line of the file where the body starts, for citation errors
    slug_given: bool = False
    date: datetime | None = None  # an SSG ``date``: when the story was published or written
    key_lines: dict[str, int] = field(default_factory=dict)  # front-matter key -> file line


@dataclass
class _Context:
    filename: str
    key_lines: dict[str, int] = field(default_factory=dict)
    start_line: int = 1

    def error(self, message: str | Wording, *, key: str = "",
              line: int | None = None) -> InvalidInputError:
        top = key.split(".")[0].split("[")[0]
        return InvalidInputError(
            message,
            file=self.filename,
            line=line or self.key_lines.get(top, self.start_line),
            field=key,
        )


def decode_story_bytes(data: bytes, filename: str) -> str:
    """Bytes from disk to text, refusing what would corrupt the database."""
    if not data.strip():
        raise InvalidInputError(wording("the file is empty"), file=filename, line=1)
    data = data.removeprefix(b"\xef\xbb\xbf")  # a BOM, as Windows editors write it
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidInputError(
            wording("not valid UTF-8 (byte 0x{byte}); save the file as UTF-8",
                    byte=f"{data[exc.start]:02x}"),
            file=filename,
            line=line,
        ) from exc
    return text


def split_front_matter(text: str, ctx: _Context) -> tuple[str | None, str, int]:
    """(front matter or None, body, line where the body starts)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if not lines or lines[0].strip() != _FENCE:
        return None, text, 1
    for number, line in enumerate(lines[1:], start=1):
        if line.strip() in (_FENCE, "..."):
            body = "\n".join(lines[number + 1 :])
            return "\n".join(lines[1:number]), body, number + 2
    raise ctx.error(wording("front matter opened with '---' on line 1 is never closed"), line=1)


MAX_FRONT_MATTER_DEPTH = 20
"""Levels of lists and mappings front matter may nest: a story needs three at most, and
PyYAML builds deeper ones by recursion, which ends in ``RecursionError`` at about a thousand."""


def _file_line(mark: Any) -> int:
    """The file line of a PyYAML mark in the front matter (which starts on line 2)."""
    return int(mark.line) + 2 if mark is not None else 1


def _check_front_matter_depth(front: str, ctx: _Context) -> None:
    """Refuse front matter nested deeper than :data:`MAX_FRONT_MATTER_DEPTH`, before PyYAML
    composes it: the event parser keeps its own stack, so this scan cannot recurse."""
    depth = 0
    for event in yaml.parse(front, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_FRONT_MATTER_DEPTH:
                raise ctx.error(
                    f"front matter nested too deeply (more than {MAX_FRONT_MATTER_DEPTH} levels"
                    " of lists and mappings); a story needs two or three",
                    line=_file_line(event.start_mark),
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _checked_key_lines(front: str, ctx: _Context) -> dict[str, int]:
    """Line (in the file) of each top-level key, once the structure is known to be sane.

    Refuses a key written twice in one mapping (PyYAML would keep the last one without a
    word) and aliases that nest deeper than the limit (``b: [*a]`` repeated: every alias is
    one more level for the constructor, though the text itself is flat).
    """
    node = yaml.compose(front, Loader=yaml.SafeLoader)
    if node is None:
        return {}
    depth_of: dict[int, int] = {}
    open_nodes: set[int] = set()  # expanded, children not done yet: meeting one is a loop
    # Iterative post-order walk, each node once (aliases share nodes): (node, path, expanded).
    stack: list[tuple[yaml.Node, str, bool]] = [(node, "", False)]
    while stack:
        current, path, expanded = stack.pop()
        if id(current) in depth_of:
            continue
        if not expanded and id(current) in open_nodes:
            raise ctx.error("an alias refers to the list or mapping it is in",
                            line=current.start_mark.line + 2)
        children = _children(current, path, ctx)
        if expanded or not children:
            depth = 1 + max((depth_of.get(id(child), 0) for child, _ in children), default=0)
            if not isinstance(current, yaml.ScalarNode) and depth > MAX_FRONT_MATTER_DEPTH:
                raise ctx.error(
                    f"front matter nested too deeply (more than {MAX_FRONT_MATTER_DEPTH} levels,"
                    " counting aliases); a story needs two or three",
                    line=current.start_mark.line + 2,
                )
            depth_of[id(current)] = depth if not isinstance(current, yaml.ScalarNode) else 0
            open_nodes.discard(id(current))
            continue
        open_nodes.add(id(current))
        stack.append((current, path, True))
        stack.extend((child, child_path, False) for child, child_path in children
                     if id(child) not in depth_of)
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _value in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                lines.setdefault(str(key_node.value), key_node.start_mark.line + 2)
    return lines


def _children(node: yaml.Node, path: str, ctx: _Context) -> list[tuple[yaml.Node, str]]:
    """A node's children with their field paths; a mapping's duplicate keys are refused."""
    if isinstance(node, yaml.SequenceNode):
        return [(child, f"{path}[{index}]") for index, child in enumerate(node.value)]
    if not isinstance(node, yaml.MappingNode):
        return []
    children: list[tuple[yaml.Node, str]] = []
    seen: dict[str, int] = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 2
        if isinstance(key_node, yaml.ScalarNode):
            name = str(key_node.value)
            field_path = f"{path}.{name}" if path else name
            if name in seen:
                raise ctx.error(
                    wording("appears twice (first on line {line}); keep one of them",
                            line=seen[name]),
                    key=field_path,
                    line=line,
                )
            seen[name] = line
        else:
            field_path = path
            children.append((key_node, field_path))
        children.append((value_node, field_path))
    return children


def _text(value: Any, key: str, ctx: _Context, *, required: bool = False) -> str:
    if value is None:
        if required:
            raise ctx.error(wording("is missing"), key=key)
        return ""
    if isinstance(value, bool | dict | list):
        raise ctx.error(wording("must be text, not {kind}", kind=type(value).__name__), key=key)
    result = str(value).strip()
    if required and not result:
        raise ctx.error(wording("is empty"), key=key)
    return result


def _line(value: Any, key: str, ctx: _Context, *, required: bool = False) -> str:
    """A one-line field: line breaks become spaces and control characters go (ESC, BEL...)."""
    result = one_line(_text(value, key, ctx, required=required))
    if required and not result:
        raise ctx.error(wording("is empty"), key=key)
    return result


def _date(value: Any, key: str, ctx: _Context) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise ctx.error(wording("'{value}' is not a date; write YYYY-MM-DD", value=value),
                        key=key) from exc


def _datetime(value: Any, key: str, ctx: _Context) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise ctx.error(wording("'{value}' is not a date or time", value=value), key=key) from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _dateline(value: Any, ctx: _Context, warnings: list[str]) -> Dateline:
    if value in (None, ""):
        return Dateline()
    if isinstance(value, str):
        return Dateline(city=one_line(value))
    if not isinstance(value, dict):
        raise ctx.error(
            "must be a mapping like {city: Tashkent, country: Uzbekistan}", key="dateline"
        )
    unknown = sorted(set(map(str, value)) - DATELINE_KEYS)
    if unknown:
        warnings.append(f"{ctx.filename}: unknown dateline keys ignored: {', '.join(unknown)}")
    gazetteer_id = value.get("gazetteer_id")
    if gazetteer_id is not None and not isinstance(gazetteer_id, int):
        raise ctx.error(wording("must be a whole number"), key="dateline.gazetteer_id")
    return Dateline(
        city=_line(value.get("city"), "dateline.city", ctx),
        country=_line(value.get("country"), "dateline.country", ctx),
        agency=_line(value.get("agency"), "dateline.agency", ctx),
        date=_date(value.get("date"), "dateline.date", ctx),
        timezone=_line(value.get("timezone"), "dateline.timezone", ctx),
        state=_line(value.get("state"), "dateline.state", ctx),
        gazetteer_id=gazetteer_id,
    )


def _role(value: Any, key: str, ctx: _Context) -> Role:
    if value in (None, ""):
        return Role.REPORTER
    try:
        return Role(str(value).strip().lower())
    except ValueError as exc:
        choices = ", ".join(role.value for role in Role)
        raise ctx.error(wording("unknown role '{value}'; use one of {choices}", value=value,
                                choices=choices), key=key) from exc


def _names_in_languages(value: Any, where: str, second: str,
                        ctx: _Context) -> list[tuple[str, str, str]]:
    """``names: {ru: {name: …, <second>: …}}`` as (language, name, second) triples.

    ``second`` is ``bio`` for a profile and ``title`` for a source; a bare string is the name.
    """
    if value is None:
        return []
    if not isinstance(value, dict):
        raise ctx.error(wording("must be a mapping like {{ru: {{name: …, {second}: …}}}}",
                                second=second), key=f"{where}.names")
    triples: list[tuple[str, str, str]] = []
    for raw_language, entry in value.items():
        language = name_language(str(raw_language))
        key = f"{where}.names.{raw_language}"
        if not NAME_LANGUAGE.match(language):
            raise ctx.error(wording("'{tag}' is not a language code; use one like en or ru",
                                    tag=raw_language), key=key)
        if any(language == seen for seen, _, _ in triples):
            raise ctx.error(wording("language '{language}' is given twice", language=language),
                            key=key)
        if isinstance(entry, dict):
            unknown = sorted(set(map(str, entry)) - {"name", second})
            if unknown:
                raise ctx.error(wording("unknown keys {keys}; use name and {second}",
                                        keys=", ".join(unknown), second=second), key=key)
            name = _line(entry.get("name"), f"{key}.name", ctx)
            other = entry.get(second)
            text = (_line(other, f"{key}.{second}", ctx) if second == "title"
                    else _text(other, f"{key}.{second}", ctx))
        else:
            name, text = _line(entry, key, ctx), ""
        if name or text:
            triples.append((language, name, text))
    return sorted(triples)


def _authors(data: dict[str, Any], ctx: _Context) -> tuple[AuthorSpec, ...]:
    raw = data.get("authors", data.get("author"))
    key = "authors" if "authors" in data else "author"
    if raw is None:
        return ()
    items = raw if isinstance(raw, list) else [raw]
    specs: list[AuthorSpec] = []
    for index, item in enumerate(items):
        where = f"{key}[{index}]"
        if isinstance(item, str):
            name = _line(item, where, ctx, required=True)
            specs.append(AuthorSpec(name=name))
        elif isinstance(item, dict):
            specs.append(
                AuthorSpec(
                    name=_line(item.get("name"), f"{where}.name", ctx, required=True),
                    role=_role(item.get("role"), f"{where}.role", ctx),
                    bio=_text(item.get("bio"), f"{where}.bio", ctx) if "bio" in item else None,
                    email=_text(item.get("email"), f"{where}.email", ctx)
                    if "email" in item
                    else None,
                    names=tuple(AuthorName(*triple) for triple in _names_in_languages(
                        item.get("names"), where, "bio", ctx)),
                )
            )
        else:
            raise ctx.error(wording("each author is a name or a mapping with 'name'"), key=where)
    return tuple(specs)


def _sources(value: Any, ctx: _Context) -> tuple[Source, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ctx.error("must be a list of {id, name, kind}", key="sources")
    sources: list[Source] = []
    seen: set[str] = set()
    for index, item in enumerate(value):
        where = f"sources[{index}]"
        if not isinstance(item, dict):
            raise ctx.error(wording("must be a mapping with id, name and kind"), key=where)
        key = _text(item.get("id", item.get("key")), f"{where}.id", ctx, required=True)
        if not is_valid_source_key(key):
            raise ctx.error(
                wording("'{key}' is not a valid source id: use lowercase latin letters, digits, "
                        "- and _", key=key),
                key=f"{where}.id",
            )
        if key in seen:
            raise ctx.error(wording("source id '{key}' is defined twice", key=key),
                            key=f"{where}.id")
        seen.add(key)
        kind_text = _text(item.get("kind"), f"{where}.kind", ctx) or "person"
        try:
            kind = SourceKind(kind_text.lower().replace("_", " "))
        except ValueError as exc:
            choices = ", ".join(k.value for k in SourceKind)
            raise ctx.error(
                wording("unknown kind '{kind}'; use one of {choices}", kind=kind_text,
                        choices=choices), key=f"{where}.kind"
            ) from exc
        on_record = item.get("on_record", True)
        reason = _text(item.get("anonymity_reason"), f"{where}.anonymity_reason", ctx)
        if not on_record and not reason:
            raise ctx.error(
                "an anonymous source needs 'anonymity_reason' (why anonymity was granted)",
                key=f"{where}.anonymity_reason",
            )
        sources.append(
            Source(
                key=key,
                name=_line(item.get("name"), f"{where}.name", ctx, required=True),
                kind=kind,
                title=_line(item.get("title"), f"{where}.title", ctx),
                url=_line(item.get("url"), f"{where}.url", ctx),
                contact=_line(item.get("contact"), f"{where}.contact", ctx),
                on_record=bool(on_record),
                anonymity_reason=reason,
                notes=_text(item.get("notes"), f"{where}.notes", ctx),
                names=tuple(SourceName(*triple) for triple in _names_in_languages(
                    item.get("names"), where, "title", ctx)),
            )
        )
    return tuple(sources)


def _tags(value: Any, ctx: _Context) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    items = [part.strip() for part in value.split(",")] if isinstance(value, str) else value
    if not isinstance(items, list):
        raise ctx.error("must be a list like [water, Central Asia]", key="tags")
    tags: list[str] = []
    for index, item in enumerate(items):
        tag = _line(item, f"tags[{index}]", ctx)
        if tag and tag not in tags:
            tags.append(tag)
    return tuple(tags)


def _status(data: dict[str, Any], ctx: _Context) -> Status:
    if "status" in data:
        value = _text(data["status"], "status", ctx).lower()
        try:
            return Status(value)
        except ValueError as exc:
            choices = ", ".join(s.value for s in Status)
            raise ctx.error(
                f"unknown status '{value}'; use one of {choices}", key="status"
            ) from exc
    if "draft" in data:
        return Status.DRAFT if data["draft"] else Status.PUBLISHED
    return Status.DRAFT


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML in which dates stay text.

    PyYAML turns ``2025-02-30`` into a ``ValueError`` with no line; kept as text, the date is
    parsed by :func:`_date` / :func:`_datetime`, whose error names the file, line and field.
    """


_FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:timestamp",
    lambda loader, node: loader.construct_scalar(node),  # type: ignore[arg-type]
)


def parse_story(text: str, filename: str = "<text>") -> ParsedStory:
    """Read one story; raises ``InvalidInputError`` naming file, line and field."""
    ctx = _Context(filename)
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ctx.error(wording("contains a NUL byte; the file is probably not text"), line=line)
    if not text.strip():
        raise ctx.error(wording("the file is empty"), line=1)
    front, body, body_line = split_front_matter(text, ctx)
    data: dict[str, Any] = {}
    if front is not None:
        key_lines: dict[str, int] = {}
        try:
            loaded: Any = {}
            if front.strip():
                _check_front_matter_depth(front, ctx)
                key_lines = _checked_key_lines(front, ctx)
                loaded = yaml.load(front, Loader=_FrontMatterLoader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark is not None else 1
            problem = getattr(exc, "problem", None) or "malformed YAML"
            context = getattr(exc, "context", None)
            context_mark = getattr(exc, "context_mark", None)
            if context and context_mark is not None and context_mark.line + 2 != line:
                problem = f"{problem} ({context} opened on line {context_mark.line + 2})"
            raise ctx.error(wording("malformed front matter: {problem}", problem=problem),
                            line=line) from exc
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise ctx.error(wording("front matter must be a mapping of 'key: value' lines"), line=2)
        data = {str(k): v for k, v in loaded.items()}
        ctx.key_lines = key_lines
    warnings: list[str] = []
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        warnings.append(f"{filename}: unknown front-matter keys ignored: {', '.join(unknown)}")

    headline_key = "headline" if "headline" in data else "title"
    headline = _line(data.get(headline_key), "headline", ctx)
    if not headline:
        raise ctx.error(
            wording("is missing: every story needs a headline"),
            key="headline",
            line=ctx.key_lines.get(headline_key, 1),
        )
    deck = _line(data.get("deck", data.get("description", data.get("summary"))), "deck", ctx)
    slug = _text(data.get("slug"), "slug", ctx)
    if slug and not is_valid_slug(slug):
        raise ctx.error(
            wording("'{slug}' is not a valid slug: lowercase latin letters, digits and hyphens",
                    slug=slug), key="slug")
    language = _text(data.get("language"), "language", ctx) or "en"
    if not LANGUAGE_PATTERN.match(language):
        raise ctx.error(
            wording("'{language}' is not a BCP 47 language tag like en, ru or en-GB",
                    language=language), key="language")
    translation_revision = data.get("translation_of_revision")
    if translation_revision is not None and not isinstance(translation_revision, int):
        raise ctx.error(wording("must be a whole number"), key="translation_of_revision")
    sources = _sources(data.get("sources"), ctx)
    authors = _authors(data, ctx)
    body_line += len(body) - len(body.lstrip("\n"))
    body = body.strip("\n")
    too_deep = first_too_deep(body)
    if too_deep is not None:
        index, depth = too_deep
        raise ctx.error(
            wording("lists or quotes nested {depth} levels deep; the limit is {limit}: flatten "
                    "the list or quote on this line", depth=depth, limit=MAX_NESTING),
            key="body",
            line=body_line + index,
        )
    slug_given = bool(slug)
    slug = slug or make_slug(headline)
    translation_of = _text(data.get("translation_of"), "translation_of", ctx) or None
    if translation_of is not None and translation_of == slug:
        raise ctx.error(
            wording("names the story itself ('{slug}'); a translation names the slug of its "
                    "original", slug=slug),
            key="translation_of",
        )
    article = Article(
        headline=headline,
        deck=deck,
        slug=slug,
        body=body,
        language=language,
        status=_status(data, ctx),
        dateline=_dateline(data.get("dateline"), ctx, warnings),
        byline=tuple(BylineEntry(name=a.name, role=a.role) for a in authors),
        tags=_tags(data.get("tags"), ctx),
        translation_of=translation_of,
        translation_of_revision=translation_revision,
        source_keys=tuple(source.key for source in sources),
    )
    return ParsedStory(
        article=article,
        authors=authors,
        sources=sources,
        warnings=tuple(warnings),
        body_line=body_line,
        slug_given=slug_given,
        date=_datetime(data.get("date"), "date", ctx),
        key_lines=dict(ctx.key_lines),
    )


# Where a field of the story was written, when front matter spells it another way (SSG keys).
_FIELD_KEYS = {"headline": ("headline", "title"), "deck": ("deck", "description"),
               "byline": ("authors", "author")}


def field_line(parsed: ParsedStory, field_name: str) -> int:
    """The file line to name for an error in ``field_name`` ("tags", "dateline.city", "body")."""
    if field_name == "body":
        return parsed.body_line
    top = field_name.split(".", 1)[0].split("[", 1)[0]
    for key in _FIELD_KEYS.get(top, (top,)):
        if key in parsed.key_lines:
            return parsed.key_lines[key]
    return 1


def body_offset_line(parsed: ParsedStory, offset: int) -> int:
    """File line of an offset in the body, so an unknown citation points at its line."""
    return parsed.body_line + parsed.article.body[:offset].count("\n")


def undefined_citations(parsed: ParsedStory, known_keys: set[str]) -> list[tuple[str, int]]:
    """(key, offset in body) of citations that neither the file nor the registry defines."""
    defined = known_keys | {source.key for source in parsed.sources}
    return [
        (ref.key, ref.start)
        for ref in find_citations(parsed.article.body)
        if ref.key not in defined
    ]


# libyaml's emitter when PyYAML was built with it: ten times faster for batch exports.
_BaseDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):  # type: ignore[valid-type,misc]
    """Safe YAML with multi-line text written as literal blocks, readable in any editor."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def _compact(mapping: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in mapping.items() if value not in (None, "", [], {})}


def _dumped_author_names(author: Author) -> dict[str, dict[str, str]]:
    return {entry.language: _compact({"name": entry.name, "bio": entry.bio})
            for entry in author.names}


def dump_story(bundle: StoryBundle) -> str:
    """Write a story in the interchange format; ``parse_story`` gives the same story back."""
    article = bundle.article
    profiles = {author.id: author for author in bundle.authors}
    dateline = article.dateline
    front: dict[str, Any] = {
        "headline": article.headline,
        "deck": article.deck,
        "slug": article.slug,
        "language": article.language,
        "status": str(article.status),
        # When it was published (or written): imported back, the story keeps its dates.
        "date": article.published_at or article.created_at,
        "dateline": _compact(
            {
                "city": dateline.city,
                "country": dateline.country,
                "state": dateline.state,
                "agency": dateline.agency,
                "date": dateline.date,
                "timezone": dateline.timezone,
                "gazetteer_id": dateline.gazetteer_id,
            }
        ),
        "authors": [
            _compact(
                {
                    "name": entry.name,
                    "role": str(entry.role),
                    "bio": (profiles[entry.author_id].bio if entry.author_id in profiles else None),
                    "names": (_dumped_author_names(profiles[entry.author_id])
                              if entry.author_id in profiles else None),
                }
            )
            for entry in article.byline
        ],
        "sources": [
            _compact(
                {
                    "id": source.key,
                    "name": source.name,
                    "kind": str(source.kind),
                    "title": source.title,
                    "url": source.url,
                    "contact": source.contact,
                    "on_record": None if source.on_record else False,
                    "anonymity_reason": source.anonymity_reason,
                    "notes": source.notes,
                    "names": {entry.language: _compact({"name": entry.name,
                                                        "title": entry.title})
                              for entry in source.names},
                }
            )
            for source in sorted(bundle.sources, key=lambda s: s.key)
        ],
        "tags": list(article.tags),
        "translation_of": article.translation_of,
        "translation_of_revision": article.translation_of_revision,
    }
    front = _compact(front)
    front.setdefault("headline", article.headline)
    text = yaml.dump(front, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return f"---\n{text}---\n{article.body}\n"
