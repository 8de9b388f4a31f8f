"""Fill an empty database with the demo newsroom: staff, sources, stories, and scale copy.

The demo's files live in ``newsdesk/assets/demo`` (read with ``importlib.resources`` so it
works from a wheel): ``authors.yaml``, ``sources.yaml``, ``photos/`` and ``stories/*.md`` in
the interchange format. Filling is refused on a newsroom that already has stories or authors,
so the demo can never mix with, or duplicate, real work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

import yaml
from sqlalchemy import func, select

from newsdesk.db.models import ArticleRow, AuthorRow
from newsdesk.db.uow import UnitOfWorkFactory
from newsdesk.domain.article import Role
from newsdesk.domain.errors import InvalidInputError
from newsdesk.domain.interchange import parse_story
from newsdesk.domain.people import Author, AuthorName, Source, SourceKind, SourceName
from newsdesk.services.authors import AuthorService
from newsdesk.services.bulk_insert import BulkStory, insert_stories
from newsdesk.services.demo_generator import StaffMember, generate_stories, generated_sources
from newsdesk.services.house import HouseService
from newsdesk.services.importer import ImportService
from newsdesk.services.sources import SourceService
from newsdesk.services.translation import TranslationService

OUTLET_NAME = "The Times of Central Asia"
AGENCY_CREDIT = "TCA"
# The demo outlet files wire pieces of 250-350 words: its house target says so.
DEMO_WORD_TARGET = 300
# What a newcomer's first window opens: an English story at its target, with nothing flagged
# (no misspelling, no unattributed quote, nothing missing for publication).
SHOWCASE_STORY = "04-issyk-kul-solar-plant.md"


class NewsroomNotEmptyError(InvalidInputError):
    """The database already holds stories or authors; the demo only fills an empty one."""


@dataclass(frozen=True)
class DemoReport:
    """What a fill wrote, for the CLI to print."""

    authors: int
    sources: int
    stories: int
    generated: int


def demo_assets() -> Traversable:
    return files("newsdesk.assets") / "demo"


def is_empty(uow_factory: UnitOfWorkFactory) -> bool:
    """True when the newsroom has neither stories nor authors (sources alone do not count)."""
    with uow_factory() as uow:
        articles = uow.session.scalar(select(func.count()).select_from(ArticleRow)) or 0
        authors = uow.session.scalar(select(func.count()).select_from(AuthorRow)) or 0
    return articles == 0 and authors == 0


def _load_yaml(name: str) -> list[dict[str, Any]]:
    resource = demo_assets() / name
    data = yaml.safe_load(resource.read_text(encoding="utf-8"))
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise InvalidInputError("must be a list of mappings", file=f"demo/{name}", line=1)
    return data


def _text(item: dict[str, Any], key: str, where: str) -> str:
    value = item.get(key, "")
    if not isinstance(value, str):
        raise InvalidInputError(f"must be text, not {type(value).__name__}", file=where, field=key)
    return value.strip()


def _names(item: dict[str, Any], second: str, where: str) -> list[tuple[str, str, str]]:
    """``names: {ru: {name: …, <second>: …}}`` as (language, name, bio or title); the
    services clean and check them when the profile or source is created."""
    value = item.get("names") or {}
    if not isinstance(value, dict):
        raise InvalidInputError(f"must be a mapping like {{ru: {{name: …, {second}: …}}}}",
                                file=where, field="names")
    triples = []
    for language, entry in value.items():
        here = f"{where}.names.{language}"
        if not isinstance(entry, dict):
            raise InvalidInputError(f"must be a mapping with name and {second}", file=here)
        triples.append((str(language), _text(entry, "name", here), _text(entry, second, here)))
    return triples


def load_demo_authors() -> list[Author]:
    """The staff profiles of ``authors.yaml`` with their photos and Russian names."""
    authors = []
    for index, item in enumerate(_load_yaml("authors.yaml")):
        where = f"demo/authors.yaml[{index}]"
        photo_name = _text(item, "photo", where)
        photo = (demo_assets() / "photos" / photo_name).read_bytes() if photo_name else None
        authors.append(
            Author(
                name=_text(item, "name", where),
                slug=_text(item, "slug", where),
                roles=tuple(Role(role) for role in item.get("roles", ["reporter"])),
                bio=_text(item, "bio", where),
                email=_text(item, "email", where),
                languages=tuple(str(lang) for lang in item.get("languages", [])),
                photo=photo,
                photo_mime="image/png" if photo else "",
                names=tuple(AuthorName(*entry) for entry in _names(item, "bio", where)),
            )
        )
    return authors


def load_demo_sources() -> list[Source]:
    """The registry of ``sources.yaml``, in file order, with the Russian names."""
    sources = []
    for index, item in enumerate(_load_yaml("sources.yaml")):
        where = f"demo/sources.yaml[{index}]"
        sources.append(
            Source(
                key=_text(item, "id", where),
                name=_text(item, "name", where),
                kind=SourceKind(_text(item, "kind", where) or "person"),
                title=_text(item, "title", where),
                url=_text(item, "url", where),
                contact=_text(item, "contact", where),
                on_record=bool(item.get("on_record", True)),
                anonymity_reason=_text(item, "anonymity_reason", where),
                notes=_text(item, "notes", where),
                names=tuple(SourceName(*entry) for entry in _names(item, "title", where)),
            )
        )
    return sources


def demo_story_files() -> list[tuple[str, str]]:
    """(file name, text) of every demo story, originals before their translations."""
    stories = [
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in (demo_assets() / "stories").iterdir()
        if entry.name.endswith(".md")
    ]
    stories.sort(key=lambda item: item[0])
    parsed = {name: parse_story(text, name).article for name, text in stories}
    # A translation needs its original in the database first, whatever the file names say.
    return sorted(stories, key=lambda item: parsed[item[0]].translation_of is not None)


def fill_demo_newsroom(
    uow_factory: UnitOfWorkFactory,
    *,
    articles: int = 0,
    seed: int = 2025,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> DemoReport:
    """Fill an empty newsroom with the demo, then ``articles`` generated stories.

    ``progress(done, total)`` is called after each demo story and each generated batch.
    ``now`` anchors the generated stories' two years of dates (default: today, 00:00 UTC);
    the same seed and ``now`` give the same stories. Raises :class:`NewsroomNotEmptyError`
    when the database already has stories or authors: callers that want "fill if empty"
    check :func:`is_empty` first.
    """
    if articles < 0:
        raise InvalidInputError("must be zero or more", field="articles")
    if not is_empty(uow_factory):
        raise NewsroomNotEmptyError(
            "the database already has stories or authors; the demo newsroom only fills an "
            "empty database (use --if-empty to skip it quietly, or pick another --database)"
        )
    story_files = demo_story_files()
    total = len(story_files) + articles
    staff = load_demo_authors()
    author_service = AuthorService(uow_factory)
    for author in staff:
        author_service.create(author)
    source_service = SourceService(uow_factory)
    registry = [*load_demo_sources(), *(generated_sources(seed) if articles else ())]
    known = set(source_service.by_keys([source.key for source in registry]))
    for source in registry:
        if source.key not in known:
            source_service.create(source)
            known.add(source.key)
    house = HouseService(uow_factory)
    house.update_settings(replace(house.settings(), outlet_name=OUTLET_NAME,
                                  agency_credit=AGENCY_CREDIT, word_target=DEMO_WORD_TARGET))
    for language in ("en", "ru"):
        words = (demo_assets() / f"house_words_{language}.txt").read_text(encoding="utf-8")
        house.import_words(language, words.splitlines(), added_by="demo newsroom")
    importer = ImportService(uow_factory)
    translations: list[int] = []
    # The showcase goes in last, after the translations are synced: the newest story on the
    # desk is the one a newcomer's first window opens.
    story_files.sort(key=lambda item: item[0] == SHOWCASE_STORY)
    showcase = story_files.pop() if story_files[-1][0] == SHOWCASE_STORY else None
    for done, (name, text) in enumerate(story_files, start=1):
        imported = importer.import_text(text, filename=f"demo/stories/{name}")
        if imported.article.translation_of and imported.article.id is not None:
            translations.append(imported.article.id)
        if progress is not None:
            progress(done, total)
    # The demo's translations are up to date with their originals, as a translator leaves
    # them: an edit to an original is then flagged at once on the translators' desk.
    desk = TranslationService(uow_factory)
    for translation_id in translations:
        desk.mark_synced(translation_id, who="demo newsroom")
    if showcase is not None:
        story_files.append(showcase)
        importer.import_text(showcase[1], filename=f"demo/stories/{showcase[0]}")
        if progress is not None:
            progress(len(story_files), total)
    generated = 0
    if articles:
        members = [StaffMember(a.name, a.roles) for a in staff]
        bulk = (
            BulkStory(s.article, s.created_at, s.updated_at, s.published_at, s.citations)
            for s in generate_stories(articles, seed=seed, now=now, staff=members)
        )
        generated = insert_stories(
            uow_factory,
            bulk,
            progress=None if progress is None else lambda n: progress(len(story_files) + n, total),
        )
    return DemoReport(
        authors=len(staff), sources=len(registry), stories=len(story_files), generated=generated
    )
