""" "Too much?": the prompt leaves at once, the pair steps back, and the ceiling drops."""

from belonging.core.engine import Action, ConversationState
from support.engine_builders import ANA, BEN, level, prompt, script, shown_id, started, three_levels


def at_level_two(**overrides):
    """Two prompts of level 1 (a1, a2; a3 is left), then both ready and level 2 entered."""
    conversation, clock = started(three_levels(minutes=8), **overrides)
    while conversation.state is ConversationState.PROMPT:
        conversation.next()
    conversation.ready_deeper(ANA.key)
    conversation.ready_deeper(BEN.key)
    return conversation, clock


def test_the_lighter_alternative_comes_next_when_there_is_one():
    """After "too much?" on a prompt with a lighter alternative, that alternative is shown."""
    conversation, _ = at_level_two()
    assert shown_id(conversation) == "b1"

    conversation.too_much(BEN.key)

    shown = conversation.current_prompt
    assert (shown.id, shown.text, shown.is_lighter) == ("b1~lighter", "b1 light", True)
    assert shown.after_too_much
    assert conversation.just_stepped_back


def test_without_a_lighter_alternative_a_shallower_prompt_comes_next():
    """With no lighter alternative the next prompt comes from the level above."""
    conversation, _ = at_level_two()
    conversation.next()  # b1 answered; b2 has no lighter alternative
    assert shown_id(conversation) == "b2"

    conversation.too_much(ANA.key)

    assert shown_id(conversation) == "a3"
    assert conversation.current_prompt.depth == 1
    assert conversation.depth == 1
    assert conversation.state is ConversationState.PROMPT


def test_the_ceiling_drops_below_the_level_where_it_happened():
    """ "Too much?" at level 2 puts the ceiling at level 1."""
    conversation, _ = at_level_two()
    assert conversation.ceiling == 3

    conversation.too_much(ANA.key)

    assert conversation.ceiling == 1
    assert conversation.summary.final_ceiling == 1


def test_at_the_lightest_level_another_light_prompt_comes_next():
    """At level 1 there is nothing shallower: another level-1 prompt follows, ceiling stays 1."""
    conversation, _ = started(three_levels())

    conversation.too_much(BEN.key)

    assert shown_id(conversation) == "a2"
    assert conversation.ceiling == 1


def test_after_stepping_back_the_engine_never_asks_deeper_by_itself():
    """Once stepped back, the pair stays shallow until both say ready; nothing deeper appears."""
    conversation, _ = at_level_two()
    conversation.next()
    conversation.too_much(ANA.key)  # on b2: back to level 1, where only a3 is left

    depths = []
    while conversation.state is ConversationState.PROMPT:
        depths.append(conversation.current_prompt.depth)
        conversation.next()

    assert depths == [1]
    assert conversation.state is ConversationState.WRAP_UP


def test_only_both_saying_ready_raise_the_ceiling_again_one_level():
    """After stepping back, both saying ready goes one level deeper and lifts the ceiling."""
    conversation, _ = at_level_two()
    conversation.too_much(ANA.key)
    conversation.ready_deeper(ANA.key)
    conversation.next()  # only Ana is ready: a3, still shallow
    assert shown_id(conversation) == "a3"
    assert conversation.ceiling == 1

    conversation.ready_deeper(BEN.key)
    conversation.next()

    assert conversation.depth == 2
    assert conversation.ceiling == 2
    assert conversation.current_prompt.id == "b2"


def test_too_much_clears_readiness_already_given():
    """A "ready" said before "too much?" no longer counts afterwards."""
    conversation, _ = started(three_levels())
    conversation.ready_deeper(ANA.key)

    conversation.too_much(BEN.key)

    assert conversation.consent.ready == ()


def test_the_prompt_is_marked_and_never_comes_back_in_this_conversation():
    """The prompt is listed as too much for storage, and not offered again here."""
    conversation, _ = started(three_levels())
    conversation.too_much(ANA.key)

    shown = []
    while conversation.state is ConversationState.PROMPT:
        shown.append(shown_id(conversation))
        conversation.next()

    assert conversation.summary.too_much_prompt_ids == ("a1",)
    assert "a1" not in shown


def test_too_much_on_the_lighter_alternative_steps_back_further():
    """If the lighter alternative is too much as well, a prompt from a shallower level follows."""
    conversation, _ = at_level_two()
    conversation.too_much(ANA.key)

    conversation.too_much(BEN.key)

    assert conversation.current_prompt.depth == 1
    assert not conversation.current_prompt.is_lighter
    assert conversation.summary.too_much_prompt_ids == ("b1", "b1~lighter")


def test_with_nothing_lighter_left_the_pair_goes_to_the_wrap_up():
    """When no lighter or shallower prompt is left, "too much?" leads to the wrap-up."""
    the_script = script(level(1, [prompt("a1")]), level(2, [prompt("b1")]))
    conversation, _ = started(the_script)

    conversation.too_much(ANA.key)

    assert conversation.state is ConversationState.WRAP_UP
    assert conversation.just_stepped_back


def test_the_thank_you_flag_lasts_until_the_pair_moves_on():
    """`just_stepped_back` survives a pause but clears on the next prompt."""
    conversation, _ = started(three_levels())
    conversation.too_much(ANA.key)
    conversation.pause()
    conversation.resume()
    assert conversation.just_stepped_back

    conversation.next()

    assert not conversation.just_stepped_back
    assert not conversation.current_prompt.after_too_much


def test_too_much_puts_the_closing_prompt_away_too():
    """Even the closing prompt can be taken away; the pair can still end."""
    conversation, _ = started(three_levels())
    conversation.wrap_up()

    conversation.too_much(BEN.key)

    assert conversation.current_prompt is None
    assert conversation.summary.too_much_prompt_ids == ()
    assert conversation.allowed_actions() == {Action.PAUSE, Action.END}
