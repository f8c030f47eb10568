"""Rebuilding a conversation from its recorded events, e.g. after a crash.

A conversation is rebuilt (`rebuild`) by doing again, at the recorded times, each action the
events record, and checking that the engine produces the very same events. So a rebuilt
conversation is identical to the lost one by construction, and a record that does not fit
the script (the file changed, an event went missing) is refused with the first difference.

Each action records one event saying what was done (`answered`, `too_much`, ...), followed by
events the engine adds as consequences (`level_entered`, `prompt_shown`, `deeper_asked` at a
crossroads reached). Only the first kind starts an action; an action that only moves the
pair on (asking to go deeper again) is told from a consequence by its `data["reason"]`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC

from belonging.core.conversation_events import ConversationEvent, EventKind
from belonging.core.engine.clock import Clock
from belonging.core.engine.conversation import Conversation
from belonging.core.engine.conversation_setup import ConversationSetup
from belonging.core.engine.states import Action, EngineError
from belonging.core.engine.walk import WRAP_UP_ASKED, json_normal
from belonging.core.scripts.model import Script

_ACTION_OF_KIND = {
    EventKind.STARTED: Action.START,
    EventKind.ANSWERED: Action.NEXT,
    EventKind.SKIPPED: Action.SKIP,
    EventKind.TOO_MUCH: Action.TOO_MUCH,
    EventKind.PARKED: Action.PARK,
    EventKind.PAUSED: Action.PAUSE,
    EventKind.RESUMED: Action.RESUME,
    EventKind.DEEPER_AGREED: Action.GO_DEEPER,
    EventKind.STAYED: Action.STAY,
    EventKind.MORE_HERE: Action.MORE_HERE,
    EventKind.BACK_TO_PROMPTS: Action.BACK_TO_PROMPTS,
    EventKind.WENT_BACK: Action.BACK,
    EventKind.ENDED: Action.END,
}


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
    if event.kind is EventKind.DEEPER_ASKED:
        # The pair asking to go deeper again is an action; a crossroads reached is not.
        return Action.ASK_DEEPER if event.data.get("reason") == "asked" else None
    return _ACTION_OF_KIND.get(EventKind(event.kind))


def difference(recorded: ConversationEvent, produced: ConversationEvent) -> str | None:
    """What differs between a recorded event and the one replaying produced, or None."""
    for name in ("seq", "kind", "at", "depth", "prompt_id", "actor", "data"):
        was, now = getattr(recorded, name), getattr(produced, name)
        if was != now:
            return f"{name} was {was!r} but replaying gives {now!r}"
    return None


def rebuild(
    script: Script,
    setup: ConversationSetup,
    events: Iterable[ConversationEvent],
    clock: Clock | None = None,
    lenders: Sequence[Script] = (),
) -> Conversation:
    """The conversation these events recorded, rebuilt on `script` with `setup` (and the
    scripts that may lend it prompts).

    Each recorded action is done again at its recorded time and must produce exactly the
    recorded events; otherwise `EngineError` says where they part. When the record stops
    part-way through an action's consequences, the missing events are made again and come
    out of `drain_new_events()`; everything recorded counts as already handed over.
    """
    conversation = Conversation(script, setup, clock, lenders)
    recorded = sorted((normalised(event) for event in events), key=lambda event: event.seq)
    for expected, event in enumerate(recorded, start=1):
        if event.seq != expected:
            raise EngineError(f"recorded event {expected} is missing (next is {event.seq})")
    index = 0
    while index < len(recorded):
        index = _replay_action(conversation, recorded, index)
    conversation.mark_drained(len(recorded))
    return conversation


def _replay_action(
    conversation: Conversation, recorded: list[ConversationEvent], index: int
) -> int:
    """Does again the action recorded at `index`; returns the index of the next one."""
    event = recorded[index]
    action = action_of(event)
    if action is None:
        raise EngineError(f"event {event.seq} ({event.kind}) does not record an action")
    try:
        produced = conversation.perform_at(event.at, action, event.actor)
    except EngineError as error:
        raise EngineError(f"event {event.seq} ({event.kind}) cannot be replayed: {error}") from None
    for offset, made in enumerate(produced):
        if index + offset >= len(recorded):
            break
        problem = difference(recorded[index + offset], made)
        if problem is not None:
            raise EngineError(
                f"event {made.seq} differs from the record "
                f"(has the script or the setup changed?): {problem}"
            )
    return index + len(produced)
