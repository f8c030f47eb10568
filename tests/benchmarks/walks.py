"""Conversations walked by the real engine through the built-in scripts, to copy from.

Driving the engine 10,000 times would make the generator slow, so a few dozen walks per
script are made once (with a hand-moved clock and seeded choices: answers, skips, "too
much?", parking, pauses, going deeper or staying), and each generated conversation copies
one of them with its own people and start time. The events, prompt texts and summaries are
then exactly what the app records.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime

from belonging.application.live_conversation import shown_text
from belonging.application.wrap_up import summary_record
from belonging.core.conversation_events import ConversationEvent, EventKind
from belonging.core.engine import (
    CLOSING_PROMPT_ID,
    Action,
    Conversation,
    ConversationSetup,
    ConversationState,
    ManualClock,
    Participant,
)
from belonging.core.scripts.library import ScriptLibrary
from belonging.core.scripts.model import Script

#: Placeholder participant keys, replaced by each pair's person ids when a walk is copied.
LEADER_KEY = "@leader"
PARTNER_KEY = "@partner"
_MINUTES = (60, 75, 90, 90, 120)


@dataclass(frozen=True)
class ShownText:
    """A prompt as shown: its id, text, depth and seconds after the start."""

    prompt_id: str
    text: str
    depth: int | None
    offset: float


@dataclass(frozen=True)
class Walk:
    """One walked conversation, with times as seconds after its start."""

    script: Script
    planned_minutes: int
    events: tuple[tuple[float, ConversationEvent], ...]
    shown: tuple[ShownText, ...]
    summary: dict
    duration: float
    depth_reached: int
    too_much_ids: tuple[str, ...]
    parked_ids: tuple[str, ...]

    @property
    def note_prompt_ids(self) -> list[str]:
        """The prompts a note can be taken on (every one shown but the closing prompt)."""
        return [shown.prompt_id for shown in self.shown if shown.prompt_id != CLOSING_PROMPT_ID]


def _act(conversation: Conversation, rng: random.Random, clock: ManualClock) -> None:
    state = conversation.state
    if state is ConversationState.PROMPT:
        clock.advance(rng.uniform(90, 330))
        roll = rng.random()
        if roll < 0.82:
            conversation.next()
        elif roll < 0.89:
            conversation.skip()
        elif roll < 0.92:
            rng.choice((LEADER_KEY, PARTNER_KEY))  # no longer named; drawn to keep the seed's path
            conversation.too_much()
        elif roll < 0.96:
            conversation.park(LEADER_KEY)
        else:
            conversation.pause(PARTNER_KEY)
    elif state is ConversationState.PAUSED:
        clock.advance(rng.uniform(30, 240))
        conversation.resume(PARTNER_KEY)
    elif state is ConversationState.AWAITING_CONSENT:
        clock.advance(rng.uniform(10, 40))
        allowed = conversation.allowed_actions()
        # Mostly the secret ballot comes out yes from both; otherwise they stay, or wrap up
        # when nothing is left at this depth.
        if Action.GO_DEEPER in allowed and (rng.random() < 0.9 or Action.STAY not in allowed):
            conversation.go_deeper()
        elif Action.STAY in allowed:
            conversation.stay()
        else:
            conversation.wrap_up()
    elif state is ConversationState.WRAP_UP:
        clock.advance(rng.uniform(120, 400))
        conversation.end()


def walk(script: Script, rng: random.Random) -> Walk:
    """Walks `script` from start to end with seeded choices."""
    minutes = rng.choice(_MINUTES)
    setup = ConversationSetup(
        script_id=script.id,
        script_sha256=script.sha256,
        participants=(Participant(LEADER_KEY, "Leader"), Participant(PARTNER_KEY, "Partner")),
        leader_key=LEADER_KEY,
        planned_minutes=minutes,
    )
    clock = ManualClock()
    start = clock.now()
    conversation = Conversation(script, setup, clock)
    conversation.start()
    for _ in range(400):
        if conversation.state is ConversationState.ENDED:
            break
        _act(conversation, rng, clock)
    if conversation.state is not ConversationState.ENDED:
        conversation.end()
    return _record(script, minutes, conversation, start)


def _record(script: Script, minutes: int, conversation: Conversation, start: datetime) -> Walk:
    events = tuple(((e.at - start).total_seconds(), e) for e in conversation.events)
    shown = tuple(
        ShownText(
            prompt_id=e.prompt_id,
            text=shown_text(conversation, e.prompt_id),
            depth=e.data.get("prompt_depth", e.depth),
            offset=offset,
        )
        for offset, e in events
        if e.prompt_id is not None and e.kind in (EventKind.PROMPT_SHOWN, EventKind.WRAP_UP)
    )
    unique = {item.prompt_id: item for item in reversed(shown)}  # first showing wins
    summary = conversation.summary
    return Walk(
        script=script,
        planned_minutes=minutes,
        events=events,
        shown=tuple(sorted(unique.values(), key=lambda item: item.offset)),
        summary=summary_record(summary),
        duration=events[-1][0],
        depth_reached=summary.depth_reached,
        too_much_ids=summary.too_much_prompt_ids,
        parked_ids=summary.parked_prompt_ids,
    )


def make_walks(rng: random.Random, per_script: int) -> list[Walk]:
    """`per_script` walks of every built-in script."""
    library = ScriptLibrary(None)
    return [walk(script, rng) for script in library.scripts for _ in range(per_script)]
