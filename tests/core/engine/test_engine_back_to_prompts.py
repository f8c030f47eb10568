"""Back to the prompts: a wrap-up asked too early returns the pair to exactly where it was."""

import pytest

from belonging.core.conversation_events import EventKind
from belonging.core.engine import Action, ConversationState, EngineError, rebuild
from support.engine_builders import (
    ANA,
    BEN,
    answer_until_crossroads,
    observable,
    shown_id,
    started,
    three_levels,
    through_json,
)

S = ConversationState


def test_from_a_wrap_up_asked_at_a_prompt_the_same_prompt_and_turn_come_back():
    """Going back shows the prompt that was on screen, with the same person first."""
    conversation, _ = started(three_levels())
    conversation.next()
    before = (conversation.current_prompt, conversation.turn, conversation.level)
    conversation.wrap_up()

    assert conversation.back_to_prompts(BEN.key) is S.PROMPT

    assert (conversation.current_prompt, conversation.turn, conversation.level) == before
    back = conversation.events[-1]
    assert (back.kind, back.prompt_id, back.actor) == (EventKind.BACK_TO_PROMPTS, "a2", "ben")


def test_from_a_wrap_up_asked_at_a_crossroads_the_same_choice_comes_back():
    """Going back from a wrap-up asked at a crossroads offers the very same choice."""
    conversation, _ = started(three_levels(minutes=8))
    answer_until_crossroads(conversation)
    before = conversation.crossroads
    conversation.wrap_up()

    assert conversation.back_to_prompts() is S.AWAITING_CONSENT

    assert conversation.crossroads == before
    conversation.stay()
    assert shown_id(conversation) == "a3"


def test_from_a_wrap_up_asked_while_paused_the_prompt_comes_back_unpaused():
    """A wrap-up asked during a pause goes back to the prompt the pause hid, talking again."""
    conversation, _ = started(three_levels())
    conversation.next()
    before = (conversation.current_prompt, conversation.turn)
    conversation.pause()
    conversation.wrap_up()

    assert conversation.back_to_prompts() is S.PROMPT

    assert (conversation.current_prompt, conversation.turn) == before


def test_after_going_back_the_conversation_carries_on_as_before():
    """Back at the prompt, answering it moves on to the next one in order."""
    conversation, _ = started(three_levels())
    conversation.wrap_up(ANA.key)
    conversation.back_to_prompts()

    conversation.next()

    assert shown_id(conversation) == "a2"
    assert conversation.summary.answered_prompt_ids == ("a1",)


def test_going_to_the_wrap_up_and_back_keeps_the_alternation():
    """Going to the wrap-up and back does not make the same person answer first twice."""
    # The closing prompt the pair left unanswered is no turn of theirs.
    conversation, _ = started(three_levels())
    conversation.next()
    assert conversation.turn.first == BEN
    conversation.wrap_up()
    conversation.back_to_prompts()

    conversation.next()

    assert conversation.turn.first == ANA


def test_going_back_survives_a_crash():
    """A record holding a wrap-up and the way back rebuilds the same conversation."""
    conversation, clock = started(three_levels())
    conversation.next()
    conversation.wrap_up()
    conversation.too_much()
    conversation.back_to_prompts()

    rebuilt = rebuild(
        conversation.script, conversation.setup, through_json(conversation.events), clock
    )

    assert observable(rebuilt) == observable(conversation)


@pytest.mark.parametrize("where", ["prompt", "crossroads", "paused in the wrap-up", "ended"])
def test_going_back_is_refused_outside_the_wrap_up(where):
    """ "Back to the prompts" applies only during the wrap-up; elsewhere it is refused."""
    conversation, _ = started(three_levels())
    if where == "crossroads":
        conversation.ask_deeper()
    elif where == "paused in the wrap-up":
        conversation.wrap_up()
        conversation.pause()
    elif where == "ended":
        conversation.end()
    before = conversation.events

    assert Action.BACK_TO_PROMPTS not in conversation.allowed_actions()
    with pytest.raises(EngineError, match="does not apply"):
        conversation.back_to_prompts()
    assert conversation.events == before


def test_going_back_is_refused_once_back():
    """Having gone back, there is no wrap-up left to leave: a second "back" is refused."""
    conversation, _ = started(three_levels())
    conversation.wrap_up()
    conversation.back_to_prompts()

    with pytest.raises(EngineError, match="does not apply while a prompt is showing"):
        conversation.back_to_prompts()


def test_going_back_is_refused_when_nothing_is_left_to_go_back_to():
    """With nothing deeper today and nothing to stay with, there is nothing to go back to."""
    # Going back would only lead to a crossroads offering the wrap-up again.
    conversation, _ = started(three_levels(), starting_depth=3, today_cap=3)
    answer_until_crossroads(conversation)
    conversation.stay()
    answer_until_crossroads(conversation)
    assert conversation.crossroads.target_depth is None
    assert not conversation.crossroads.can_stay
    conversation.wrap_up()

    assert Action.BACK_TO_PROMPTS not in conversation.allowed_actions()
    with pytest.raises(EngineError, match="no prompt to go back to"):
        conversation.back_to_prompts()
