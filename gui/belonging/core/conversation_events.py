"""The record of what happened in a conversation, one event per transition of the engine.

This is the contract between the engine (which produces events) and storage (which keeps
them): a conversation is rebuilt after a crash by replaying its events in `seq` order.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


class EventKind(enum.StrEnum):
    """What happened. Storage keeps the value as text, so values never change once released."""

    STARTED = "started"
    LEVEL_ENTERED = "level_entered"
    PROMPT_SHOWN = "prompt_shown"
    #: A crossroads: go deeper, stay or wrap up (data: "target", None when there is no deeper
    #: level left; "stay", whether anything is left at this depth; "reason"; "more", present
    #: and true when other scripts lend prompts at this depth).
    DEEPER_ASKED = "deeper_asked"
    #: The secret ballot came out yes: both are ready (data: "target"). Nobody is named.
    DEEPER_AGREED = "deeper_agreed"
    ANSWERED = "answered"
    SKIPPED = "skipped"
    TOO_MUCH = "too_much"
    PARKED = "parked"
    PAUSED = "paused"
    RESUMED = "resumed"
    #: Recorded by versions before the secret ballot (data: "target"), naming who was ready.
    #: No longer made; a conversation holding one cannot be continued.
    READY_DEEPER = "ready_deeper"
    STAYED = "stayed"
    #: At a crossroads where this depth has run out: "More at this depth", from the scripts
    #: that lend their prompts. Nobody is named.
    MORE_HERE = "more_here"
    WRAP_UP = "wrap_up"
    #: Back from the wrap-up to where the pair was.
    BACK_TO_PROMPTS = "back_to_prompts"
    #: Back to the prompt before (its id), undoing how the pair moved on from it (data:
    #: "left", the prompt that was on screen, None from a crossroads).
    WENT_BACK = "went_back"
    ENDED = "ended"


@dataclass(frozen=True)
class ConversationEvent:
    """One transition: what, when, at which depth and prompt, raised by whom.

    `at` is timezone-aware (UTC). `actor` is the key of the participant who raised it, or None
    for events nobody raised (a level entered after both consented). `data` holds any extra
    JSON-serialisable detail the engine needs to replay the event exactly.
    """

    seq: int
    kind: EventKind
    at: datetime
    depth: int | None = None
    prompt_id: str | None = None
    actor: str | None = None
    data: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary (`at` as ISO 8601 text) that `from_dict` reads back."""
        return {
            "seq": self.seq,
            "kind": str(self.kind),
            "at": self.at.isoformat(),
            "depth": self.depth,
            "prompt_id": self.prompt_id,
            "actor": self.actor,
            "data": dict(self.data),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConversationEvent:
        """The event `to_dict` described; a time without a zone is taken to be UTC."""
        at = data["at"]
        moment = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return cls(
            seq=int(data["seq"]),
            kind=EventKind(data["kind"]),
            at=moment.astimezone(UTC),
            depth=data.get("depth"),
            prompt_id=data.get("prompt_id"),
            actor=data.get("actor"),
            data=dict(data.get("data") or {}),
        )
