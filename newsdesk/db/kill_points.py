"""Test-only hook: SIGKILL this process at a named step of an upgrade or a backup restore.

``tests/integration/db/test_killed_upgrade.py`` runs an upgrade in a subprocess with
``NEWSDESK_TEST_KILL_AT=<step>`` and checks that the newsroom still opens afterwards. The
steps are ``backup`` (a backup half made), ``marked`` (backup made, upgrade not begun), a
revision id such as ``0003`` (that migration applied inside the open transaction) and
``committed`` (upgrade committed, marker not yet removed); ``restore-copied`` and
``restore-aside`` while a backup is put in place of a damaged file. Without the variable it
is one dictionary lookup per step.
"""

from __future__ import annotations

import os
import signal

ENV_KILL_AT = "NEWSDESK_TEST_KILL_AT"


def kill_point(step: str) -> None:
    if os.environ.get(ENV_KILL_AT) == step:
        os.kill(os.getpid(), signal.SIGKILL)
