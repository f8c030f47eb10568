"""What a conversation amounted to, for the wrap-up screen, the history and the pair's record.

Storage uses it to carry the conversation into the next one: `shown_prompt_ids` become
"already had", `too_much_prompt_ids` are not offered again unless the pair chooses them, and
`parked_prompt_ids` come back as suggestions next time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ConsentMoment:
    """A crossroads decided: when, towards which depth, and whether the pair went deeper.
    Only the outcome is kept: nothing says who was ready and who was not."""

    at: datetime
    target_depth: int | None
    agreed: bool


@dataclass(frozen=True)
class ConversationSummary:
    """Counts, times and moments of one conversation, readable at any point during it.

    Prompt ids are as shown (a lighter alternative has its `~lighter` id). Seconds exclude
    pauses, except `paused_seconds`. `seconds_per_level` maps each depth to the talking time
    spent at it. `comfortable_depth` is the depth this pair may start below next time: the
    deepest level reached, but no deeper than where the ceiling ended after any "too much?".
    """

    depth_reached: int
    final_ceiling: int
    prompts_answered: int
    prompts_skipped: int
    prompts_too_much: int
    prompts_parked: int
    shown_prompt_ids: tuple[str, ...]
    answered_prompt_ids: tuple[str, ...]
    too_much_prompt_ids: tuple[str, ...]
    parked_prompt_ids: tuple[str, ...]
    seconds_per_level: dict[int, float]
    talking_seconds: float
    wrap_up_seconds: float
    paused_seconds: float
    consent_moments: tuple[ConsentMoment, ...]
    started_at: datetime | None
    ended_at: datetime | None

    @property
    def comfortable_depth(self) -> int:
        """The deepest level the pair was at ease with in this conversation."""
        return min(self.depth_reached, self.final_ceiling)
