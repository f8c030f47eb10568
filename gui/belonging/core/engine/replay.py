"""Reading recorded events back as the actions that produced them, to rebuild a conversation.

A conversation is rebuilt by doing again, at the recorded times, each action the events
record, and checking that the engine produces the very same events. So a rebuilt
conversation is identical to the lost one by construction, and a record that does not fit
the script (the file changed, an event went missing) is refused with the first difference.

Each action records one event saying what was done (`answered`, `too_much`, ...), followed by
events the engine adds as consequences (`level_entered`, `prompt_shown`, `deeper_asked`, an
automatic `wrap_up`). Only the first kind starts an action.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC
from typing import Any

from belonging.core.conversation_events import ConversationEvent, EventKind
from belonging.core.engine.states import Action

#: `data["reason"]` of a wrap-up someone asked for, as opposed to one the engine reached.
WRAP_UP_ASKED = "asked"

_ACTION_OF_KIND = {
    EventKind.STARTED: Action.START,
    EventKind.ANSWERED: Action.NEXT,
    EventKind.SKIPPED: Action.SKIP,
    EventKind.TOO_MUCH: Action.TOO_MUCH,
    EventKind.PARKED: Action.PARK,
    EventKind.PAUSED: Action.PAUSE,
    EventKind.RESUMED: Action.RESUME,
    EventKind.READY_DEEPER: Action.READY_DEEPER,
    EventKind.STAYED: Action.STAY,
    EventKind.ENDED: Action.END,
}


def json_normal(data: Mapping[str, Any] | None) -> dict[str, Any]:
    """`data` as it reads after a JSON dump and load (tuples become lists), as storage keeps it."""
    return json.loads(json.dumps(dict(data or {})))


def normalised(event: ConversationEvent) -> ConversationEvent:
    """The event with its kind as an `EventKind`, its time in UTC and its data as JSON gives it."""
    moment = event.at if event.at.tzinfo is not None else event.at.replace(tzinfo=UTC)
    return ConversationEvent(
        seq=int(event.seq),
        kind=EventKind(event.kind),
        at=moment.astimezone(UTC),
        depth=event.depth,
        prompt_id=event.prompt_id,
        actor=event.actor,
        data=json_normal(event.data),
    )


def action_of(event: ConversationEvent) -> Action | None:
    """The action this event records, or None when the engine added it as a consequence."""
    if event.kind is EventKind.WRAP_UP:
        return Action.WRAP_UP if event.data.get("reason") == WRAP_UP_ASKED else None
    return _ACTION_OF_KIND.get(EventKind(event.kind))


def difference(recorded: ConversationEvent, produced: ConversationEvent) -> str | None:
    """What differs between a recorded event and the one replaying produced, or None."""
    for name in ("seq", "kind", "at", "depth", "prompt_id", "actor", "data"):
        was, now = getattr(recorded, name), getattr(produced, name)
        if was != now:
            return f"{name} was {was!r} but replaying gives {now!r}"
    return None
