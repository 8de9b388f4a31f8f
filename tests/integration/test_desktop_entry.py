"""The set-up's menu entry: a valid .desktop file, the icon, and a `newsdesk` command for the user."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
INSTALL = REPO / "scripts" / "install-desktop"
EXE = REPO / ".venv" / "bin" / "newsdesk"


def install(home: Path, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env["HOME"] = str(home)
    if path is not None:
        env["PATH"] = path
    return subprocess.run([str(INSTALL)], env=env, capture_output=True, text=True, check=False,
                          timeout=60)


def desktop_keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


@pytest.fixture
def validator() -> str:
    found = shutil.which("desktop-file-validate")
    # Not a skip: CI installs it (scripts/setup --test), and a skipped check proves nothing.
    assert found, "desktop-file-validate is missing: install desktop-file-utils (scripts/setup --test)"
    return found


def test_the_menu_entry_is_valid_and_starts_this_checkout(tmp_path: Path, validator: str) -> None:
    assert EXE.is_file(), "run scripts/setup first"
    done = install(tmp_path, path=f"{tmp_path / '.local' / 'bin'}:/usr/bin:/bin")

    assert done.returncode == 0, done.stderr
    entry = tmp_path / ".local" / "share" / "applications" / "newsdesk.desktop"
    checked = subprocess.run([validator, str(entry)], capture_output=True, text=True, check=False)
    assert (checked.returncode, checked.stdout, checked.stderr) == (0, "", "")
    keys = desktop_keys(entry)
    assert keys["Exec"] == str(EXE) and os.access(keys["Exec"], os.X_OK)
    assert (keys["Name"], keys["Icon"], keys["Terminal"]) == ("Newsdesk", "newsdesk", "false")
    icon = tmp_path / ".local/share/icons/hicolor/scalable/apps/newsdesk.svg"
    assert icon.read_bytes() == (REPO / "newsdesk/assets/icons/newsdesk.svg").read_bytes()
    assert b"<svg" in icon.read_bytes()
    command = tmp_path / ".local" / "bin" / "newsdesk"
    assert command.is_symlink() and command.resolve() == EXE.resolve()
    assert "Start it again with: newsdesk" in done.stdout
    assert "./scripts/start" in done.stdout


def test_the_menu_entry_speaks_russian_to_a_russian_desktop(tmp_path: Path, validator: str) -> None:
    """A desktop in Russian (LANG=ru_RU) shows the [ru] keys; the brand stays Newsdesk, as in
    the Russian interface's window title."""
    assert install(tmp_path).returncode == 0
    entry = tmp_path / ".local" / "share" / "applications" / "newsdesk.desktop"
    checked = subprocess.run([validator, str(entry)], capture_output=True, text=True, check=False)
    assert (checked.returncode, checked.stdout, checked.stderr) == (0, "", "")
    keys = desktop_keys(entry)
    assert keys["Name[ru]"] == "Newsdesk"
    assert keys["GenericName[ru]"] == "Редактор новостей"
    assert keys["Comment[ru]"].startswith("Пишите, редактируйте и публикуйте новости")
    assert "редакция" in keys["Keywords[ru]"].split(";")
    assert keys["Keywords"].isascii()  # the English keywords stay Latin
    for localized in (key for key in keys if key.endswith("[ru]")):
        assert localized.removesuffix("[ru]") in keys  # each has its untranslated key


def test_running_it_again_is_quiet_and_changes_nothing(tmp_path: Path) -> None:
    assert install(tmp_path).returncode == 0
    entry = tmp_path / ".local" / "share" / "applications" / "newsdesk.desktop"
    before = entry.stat().st_mtime_ns

    again = install(tmp_path)

    assert (again.returncode, again.stdout, again.stderr) == (0, "", "")
    assert entry.stat().st_mtime_ns == before
    assert not list(entry.parent.glob(".*.tmp"))  # no scrap left beside the entry


def test_a_newsdesk_file_of_the_users_own_in_local_bin_is_left_alone(tmp_path: Path) -> None:
    mine = tmp_path / ".local" / "bin" / "newsdesk"
    mine.parent.mkdir(parents=True)
    mine.write_text("#!/bin/sh\necho my own script\n", encoding="utf-8")

    done = install(tmp_path, path="/usr/bin:/bin")

    assert done.returncode == 0
    assert mine.read_text(encoding="utf-8") == "#!/bin/sh\necho my own script\n"
    assert "exists and is not a link; left alone" in done.stderr
    assert f"Start it again with: {EXE}" in done.stdout
