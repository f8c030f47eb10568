"""Small read-only pictures of a conversation that the UI shows: prompt, turn, level, consent.

Each is a frozen snapshot made on demand, so the UI can hold one without it changing under it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from belonging.core.engine.conversation_setup import ConversationSetup, Participant
from belonging.core.scripts.model import Level, Prompt, TurnMode

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
    """

    number: int
    mode: TurnMode
    first: Participant
    second: Participant

    @property
    def asker(self) -> Participant | None:
        """In a one-way turn, the one who asks; None when both answer."""
        return self.first if self.mode is TurnMode.ONE_WAY else None

    @property
    def answerer(self) -> Participant | None:
        """In a one-way turn, the one who answers; None when both answer."""
        return self.second if self.mode is TurnMode.ONE_WAY else None


def next_turn(number: int, mode: TurnMode, setup: ConversationSetup) -> Turn:
    """Turn `number`: the leader first on odd turns (or always), the partner on even ones.

    In one-way turns the leader always asks and the partner answers.
    """
    leader, partner = setup.leader, setup.partner
    leader_first = mode is TurnMode.ONE_WAY or setup.leader_always_first or number % 2 == 1
    first, second = (leader, partner) if leader_first else (partner, leader)
    return Turn(number=number, mode=mode, first=first, second=second)


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
class ConsentStatus:
    """Who has said they are ready for the next deeper level.

    `agreed` is True once both have: while a prompt is showing, the pair goes deeper after it
    (on Next, Skip or Park it); while the engine asks "deeper?", at once.
    """

    target_depth: int
    ready: tuple[Participant, ...]
    waiting_for: tuple[Participant, ...]

    @property
    def agreed(self) -> bool:
        """Both participants have said they are ready."""
        return not self.waiting_for

    def is_ready(self, key: str) -> bool:
        """Whether the participant with this key has said they are ready."""
        return any(p.key == key for p in self.ready)
