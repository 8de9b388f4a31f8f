"""Author photo files checked before decoding: size limit and type sniffed from magic bytes."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from newsdesk.domain.errors import InvalidInputError, os_reason, wording

# A camera original is rarely above 20 MB; anything bigger is a mistake (a video, a RAW scan)
# and is refused before a byte of it is read, so picking it never stalls the window.
MAX_PHOTO_FILE_BYTES: Final = 20 * 1024 * 1024
# The file's first bytes are enough to tell the three accepted formats apart.
SNIFF_BYTES: Final = 16

_PNG: Final = b"\x89PNG\r\n\x1a\n"
_JPEG: Final = b"\xff\xd8\xff"


def sniff_image_type(head: bytes) -> str | None:
    """The MIME type the bytes start with (PNG, JPEG or WebP), or None for anything else.

    The file name's extension is not trusted: a ``.png`` renamed from a PDF must be refused
    with a clear message rather than reach the decoder.
    """
    if head.startswith(_PNG):
        return "image/png"
    if head.startswith(_JPEG):
        return "image/jpeg"
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def check_photo_file(path: Path, *, field: str = "photo") -> str:
    """The sniffed MIME type of a photo file the user picked, or a message naming the field.

    Only the size (from the file system) and the first bytes are read, so a 50 MB file or a
    device file is refused at once. Decoding and scaling happen afterwards, in the UI.
    """
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidInputError(wording("cannot open the file: {reason}", reason=os_reason(exc)),
                                field=field, file=name) from exc
    if not path.is_file():
        raise InvalidInputError(wording("is not a regular file"), field=field, file=name)
    if size == 0:
        raise InvalidInputError(wording("is empty, not an image"), field=field, file=name)
    if size > MAX_PHOTO_FILE_BYTES:
        raise InvalidInputError(
            wording("is {size} MB; photos up to {limit} MB are accepted",
                    size=f"{size / (1024 * 1024):.1f}",
                    limit=MAX_PHOTO_FILE_BYTES // (1024 * 1024)),
            field=field,
            file=name,
        )
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError as exc:
        raise InvalidInputError(wording("cannot be read: {reason}", reason=os_reason(exc)),
                                field=field, file=name) from exc
    mime = sniff_image_type(head)
    if mime is None:
        raise InvalidInputError(
            wording("is not a PNG, JPEG or WebP image"), field=field, file=name
        )
    return mime
