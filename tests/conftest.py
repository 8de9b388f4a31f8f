"""Suite-wide fixtures: offscreen Qt, and the databases every database test runs on."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
