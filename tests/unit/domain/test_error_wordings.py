"""What an error carries for the window: its wording when that is all it says, and the
system's reason for a refused file in our words for the common errnos, its own for the rest."""

from __future__ import annotations

import errno
import pickle

from newsdesk.domain.dateline_template import DatelineTemplateError
from newsdesk.domain.errors import (
    InvalidInputError,
    StorageError,
    Wording,
    os_reason,
    wording,
    wording_of,
)


def test_an_error_s_wording_is_handed_on_only_when_it_says_all_the_error_says() -> None:
    said = wording("Unknown field {field} in the dateline template; known fields: {known}.",
                   field="{x}", known="{city}")
    assert wording_of(DatelineTemplateError(said, field="x")) == said
    assert wording_of(StorageError(said)) == said
    assert wording_of(InvalidInputError(said)) == said
    # With a field before it, the wording alone would drop where the problem is.
    assert wording_of(InvalidInputError(said, field="dateline_template")) is None
    assert wording_of(ValueError("plain")) is None
    assert wording_of(StorageError("plain text")) is None


def test_a_wording_crosses_to_a_worker_process_and_back() -> None:
    said = wording("{situation}; ask whoever manages it", situation=wording("the disk is full"))
    assert pickle.loads(pickle.dumps(said)) == said


def test_common_system_refusals_are_worded_for_translation_the_rest_kept_as_said() -> None:
    for code, english in ((errno.ENOENT, "there is no such file or folder"),
                          (errno.EACCES, "permission denied"),
                          (errno.EISDIR, "it is a folder"),
                          (errno.ENOSPC, "no space left on the disk"),
                          (errno.EROFS, "the disk is read-only"),
                          (errno.ENOTDIR, "a part of the path is not a folder"),
                          (errno.EEXIST, "it exists already")):
        assert os_reason(OSError(code, "what the system said", "/x")) == Wording(english)
    assert os_reason(OSError(errno.ETXTBSY, "Text file busy")) == "Text file busy"
    assert os_reason(OSError("no errno at all")) == "no errno at all"
