"""Where a conversation is in its script, and how it moves from prompt to prompt.

A `Walk` holds everything that changes as the pair talks — the level, the ceiling, the prompt
on screen and whose turn it is, why it waits at a crossroads, what was shown, answered, skipped,
found too much or parked, the events recorded — and the few movements every action is made
of: show the next prompt, ask "deeper?", enter a level, begin the wrap-up. What each action
does with them is `moves.py`'s; `Conversation` is the public face over both.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from belonging.core.conversation_events import ConversationEvent, EventKind
from belonging.core.engine.clock import Clock, SystemClock, utc_now
from belonging.core.engine.conversation_setup import ConversationSetup, check_setup_fits
from belonging.core.engine.pacing import TimeLedger, level_minutes, planned_minutes, prompt_budget
from belonging.core.engine.selection import (
    LENT_SEPARATOR,
    Candidate,
    PromptPicker,
    Source,
    lent_levels,
)
from belonging.core.engine.snapshots import (
    CLOSING_PROMPT_ID,
    ShownPrompt,
    Turn,
    closing_prompt,
    next_turn,
    shown_from_script,
)
from belonging.core.engine.states import ConversationState, EngineError
from belonging.core.engine.summary import ConsentMoment
from belonging.core.scripts.model import Level, Prompt, Script, TurnMode

if TYPE_CHECKING:
    from belonging.core.engine.going_back import LeftPrompt

_S = ConversationState

#: `data["reason"]` of a wrap-up someone asked for, as opposed to one the engine reached.
WRAP_UP_ASKED = "asked"


def json_normal(data: Mapping[str, Any] | None) -> dict[str, Any]:
    """`data` as it reads after a JSON dump and load (tuples become lists), as storage keeps it."""
    return json.loads(json.dumps(dict(data or {})))


class Walk:
    """The changing state of one conversation, and the movements actions are made of."""

    def __init__(
        self,
        script: Script,
        setup: ConversationSetup,
        clock: Clock | None,
        lenders: Sequence[Script] = (),
    ) -> None:
        check_setup_fits(script, setup)
        self.script = script
        self.setup = setup
        self.clock: Clock = clock if clock is not None else SystemClock()
        self.lenders = tuple(lenders)
        self.picker = PromptPicker(script, setup, lent_levels(setup, self.lenders))
        self.level_plan = level_minutes(script, setup)
        self.planned_minutes = planned_minutes(script, setup)
        level_count = len(script.levels)
        self.ceiling = min(setup.depth_ceiling or level_count, level_count)
        #: The deepest level today, however the pair agrees: the lower of their private
        #: choices (and a script's ceiling for a manager and their report).
        self.cap = min(setup.today_cap or level_count, level_count)
        self.state = _S.NOT_STARTED
        self.paused_from: ConversationState | None = None
        self.depth = setup.starting_depth
        self.depth_reached = 0
        self.staying = False
        #: Whether the pair chose "More at this depth": lent prompts follow the script's own.
        self.borrowing = False
        self.shown_in_level = 0
        self.level_entry_seconds = 0.0
        self.current: ShownPrompt | None = None
        self.candidate: Candidate | None = None
        self.turn: Turn | None = None
        self.turn_number = 0
        #: Why the engine waits at the crossroads, while it does.
        self.crossroads_reason: str | None = None
        #: Where the pair was when the wrap-up began (state, prompt, candidate, turn, turn
        #: number), for the way back to the prompts.
        self.before_wrap_up: tuple | None = None
        #: The prompt on screen when the pair asked to go deeper (prompt, candidate, turn):
        #: "not today" returns to it.
        self.before_asking: tuple | None = None
        self.just_stepped_back = False
        #: The prompts moved on from since the way back last closed, oldest first
        #: (`going_back.LeftPrompt`): what "Back" returns to.
        self.behind: list[LeftPrompt] = []
        self.used: set[str] = set()
        self.shown: list[str] = []
        self.answered: list[str] = []
        self.skipped: list[str] = []
        self.too_much: list[str] = []
        self.parked: list[str] = []
        self.consents: list[ConsentMoment] = []
        self.started_at: datetime | None = None
        self.ended_at: datetime | None = None
        self.ledger = TimeLedger()
        self.events: list[ConversationEvent] = []
        #: When set, every action happens at this moment (a recorded one, while replaying).
        self.replay_at: datetime | None = None
        #: When set, the moment the next action happened (`pause_as_of`), not the clock's.
        self.backdated_to: datetime | None = None
        self.now = self.read_clock()

    # --- moving between prompts and levels ---------------------------------------------------

    def advance(self) -> None:
        """After a prompt (or at a level's start): the next prompt, or a crossroads. Never the
        wrap-up: only the pair asks for that."""
        candidate = self._next_candidate()
        if candidate is not None:
            self.show(candidate)
            return
        reason = "nothing_left" if self.staying else "level_done"
        self.to_crossroads(reason)

    def to_crossroads(self, reason: str, *, actor: str | None = None) -> None:
        """Waits for the pair to choose: deeper (by their ballot), stay, or wrap up."""
        self.state = _S.AWAITING_CONSENT
        self.crossroads_reason = reason
        self.current = self.candidate = self.turn = None
        data: dict[str, object] = {
            "target": self.deeper_target(), "stay": self.can_stay(), "reason": reason
        }  # fmt: skip
        if self.more_possible():
            data["more"] = True
        self.emit(EventKind.DEEPER_ASKED, actor=actor, data=data)

    def _next_candidate(self) -> Candidate | None:
        if self.staying:
            own = self.picker.staying(self.depth, self.used)
            if own is None and self.borrowing:
                return self.picker.lent_at(self.depth, self.used)
            return own
        budget = self.budget()
        if budget is not None and self.shown_in_level >= budget:
            return None
        return self.picker.at_level(self.depth, self.used)

    def enter_level(self, depth: int, reason: str, *, staying: bool = False) -> None:
        """Moves to level `depth` (raising the ceiling to it) and records why."""
        self.depth = depth
        self.behind.clear()  # a new level closes the way back
        self.ceiling = max(self.ceiling, depth)
        self.depth_reached = max(self.depth_reached, depth)
        self.staying = staying
        self.borrowing = False
        self.shown_in_level = 0
        self.level_entry_seconds = self.ledger.level_seconds(depth)
        self.emit(EventKind.LEVEL_ENTERED, data={"reason": reason, "ceiling": self.ceiling})

    def show(self, candidate: Candidate) -> None:
        """Puts `candidate` on screen with the next turn."""
        shown = shown_from_script(
            candidate.level,
            candidate.prompt,
            lighter=candidate.lighter,
            after_too_much=self.just_stepped_back,
        )
        if candidate.source is Source.LENT:
            shown = dataclasses.replace(shown, lent_from=self._lender_title(candidate.prompt.id))
        self.turn = self.next_turn(self.script.turns, candidate.level, candidate.prompt)
        self.current, self.candidate = shown, candidate
        self.used.update((candidate.prompt.id, shown.id))
        if shown.id not in self.shown:  # shown again after going back: already listed
            self.shown.append(shown.id)
        self.shown_in_level += 1
        self.state = _S.PROMPT
        self.emit(
            EventKind.PROMPT_SHOWN,
            prompt_id=shown.id,
            data={"prompt_depth": shown.depth, "source": candidate.source} | turn_data(self.turn),
        )

    def begin_wrap_up(self, reason: str, *, actor: str | None) -> None:
        """Goes to the wrap-up and its closing prompt, remembering the way back."""
        came_from = self.paused_from if self.state is _S.PAUSED else self.state
        open_crossroads = came_from is _S.AWAITING_CONSENT and (
            self.deeper_target() is not None or self.stay_possible()
        )
        if came_from is _S.PROMPT or open_crossroads:
            self.before_wrap_up = (
                came_from, self.current, self.candidate, self.turn, self.turn_number
            )  # fmt: skip
        else:
            self.before_wrap_up = None
        self.state = _S.WRAP_UP
        self.candidate = None
        self.current = closing_prompt(self.script.closing, self.script.closing_html, self.depth)
        self.turn = self.next_turn(TurnMode.BOTH, self.script.level(self.depth), None)
        closing = "default" if self.current.is_default_closing else "script"
        self.emit(
            EventKind.WRAP_UP,
            prompt_id=CLOSING_PROMPT_ID,
            actor=actor,
            data={"reason": reason, "closing": closing} | turn_data(self.turn),
        )

    def _lender_title(self, shown_id: str) -> str:
        lender_id = shown_id.partition(LENT_SEPARATOR)[0]
        return next((s.title for s in self.lenders if s.id == lender_id), lender_id)

    # --- what the rules ask ---------------------------------------------------------------------

    def next_turn(self, mode: TurnMode, level: Level, prompt: Prompt | None) -> Turn:
        """The turn of the next prompt shown (None: the closing prompt)."""
        self.turn_number += 1
        return next_turn(self.turn_number, mode, self.setup, level, prompt)

    def prompt_on_screen(self) -> ShownPrompt:
        """The prompt on screen (an action that needs one is only allowed when there is)."""
        assert self.current is not None
        return self.current

    def deeper_target(self) -> int | None:
        """The nearest deeper level with a prompt to offer within today's limit, or None."""
        target = self.picker.deeper_than(self.depth, self.used)
        return target if target is not None and target <= self.cap else None

    def can_stay(self) -> bool:
        """Whether a prompt is left at this depth or a lighter one."""
        return self.picker.staying(self.depth, self.used) is not None

    def stay_possible(self) -> bool:
        """Whether "stay" applies at this crossroads: back to the prompt the pair was at when
        they asked to go deeper, or on to one left at this depth or a lighter one."""
        return self.before_asking is not None or self.can_stay()

    def more_possible(self) -> bool:
        """Whether "More at this depth" applies: nothing of the script's own is left at this
        depth or a lighter one, the pair is not between a prompt and their ballot, and
        another script lends a prompt of this level they may see."""
        return (
            self.before_asking is None
            and not self.can_stay()
            and self.picker.lent_at(self.depth, self.used) is not None
        )

    def budget(self) -> int | None:
        """How many prompts the pacing plans for this level (None: all of them)."""
        return prompt_budget(self.level_plan.get(self.depth), self.script.turns)

    def read_clock(self) -> datetime:
        """Now: the replayed or backdated moment when there is one, else the clock's."""
        if self.replay_at is not None:
            return self.replay_at
        if self.backdated_to is not None:
            return self.backdated_to
        try:
            return utc_now(self.clock)
        except ValueError as error:
            raise EngineError(str(error)) from None

    def emit(
        self,
        kind: EventKind,
        *,
        prompt_id: str | None = None,
        actor: str | None = None,
        data: dict[str, object] | None = None,
    ) -> None:
        """Records an event at this action's moment and depth."""
        self.events.append(
            ConversationEvent(
                seq=len(self.events) + 1,
                kind=kind,
                at=self.now,
                depth=self.depth,
                prompt_id=prompt_id,
                actor=actor,
                data=json_normal(data),
            )
        )


def turn_data(turn: Turn) -> dict[str, object]:
    """What a recorded event says of a turn."""
    return {"turn": turn.number, "first": turn.first.key, "second": turn.second.key}
