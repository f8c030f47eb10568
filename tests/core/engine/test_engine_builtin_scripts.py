"""The engine walks every built-in script from start to wrap-up, as a pair would."""

import pytest

from belonging.core.engine import Conversation, ConversationState, ManualClock, rebuild
from belonging.core.scripts.parser import parse_script
from belonging.resources import builtin_scripts_dir
from support.engine_builders import ANA, setup_for, through_json

SCRIPT_FILES = sorted(p for p in builtin_scripts_dir().glob("*.md") if p.name != "README.md")


def load(path):
    """The built-in script at `path`, parsed as the app parses it."""
    return parse_script(path.read_bytes(), file=path.name, builtin=True, source=path)


def walk(conversation, clock):
    """Answers every prompt four minutes apart, goes deeper at every crossroads that offers
    it, and asks to wrap up at the one that offers nothing deeper."""
    while conversation.state is not ConversationState.WRAP_UP:
        if conversation.state is ConversationState.PROMPT:
            clock.advance(240)
            conversation.next()
        elif conversation.crossroads.target_depth is not None:
            conversation.go_deeper()
        else:
            conversation.wrap_up()


def test_there_are_built_in_scripts_to_walk():
    """The checkout ships built-in scripts, so the walk below is not vacuous."""
    assert len(SCRIPT_FILES) >= 3


@pytest.mark.parametrize("path", SCRIPT_FILES, ids=lambda p: p.stem)
def test_a_pair_can_walk_a_built_in_script_level_by_level(path):
    """Each level offers its planned prompts, the deepest is reached, and the closing is used."""
    script = load(path)
    clock = ManualClock()
    conversation = Conversation(script, setup_for(script), clock)
    conversation.start()

    walk(conversation, clock)

    shown = [e for e in conversation.events if e.kind == "prompt_shown"]
    per_level = {level.depth: 0 for level in script.levels}
    for event in shown:
        assert script.find_prompt(event.prompt_id) is not None
        per_level[event.data["prompt_depth"]] += 1
    assert all(1 <= count <= 4 for count in per_level.values())
    assert conversation.summary.depth_reached == len(script.levels)
    assert conversation.current_prompt.text == script.closing
    assert conversation.summary.talking_seconds == 240 * len(shown)


@pytest.mark.parametrize("path", SCRIPT_FILES, ids=lambda p: p.stem)
def test_off_limits_topics_hold_in_a_built_in_script(path):
    """Ruling out a script's most common topic keeps every prompt with it off the screen."""
    script = load(path)
    topics = [t for level in script.levels for p in level.prompts for t in p.topics]
    if not topics:
        pytest.skip("this script tags no topics")
    common = max(set(topics), key=topics.count)
    clock = ManualClock()
    conversation = Conversation(script, setup_for(script, off_limits_topics=(common,)), clock)
    conversation.start()

    walk(conversation, clock)

    for prompt_id in conversation.summary.shown_prompt_ids:
        assert common not in script.find_prompt(prompt_id)[1].topics
    rebuilt = rebuild(script, conversation.setup, through_json(conversation.events))
    assert rebuilt.summary.shown_prompt_ids == conversation.summary.shown_prompt_ids


@pytest.mark.parametrize("path", SCRIPT_FILES, ids=lambda p: p.stem)
def test_todays_limit_and_leaders_first_hold_in_a_built_in_script(path):
    """A built-in walk stops at today's limit, and leaders answer first from their level on."""
    script = load(path)
    clock = ManualClock()
    setup = setup_for(script, today_cap=3, leader_first_from=2)
    conversation = Conversation(script, setup, clock)
    conversation.start()

    walk(conversation, clock)

    shown = [e for e in conversation.events if e.kind == "prompt_shown"]
    assert max(e.data["prompt_depth"] for e in shown) == 3
    assert conversation.summary.depth_reached == 3
    # A prompt one person asks the other (`Asked by:`) is theirs to ask, whoever leads.
    deep = [
        e
        for e in shown
        if e.data["prompt_depth"] >= 2 and script.find_prompt(e.prompt_id)[1].asked_by is None
    ]
    assert deep and all(e.data["first"] == ANA.key for e in deep)
