"""What each person says privately before the first prompt, and what the conversation makes
of it: how close they feel, how deep they want to go today, and — when the set-up starts
deeper than the pair has been comfortable — whether that is all right with them.

The screens ask each person in turn, the other looking away, and keep no answer on screen.
Only the outcome reaches the conversation: today's limit is the lower of the two choices
(nobody learns whose), a deeper start needs both to say yes (otherwise it starts where the
pair was comfortable), and the partner's closeness is held, not kept, until the partner
agrees at the wrap-up.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from belonging.application.live_conversation import LiveConversation
from belonging.application.runner import Runner
from belonging.application.setup import suggested_start
from belonging.application.workspace import Workspace
from belonging.core.comfort import offer_for
from belonging.core.engine import Conversation


@dataclass(frozen=True)
class PrivateAnswer:
    """One person's private answers: closeness 1–7 (None: not said), the deepest level they
    want today (None: not said, the default holds), and whether a deeper start is all right
    (None when it was not asked)."""

    closeness: int | None = None
    deepest: int | None = None
    start_ok: bool | None = None


def comfortable_start(live: LiveConversation) -> int:
    """Where the pair starts when nobody has agreed to more: where they were comfortable."""
    return suggested_start(live.pairing.comfortable_depth, len(live.script.levels))


def needs_start_consent(live: LiveConversation) -> bool:
    """Whether the set-up starts deeper than the pair has been comfortable: both must then
    agree, privately, before it does."""
    return live.engine.setup.starting_depth > comfortable_start(live)


def settle_opening(
    workspace: Workspace,
    live: LiveConversation,
    answers: Mapping[str, PrivateAnswer],
    runner: Runner,
) -> LiveConversation:
    """The conversation as the private answers make it (not started yet): today's limit the
    lower of the choices, the start where both agreed to begin. The answers' closeness is
    for `LiveConversation.begin`."""
    setup = live.engine.setup
    cap = setup.today_cap
    chosen = [answer.deepest for answer in answers.values() if answer.deepest is not None]
    if chosen:
        cap = min(chosen) if cap is None else min(cap, *chosen)
    start, ceiling = setup.starting_depth, setup.depth_ceiling
    if needs_start_consent(live) and not all(
        answers.get(p.key, PrivateAnswer()).start_ok for p in setup.participants
    ):
        start = comfortable_start(live)
        ceiling = offer_for(live.pairing.comfortable_depth, len(live.script.levels)).ceiling
    if cap is not None:
        start = min(start, cap)
    if ceiling is not None:
        ceiling = max(start, ceiling)
    if (cap, start, ceiling) == (setup.today_cap, setup.starting_depth, setup.depth_ceiling):
        return live
    settled = dataclasses.replace(setup, today_cap=cap, starting_depth=start, depth_ceiling=ceiling)
    engine = Conversation(live.script, settled, workspace.clock, live.engine.lenders)
    return LiveConversation(engine, live.pairing, runner, lambda: workspace.db)


def closeness_of(answers: Mapping[str, PrivateAnswer]) -> dict[str, int | None]:
    """Each person's closeness, by participant key."""
    return {key: answer.closeness for key, answer in answers.items()}
