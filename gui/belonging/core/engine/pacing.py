"""How long each level should take, how many prompts fit in it, and where the time went.

Pacing only ever suggests: a level whose time is up, or a conversation near its planned end,
raises a signal for the UI to show gently. It never ends a level or a conversation by itself.
The number of prompts planned for a level (its budget) is what makes the engine ask "deeper?".
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from belonging.core.engine.conversation_setup import ConversationSetup
from belonging.core.engine.states import ConversationState
from belonging.core.scripts.model import Script, TurnMode

#: Minutes one prompt takes: both telling a story, or one asking and the other answering.
MINUTES_PER_PROMPT = {TurnMode.BOTH: 4.0, TurnMode.ONE_WAY: 3.0}

#: Share of the planned length after which the engine suggests wrapping up.
NEAR_END_FRACTION = 0.9

_TALKING_STATES = frozenset({ConversationState.PROMPT, ConversationState.AWAITING_CONSENT})


def planned_minutes(script: Script, setup: ConversationSetup) -> float | None:
    """The conversation's planned length: the chosen one, the script's, or its levels' sum."""
    if setup.planned_minutes is not None:
        return float(setup.planned_minutes)
    if script.minutes is not None:
        return float(script.minutes)
    if script.levels and all(level.minutes is not None for level in script.levels):
        return float(sum(level.minutes or 0 for level in script.levels))
    return None


def _weights(script: Script) -> dict[int, float]:
    """Each level's share as its author meant it; levels without minutes share what is left."""
    explicit = {lv.depth: float(lv.minutes) for lv in script.levels if lv.minutes is not None}
    missing = [lv.depth for lv in script.levels if lv.minutes is None]
    if not missing:
        return explicit
    total = sum(explicit.values())
    if script.minutes is not None and script.minutes > total:
        share = (script.minutes - total) / len(missing)
    elif explicit:
        share = total / len(explicit)
    else:
        share = 1.0
    return explicit | dict.fromkeys(missing, share)


def level_minutes(script: Script, setup: ConversationSetup) -> dict[int, float | None]:
    """Minutes planned for each level: the planned length spread over the levels to visit.

    Levels before the starting depth get none. The rest share the planned length in
    proportion to their own minutes, so a 20-minute run of a 40-minute script halves each.
    """
    planned = planned_minutes(script, setup)
    visited = [lv.depth for lv in script.levels if lv.depth >= setup.starting_depth]
    plan: dict[int, float | None] = {lv.depth: None for lv in script.levels}
    if planned is None:
        for level in script.levels:
            if level.depth in visited and level.minutes is not None:
                plan[level.depth] = float(level.minutes)
        return plan
    weights = _weights(script)
    total = sum(weights[depth] for depth in visited)
    for depth in visited:
        plan[depth] = planned * weights[depth] / total if total > 0 else None
    return plan


def prompt_budget(minutes: float | None, turns: TurnMode) -> int | None:
    """How many prompts fit in `minutes` (at least one); None when there is no plan."""
    if minutes is None:
        return None
    return max(1, math.ceil(minutes / MINUTES_PER_PROMPT[turns] - 1e-9))


@dataclass(frozen=True)
class TimeTotals:
    """Seconds spent so far: talking per level, talking in the wrap-up, and paused."""

    per_level: dict[int, float]
    wrap_up: float
    paused: float

    @property
    def talking(self) -> float:
        """All talking time, pauses excluded."""
        return sum(self.per_level.values()) + self.wrap_up


class TimeLedger:
    """Adds each stretch of time to the right account, according to the state it was spent in.

    Time before the start and after the end counts nowhere; paused time counts only as paused.
    A clock that jumps backward adds nothing rather than taking time away.
    """

    def __init__(self) -> None:
        self._last: datetime | None = None
        self._per_level: dict[int, float] = {}
        self._wrap_up = 0.0
        self._paused = 0.0

    def record(self, moment: datetime, state: ConversationState, depth: int) -> None:
        """Accounts the time up to `moment`, spent in `state` at `depth`, and moves on."""
        totals = self.totals(moment, state, depth)
        self._per_level = totals.per_level
        self._wrap_up = totals.wrap_up
        self._paused = totals.paused
        self._last = moment

    def level_seconds(self, depth: int) -> float:
        """Talking time at `depth` up to the last record."""
        return self._per_level.get(depth, 0.0)

    def totals(self, moment: datetime, state: ConversationState, depth: int) -> TimeTotals:
        """The totals as they would be at `moment` if `state` held since the last record."""
        per_level = dict(self._per_level)
        wrap_up, paused = self._wrap_up, self._paused
        seconds = 0.0 if self._last is None else (moment - self._last).total_seconds()
        seconds = max(0.0, seconds)
        if state is ConversationState.PAUSED:
            paused += seconds
        elif state in _TALKING_STATES:
            per_level[depth] = per_level.get(depth, 0.0) + seconds
        elif state is ConversationState.WRAP_UP:
            wrap_up += seconds
        return TimeTotals(per_level=per_level, wrap_up=wrap_up, paused=paused)


@dataclass(frozen=True)
class Pacing:
    """Where the conversation stands against its plan, for gentle signals in the UI.

    Seconds exclude pauses. `level_seconds` counts from when the pair last entered the
    current level. `level_time_up` suggests moving on; `near_planned_end` suggests wrapping
    up. Both are False before the start, in the wrap-up and after the end.
    """

    talking_seconds: float
    paused_seconds: float
    level_seconds: float
    level_planned_seconds: float | None
    planned_seconds: float | None
    level_time_up: bool
    near_planned_end: bool
