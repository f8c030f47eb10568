"""One conversation: a pair walking through a script, one action at a time.

This is the public face of the engine; `flow.py` holds the rules of moving. What it shows is
built by `views`, what it planned by `pacing`, which prompt comes next by `selection`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from belonging.core.conversation_events import ConversationEvent
from belonging.core.engine import replay as replaying
from belonging.core.engine.clock import Clock
from belonging.core.engine.conversation_setup import ConversationSetup
from belonging.core.engine.flow import ConversationFlow
from belonging.core.engine.pacing import NEAR_END_FRACTION, Pacing
from belonging.core.engine.snapshots import ConsentStatus, LevelInfo, ShownPrompt, Turn
from belonging.core.engine.states import Action, ConversationState, EngineError, actions_in
from belonging.core.engine.summary import ConversationSummary
from belonging.core.scripts.model import Script

_S = ConversationState
_ACTIVE = frozenset({_S.PROMPT, _S.AWAITING_CONSENT, _S.PAUSED})


class Conversation(ConversationFlow):
    """A pair's walk through a script: see the package docstring for how it unfolds.

    Read `state`, `current_prompt`, `turn`, `level`, `consent`, `pacing`, `summary` and
    `allowed_actions()` at any moment. Each action method returns the new state, or raises
    `EngineError` when it does not apply. New events are handed over by `drain_new_events()`
    and, after each action, to every callable in `on_event`.
    """

    # --- rebuilding -------------------------------------------------------------------

    @classmethod
    def replay(
        cls,
        script: Script,
        setup: ConversationSetup,
        events: Iterable[ConversationEvent],
        clock: Clock | None = None,
    ) -> Conversation:
        """Rebuilds a conversation from its recorded events, e.g. after a crash.

        Each recorded action is done again at its recorded time and must produce exactly the
        recorded events; otherwise `EngineError` says where they part. When the record stops
        part-way through an action's consequences, the missing events are made again and
        come out of `drain_new_events()`; everything recorded counts as already drained.
        """
        conversation = cls(script, setup, clock)
        recorded = [replaying.normalised(event) for event in events]
        recorded.sort(key=lambda event: event.seq)
        for expected, event in enumerate(recorded, start=1):
            if event.seq != expected:
                raise EngineError(f"recorded event {expected} is missing (next is {event.seq})")
        index = 0
        while index < len(recorded):
            index = conversation._replay_action(recorded, index)
        conversation._drained = len(recorded)
        return conversation

    def _replay_action(self, recorded: list[ConversationEvent], index: int) -> int:
        """Does again the action recorded at `index`; returns the index of the next one."""
        event = recorded[index]
        action = replaying.action_of(event)
        if action is None:
            raise EngineError(f"event {event.seq} ({event.kind}) does not record an action")
        before = len(self._events)
        self._replay_at = event.at
        try:
            self.perform(action, event.actor)
        except EngineError as error:
            raise EngineError(
                f"event {event.seq} ({event.kind}) cannot be replayed: {error}"
            ) from None
        finally:
            self._replay_at = None
        produced = self._events[before:]
        for offset, made in enumerate(produced):
            if index + offset >= len(recorded):
                break
            problem = replaying.difference(recorded[index + offset], made)
            if problem is not None:
                raise EngineError(
                    f"event {made.seq} differs from the record "
                    f"(has the script or the setup changed?): {problem}"
                )
        return index + len(produced)

    # --- what the UI reads --------------------------------------------------------------

    @property
    def script(self) -> Script:
        """The script this conversation walks through."""
        return self._script

    @property
    def setup(self) -> ConversationSetup:
        """Who, how long, how deep and the pair's history, as given."""
        return self._setup

    @property
    def state(self) -> ConversationState:
        """Where the conversation is now."""
        return self._state

    @property
    def depth(self) -> int:
        """The level the conversation is at (1 is the lightest)."""
        return self._depth

    @property
    def ceiling(self) -> int:
        """The deepest level that may be shown now; only both saying ready raises it."""
        return self._ceiling

    @property
    def current_prompt(self) -> ShownPrompt | None:
        """The prompt on screen; None while paused, asking "deeper?" or once put away."""
        return None if self._state is _S.PAUSED else self._current

    @property
    def turn(self) -> Turn | None:
        """Who answers first and second (or asks and answers) for the prompt on screen."""
        return None if self.current_prompt is None else self._turn

    @property
    def just_stepped_back(self) -> bool:
        """True right after "too much?", until the next prompt moves on: show a calm thanks."""
        return self._just_stepped_back

    @property
    def level(self) -> LevelInfo:
        """The level the conversation is at, with its guidance and its planned prompts."""
        level = self._script.level(self._depth)
        return LevelInfo(
            depth=level.depth,
            level_count=len(self._script.levels),
            title=level.title,
            guidance=level.guidance,
            guidance_html=level.guidance_html,
            planned_minutes=self._level_plan[level.depth],
            prompts_shown=self._shown_in_level,
            prompt_budget=self._budget(),
        )

    @property
    def consent(self) -> ConsentStatus | None:
        """Who is ready for the next deeper level; None when there is none to go to."""
        target = self._deeper_target()
        if target is None or self._state in (_S.NOT_STARTED, _S.WRAP_UP, _S.ENDED):
            return None
        people = self._setup.participants
        return ConsentStatus(
            target_depth=target,
            ready=tuple(p for p in people if p.key in self._ready),
            waiting_for=tuple(p for p in people if p.key not in self._ready),
        )

    @property
    def pacing(self) -> Pacing:
        """Talking and paused time so far, and the gentle "time is up" signals."""
        totals = self._ledger.totals(self._read_clock(), self._state, self._depth)
        level_seconds = totals.per_level.get(self._depth, 0.0) - self._level_entry_seconds
        level_minutes_planned = self._level_plan.get(self._depth)
        level_planned = None if level_minutes_planned is None else level_minutes_planned * 60
        planned = None if self._planned_minutes is None else self._planned_minutes * 60
        active = self._state in _ACTIVE
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
        totals = self._ledger.totals(self._read_clock(), self._state, self._depth)
        return ConversationSummary(
            depth_reached=self._depth_reached,
            final_ceiling=self._ceiling,
            prompts_answered=len(self._answered),
            prompts_skipped=len(self._skipped),
            prompts_too_much=len(self._too_much),
            prompts_parked=len(self._parked),
            shown_prompt_ids=tuple(self._shown),
            answered_prompt_ids=tuple(self._answered),
            too_much_prompt_ids=tuple(self._too_much),
            parked_prompt_ids=tuple(self._parked),
            seconds_per_level=totals.per_level,
            talking_seconds=totals.talking,
            wrap_up_seconds=totals.wrap_up,
            paused_seconds=totals.paused,
            consent_moments=tuple(self._consents),
            started_at=self._started_at,
            ended_at=self._ended_at,
        )

    @property
    def events(self) -> tuple[ConversationEvent, ...]:
        """Every event so far, in order (`seq` from 1)."""
        return tuple(self._events)

    def drain_new_events(self) -> list[ConversationEvent]:
        """The events made since the last call (or since the replay), for storage to save."""
        new = self._events[self._drained :]
        self._drained = len(self._events)
        return new

    def allowed_actions(self) -> frozenset[Action]:
        """The actions that apply now; "ready" counts if either participant may still say it."""
        keys = [p.key for p in self._setup.participants]
        allowed = set()
        for action in actions_in(self._state):
            candidates = keys if action is Action.READY_DEEPER else [None]
            if any(self._refusal(action, by) is None for by in candidates):
                allowed.add(action)
        return frozenset(allowed)

    def refusal(self, action: Action, by: str | None = None) -> str | None:
        """Why `action` (by the participant `by`) would be refused now, or None if it applies."""
        return self._refusal(action, by)

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

    def too_much(self, by: str | None = None) -> ConversationState:
        """Takes the prompt away at once and steps back; no reason is asked."""
        return self.perform(Action.TOO_MUCH, by)

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
        now = self._read_clock()
        last = self._events[-1].at if self._events else now
        self._backdated_to = min(max(moment, last), now)
        try:
            return self.perform(Action.PAUSE, by)
        finally:
            self._backdated_to = None

    def resume(self, by: str | None = None) -> ConversationState:
        """Returns to exactly where the pause began: same prompt, same turn."""
        return self.perform(Action.RESUME, by)

    def ready_deeper(self, by: str) -> ConversationState:
        """Records that participant `by` is ready for the next deeper level."""
        return self.perform(Action.READY_DEEPER, by)

    def stay(self, by: str | None = None) -> ConversationState:
        """Declines to go deeper: keeps offering prompts at this depth and shallower ones."""
        return self.perform(Action.STAY, by)

    def wrap_up(self, by: str | None = None) -> ConversationState:
        """Goes to the wrap-up and its closing prompt, from wherever the pair is."""
        return self.perform(Action.WRAP_UP, by)

    def end(self, by: str | None = None) -> ConversationState:
        """Ends the conversation; nothing applies afterwards."""
        return self.perform(Action.END, by)
