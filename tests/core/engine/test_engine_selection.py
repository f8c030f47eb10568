"""Which prompt comes next: order, pacing budgets, boundaries and the pair's history."""

from belonging.core.engine import ConversationState
from belonging.core.engine.pacing import level_minutes
from belonging.core.scripts.model import TurnMode
from support.engine_builders import (
    go_deeper_together,
    level,
    prompt,
    script,
    setup_for,
    shown_id,
    started,
    three_levels,
)


def walk_level(conversation):
    """Answers prompts until the level is done; returns the ids shown in order."""
    seen = []
    while conversation.state is ConversationState.PROMPT:
        seen.append(shown_id(conversation))
        conversation.next()
    return seen


def test_prompts_come_in_script_order_level_by_level():
    """Without pacing, a level offers all its prompts in order, then offers going deeper."""
    conversation, _ = started(three_levels())

    assert walk_level(conversation) == ["a1", "a2", "a3"]
    assert conversation.state is ConversationState.AWAITING_CONSENT
    assert conversation.crossroads.target_depth == 2


def test_level_minutes_set_how_many_prompts_it_offers():
    """A level of 8 minutes offers two prompts (four minutes each) before asking "deeper?"."""
    conversation, _ = started(three_levels(minutes=8))

    assert walk_level(conversation) == ["a1", "a2"]
    assert conversation.level.prompt_budget == 2
    assert conversation.state is ConversationState.AWAITING_CONSENT


def test_one_way_prompts_are_shorter_so_more_fit():
    """One-way turns take three minutes a prompt: a 6-minute level offers two."""
    the_script = script(
        level(1, [prompt(f"a{i}") for i in range(5)], minutes=6),
        level(2, [prompt("b1")]),
        turns=TurnMode.ONE_WAY,
    )
    conversation, _ = started(the_script)

    assert walk_level(conversation) == ["a0", "a1"]


def test_planned_length_is_spread_over_levels_without_minutes():
    """With no level minutes, 24 planned minutes over three levels gives two prompts each."""
    conversation, _ = started(three_levels(), planned_minutes=24)

    assert conversation.level.planned_minutes == 8
    assert walk_level(conversation) == ["a1", "a2"]


def test_a_shorter_planned_length_scales_every_level_down():
    """Choosing half a script's length halves each level's minutes and prompts."""
    conversation, _ = started(three_levels(minutes=16), planned_minutes=24)

    assert conversation.level.planned_minutes == 8
    assert walk_level(conversation) == ["a1", "a2"]


def test_levels_without_minutes_share_what_the_script_leaves_over():
    """A 30-minute script with a 6-minute first level gives the other two 12 minutes each."""
    the_script = script(
        level(1, [prompt("a1")], minutes=6),
        level(2, [prompt("b1")]),
        level(3, [prompt("c1")]),
        minutes=30,
    )

    assert level_minutes(the_script, setup_for(the_script)) == {1: 6, 2: 12, 3: 12}


def test_starting_deeper_begins_there_and_spreads_time_over_the_rest():
    """Starting at depth 2 shows level 2 first, with the planned time shared by levels 2 and 3."""
    conversation, _ = started(three_levels(minutes=8), starting_depth=2, planned_minutes=16)

    assert shown_id(conversation) == "b1"
    assert conversation.depth == 2
    assert conversation.level.planned_minutes == 8


def test_off_limits_topics_are_never_shown():
    """A prompt tagged with an off-limits topic is passed over, whatever its level."""
    the_script = script(
        level(1, [prompt("a1", topics=["family"]), prompt("a2"), prompt("a3", topics=["health"])]),
        level(2, [prompt("b1", topics=["Health"])]),
    )
    conversation, _ = started(the_script, off_limits_topics=("FAMILY", "health"))

    assert walk_level(conversation) == ["a2"]
    assert conversation.crossroads.target_depth is None  # b1 is off limits too


def test_already_had_prompts_come_only_when_the_level_would_run_out():
    """Prompts the pair already had wait until the new ones are used up."""
    conversation, _ = started(three_levels(), already_had_prompt_ids=("a1", "a2"))

    assert walk_level(conversation) == ["a3", "a1", "a2"]


def test_already_had_prompts_fill_a_level_that_has_no_new_ones():
    """A level the pair has wholly had still offers its prompts rather than being empty."""
    conversation, _ = started(three_levels(minutes=8), already_had_prompt_ids=("a1", "a2", "a3"))

    assert walk_level(conversation) == ["a1", "a2"]


def test_prompts_the_pair_asked_not_to_see_are_never_offered():
    """ "Do not show again" holds even when the level then runs out."""
    conversation, _ = started(three_levels(), do_not_show_prompt_ids=("a1", "a3"))

    assert walk_level(conversation) == ["a2"]
    assert conversation.state is ConversationState.AWAITING_CONSENT


def test_taken_up_prompts_come_first_at_their_own_level():
    """A parked prompt the pair took up is offered first where it fits, not before."""
    conversation, _ = started(three_levels(), taken_up_prompt_ids=("b3", "a2"))

    assert walk_level(conversation) == ["a2", "a1", "a3"]
    go_deeper_together(conversation)
    assert walk_level(conversation) == ["b3", "b1", "b2"]


def test_a_taken_up_lighter_alternative_is_shown_as_the_lighter_one():
    """Taking up a parked lighter alternative shows that lighter text, once."""
    conversation, _ = started(three_levels(), starting_depth=2, taken_up_prompt_ids=("b1~lighter",))

    assert conversation.current_prompt.is_lighter
    assert conversation.current_prompt.text == "b1 light"
    assert walk_level(conversation) == ["b1~lighter", "b2", "b3"]


def test_a_deeper_level_with_nothing_to_offer_is_passed_over():
    """If every prompt of the next level is ruled out, going deeper leads to the one after."""
    conversation, _ = started(three_levels(), off_limits_topics=())
    conversation_ruled, _ = started(three_levels(), do_not_show_prompt_ids=("b1", "b2", "b3"))

    walk_level(conversation)
    walk_level(conversation_ruled)

    assert conversation.crossroads.target_depth == 2
    assert conversation_ruled.crossroads.target_depth == 3


def test_the_deepest_level_done_offers_nothing_deeper():
    """After the last level's prompts nothing deeper is offered, and nothing wraps up."""
    conversation, _ = started(three_levels(), starting_depth=3)

    assert walk_level(conversation) == ["c1", "c2", "c3"]
    assert conversation.state is ConversationState.AWAITING_CONSENT
    assert conversation.crossroads.target_depth is None


def test_a_taken_up_prompt_the_pair_asked_not_to_see_stays_hidden():
    """ "Do not show again" wins over "take it up", and the rest of the level is unaffected."""
    conversation, _ = started(
        three_levels(), taken_up_prompt_ids=("a2",), do_not_show_prompt_ids=("a2",)
    )

    assert walk_level(conversation) == ["a1", "a3"]


def test_a_taken_up_id_the_script_no_longer_has_is_ignored():
    """A parked prompt from an older version of the script is simply not offered."""
    conversation, _ = started(three_levels(), taken_up_prompt_ids=("gone-123456",))

    assert walk_level(conversation) == ["a1", "a2", "a3"]
