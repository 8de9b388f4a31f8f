"""Reads the visible text back out of a PDF that Qt wrote, for tests on a machine without poppler.

Qt's PDF engine draws text as ``<glyph ids> Tj`` with Type0 fonts that carry a ToUnicode CMap;
mapping each glyph id back through its font's CMap gives the characters the reader sees.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import zlib
from pathlib import Path

_OBJECT = re.compile(rb"(\d+) 0 obj\s*(.*?)endobj", re.DOTALL)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)
_FONT_REF = re.compile(rb"/(F\d+) (\d+) 0 R")
_TO_UNICODE = re.compile(rb"/ToUnicode (\d+) 0 R")
_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_BFRANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])")
_OPS = re.compile(rb"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]*)> Tj|([-\d.]+) ([-\d.]+) Td")


def _objects(data: bytes) -> dict[int, tuple[bytes, bytes]]:
    """Object number -> (dictionary text, decoded stream or b"")."""
    found = {}
    for match in _OBJECT.finditer(data):
        body = match.group(2)
        stream = _STREAM.search(body)
        content = b""
        head = body
        if stream:
            head = body[: stream.start()]
            content = stream.group(1)
            if b"/FlateDecode" in head:
                content = zlib.decompress(content)
        found[int(match.group(1))] = (head, content)
    return found


def _cmap(text: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.DOTALL):
        for start, end, target in _BFRANGE.findall(block):
            codes = range(int(start, 16), int(end, 16) + 1)
            if target.startswith(b"["):  # one destination per code
                for code, uni in zip(codes, re.findall(rb"<([0-9A-Fa-f]+)>", target),
                                     strict=False):
                    mapping[code] = bytes.fromhex(uni.decode()).decode("utf-16-be")
            else:
                base = int(target.strip(b"<>"), 16)
                for offset, code in enumerate(codes):
                    mapping[code] = chr(base + offset)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.DOTALL):
        for code, uni in _BFCHAR.findall(block):
            mapping[int(code, 16)] = bytes.fromhex(uni.decode()).decode("utf-16-be")
    return mapping


def pdf_text(path: Path) -> str:
    """The text of every page, lines separated by newlines, words by spaces (as laid out)."""
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    objects = _objects(path.read_bytes())
    maps: dict[int, dict[int, str]] = {}
    for number, (head, _) in objects.items():
        ref = _TO_UNICODE.search(head)
        if ref:
            maps[number] = _cmap(objects[int(ref.group(1))][1] or objects[int(ref.group(1))][0])
    resources: dict[bytes, int] = {}
    for head, _ in objects.values():
        for name, number in _FONT_REF.findall(head):
            resources[name] = int(number)
    lines: list[str] = []
    for _, content in objects.values():
        if b" Tj" not in content:
            continue
        cmap: dict[int, str] = {}
        line = ""
        for match in _OPS.finditer(content):
            font, glyphs, _dx, dy = match.groups()
            if font:
                cmap = maps.get(resources.get(font, -1), {})
            elif glyphs is not None:
                line += "".join(cmap.get(int(glyphs[i : i + 4], 16), "")
                                for i in range(0, len(glyphs), 4))
            elif dy is not None and float(dy) != 0.0:
                lines.append(line)
                line = ""
        lines.append(line)
    # Qt maps the space glyph to a tab, and ligatures (ﬃ) to one code point.
    text = unicodedata.normalize("NFKC", "\n".join(lines)).replace("\t", " ")
    return re.sub(r"[ ]+", " ", text)
