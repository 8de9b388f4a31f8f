"""Export file names that are safe on every desktop OS, and writes that never leave half a file."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from pathlib import Path
from typing import Final

from slugify import slugify

MAX_STEM_LENGTH: Final = 80
_WINDOWS_RESERVED: Final = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"com{n}" for n in "0123456789¹²³"}
    | {f"lpt{n}" for n in "0123456789¹²³"}
)
_SAFE_STEM: Final = re.compile(r"\A[a-z0-9]+(?:-[a-z0-9]+)*\Z")


def safe_stem(text: str, *, fallback: str = "story") -> str:
    """A lowercase ASCII stem from a slug or a headline: ``Алматы / ../CON`` -> ``almaty-con``.

    python-slugify transliterates Cyrillic and keeps only ``a-z0-9-``, so separators, dots,
    trailing spaces and control characters cannot survive; Windows device names get a suffix
    because ``con.html`` is still the console on Windows.
    """
    text = re.sub(r"[ʻʼ’']", "", text)  # Oʻzbekiston -> ozbekiston, not o-zbekiston
    stem = slugify(text, max_length=MAX_STEM_LENGTH, word_boundary=True, save_order=True)
    if not stem or not _SAFE_STEM.match(stem):
        stem = fallback
    if stem in _WINDOWS_RESERVED:
        stem = f"{stem}-{fallback}"
    return stem


class FileNamer:
    """Hands out unique file names within one batch (``water``, ``water-2``…).

    Names are compared case-folded because macOS and Windows file systems are
    case-insensitive; ``reserved`` keeps names such as ``index`` for the batch's own pages.
    """

    def __init__(self, extension: str, *, reserved: tuple[str, ...] = ()) -> None:
        self.extension = extension
        self._taken: set[str] = {name.casefold() for name in reserved}

    def name_for(self, text: str, *, fallback: str = "story") -> str:
        stem = safe_stem(text, fallback=fallback)
        candidate, counter = stem, 2
        while candidate.casefold() in self._taken:
            candidate = f"{stem}-{counter}"
            counter += 1
        self._taken.add(candidate.casefold())
        return f"{candidate}{self.extension}"


def temp_file_beside(path: Path) -> tuple[int, str]:
    """Open a new, unique temporary file next to ``path`` for writing: (fd, name).

    Unlike ``tempfile.mkstemp`` (mode 0600), the file gets the user's umask like any file they
    save, so a web server can read an exported page once it is renamed into place.
    """
    for _attempt in range(100):
        name = str(path.parent / f".{path.name}.{secrets.token_hex(6)}.part")
        try:
            return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), name
        except FileExistsError:
            continue
    raise FileExistsError(f"{path.parent}: cannot create a temporary file")


def write_atomically(path: Path, data: str | bytes, *, durable: bool = True) -> None:
    """Write ``path`` so that it holds either its old content or all of ``data``, never a part.

    The temporary file lives in the same directory (``os.replace`` is atomic only within one
    file system), so a crash or a full disk leaves no truncated export behind; on any failure
    the temporary file is removed. ``durable=False`` skips the per-file fsync: a batch of
    thousands syncs once at the end instead (:func:`sync_written`), which is what makes it fast.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, temp_name = temp_file_beside(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise


def sync_directory(directory: Path) -> None:
    """Make the renames in ``directory`` durable; once per batch rather than once per file."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_written(directories: list[Path]) -> None:
    """Flush a batch written with ``durable=False`` to disk, then make its renames durable."""
    if hasattr(os, "sync"):
        os.sync()
    for directory in directories:
        sync_directory(directory)
