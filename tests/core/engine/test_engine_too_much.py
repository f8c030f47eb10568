""" "Too much?": the prompt leaves at once, the pair steps back lighter and keeps talking.

Nobody is named, no reason is asked, and the pair goes deeper again only by asking for it
and the ballot saying yes; running out of lighter prompts leads to a crossroads, not an end.
"""

import pytest

from belonging.core.engine import Action, ConversationState, Crossroads, EngineError
from support.engine_builders import (
    ANA,
    BEN,
    answer_until_crossroads,
    level,
    prompt,
    script,
    shown_id,
    started,
    three_levels,
)

S = ConversationState


def at_level_two(**overrides):
    """Two prompts of level 1 (a1, a2; a3 is left), then the pair went deeper to level 2."""
    conversation, clock = started(three_levels(minutes=8), **overrides)
    answer_until_crossroads(conversation)
    conversation.go_deeper()
    assert shown_id(conversation) == "b1"
    return conversation, clock


def test_the_lighter_alternative_comes_next_when_there_is_one():
    """After "too much?" on a prompt with a lighter alternative, that alternative is shown."""
    conversation, _ = at_level_two()

    conversation.too_much()

    shown = conversation.current_prompt
    assert (shown.id, shown.text, shown.is_lighter) == ("b1~lighter", "b1 light", True)
    assert shown.after_too_much
    assert conversation.just_stepped_back


def test_without_a_lighter_alternative_a_shallower_prompt_comes_next():
    """With no lighter alternative the next prompt comes from the level above."""
    conversation, _ = at_level_two()
    conversation.next()  # b1 answered; b2 has no lighter alternative
    assert shown_id(conversation) == "b2"

    conversation.too_much()

    assert shown_id(conversation) == "a3"
    assert conversation.current_prompt.depth == 1
    assert conversation.depth == 1
    assert conversation.state is S.PROMPT


def test_the_ceiling_drops_below_the_level_where_it_happened():
    """ "Too much?" at level 2 puts the ceiling at level 1."""
    conversation, _ = at_level_two()
    assert conversation.ceiling == 3

    conversation.too_much()

    assert conversation.ceiling == 1
    assert conversation.summary.final_ceiling == 1


def test_at_the_lightest_level_another_light_prompt_comes_next():
    """At level 1 there is nothing shallower: another level-1 prompt follows, ceiling stays 1."""
    conversation, _ = started(three_levels())

    conversation.too_much()

    assert shown_id(conversation) == "a2"
    assert conversation.ceiling == 1


def test_too_much_is_never_anyones():
    """ "Too much?" said in someone's name is refused; the event of it names nobody."""
    conversation, _ = started(three_levels())

    for who in (ANA.key, BEN.key):
        with pytest.raises(EngineError, match="never said in someone's name"):
            conversation.perform(Action.TOO_MUCH, who)
    assert shown_id(conversation) == "a1"
    conversation.too_much()

    said = [e for e in conversation.events if e.kind == "too_much"]
    assert [(e.prompt_id, e.actor, e.data) for e in said] == [("a1", None, {"ceiling": 1})]


def test_after_stepping_back_the_pair_keeps_talking_lighter():
    """After "too much?" the lighter prompts carry on; nothing deeper appears by itself."""
    conversation, _ = at_level_two()
    conversation.too_much()  # b1: its lighter alternative, then level 1's a3

    shown = answer_until_crossroads(conversation)

    assert shown == ["b1~lighter", "a3"]
    assert conversation.staying
    assert conversation.depth == conversation.ceiling == 1


def test_running_out_after_stepping_back_is_a_crossroads_not_the_end():
    """When the lighter prompts run out, the pair chooses again (deeper by ballot, or wrap up)."""
    conversation, _ = at_level_two()
    conversation.next()
    conversation.too_much()  # on b2: back to level 1, where only a3 is left
    conversation.next()

    assert conversation.state is S.AWAITING_CONSENT
    assert conversation.crossroads == Crossroads(
        target_depth=2, can_stay=False, reason="nothing_left"
    )


def test_with_nothing_lighter_left_too_much_leads_to_a_crossroads():
    """When no lighter or shallower prompt is left, "too much?" waits at a crossroads."""
    the_script = script(level(1, [prompt("a1")]), level(2, [prompt("b1")]))
    conversation, _ = started(the_script)

    conversation.too_much()

    assert conversation.state is S.AWAITING_CONSENT
    assert conversation.crossroads.reason == "nothing_left"
    assert not conversation.crossroads.can_stay
    assert conversation.just_stepped_back


def test_going_deeper_again_takes_asking_and_the_ballot():
    """After stepping back, asking and a yes go one level deeper and lift the ceiling."""
    conversation, _ = at_level_two()
    conversation.too_much()
    assert Action.ASK_DEEPER in conversation.allowed_actions()
    assert conversation.deeper_level == 2
    conversation.next()
    assert shown_id(conversation) == "a3"  # still shallow without asking

    conversation.ask_deeper()
    # "Not today" would bring them back to a3, so staying is always possible here.
    assert conversation.crossroads == Crossroads(2, can_stay=True, reason="asked")
    conversation.go_deeper()

    assert (conversation.depth, conversation.ceiling) == (2, 2)
    assert shown_id(conversation) == "b2"
    assert not conversation.staying


def test_the_prompt_is_marked_and_never_comes_back_in_this_conversation():
    """The prompt is listed as too much for storage, and not offered again here."""
    conversation, _ = started(three_levels())
    conversation.too_much()

    shown = answer_until_crossroads(conversation)

    assert conversation.summary.too_much_prompt_ids == ("a1",)
    assert "a1" not in shown


def test_too_much_on_the_lighter_alternative_steps_back_further():
    """If the lighter alternative is too much as well, a prompt from a shallower level follows."""
    conversation, _ = at_level_two()
    conversation.too_much()

    conversation.too_much()

    assert conversation.current_prompt.depth == 1
    assert not conversation.current_prompt.is_lighter
    assert conversation.summary.too_much_prompt_ids == ("b1", "b1~lighter")


def test_the_thank_you_flag_lasts_until_the_pair_moves_on():
    """`just_stepped_back` survives a pause but clears on the next prompt."""
    conversation, _ = started(three_levels())
    conversation.too_much()
    conversation.pause()
    conversation.resume()
    assert conversation.just_stepped_back

    conversation.next()

    assert not conversation.just_stepped_back
    assert not conversation.current_prompt.after_too_much


def test_too_much_puts_the_closing_prompt_away_too():
    """Even the closing prompt can be taken away; the pair can still end or go back."""
    conversation, _ = started(three_levels())
    conversation.wrap_up()

    conversation.too_much()

    assert conversation.state is S.WRAP_UP
    assert conversation.current_prompt is None
    assert conversation.summary.too_much_prompt_ids == ()
    assert conversation.allowed_actions() == {Action.PAUSE, Action.BACK_TO_PROMPTS, Action.END}
    conversation.back_to_prompts()
    assert shown_id(conversation) == "a1"
