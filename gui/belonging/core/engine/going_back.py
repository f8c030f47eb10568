"""Going back to the prompt before: the way back a pair keeps while it moves on.

Each prompt the pair moves on from (answered, skipped or parked) is remembered as it was
left — the prompt, whose turn it was, how far into the level — so that "Back" shows it again
exactly so, undoing how they moved on, and the prompt that was on screen is offered again
next. The way back is a straight run of prompts: it closes at the opening, when a level is
entered, at "too much?" (a prompt found too much is never brought back, nor anything before
it) and at a crossroads choice other than "not today". It never leads above the ceiling.
"""

from __future__ import annotations

from dataclasses import dataclass

from belonging.core.conversation_events import EventKind
from belonging.core.engine.selection import Candidate, Source
from belonging.core.engine.snapshots import ShownPrompt, Turn
from belonging.core.engine.states import ConversationState
from belonging.core.engine.walk import Walk

_OUTCOME_KINDS = {
    EventKind.ANSWERED: "answered",
    EventKind.SKIPPED: "skipped",
    EventKind.PARKED: "parked",
}


@dataclass(frozen=True)
class LeftPrompt:
    """A prompt the pair moved on from, as it was when they left it."""

    shown: ShownPrompt
    candidate: Candidate
    turn: Turn
    turn_number: int
    shown_in_level: int
    #: How they moved on: the event kind recorded ("answered", "skipped", "parked").
    outcome: EventKind


def remember_leaving(walk: Walk, outcome: EventKind) -> None:
    """Notes the prompt on screen as left by `outcome`, before the pair moves on."""
    shown, candidate, turn = walk.current, walk.candidate, walk.turn
    if shown is None or candidate is None or turn is None or shown.depth > walk.ceiling:
        # Only the lighter alternative straight after "too much?" sits above the ceiling:
        # going back must never lead there.
        walk.behind.clear()
        return
    walk.behind.append(
        LeftPrompt(shown, candidate, turn, walk.turn_number, walk.shown_in_level, outcome)
    )


def back_refusal(walk: Walk) -> str | None:
    """Why "Back" does not apply now (beyond the transition table), or None."""
    if walk.state is ConversationState.AWAITING_CONSENT and walk.crossroads_reason == "asked":
        return "“not today” is the way back from here"
    if not walk.behind:
        return "there is no earlier prompt to go back to"
    return None


def go_back(walk: Walk, by: str | None) -> None:
    """Shows the prompt left last, as it was, and offers the one on screen again next."""
    left = walk.behind.pop()
    leaving = walk.current if walk.state is ConversationState.PROMPT else None
    if leaving is not None and walk.candidate is not None:
        walk.used.discard(leaving.id)
        if walk.candidate.source is not Source.LIGHTER:
            walk.used.discard(walk.candidate.prompt.id)
    kept = {
        EventKind.ANSWERED: walk.answered,
        EventKind.SKIPPED: walk.skipped,
        EventKind.PARKED: walk.parked,
    }[left.outcome]
    _remove_last(kept, left.shown.id)
    walk.current, walk.candidate, walk.turn = left.shown, left.candidate, left.turn
    walk.turn_number = left.turn_number
    walk.shown_in_level = left.shown_in_level
    walk.crossroads_reason = None
    walk.state = ConversationState.PROMPT
    walk.emit(
        EventKind.WENT_BACK,
        prompt_id=left.shown.id,
        actor=by,
        data={"left": None if leaving is None else leaving.id, "undid": str(left.outcome)},
    )


def _remove_last(ids: list[str], prompt_id: str) -> None:
    for index in range(len(ids) - 1, -1, -1):
        if ids[index] == prompt_id:
            del ids[index]
            return
