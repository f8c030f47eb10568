"""The crossroads: where the engine waits for the pair to choose deeper, stay or wrap up.

It is reached when a level's planned prompts are used, when nothing is left at this depth, or
when the pair asks; running out of prompts never wraps up by itself. Today's limit holds.
"""

import pytest

from belonging.core.engine import Action, ConversationState, Crossroads, EngineError
from support.engine_builders import (
    answer_until_crossroads,
    go_deeper_together,
    level,
    prompt,
    script,
    shown_id,
    started,
    three_levels,
)

S = ConversationState


def test_a_level_whose_planned_prompts_are_used_waits_at_a_crossroads():
    """Two prompts into an 8-minute level, the engine offers level 2 or staying (or going
    back to the last prompt), and waits."""
    conversation, _ = started(three_levels(minutes=8))

    assert answer_until_crossroads(conversation) == ["a1", "a2"]

    assert conversation.state is S.AWAITING_CONSENT
    assert conversation.crossroads == Crossroads(target_depth=2, can_stay=True, reason="level_done")
    assert conversation.deeper_level == 2
    assert (conversation.current_prompt, conversation.turn) == (None, None)
    assert conversation.allowed_actions() == {
        Action.GO_DEEPER,
        Action.STAY,
        Action.WRAP_UP,
        Action.PAUSE,
        Action.END,
        Action.BACK,
    }


def test_the_crossroads_is_recorded_with_what_it_offers():
    """The "deeper?" event says the level on offer, whether staying applies, and why."""
    conversation, _ = started(three_levels(minutes=8))
    answer_until_crossroads(conversation)

    asked = conversation.events[-1]

    assert (asked.kind, asked.actor) == ("deeper_asked", None)
    assert asked.data == {"target": 2, "stay": True, "reason": "level_done"}


def test_staying_offers_the_rest_of_this_level_then_shallower_ones():
    """ "Stay at this depth" shows this level's remaining prompts, then lighter levels' ones."""
    conversation, _ = started(three_levels(minutes=8))
    answer_until_crossroads(conversation)  # a1, a2; a3 is left
    conversation.go_deeper()
    answer_until_crossroads(conversation)  # b1, b2; b3 is left

    conversation.stay()

    assert answer_until_crossroads(conversation) == ["b3", "a3"]


def test_staying_offers_already_had_prompts_after_new_ones():
    """When staying, prompts the pair already had come after every new one."""
    conversation, _ = started(three_levels(minutes=8), already_had_prompt_ids=("a2",))
    assert answer_until_crossroads(conversation) == ["a1", "a3"]

    conversation.stay()

    assert answer_until_crossroads(conversation) == ["a2"]


def test_when_nothing_is_left_at_this_depth_the_pair_chooses_again():
    """Staying until this depth runs out leads to a crossroads, not to the wrap-up."""
    conversation, _ = started(three_levels(minutes=8))
    answer_until_crossroads(conversation)
    conversation.stay()
    answer_until_crossroads(conversation)

    assert conversation.state is S.AWAITING_CONSENT
    assert conversation.crossroads == Crossroads(
        target_depth=2, can_stay=False, reason="nothing_left"
    )


def test_staying_is_refused_when_nothing_is_left_at_this_depth():
    """With every prompt of this depth and lighter ones used, "stay" does not apply."""
    conversation, _ = started(three_levels())
    answer_until_crossroads(conversation)
    assert not conversation.crossroads.can_stay

    assert Action.STAY not in conversation.allowed_actions()
    with pytest.raises(EngineError, match="nothing is left at this depth"):
        conversation.stay()
    assert conversation.state is S.AWAITING_CONSENT


def test_running_out_of_everything_leaves_only_the_wrap_up_to_ask_for():
    """At the deepest level with nothing left, the engine still waits: wrap-up is asked for."""
    conversation, _ = started(script(level(1, [prompt("a1")]), level(2, [prompt("b1")])))
    conversation.next()
    conversation.go_deeper()

    conversation.next()

    assert conversation.state is S.AWAITING_CONSENT
    assert conversation.crossroads == Crossroads(None, can_stay=False, reason="level_done")
    # Back to the prompt answered last stays open: it is how a last "next" is undone.
    assert conversation.allowed_actions() == {
        Action.WRAP_UP,
        Action.PAUSE,
        Action.END,
        Action.BACK,
    }
    assert not any(e.kind == "wrap_up" for e in conversation.events)


def test_after_the_deepest_level_the_crossroads_offers_staying_with_lighter_prompts():
    """Starting at the deepest level and using it up offers lighter prompts, nothing deeper."""
    conversation, _ = started(three_levels(), starting_depth=3)

    assert answer_until_crossroads(conversation) == ["c1", "c2", "c3"]
    assert conversation.crossroads == Crossroads(None, can_stay=True, reason="level_done")
    conversation.stay()
    assert answer_until_crossroads(conversation) == ["b1", "b2", "b3", "a1", "a2", "a3"]
    assert conversation.crossroads == Crossroads(None, can_stay=False, reason="nothing_left")


def test_a_crossroads_survives_a_pause():
    """While paused the choice is hidden; resuming shows the very same choice."""
    conversation, _ = started(three_levels(minutes=8))
    answer_until_crossroads(conversation)
    before = conversation.crossroads

    conversation.pause()
    assert conversation.crossroads is None
    conversation.resume()

    assert conversation.crossroads == before


def test_todays_limit_is_never_passed_whatever_the_pair_agrees():
    """With today's limit at level 2, level 3 is never offered, asked for or entered."""
    conversation, _ = started(three_levels(), today_cap=2)
    answer_until_crossroads(conversation)
    assert conversation.crossroads.target_depth == 2
    conversation.go_deeper()

    assert conversation.deeper_level is None
    with pytest.raises(EngineError, match="no deeper level left to go to today"):
        conversation.ask_deeper()
    answer_until_crossroads(conversation)
    assert conversation.crossroads.target_depth is None
    with pytest.raises(EngineError, match="no deeper level"):
        conversation.go_deeper()
    assert conversation.summary.depth_reached == 2


def test_todays_limit_is_kept_apart_from_the_pairs_comfort():
    """Today's limit does not lower the ceiling the pair's comfort set; it only bounds today."""
    conversation, _ = started(three_levels(), today_cap=2, depth_ceiling=1)

    assert (conversation.today_cap, conversation.ceiling) == (2, 1)
    go_deeper_together(conversation)
    assert (conversation.depth, conversation.ceiling) == (2, 2)


def test_a_level_with_nothing_to_offer_is_passed_over_at_the_crossroads():
    """If every prompt of the next level is ruled out, the crossroads offers the one after."""
    conversation, _ = started(three_levels(), do_not_show_prompt_ids=("b1", "b2", "b3"))
    answer_until_crossroads(conversation)

    assert conversation.crossroads.target_depth == 3
    conversation.go_deeper()
    assert (conversation.depth, shown_id(conversation)) == (3, "c1")
