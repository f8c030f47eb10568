"""The states of a conversation, the actions people take, and which action applies where.

The table below is the whole rulebook of moves: an action missing from a state's row does not
apply there, and the engine raises `EngineError` rather than quietly ignoring it. Each entry
also lists every state the action can lead to, so tests can check the engine never strays.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping


class EngineError(Exception):
    """An action that does not apply now, or a conversation that cannot be made or rebuilt.

    The message is written for the person reading a log or a UI author: it says what was tried
    and why it does not apply.
    """


class ConversationState(enum.StrEnum):
    """Where a conversation is; the UI shows a different screen for each."""

    #: Made, not started: introduction, ground rules and check-in happen here.
    NOT_STARTED = "not_started"
    #: A prompt is on screen; both answer it (or one asks, one answers).
    PROMPT = "prompt"
    #: The clock is stopped and the prompt hidden; `resume` returns to exactly where it was.
    PAUSED = "paused"
    #: A crossroads: the pair chooses whether to go deeper (by a secret ballot the screens
    #: hold; only its outcome reaches the engine), stay at this depth, or wrap up. Reached
    #: when a level's planned prompts are used, when nothing is left at this depth, or when
    #: the pair says they are ready to go deeper again.
    AWAITING_CONSENT = "awaiting_consent"
    #: The closing prompt, shared notes read back, follow-ups; then `end`.
    WRAP_UP = "wrap_up"
    #: Over; nothing applies any more.
    ENDED = "ended"


class Action(enum.StrEnum):
    """Something a person does (or the app does for them) to move a conversation on."""

    START = "start"
    NEXT = "next"
    SKIP = "skip"
    TOO_MUCH = "too_much"
    PARK = "park"
    PAUSE = "pause"
    RESUME = "resume"
    #: "We're ready to go deeper again": leads to the crossroads and its secret ballot.
    ASK_DEEPER = "ask_deeper"
    #: The ballot came out yes, from both: the next deeper level starts.
    GO_DEEPER = "go_deeper"
    #: "Not today — staying here" (or "stay at this depth"): the pair goes on, lighter.
    STAY = "stay"
    #: This depth has run out: more prompts of this level, lent by other scripts.
    MORE_HERE = "more_here"
    WRAP_UP = "wrap_up"
    #: From the wrap-up, back to where the pair was before it.
    BACK_TO_PROMPTS = "back_to_prompts"
    #: Back to the prompt before this one, as it was left (also the Undo of Park it and Skip).
    BACK = "back"
    END = "end"


_S = ConversationState
_A = Action
_ON = frozenset({_S.PROMPT, _S.AWAITING_CONSENT})

#: (state, action) -> every state the action may lead to. Absent pairs do not apply. Nothing
#: leads to WRAP_UP but asking for it: running out of prompts is a crossroads, never an end.
TRANSITIONS: Mapping[tuple[ConversationState, Action], frozenset[ConversationState]] = {
    (_S.NOT_STARTED, _A.START): _ON,
    (_S.NOT_STARTED, _A.END): frozenset({_S.ENDED}),
    (_S.PROMPT, _A.NEXT): _ON,
    (_S.PROMPT, _A.SKIP): _ON,
    (_S.PROMPT, _A.PARK): _ON,
    (_S.PROMPT, _A.TOO_MUCH): _ON,
    (_S.PROMPT, _A.PAUSE): frozenset({_S.PAUSED}),
    (_S.PROMPT, _A.ASK_DEEPER): frozenset({_S.AWAITING_CONSENT}),
    (_S.PROMPT, _A.WRAP_UP): frozenset({_S.WRAP_UP}),
    (_S.PROMPT, _A.END): frozenset({_S.ENDED}),
    (_S.PROMPT, _A.BACK): frozenset({_S.PROMPT}),
    (_S.AWAITING_CONSENT, _A.GO_DEEPER): frozenset({_S.PROMPT}),
    (_S.AWAITING_CONSENT, _A.STAY): frozenset({_S.PROMPT}),
    (_S.AWAITING_CONSENT, _A.MORE_HERE): frozenset({_S.PROMPT}),
    (_S.AWAITING_CONSENT, _A.PAUSE): frozenset({_S.PAUSED}),
    (_S.AWAITING_CONSENT, _A.WRAP_UP): frozenset({_S.WRAP_UP}),
    (_S.AWAITING_CONSENT, _A.END): frozenset({_S.ENDED}),
    (_S.AWAITING_CONSENT, _A.BACK): frozenset({_S.PROMPT}),
    (_S.PAUSED, _A.RESUME): frozenset({_S.PROMPT, _S.AWAITING_CONSENT, _S.WRAP_UP}),
    (_S.PAUSED, _A.WRAP_UP): frozenset({_S.WRAP_UP}),
    (_S.PAUSED, _A.END): frozenset({_S.ENDED}),
    (_S.WRAP_UP, _A.TOO_MUCH): frozenset({_S.WRAP_UP}),
    (_S.WRAP_UP, _A.PAUSE): frozenset({_S.PAUSED}),
    (_S.WRAP_UP, _A.BACK_TO_PROMPTS): _ON,
    (_S.WRAP_UP, _A.END): frozenset({_S.ENDED}),
}

_STATE_PHRASES = {
    _S.NOT_STARTED: "before the conversation has started",
    _S.PROMPT: "while a prompt is showing",
    _S.PAUSED: "while the conversation is paused",
    _S.AWAITING_CONSENT: "while the pair is choosing whether to go deeper",
    _S.WRAP_UP: "during the wrap-up",
    _S.ENDED: "after the conversation has ended",
}

_ACTION_LABELS = {
    _A.START: "Start",
    _A.NEXT: "Next",
    _A.SKIP: "Skip",
    _A.TOO_MUCH: "Too much?",
    _A.PARK: "Park it",
    _A.PAUSE: "Pause",
    _A.RESUME: "Resume",
    _A.ASK_DEEPER: "Ready to go deeper again",
    _A.GO_DEEPER: "Let's go deeper",
    _A.STAY: "Stay at this depth",
    _A.MORE_HERE: "More at this depth",
    _A.WRAP_UP: "Wrap up",
    _A.BACK_TO_PROMPTS: "Back to the prompts",
    _A.BACK: "Back",
    _A.END: "End",
}


def actions_in(state: ConversationState) -> frozenset[Action]:
    """The actions the table allows in `state`, before any finer check."""
    return frozenset(action for (source, action) in TRANSITIONS if source is state)


def not_applicable_message(state: ConversationState, action: Action) -> str | None:
    """Why `action` does not apply in `state` according to the table, or None if it does."""
    if (state, action) in TRANSITIONS:
        return None
    return f"“{_ACTION_LABELS[action]}” does not apply {_STATE_PHRASES[state]}"
