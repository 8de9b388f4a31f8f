"""The Russian catalogue is complete: nothing unfinished, nothing stale, every string in it.

The second test runs lupdate over the code into a temporary file, so a string someone wraps
in ``tr()`` without translating it fails here, not in front of a Russian desk.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from newsdesk.domain.translation_qa import MESSAGE_TEMPLATES
from newsdesk.ui.readiness_text import TEMPLATES

ROOT = Path(__file__).resolve().parents[3]
CATALOGUE = ROOT / "resources" / "translations" / "newsdesk_ru.ts"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def test_every_entry_is_translated() -> None:
    problems = []
    for context, message in _messages(CATALOGUE):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, source
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {kind}")
            continue
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != 3 or not all(form.strip() for form in forms):
                problems.append(f"{context}: {source!r} needs three Russian plural forms")
            texts = forms
        else:
            texts = [translation.text or ""]
            if not texts[0].strip():
                problems.append(f"{context}: {source!r} has an empty translation")
        for text in texts:
            # Placeholders the code fills in must survive translation.
            wanted = sorted(re.findall(r"\{\w*\}|%\d|%n|%s", source))
            if sorted(re.findall(r"\{\w*\}|%\d|%n|%s", text)) != wanted:
                problems.append(f"{context}: {source!r} lost a placeholder in {text!r}")
            if source.count("&") == 1 and re.search(r"&\w", source) and not re.search(r"&\w", text):
                problems.append(f"{context}: {source!r} lost its keyboard mnemonic in {text!r}")
    assert problems == []


def test_every_string_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_ru.ts"
    subprocess.run([str(LUPDATE), "-extensions", "py", "-locations", "none",
                    str(ROOT / "newsdesk"), "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=120)
    shipped = {(context, message.findtext("source")) for context, message in _messages(CATALOGUE)}
    in_code = {(context, message.findtext("source")) for context, message in _messages(fresh)}
    assert len(in_code) > 400
    assert sorted(in_code - shipped, key=str) == [], "run scripts/update-translations, translate"
    assert sorted(shipped - in_code, key=str) == [], "run scripts/update-translations"


def test_no_lupdate_context_is_garbled(tmp_path: Path) -> None:
    """A context lupdate mis-parsed ("QCoreApplication.self") never matches at run time."""
    contexts = {context for context, _ in _messages(CATALOGUE)}
    assert [c for c in contexts if "." in c or " " in c] == []


@pytest.mark.parametrize("template", MESSAGE_TEMPLATES)
def test_every_desk_check_message_can_be_translated(template: str) -> None:
    assert template in TEMPLATES
