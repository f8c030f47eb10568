"""Small scripts, setups and conversations built from the model's dataclasses, for engine tests,
and hypothesis strategies drawing random ones."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace

from hypothesis import strategies as st

from belonging.core.conversation_events import ConversationEvent, EventKind
from belonging.core.engine import (
    Conversation,
    ConversationSetup,
    ConversationState,
    EngineError,
    ManualClock,
    Participant,
)
from belonging.core.engine.conversation_setup import Lender
from belonging.core.scripts.model import Asker, FirstSpeaker, Level, Prompt, Script, TurnMode

ANA = Participant("ana", "Ana", "manager")
BEN = Participant("ben", "Ben", "report")

#: Events that must never name a person: they would tell who stepped back or hesitated.
NEVER_NAMED = frozenset(
    {
        EventKind.TOO_MUCH,
        EventKind.DEEPER_ASKED,
        EventKind.DEEPER_AGREED,
        EventKind.STAYED,
        EventKind.MORE_HERE,
    }
)
TOPICS = ("family", "health", "work", "money")
#: Who presses, in property tests: mostly nobody named, as the UI does; now and then a
#: person, or a key that is no one's.
WHO = [*[None] * 6, ANA.key, BEN.key, "stranger"]


def press(conversation: Conversation, action: object, by: str | None = None) -> bool:
    """Presses a button as someone would; one that does not apply is refused, changing nothing.
    Returns whether it applied."""
    events, state = conversation.events, conversation.state
    try:
        conversation.perform(action, by)  # type: ignore[arg-type]
    except EngineError:
        assert (conversation.events, conversation.state) == (events, state)
        return False
    return True


def prompt(
    prompt_id: str,
    *,
    lighter: str | None = None,
    topics: Sequence[str] = (),
    follow_ups: Sequence[str] = (),
    asked_by: Asker | None = None,
) -> Prompt:
    """A prompt whose text is its id, so tests can read what was shown."""
    return Prompt(
        id=prompt_id,
        text=f"Prompt {prompt_id}?",
        html=f"<p>Prompt {prompt_id}?</p>",
        follow_ups=tuple(follow_ups),
        lighter=lighter,
        lighter_html=None if lighter is None else f"<p>{lighter}</p>",
        topics=tuple(topics),
        asked_by=asked_by,
    )


def level(
    depth: int,
    prompts: Iterable[Prompt],
    *,
    minutes: int | None = None,
    first: FirstSpeaker | None = None,
) -> Level:
    """A level titled after its depth."""
    return Level(
        depth=depth,
        title=f"Level {depth}",
        prompts=tuple(prompts),
        guidance=f"Guidance {depth}",
        guidance_html=f"<p>Guidance {depth}</p>",
        minutes=minutes,
        first=first,
    )


def script(
    *levels: Level,
    minutes: int | None = None,
    closing: str | None = None,
    turns: TurnMode = TurnMode.BOTH,
    script_id: str = "test-script",
) -> Script:
    """A script of these levels, with a made-up sha256."""
    return Script(
        id=script_id,
        title="Test script",
        levels=tuple(levels),
        minutes=minutes,
        closing=closing,
        closing_html=None if closing is None else f"<p>{closing}</p>",
        turns=turns,
        sha256="0" * 64,
    )


def three_levels(*, minutes: int | None = None) -> Script:
    """Three levels of three prompts each (a1..c3); no pacing unless `minutes` per level."""
    return script(
        level(1, [prompt("a1"), prompt("a2"), prompt("a3")], minutes=minutes),
        level(2, [prompt("b1", lighter="b1 light"), prompt("b2"), prompt("b3")], minutes=minutes),
        level(3, [prompt("c1", lighter="c1 light"), prompt("c2"), prompt("c3")], minutes=minutes),
    )


def setup_for(the_script: Script, **overrides: object) -> ConversationSetup:
    """A setup for `the_script` with Ana leading Ben, changed by `overrides`."""
    fields: dict[str, object] = {
        "script_id": the_script.id,
        "script_sha256": the_script.sha256,
        "participants": (ANA, BEN),
        "leader_key": ANA.key,
    }
    fields.update(overrides)
    return ConversationSetup(**fields)  # type: ignore[arg-type]


def started(the_script: Script, **overrides: object) -> tuple[Conversation, ManualClock]:
    """A conversation on a manual clock, already started."""
    clock = ManualClock()
    conversation = Conversation(the_script, setup_for(the_script, **overrides), clock)
    conversation.start()
    return conversation, clock


def shown_id(conversation: Conversation) -> str | None:
    """The id of the prompt on screen, or None."""
    current = conversation.current_prompt
    return None if current is None else current.id


def go_deeper_together(conversation: Conversation) -> ConversationState:
    """Goes one level deeper as a pair does: at a prompt they say they are ready again
    (`ask_deeper`), then the secret ballot comes out yes (`go_deeper`)."""
    if conversation.state is ConversationState.PROMPT:
        conversation.ask_deeper()
    return conversation.go_deeper()


def answer_until_crossroads(conversation: Conversation) -> list[str]:
    """Answers prompts until the engine waits at a crossroads; returns the ids shown in order."""
    seen: list[str] = []
    while conversation.state is ConversationState.PROMPT:
        seen.append(str(shown_id(conversation)))
        conversation.next()
    return seen


def through_json(events: Iterable[ConversationEvent]) -> list[ConversationEvent]:
    """The events as storage gives them back: dumped to JSON text and loaded again."""
    text = json.dumps([event.to_dict() for event in events])
    return [ConversationEvent.from_dict(item) for item in json.loads(text)]


def observable(conversation: Conversation) -> tuple[object, ...]:
    """Everything the UI can read, to compare a conversation with its replay."""
    return (
        conversation.state,
        conversation.depth,
        conversation.ceiling,
        conversation.current_prompt,
        conversation.turn,
        conversation.level,
        conversation.crossroads,
        conversation.deeper_level,
        conversation.staying,
        conversation.today_cap,
        conversation.just_stepped_back,
        conversation.pacing,
        conversation.summary,
        conversation.allowed_actions(),
        conversation.events,
    )


@st.composite
def scripts(draw: st.DrawFn) -> Script:
    """A script of one to four levels, some empty, with lighter alternatives, topics, levels
    that say who goes first and prompts one person asks."""
    levels = []
    for depth in range(1, draw(st.integers(1, 4)) + 1):
        prompts = [
            prompt(
                f"p{depth}-{index}",
                lighter=draw(st.sampled_from([None, f"lighter {depth}-{index}"])),
                topics=draw(st.lists(st.sampled_from(TOPICS), max_size=2, unique=True)),
                asked_by=draw(st.sampled_from([None, None, None, *Asker])),
            )
            for index in range(draw(st.integers(1, 4)))
        ]
        if draw(st.integers(0, 9)) == 9:
            prompts = []  # now and then a level whose prompts were all filtered out
        levels.append(
            level(
                depth,
                prompts,
                minutes=draw(st.sampled_from([8, None, 4, 15])),
                first=draw(st.sampled_from([None, None, *FirstSpeaker])),
            )
        )
    return script(
        *levels,
        minutes=draw(st.sampled_from([None, 20, 45])),
        closing=draw(st.sampled_from([None, "What will you keep from today?"])),
        turns=draw(st.sampled_from(list(TurnMode))),
    )


@st.composite
def lender_scripts(draw: st.DrawFn, turns: TurnMode) -> Script:
    """A script that lends its prompts, under an id and sha256 of its own."""
    number = draw(st.integers(1, 9))
    drawn = draw(scripts())
    return replace(drawn, id=f"lender-{number}", sha256=f"{number}" * 64, turns=turns)


@st.composite
def setups(
    draw: st.DrawFn,
    the_script: Script,
    *,
    capped: bool = False,
    lenders: Sequence[Script] = (),
) -> ConversationSetup:
    """A setup for `the_script` with a random history, boundaries and depths; with `capped`,
    always a limit for today; `lenders` lend their prompts, some only down to a level."""
    ids = [p.id for lv in the_script.levels for p in lv.prompts]
    ids += [p.lighter_id for lv in the_script.levels for p in lv.prompts if p.lighter_id]
    some_ids = st.lists(st.sampled_from([*ids, "not-in-script"]), max_size=4, unique=True)
    count = len(the_script.levels)
    start = draw(st.integers(1, count))
    caps = st.integers(start, count)
    return ConversationSetup(
        script_id=the_script.id,
        script_sha256=the_script.sha256,
        participants=(ANA, BEN),
        leader_key=draw(st.sampled_from([ANA.key, BEN.key])),
        planned_minutes=draw(st.sampled_from([None, 10, 30, 60])),
        starting_depth=start,
        depth_ceiling=draw(st.one_of(st.none(), st.integers(start, count + 1))),
        off_limits_topics=tuple(draw(st.lists(st.sampled_from(TOPICS), max_size=1))),
        already_had_prompt_ids=tuple(draw(some_ids)),
        do_not_show_prompt_ids=tuple(draw(some_ids)),
        taken_up_prompt_ids=tuple(draw(some_ids)),
        leader_always_first=draw(st.booleans()),
        today_cap=draw(caps if capped else st.one_of(st.none(), caps)),
        leader_first_from=draw(st.one_of(st.none(), st.integers(1, count))),
        lenders=tuple(
            Lender(lender.id, lender.sha256, draw(st.one_of(st.none(), st.integers(1, 4))))
            for lender in lenders
        ),
    )
