"""Small read-only pictures of a conversation that the UI shows: prompt, turn, level, consent.

Each is a frozen snapshot made on demand, so the UI can hold one without it changing under it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from belonging.core.engine.conversation_setup import ConversationSetup, Participant
from belonging.core.scripts.model import Asker, FirstSpeaker, Level, Prompt, TurnMode

#: The id recorded for the closing prompt; it is not one of the script's prompts.
CLOSING_PROMPT_ID = "closing"
#: The prompt id under which the wrap-up summary note is kept (script prompt ids end in six
#: hex digits, so this one can never be a script's).
SUMMARY_PROMPT_ID = "wrap-up-summary"

#: Offered at wrap-up when the script has no `closing`. English here; the UI translates it.
DEFAULT_CLOSING_TEXT = (
    "What is one thing you appreciated about the other person in this conversation?"
)


@dataclass(frozen=True)
class ShownPrompt:
    """The prompt on screen, as shown: possibly a lighter alternative or the closing prompt.

    `id` is what events and storage record: the prompt's id, its `lighter_id` when the lighter
    alternative is shown, or `CLOSING_PROMPT_ID`. `prompt_id` is always the script prompt's
    own id (None for the closing prompt). `depth` is the level the prompt belongs to, which
    can be shallower than the conversation's level when the pair stays or steps back.
    `follow_ups` are Markdown nudges; a lighter alternative has none of its own.
    """

    id: str
    prompt_id: str | None
    text: str
    html: str
    depth: int
    follow_ups: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    is_lighter: bool = False
    #: Shown because someone said "too much?" just before: the UI may say a calm thank-you.
    after_too_much: bool = False
    is_closing: bool = False
    #: True when the text is `DEFAULT_CLOSING_TEXT`, so the UI knows to translate it.
    is_default_closing: bool = False
    #: The title of the script that lent this prompt ("More at this depth"); None for the
    #: conversation's own.
    lent_from: str | None = None


def shown_from_script(
    level: Level, prompt: Prompt, *, lighter: bool, after_too_much: bool
) -> ShownPrompt:
    """The on-screen form of a script prompt, or of its lighter alternative."""
    if lighter and prompt.lighter is not None:
        return ShownPrompt(
            id=prompt.lighter_id or prompt.id,
            prompt_id=prompt.id,
            text=prompt.lighter,
            html=prompt.lighter_html or _paragraph(prompt.lighter),
            depth=level.depth,
            topics=prompt.topics,
            is_lighter=True,
            after_too_much=after_too_much,
        )
    return ShownPrompt(
        id=prompt.id,
        prompt_id=prompt.id,
        text=prompt.text,
        html=prompt.html,
        depth=level.depth,
        follow_ups=prompt.follow_ups,
        topics=prompt.topics,
        after_too_much=after_too_much,
    )


def closing_prompt(closing: str | None, closing_html: str | None, depth: int) -> ShownPrompt:
    """The wrap-up prompt: the script's closing, or the default appreciation prompt."""
    if closing:
        return ShownPrompt(
            id=CLOSING_PROMPT_ID,
            prompt_id=None,
            text=closing,
            html=closing_html or _paragraph(closing),
            depth=depth,
            is_closing=True,
        )
    return ShownPrompt(
        id=CLOSING_PROMPT_ID,
        prompt_id=None,
        text=DEFAULT_CLOSING_TEXT,
        html=_paragraph(DEFAULT_CLOSING_TEXT),
        depth=depth,
        is_closing=True,
        is_default_closing=True,
    )


def _paragraph(text: str) -> str:
    """Plain text as a safe HTML paragraph, for text that has no rendered form."""
    return f"<p>{html.escape(text)}</p>"


@dataclass(frozen=True)
class Turn:
    """Who speaks in which order for the prompt on screen.

    With `mode` BOTH, `first` answers first and `second` answers after. With ONE_WAY, `first`
    asks and `second` answers. `number` counts shown prompts from 1 and decides alternation.
    `leader_first_rule` says the leader answers first because of the rule that leaders go
    first on the deep ones (for the prompt to say so).
    """

    number: int
    mode: TurnMode
    first: Participant
    second: Participant
    leader_first_rule: bool = False

    @property
    def asker(self) -> Participant | None:
        """In a one-way turn, the one who asks; None when both answer."""
        return self.first if self.mode is TurnMode.ONE_WAY else None

    @property
    def answerer(self) -> Participant | None:
        """In a one-way turn, the one who answers; None when both answer."""
        return self.second if self.mode is TurnMode.ONE_WAY else None


def next_turn(
    number: int, mode: TurnMode, setup: ConversationSetup, level: Level, prompt: Prompt | None
) -> Turn:
    """Turn `number` for `prompt` at `level` (None: the closing prompt).

    - A one-way script, or a prompt `Asked by:` someone, is one-way: the leader asks (or the
      partner, when the prompt says so) and the other answers.
    - Otherwise the level's `first` decides; when the script does not say, the leader answers
      first if they always do (`leader_always_first`) or from `setup.leader_first_from` on
      (leaders go first on the deep ones); else the first answer alternates, leader first.
    """
    leader, partner = setup.leader, setup.partner
    asked_by = prompt.asked_by if prompt is not None else None
    if mode is TurnMode.ONE_WAY or asked_by is not None:
        first, second = (partner, leader) if asked_by is Asker.PARTNER else (leader, partner)
        return Turn(number, TurnMode.ONE_WAY, first, second)
    rule = False
    first_here = level.first if prompt is not None else None
    if first_here is FirstSpeaker.LEADER:
        leader_first = True
    elif first_here is FirstSpeaker.PARTNER:
        leader_first = False
    elif first_here is FirstSpeaker.ALTERNATE:
        leader_first = number % 2 == 1
    elif setup.leader_always_first:
        leader_first = True
    elif (
        prompt is not None
        and setup.leader_first_from is not None
        and (level.depth >= setup.leader_first_from)
    ):
        leader_first = rule = True
    else:
        leader_first = number % 2 == 1
    first, second = (leader, partner) if leader_first else (partner, leader)
    return Turn(number, TurnMode.BOTH, first, second, leader_first_rule=rule)


@dataclass(frozen=True)
class LevelInfo:
    """The level the conversation is at, for the "how deep are we" display.

    `prompts_shown` counts prompts shown since the pair last entered this level;
    `prompt_budget` is how many the pacing plans for it (None: no plan, all of them).
    """

    depth: int
    level_count: int
    title: str
    guidance: str
    guidance_html: str
    planned_minutes: float | None
    prompts_shown: int
    prompt_budget: int | None


@dataclass(frozen=True)
class Crossroads:
    """The choice on screen when the engine waits at a crossroads.

    `target_depth` is the level going deeper leads to (None: there is none left within
    today's limit). `can_stay` says whether prompts are left at this depth or lighter ones
    (Stay applies). `reason`: "level_done" (its planned prompts are used), "asked" (the pair
    said they were ready to go deeper again) or "nothing_left" (this depth has run out).
    `can_borrow` says whether "More at this depth" applies: other scripts lend prompts of
    this level.
    """

    target_depth: int | None
    can_stay: bool
    reason: str
    can_borrow: bool = False
