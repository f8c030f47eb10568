"""How deep a pair is comfortable going, learned from its recent conversations.

The rule, precisely:

- One conversation's comfortable depth is the deepest level it reached, except that a "too
  much?" on a prompt of level d caps it at d - 1 (the shallowest such prompt counts; a "too
  much?" on the closing prompt says nothing about depth). A "too much?" at level 1 gives 0:
  not at ease even there.
- The pair's comfort folds its last `COMFORT_WINDOW` conversations that reached a level,
  oldest first: a conversation without "too much?" raises the comfort to its depth if that is
  deeper; a conversation with one sets the comfort to its own (capped) depth, even when
  earlier ones went deeper. So the most recent "too much?" always speaks last, and only
  later conversations at ease can raise the comfort again. Older conversations are
  forgotten: a pair that has stayed light for a while is not sent straight back down.
- With no such conversation the comfort is unknown (None).

The comfort is offered as the next conversation's starting depth and its ceiling (the
deepest level shown without both asking again); either person can change both at set-up.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

#: How many recent conversations the comfort is learned from.
COMFORT_WINDOW = 5


@dataclass(frozen=True)
class DepthRecord:
    """What one past conversation says about depth: the deepest level it reached (0 or None
    when no prompt was shown) and the levels of the prompts that were too much."""

    depth_reached: int | None
    too_much_depths: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "too_much_depths", tuple(self.too_much_depths))

    @property
    def counts(self) -> bool:
        """Whether the conversation reached a level at all (a conversation that never
        showed a prompt says nothing about comfort)."""
        return bool(self.depth_reached) or bool(self.too_much_depths)

    @property
    def had_too_much(self) -> bool:
        """Whether someone said "too much?" to a prompt of some level."""
        return bool(self.too_much_depths)

    @property
    def comfortable_depth(self) -> int:
        """The deepest level reached without "too much?" (0: not even level 1)."""
        if not self.too_much_depths:
            return self.depth_reached or 0
        # A prompt is only ever too much at a level the pair reached, so the cap is below it.
        return max(0, min(self.too_much_depths) - 1)


def learn_comfort(history: Iterable[DepthRecord], *, window: int = COMFORT_WINDOW) -> int | None:
    """The pair's comfortable depth from its conversations, given oldest first (see the
    module docstring); None when none of them reached a level."""
    if window < 1:
        raise ValueError("the comfort is learned from at least one conversation")
    counted = [record for record in history if record.counts][-window:]
    comfort: int | None = None
    for record in counted:
        if record.had_too_much or comfort is None:
            comfort = record.comfortable_depth
        else:
            comfort = max(comfort, record.comfortable_depth)
    return comfort


@dataclass(frozen=True)
class ComfortOffer:
    """The starting depth and ceiling offered for the next conversation.

    `learned` is the comfort they come from (None for a pair without history, which starts
    at level 1 with no ceiling beyond consent).
    """

    starting_depth: int
    ceiling: int | None
    learned: int | None


def offer_for(comfort: int | None, level_count: int) -> ComfortOffer:
    """What to offer a pair with `comfort` for a script of `level_count` levels: start at the
    comfortable level and go no deeper without both saying so; never below level 1 nor past
    the script's deepest level."""
    if level_count < 1:
        raise ValueError("a script has at least one level")
    if comfort is None:
        return ComfortOffer(starting_depth=1, ceiling=None, learned=None)
    depth = min(max(1, comfort), level_count)
    return ComfortOffer(starting_depth=depth, ceiling=depth, learned=comfort)
