"""Streaming XML reading that refuses entity declarations, for TMX and TBX files from outside.

``xml.etree.ElementTree.iterparse`` expands entities before anyone can refuse them and cannot
say on which line an element started; this drives expat itself, as defusedxml does: any
``<!ENTITY>`` (the billion laughs, external entities) stops the parse with a clear error, no
external DTD or entity is ever fetched, and every event carries its line. Element names lose
their namespace prefix; attributes keep theirs (``xml:lang``).
"""

from __future__ import annotations

import xml.parsers.expat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Protocol

from newsdesk.domain.errors import InvalidInputError, Wording, os_reason, wording

CHUNK = 1 << 16


class XmlHandler(Protocol):
    def start(self, name: str, attrs: dict[str, str], line: int) -> None: ...
    def end(self, name: str, line: int) -> None: ...
    def text(self, data: str) -> None: ...


class _RefusedError(Exception):
    def __init__(self, message: Wording, line: int) -> None:
        super().__init__(str(message))
        self.wording, self.line = message, line


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1]


def parse_stream(stream: BinaryIO, handler: XmlHandler, *, file: str,
                 progress: Callable[[int], None] | None = None) -> None:
    """Feed ``stream`` through expat into ``handler``; bad XML raises InvalidInputError.

    ``progress`` gets the bytes read so far after each chunk. An exception raised by the
    handler (an InvalidInputError for a bad unit) leaves as it is.
    """
    parser = xml.parsers.expat.ParserCreate()
    parser.buffer_text = True
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse_entity(name: str, *_args: object) -> None:
        raise _RefusedError(wording("declares the entity '{name}'; entities are refused in "
                                    "files from outside (they can expand without end or read "
                                    "other files)", name=name), parser.CurrentLineNumber)

    def refuse_external(*_args: object) -> int:
        raise _RefusedError(wording("refers to an external entity; it is not read"),
                            parser.CurrentLineNumber)

    parser.EntityDeclHandler = refuse_entity
    parser.UnparsedEntityDeclHandler = refuse_entity
    parser.ExternalEntityRefHandler = refuse_external
    parser.StartElementHandler = lambda name, attrs: handler.start(
        _local(name), attrs, parser.CurrentLineNumber)
    parser.EndElementHandler = lambda name: handler.end(_local(name), parser.CurrentLineNumber)
    parser.CharacterDataHandler = handler.text
    read = 0
    try:
        while chunk := stream.read(CHUNK):
            parser.Parse(chunk, False)
            read += len(chunk)
            if progress is not None:
                progress(read)
        parser.Parse(b"", True)
    except _RefusedError as refused:
        raise InvalidInputError(refused.wording, file=file, line=refused.line) from None
    except xml.parsers.expat.ExpatError as exc:
        reason = xml.parsers.expat.ErrorString(exc.code)
        hint = wording(" (the file ends too early: was it cut off?)") if reason in (
            "no element found", "unclosed token") or exc.code == 3 else ""
        raise InvalidInputError(wording("is not well-formed XML: {reason}{hint}",
                                        reason=reason, hint=hint), file=file,
                                line=exc.lineno) from None


def parse_file(path: Path, handler: XmlHandler,
               progress: Callable[[int], None] | None = None) -> None:
    """:func:`parse_stream` over a file; a file that cannot be read gets a clear message."""
    try:
        with path.open("rb") as stream:
            parse_stream(stream, handler, file=str(path), progress=progress)
    except OSError as exc:
        raise InvalidInputError(wording("cannot be read: {reason}", reason=os_reason(exc)),
                                file=str(path)) from exc
