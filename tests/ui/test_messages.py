"""The message bus, without a window: every message is logged at its level and emitted with
its actions, which carry their own callbacks."""

from __future__ import annotations

import logging

import pytest

from newsdesk.ui.messages import Level, Message, MessageAction, MessageBus


def test_each_level_is_logged_at_its_own_level_and_emitted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bus = MessageBus()
    posted: list[Message] = []
    bus.message_posted.connect(posted.append)
    with caplog.at_level(logging.INFO, logger="newsdesk.ui.messages"):
        bus.info("Imported 3 stories.")
        bus.warning("2 files hold stories that already exist.")
        bus.error("The export failed: the disk is full.")
    assert [(m.level, m.text) for m in posted] == [
        (Level.INFO, "Imported 3 stories."),
        (Level.WARNING, "2 files hold stories that already exist."),
        (Level.ERROR, "The export failed: the disk is full."),
    ]
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.INFO, "Imported 3 stories."),
        (logging.WARNING, "2 files hold stories that already exist."),
        (logging.ERROR, "The export failed: the disk is full."),
    ]


def test_actions_travel_with_the_message_and_trigger_their_own_callback() -> None:
    bus = MessageBus()
    posted: list[Message] = []
    bus.message_posted.connect(posted.append)
    pressed: list[str] = []
    replace = MessageAction("Replace Existing", lambda: pressed.append("replace"))
    keep = MessageAction("Keep", lambda: pressed.append("keep"))
    bus.warning("Replace them?", actions=[replace, keep], about="import")
    message = posted[0]
    assert message.actions == (replace, keep) and message.about == "import"
    message.actions[1].trigger()
    assert pressed == ["keep"]


def test_more_actions_than_the_notice_can_show_are_refused() -> None:
    noop = MessageAction("x", lambda: None)
    with pytest.raises(ValueError, match="at most three"):
        MessageBus().error("too many", actions=[noop, noop, noop, noop])
