"""What the window needs from a newsroom before its desk is built, read off the GUI thread.

The editor, the preview and the exports use the house settings; the recovery journal files
what is typed under the newsroom's own id; the first start asks for a name only on a newsroom
nobody has set up. :func:`read_opened` reads all three on a worker (the application reads
them with the newsroom itself), so attaching the desk never waits for a round trip.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsdesk.domain.errors import NewsdeskError

if TYPE_CHECKING:
    from newsdesk.domain.house import HouseSettings
    from newsdesk.services.newsroom import Newsroom

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenedNewsroom:
    """A newsroom with what the window reads from it before the desk is built."""

    newsroom: Newsroom
    house: HouseSettings
    """The house settings as stored when it was opened (colleagues' changes follow later)."""
    journal_identity: str
    """What the recovery journal files this newsroom's texts under."""
    unconfigured: bool
    """Nobody has set it up yet: no story, no house setting (the first start asks)."""


def read_opened(newsroom: Newsroom) -> OpenedNewsroom:
    """Read what the desk needs (a worker thread calls this; each read is its own unit of work).

    The house settings must be readable, or the desk cannot be built (the error goes to the
    caller). The id and the first-start question degrade instead: see their functions.
    """
    house = newsroom.house.settings()
    return OpenedNewsroom(newsroom, house, journal_identity(newsroom), is_unconfigured(newsroom))


def journal_identity(newsroom: Newsroom) -> str:
    """The newsroom's own id for the recovery journal; its address if it cannot be given one.

    A newsroom opened for the first time on a file or server that refuses writes cannot
    store an id; the window still opens (to read) and files what is typed under the address.
    """
    try:
        return newsroom.house.newsroom_id()
    except NewsdeskError as exc:
        log.warning("the newsroom has no id of its own (%s); the recovery journal goes by "
                    "its address", exc)
        return f"address:{newsroom.url}"


def is_unconfigured(newsroom: Newsroom) -> bool:
    """Whether to offer the first start; a newsroom that cannot tell is not asked (a newcomer
    is better served by a working window than by a question about a database in trouble)."""
    try:
        return newsroom.house.is_unconfigured()
    except NewsdeskError as exc:
        log.warning("cannot tell whether the newsroom is new: %s", exc)
        return False
