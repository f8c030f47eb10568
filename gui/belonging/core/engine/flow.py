"""The rules by which a conversation moves: what each action does, and what follows it.

`ConversationFlow` holds a conversation's state and changes it; `Conversation` (in
`conversation.py`) is its public face, adding what the UI reads and the replay. Every action
checks the transition table first, then records what happened as events, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from belonging.core.conversation_events import ConversationEvent, EventKind
from belonging.core.engine import replay as replaying
from belonging.core.engine.clock import Clock, SystemClock, utc_now
from belonging.core.engine.conversation_setup import ConversationSetup, check_setup_fits
from belonging.core.engine.pacing import TimeLedger, level_minutes, planned_minutes, prompt_budget
from belonging.core.engine.selection import Candidate, PromptPicker
from belonging.core.engine.snapshots import (
    CLOSING_PROMPT_ID,
    ShownPrompt,
    Turn,
    closing_prompt,
    next_turn,
    shown_from_script,
)
from belonging.core.engine.states import (
    TRANSITIONS,
    Action,
    ConversationState,
    EngineError,
    not_applicable_message,
)
from belonging.core.engine.summary import ConsentMoment
from belonging.core.scripts.model import Script, TurnMode

_S = ConversationState
# Actions that leave the "we just stepped back" line on screen: they do not move the prompt.
_KEEPS_STEP_BACK = frozenset({Action.PAUSE, Action.RESUME, Action.READY_DEEPER})


class ConversationFlow:
    """A conversation's state and the rules that change it; use `Conversation`."""

    def __init__(
        self, script: Script, setup: ConversationSetup, clock: Clock | None = None
    ) -> None:
        check_setup_fits(script, setup)
        self._script = script
        self._setup = setup
        self._clock: Clock = clock if clock is not None else SystemClock()
        self._picker = PromptPicker(script, setup)
        self._level_plan = level_minutes(script, setup)
        self._planned_minutes = planned_minutes(script, setup)
        level_count = len(script.levels)
        self._ceiling = min(setup.depth_ceiling or level_count, level_count)
        self._state = _S.NOT_STARTED
        self._paused_from: ConversationState | None = None
        self._depth = setup.starting_depth
        self._depth_reached = 0
        self._staying = False
        self._shown_in_level = 0
        self._level_entry_seconds = 0.0
        self._current: ShownPrompt | None = None
        self._candidate: Candidate | None = None
        self._turn: Turn | None = None
        self._turn_number = 0
        self._ready: dict[str, None] = {}
        self._just_stepped_back = False
        self._used: set[str] = set()
        self._shown: list[str] = []
        self._answered: list[str] = []
        self._skipped: list[str] = []
        self._too_much: list[str] = []
        self._parked: list[str] = []
        self._consents: list[ConsentMoment] = []
        self._started_at: datetime | None = None
        self._ended_at: datetime | None = None
        self._ledger = TimeLedger()
        self._events: list[ConversationEvent] = []
        self._drained = 0
        self._replay_at: datetime | None = None
        #: When set, the moment the next action happened (`pause_as_of`), not the clock's.
        self._backdated_to: datetime | None = None
        self._now = self._read_clock()
        #: Called with each new event once the action that made it is complete.
        self.on_event: list[Callable[[ConversationEvent], None]] = []

    def perform(self, action: Action, by: str | None = None) -> ConversationState:
        """Does `action` on behalf of participant `by`; the methods below call this."""
        source = self._state
        problem = self._refusal(action, by)
        if problem is not None:
            raise EngineError(problem)
        self._now = self._read_clock()
        self._ledger.record(self._now, self._state, self._depth)
        if action not in _KEEPS_STEP_BACK:
            self._just_stepped_back = False
        before = len(self._events)
        # Each action's value names its handler, e.g. Action.TOO_MUCH -> _do_too_much.
        getattr(self, f"_do_{action.value}")(by)
        if self._state not in TRANSITIONS[(source, action)]:
            raise RuntimeError(f"engine went from {source} to {self._state} on {action}")
        if self._replay_at is None:
            for event in self._events[before:]:
                for listener in list(self.on_event):
                    listener(event)
        return self._state

    # --- what each action does ------------------------------------------------------------

    def _do_start(self, by: str | None) -> None:
        self._started_at = self._now
        self._emit(
            EventKind.STARTED,
            actor=by,
            data={"ceiling": self._ceiling, "turns": str(self._script.turns)},
        )
        self._enter_level(self._setup.starting_depth, "start")
        self._advance()

    def _do_next(self, by: str | None) -> None:
        self._answered.append(self._prompt_on_screen().id)
        self._emit(EventKind.ANSWERED, prompt_id=self._prompt_on_screen().id, actor=by)
        self._advance()

    def _do_skip(self, by: str | None) -> None:
        self._skipped.append(self._prompt_on_screen().id)
        self._emit(EventKind.SKIPPED, prompt_id=self._prompt_on_screen().id, actor=by)
        self._advance()

    def _do_park(self, by: str | None) -> None:
        self._parked.append(self._prompt_on_screen().id)
        self._emit(EventKind.PARKED, prompt_id=self._prompt_on_screen().id, actor=by)
        self._advance()

    def _do_too_much(self, by: str | None) -> None:
        shown = self._prompt_on_screen()
        self._just_stepped_back = True
        if shown.is_closing:
            self._emit(EventKind.TOO_MUCH, prompt_id=shown.id, actor=by)
            self._current = None
            return
        candidate = self._candidate
        assert candidate is not None
        where = candidate.level.depth
        self._ceiling = min(self._ceiling, max(1, where - 1))
        self._too_much.append(shown.id)
        self._emit(
            EventKind.TOO_MUCH, prompt_id=shown.id, actor=by, data={"ceiling": self._ceiling}
        )
        self._ready.clear()
        self._staying = True
        if self._depth > self._ceiling:
            self._enter_level(self._ceiling, "stepped_back", staying=True)
        lighter = None
        if not candidate.lighter:
            lighter = self._picker.lighter_of(candidate.level, candidate.prompt, self._used)
        following = lighter or self._picker.staying(self._depth, self._used)
        if following is None:
            self._begin_wrap_up("nothing_left", actor=None)
        else:
            self._show(following)
        self._just_stepped_back = True

    def _do_pause(self, by: str | None) -> None:
        prompt_id = None if self._current is None else self._current.id
        self._emit(EventKind.PAUSED, prompt_id=prompt_id, actor=by)
        self._paused_from = self._state
        self._state = _S.PAUSED

    def _do_resume(self, by: str | None) -> None:
        prompt_id = None if self._current is None else self._current.id
        self._emit(EventKind.RESUMED, prompt_id=prompt_id, actor=by)
        assert self._paused_from is not None
        self._state, self._paused_from = self._paused_from, None

    def _do_ready_deeper(self, by: str | None) -> None:
        assert by is not None
        target = self._deeper_target()
        assert target is not None
        self._emit(EventKind.READY_DEEPER, actor=by, data={"target": target})
        self._ready[by] = None
        self._consents.append(ConsentMoment(at=self._now, target_depth=target, participant_key=by))
        if self._state is _S.AWAITING_CONSENT and self._agreed():
            self._advance()

    def _do_stay(self, by: str | None) -> None:
        self._emit(EventKind.STAYED, actor=by)
        self._ready.clear()
        self._staying = True
        self._advance()

    def _do_wrap_up(self, by: str | None) -> None:
        self._paused_from = None
        self._begin_wrap_up(replaying.WRAP_UP_ASKED, actor=by)

    def _do_end(self, by: str | None) -> None:
        self._emit(EventKind.ENDED, actor=by)
        self._ended_at = self._now
        self._state = _S.ENDED
        self._paused_from = None
        self._current = self._candidate = self._turn = None
        self._ready.clear()

    # --- moving between prompts and levels ---------------------------------------------------

    def _advance(self) -> None:
        """After a prompt (or at a level's start): the next prompt, "deeper?" or the wrap-up."""
        if self._agreed():
            target = self._deeper_target()
            assert target is not None
            self._enter_level(target, "deeper")
        candidate = self._next_candidate()
        if candidate is not None:
            self._show(candidate)
            return
        target = None if self._staying else self._deeper_target()
        if target is not None:
            self._state = _S.AWAITING_CONSENT
            self._current = self._candidate = self._turn = None
            self._emit(EventKind.DEEPER_ASKED, data={"target": target})
            return
        self._begin_wrap_up("nothing_left", actor=None)

    def _next_candidate(self) -> Candidate | None:
        if self._staying:
            return self._picker.staying(self._depth, self._used)
        budget = self._budget()
        if budget is not None and self._shown_in_level >= budget:
            return None
        return self._picker.at_level(self._depth, self._used)

    def _enter_level(self, depth: int, reason: str, *, staying: bool = False) -> None:
        self._depth = depth
        self._ceiling = max(self._ceiling, depth)
        self._depth_reached = max(self._depth_reached, depth)
        self._staying = staying
        self._shown_in_level = 0
        self._level_entry_seconds = self._ledger.level_seconds(depth)
        self._ready.clear()
        self._emit(EventKind.LEVEL_ENTERED, data={"reason": reason, "ceiling": self._ceiling})

    def _show(self, candidate: Candidate) -> None:
        shown = shown_from_script(
            candidate.level,
            candidate.prompt,
            lighter=candidate.lighter,
            after_too_much=self._just_stepped_back,
        )
        self._turn = self._next_turn(self._script.turns)
        self._current, self._candidate = shown, candidate
        self._used.update((candidate.prompt.id, shown.id))
        self._shown.append(shown.id)
        self._shown_in_level += 1
        self._state = _S.PROMPT
        self._emit(
            EventKind.PROMPT_SHOWN,
            prompt_id=shown.id,
            data={"prompt_depth": shown.depth, "source": candidate.source} | _turn_data(self._turn),
        )

    def _begin_wrap_up(self, reason: str, *, actor: str | None) -> None:
        self._state = _S.WRAP_UP
        self._ready.clear()
        self._candidate = None
        self._current = closing_prompt(self._script.closing, self._script.closing_html, self._depth)
        self._turn = self._next_turn(TurnMode.BOTH)
        closing = "default" if self._current.is_default_closing else "script"
        self._emit(
            EventKind.WRAP_UP,
            prompt_id=CLOSING_PROMPT_ID,
            actor=actor,
            data={"reason": reason, "closing": closing} | _turn_data(self._turn),
        )

    # --- small helpers ----------------------------------------------------------------------

    def _refusal(self, action: Action, by: str | None) -> str | None:
        problem = not_applicable_message(self._state, action)
        if problem is not None:
            return problem
        keys = {p.key for p in self._setup.participants}
        if by is not None and by not in keys:
            return f"{by!r} is not a participant in this conversation"
        if action is Action.READY_DEEPER:
            if by is None:
                return "“Ready to go deeper” is said by each participant: say who is ready"
            if self._deeper_target() is None:
                return "there is no deeper level left to go to"
            if by in self._ready:
                name = self._setup.participant(by).name
                return f"{name} has already said they are ready to go deeper"
        if action is Action.TOO_MUCH and self._current is None:
            return "the closing prompt has already been put away"
        if action is Action.WRAP_UP and self._paused_from is _S.WRAP_UP:
            return "the conversation is already wrapping up; resume to carry on"
        return None

    def _next_turn(self, mode: TurnMode) -> Turn:
        self._turn_number += 1
        return next_turn(self._turn_number, mode, self._setup)

    def _prompt_on_screen(self) -> ShownPrompt:
        assert self._current is not None
        return self._current

    def _deeper_target(self) -> int | None:
        return self._picker.deeper_than(self._depth, self._used)

    def _agreed(self) -> bool:
        return len(self._ready) == 2 and self._deeper_target() is not None

    def _budget(self) -> int | None:
        return prompt_budget(self._level_plan.get(self._depth), self._script.turns)

    def _read_clock(self) -> datetime:
        if self._replay_at is not None:
            return self._replay_at
        if self._backdated_to is not None:
            return self._backdated_to
        try:
            return utc_now(self._clock)
        except ValueError as error:
            raise EngineError(str(error)) from None

    def _emit(
        self,
        kind: EventKind,
        *,
        prompt_id: str | None = None,
        actor: str | None = None,
        data: dict[str, object] | None = None,
    ) -> None:
        self._events.append(
            ConversationEvent(
                seq=len(self._events) + 1,
                kind=kind,
                at=self._now,
                depth=self._depth,
                prompt_id=prompt_id,
                actor=actor,
                data=replaying.json_normal(data),
            )
        )


def _turn_data(turn: Turn) -> dict[str, object]:
    return {"turn": turn.number, "first": turn.first.key, "second": turn.second.key}
