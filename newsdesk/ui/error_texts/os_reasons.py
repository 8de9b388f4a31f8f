"""What the operating system said, by errno, in words the catalogue can translate.

Python's ``strerror`` is English; ``newsdesk.ui.error_text.os_error_text`` translates these
in the "Errors" context and keeps the system's own words for an errno not listed.
"""

from __future__ import annotations

import errno
from typing import Final

from newsdesk.ui.noop import QT_TRANSLATE_NOOP

OS_REASONS: Final = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "there is no such file or folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "the operation is not permitted"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "no space left on the disk"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Errors", "a part of the path is not a folder"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Errors", "it exists already"),
    errno.EIO: QT_TRANSLATE_NOOP("Errors", "the disk could not be read or written"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Errors", "the name is too long"),
}
