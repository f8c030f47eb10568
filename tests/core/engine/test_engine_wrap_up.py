"""Wrap-up is always reachable, only by asking, and offers a closing prompt; then the end."""

import pytest

from belonging.core.engine import (
    CLOSING_PROMPT_ID,
    DEFAULT_CLOSING_TEXT,
    Action,
    Conversation,
    ConversationState,
    EngineError,
    ManualClock,
)
from support.engine_builders import ANA, level, prompt, script, setup_for, started, three_levels


@pytest.mark.parametrize("how", ["prompt", "deeper", "paused"])
def test_wrap_up_is_reachable_from_every_part_of_the_conversation(how):
    """From a prompt, a crossroads or a pause, "wrap up" applies and records who asked."""
    conversation, _ = started(three_levels(minutes=4))
    if how == "deeper":
        conversation.next()
    elif how == "paused":
        conversation.pause()

    conversation.wrap_up(ANA.key)

    assert conversation.state is ConversationState.WRAP_UP
    wrap = conversation.events[-1]
    assert (wrap.kind, wrap.actor, wrap.data["reason"]) == ("wrap_up", "ana", "asked")


def test_the_closing_prompt_is_the_scripts_own():
    """A script's `closing` is what the wrap-up offers."""
    the_script = script(level(1, [prompt("a1")]), closing="What will you remember?")
    conversation, _ = started(the_script)

    conversation.wrap_up()

    closing = conversation.current_prompt
    assert (closing.id, closing.text, closing.is_closing) == (
        CLOSING_PROMPT_ID,
        "What will you remember?",
        True,
    )
    assert not closing.is_default_closing


def test_without_a_script_closing_the_default_appreciation_is_offered():
    """A script without `closing` gets the default appreciation prompt, marked for translation."""
    conversation, _ = started(three_levels())

    conversation.wrap_up()

    closing = conversation.current_prompt
    assert closing.text == DEFAULT_CLOSING_TEXT
    assert closing.is_default_closing
    assert closing.html == f"<p>{DEFAULT_CLOSING_TEXT}</p>"


def test_running_out_of_prompts_never_wraps_up_by_itself():
    """When nothing is left to offer, the engine waits at a crossroads: only asking wraps up."""
    the_script = script(level(1, [prompt("a1")]))
    conversation, _ = started(the_script)

    conversation.next()

    assert conversation.state is ConversationState.AWAITING_CONSENT
    assert conversation.events[-1].kind == "deeper_asked"
    assert Action.WRAP_UP in conversation.allowed_actions()
    conversation.wrap_up()
    assert conversation.events[-1].data["reason"] == "asked"


def test_wrap_up_from_a_paused_wrap_up_is_refused():
    """Pausing during the wrap-up and asking to wrap up again says it is already wrapping up."""
    conversation, _ = started(three_levels())
    conversation.wrap_up()
    conversation.pause()

    with pytest.raises(EngineError, match="already wrapping up"):
        conversation.wrap_up()
    assert conversation.allowed_actions() == {Action.RESUME, Action.END}


def test_end_finishes_the_conversation_and_clears_the_screen():
    """After `end` nothing is on screen and the summary knows when it ended."""
    conversation, clock = started(three_levels())
    conversation.wrap_up()
    clock.advance(60)

    assert conversation.end() is ConversationState.ENDED
    assert conversation.current_prompt is None
    assert conversation.summary.ended_at == clock.now()


def test_a_conversation_can_be_ended_before_it_starts():
    """Backing out at the ground rules ends it with a single event."""
    the_script = three_levels()
    conversation = Conversation(the_script, setup_for(the_script), ManualClock())

    conversation.end()

    assert [event.kind for event in conversation.events] == ["ended"]
