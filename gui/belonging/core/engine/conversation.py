"""One conversation: a pair walking through a script, one action at a time.

This is the public face of the engine. Where the conversation is lives in a `Walk`; what each
action does is `moves.HANDLERS`'s, checked against `states.TRANSITIONS` before and after;
what it shows is built by `snapshots`, what it planned by `pacing`, which prompt comes next by
`selection`. `replay.rebuild` makes one again from its recorded events.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from belonging.core.conversation_events import ConversationEvent
from belonging.core.engine.clock import Clock
from belonging.core.engine.conversation_setup import ConversationSetup
from belonging.core.engine.moves import HANDLERS, refusal
from belonging.core.engine.pacing import NEAR_END_FRACTION, Pacing
from belonging.core.engine.selection import LIGHTER_SUFFIX
from belonging.core.engine.snapshots import Crossroads, LevelInfo, ShownPrompt, Turn
from belonging.core.engine.states import (
    TRANSITIONS,
    Action,
    ConversationState,
    EngineError,
    actions_in,
)
from belonging.core.engine.summary import ConversationSummary
from belonging.core.engine.walk import Walk
from belonging.core.scripts.model import Script

_S = ConversationState
_ACTIVE = frozenset({_S.PROMPT, _S.AWAITING_CONSENT, _S.PAUSED})
# Actions that leave the "we just stepped back" line on screen: they do not move the prompt.
_KEEPS_STEP_BACK = frozenset({Action.PAUSE, Action.RESUME})


class Conversation:
    """A pair's walk through a script: see the package docstring for how it unfolds.

    Read `state`, `current_prompt`, `turn`, `level`, `consent`, `pacing`, `summary` and
    `allowed_actions()` at any moment. Each action method returns the new state, or raises
    `EngineError` when it does not apply. New events are handed over by `drain_new_events()`
    and, after each action, to every callable in `on_event`.
    """

    def __init__(
        self,
        script: Script,
        setup: ConversationSetup,
        clock: Clock | None = None,
        lenders: Sequence[Script] = (),
    ) -> None:
        self._walk = Walk(script, setup, clock, lenders)
        self._drained = 0
        #: Called with each new event once the action that made it is complete.
        self.on_event: list[Callable[[ConversationEvent], None]] = []

    def perform(self, action: Action, by: str | None = None) -> ConversationState:
        """Does `action` on behalf of participant `by`; the methods below call this."""
        walk = self._walk
        source = walk.state
        problem = refusal(walk, action, by)
        if problem is not None:
            raise EngineError(problem)
        walk.now = walk.read_clock()
        walk.ledger.record(walk.now, walk.state, walk.depth)
        if action not in _KEEPS_STEP_BACK:
            walk.just_stepped_back = False
        before = len(walk.events)
        HANDLERS[action](walk, by)
        if walk.state not in TRANSITIONS[(source, action)]:
            raise RuntimeError(f"engine went from {source} to {walk.state} on {action}")
        if walk.replay_at is None:
            for event in walk.events[before:]:
                for listener in list(self.on_event):
                    listener(event)
        return walk.state

    def perform_at(
        self, moment: datetime, action: Action, by: str | None
    ) -> list[ConversationEvent]:
        """Does `action` as if at `moment` (a recorded one, while replaying), telling no
        listener; returns the events it made."""
        walk = self._walk
        before = len(walk.events)
        walk.replay_at = moment
        try:
            self.perform(action, by)
        finally:
            walk.replay_at = None
        return walk.events[before:]

    def mark_drained(self, count: int) -> None:
        """Counts the first `count` events as already handed over (they were recorded)."""
        self._drained = count

    # --- what the UI reads --------------------------------------------------------------

    @property
    def script(self) -> Script:
        """The script this conversation walks through."""
        return self._walk.script

    @property
    def lenders(self) -> tuple[Script, ...]:
        """The scripts given to lend their prompts (the setup says which it may use)."""
        return self._walk.lenders

    def prompt_text(self, shown_id: str) -> str | None:
        """The words shown under `shown_id` (the script's own prompt, a lighter one or a
        lent one), or None when this conversation has no such prompt."""
        found = self._walk.picker.find(shown_id)
        if found is None:
            return None
        _level, prompt = found
        if shown_id.endswith(LIGHTER_SUFFIX) and prompt.lighter is not None:
            return prompt.lighter
        return prompt.text

    @property
    def setup(self) -> ConversationSetup:
        """Who, how long, how deep and the pair's history, as given."""
        return self._walk.setup

    @property
    def state(self) -> ConversationState:
        """Where the conversation is now."""
        return self._walk.state

    @property
    def depth(self) -> int:
        """The level the conversation is at (1 is the lightest)."""
        return self._walk.depth

    @property
    def ceiling(self) -> int:
        """The deepest level that may be shown now; only going deeper together raises it."""
        return self._walk.ceiling

    @property
    def today_cap(self) -> int:
        """The deepest level today, however the pair agrees (the lower of their private
        choices)."""
        return self._walk.cap

    @property
    def staying(self) -> bool:
        """Whether the pair chose (or stepped back) to stay at this depth or lighter: they go
        deeper again only by saying so together (`ask_deeper`)."""
        return self._walk.staying

    @property
    def current_prompt(self) -> ShownPrompt | None:
        """The prompt on screen; None while paused, asking "deeper?" or once put away."""
        return None if self._walk.state is _S.PAUSED else self._walk.current

    @property
    def turn(self) -> Turn | None:
        """Who answers first and second (or asks and answers) for the prompt on screen."""
        return None if self.current_prompt is None else self._walk.turn

    @property
    def just_stepped_back(self) -> bool:
        """True right after "too much?", until the next prompt moves on: show a calm thanks."""
        return self._walk.just_stepped_back

    @property
    def level(self) -> LevelInfo:
        """The level the conversation is at, with its guidance and its planned prompts."""
        walk = self._walk
        level = walk.script.level(walk.depth)
        return LevelInfo(
            depth=level.depth,
            level_count=len(walk.script.levels),
            title=level.title,
            guidance=level.guidance,
            guidance_html=level.guidance_html,
            planned_minutes=walk.level_plan[level.depth],
            prompts_shown=walk.shown_in_level,
            prompt_budget=walk.budget(),
        )

    @property
    def crossroads(self) -> Crossroads | None:
        """The choice the pair is at (deeper, stay or wrap up); None unless the engine waits
        at a crossroads (also None while paused there)."""
        walk = self._walk
        if walk.state is not _S.AWAITING_CONSENT:
            return None
        return Crossroads(
            target_depth=walk.deeper_target(),
            can_stay=walk.stay_possible(),
            reason=walk.crossroads_reason or "level_done",
            can_borrow=walk.more_possible(),
        )

    @property
    def deeper_level(self) -> int | None:
        """The level going deeper would lead to now, within today's limit; None if none."""
        return self._walk.deeper_target()

    @property
    def pacing(self) -> Pacing:
        """Talking and paused time so far, and the gentle "time is up" signals."""
        walk = self._walk
        totals = walk.ledger.totals(walk.read_clock(), walk.state, walk.depth)
        level_seconds = totals.per_level.get(walk.depth, 0.0) - walk.level_entry_seconds
        level_minutes_planned = walk.level_plan.get(walk.depth)
        level_planned = None if level_minutes_planned is None else level_minutes_planned * 60
        planned = None if walk.planned_minutes is None else walk.planned_minutes * 60
        active = walk.state in _ACTIVE
        return Pacing(
            talking_seconds=totals.talking,
            paused_seconds=totals.paused,
            level_seconds=level_seconds,
            level_planned_seconds=level_planned,
            planned_seconds=planned,
            level_time_up=active and level_planned is not None and level_seconds >= level_planned,
            near_planned_end=active
            and planned is not None
            and totals.talking >= NEAR_END_FRACTION * planned,
        )

    @property
    def summary(self) -> ConversationSummary:
        """Depth reached, prompt counts, time per level, paused time and consent moments."""
        walk = self._walk
        totals = walk.ledger.totals(walk.read_clock(), walk.state, walk.depth)
        return ConversationSummary(
            depth_reached=walk.depth_reached,
            final_ceiling=walk.ceiling,
            prompts_answered=len(walk.answered),
            prompts_skipped=len(walk.skipped),
            prompts_too_much=len(walk.too_much),
            prompts_parked=len(walk.parked),
            shown_prompt_ids=tuple(walk.shown),
            answered_prompt_ids=tuple(walk.answered),
            too_much_prompt_ids=tuple(walk.too_much),
            parked_prompt_ids=tuple(walk.parked),
            seconds_per_level=totals.per_level,
            talking_seconds=totals.talking,
            wrap_up_seconds=totals.wrap_up,
            paused_seconds=totals.paused,
            consent_moments=tuple(walk.consents),
            started_at=walk.started_at,
            ended_at=walk.ended_at,
        )

    @property
    def events(self) -> tuple[ConversationEvent, ...]:
        """Every event so far, in order (`seq` from 1)."""
        return tuple(self._walk.events)

    def drain_new_events(self) -> list[ConversationEvent]:
        """The events made since the last call (or since the replay), for storage to save."""
        new = self._walk.events[self._drained :]
        self._drained = len(self._walk.events)
        return new

    def allowed_actions(self) -> frozenset[Action]:
        """The actions that apply now (said by nobody in particular)."""
        return frozenset(
            action
            for action in actions_in(self._walk.state)
            if refusal(self._walk, action, None) is None
        )

    def refusal(self, action: Action, by: str | None = None) -> str | None:
        """Why `action` (by the participant `by`) would be refused now, or None if it applies."""
        return refusal(self._walk, action, by)

    # --- actions -------------------------------------------------------------------------

    def start(self, by: str | None = None) -> ConversationState:
        """Starts the clock and shows the first prompt of the starting level."""
        return self.perform(Action.START, by)

    def next(self, by: str | None = None) -> ConversationState:
        """The prompt was answered: shows the next one, asks "deeper?" or wraps up."""
        return self.perform(Action.NEXT, by)

    def skip(self, by: str | None = None) -> ConversationState:
        """Passes over the prompt without answering; moves on as `next` does."""
        return self.perform(Action.SKIP, by)

    def too_much(self) -> ConversationState:
        """Takes the prompt away at once and steps back; no reason is asked, nobody named."""
        return self.perform(Action.TOO_MUCH)

    def park(self, by: str | None = None) -> ConversationState:
        """Keeps the prompt for a later conversation; moves on as `next` does."""
        return self.perform(Action.PARK, by)

    def pause(self, by: str | None = None) -> ConversationState:
        """Stops the clock and hides the prompt."""
        return self.perform(Action.PAUSE, by)

    def pause_as_of(self, moment: datetime, by: str | None = None) -> ConversationState:
        """Pauses as if at `moment`, already past: for a conversation found unfinished after
        a crash, whose time since its last sign of life was not spent talking. `moment` is
        kept between the last event and now, so time never runs backwards."""
        now = self._walk.read_clock()
        last = self._walk.events[-1].at if self._walk.events else now
        self._walk.backdated_to = min(max(moment, last), now)
        try:
            return self.perform(Action.PAUSE, by)
        finally:
            self._walk.backdated_to = None

    def resume(self, by: str | None = None) -> ConversationState:
        """Returns to exactly where the pause began: same prompt, same turn."""
        return self.perform(Action.RESUME, by)

    def ask_deeper(self) -> ConversationState:
        """ "We're ready to go deeper again": goes to the crossroads and its secret ballot."""
        return self.perform(Action.ASK_DEEPER)

    def go_deeper(self) -> ConversationState:
        """The secret ballot came out yes from both: the next deeper level starts."""
        return self.perform(Action.GO_DEEPER)

    def stay(self) -> ConversationState:
        """Not deeper, not today: keeps offering prompts at this depth and lighter ones."""
        return self.perform(Action.STAY)

    def back(self, by: str | None = None) -> ConversationState:
        """Back to the prompt before, as it was left (its answer, skip or park undone); the
        prompt on screen comes next again. Also from a crossroads reached by moving on."""
        return self.perform(Action.BACK, by)

    def more_here(self) -> ConversationState:
        """This depth has run out: more prompts of this level, lent by other scripts."""
        return self.perform(Action.MORE_HERE)

    def back_to_prompts(self, by: str | None = None) -> ConversationState:
        """From the wrap-up back to where the pair was before it."""
        return self.perform(Action.BACK_TO_PROMPTS, by)

    def wrap_up(self, by: str | None = None) -> ConversationState:
        """Goes to the wrap-up and its closing prompt, from wherever the pair is."""
        return self.perform(Action.WRAP_UP, by)

    def end(self, by: str | None = None) -> ConversationState:
        """Ends the conversation; nothing applies afterwards."""
        return self.perform(Action.END, by)
