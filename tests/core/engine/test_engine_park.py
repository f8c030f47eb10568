""" "Park it": the prompt is kept for a later conversation and the pair moves on."""

from support.engine_builders import (
    ANA,
    BEN,
    answer_until_crossroads,
    shown_id,
    started,
    three_levels,
)


def test_parking_moves_on_and_lists_the_prompt_for_next_time():
    """A parked prompt leaves the screen, the next one follows, and it is listed as parked."""
    conversation, _ = started(three_levels())

    conversation.park(BEN.key)

    assert shown_id(conversation) == "a2"
    assert conversation.summary.parked_prompt_ids == ("a1",)
    assert conversation.summary.prompts_parked == 1
    parked = conversation.events[3]
    assert (parked.kind, parked.prompt_id, parked.actor) == ("parked", "a1", "ben")


def test_a_parked_prompt_does_not_come_back_in_the_same_conversation():
    """Parked means "another time": staying at this depth does not bring it back."""
    conversation, _ = started(three_levels(), starting_depth=3)
    conversation.park(ANA.key)

    shown = answer_until_crossroads(conversation)
    conversation.stay()
    shown += answer_until_crossroads(conversation)

    assert conversation.crossroads.can_stay is False  # every other prompt came
    assert "c1" not in shown


def test_parking_a_lighter_alternative_keeps_its_lighter_id():
    """A parked lighter alternative is recorded under its own id, to be offered as such."""
    conversation, _ = started(three_levels(), starting_depth=2)
    conversation.too_much()

    conversation.park(ANA.key)

    assert conversation.summary.parked_prompt_ids == ("b1~lighter",)
