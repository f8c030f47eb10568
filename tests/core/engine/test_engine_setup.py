"""A conversation's setup: what it holds, how it round-trips, and what it refuses."""

import json
from datetime import datetime

import pytest

from belonging.core.engine import Conversation, ConversationSetup, EngineError, ManualClock
from support.engine_builders import ANA, BEN, level, prompt, script, setup_for, three_levels


def test_setup_round_trips_through_json():
    """Storage can keep a setup as JSON and get back an equal one."""
    original = setup_for(
        three_levels(),
        planned_minutes=30,
        starting_depth=2,
        depth_ceiling=3,
        off_limits_topics=("Family", " health "),
        already_had_prompt_ids=("a1", "b2~lighter"),
        do_not_show_prompt_ids=("c2",),
        taken_up_prompt_ids=("b3",),
        leader_always_first=True,
        today_cap=3,
        leader_first_from=2,
    )

    again = ConversationSetup.from_dict(json.loads(json.dumps(original.to_dict())))

    assert again == original
    assert again.off_limits_topics == ("family", "health")
    assert again.leader == ANA and again.partner == BEN


def test_a_setup_stored_before_todays_limit_reads_back_without_one():
    """A setup saved before today's limit and the leaders-first level existed has neither."""
    data = setup_for(three_levels(), today_cap=2, leader_first_from=3).to_dict()
    del data["today_cap"], data["leader_first_from"]

    again = ConversationSetup.from_dict(data)

    assert (again.today_cap, again.leader_first_from) == (None, None)


def test_setup_from_dict_names_what_is_missing():
    """A stored setup without its participants is refused with the missing key named."""
    data = setup_for(three_levels()).to_dict()
    del data["participants"]

    with pytest.raises(ValueError, match="participants"):
        ConversationSetup.from_dict(data)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"leader_key": "carol"}, "leader"),
        ({"participants": (ANA, ANA)}, "both participants"),
        ({"participants": (ANA,)}, "exactly two"),
        ({"starting_depth": 3, "depth_ceiling": 2}, "deeper than the ceiling"),
        ({"planned_minutes": 0}, "positive"),
        ({"starting_depth": 0}, "counts from 1"),
        ({"starting_depth": 3, "today_cap": 2}, "deeper than today's limit"),
    ],
)
def test_setup_refuses_inconsistent_values(overrides, message):
    """A setup that cannot describe a real conversation is refused at once."""
    with pytest.raises(ValueError, match=message):
        setup_for(three_levels(), **overrides)


def test_conversation_refuses_a_setup_for_another_script():
    """A setup names its script; another script is refused rather than walked."""
    the_script = three_levels()
    setup = setup_for(the_script, script_id="another")

    with pytest.raises(EngineError, match="another"):
        Conversation(the_script, setup, ManualClock())


def test_conversation_refuses_a_changed_script():
    """A script whose text changed since the setup (sha256 differs) is refused."""
    the_script = three_levels()
    setup = setup_for(the_script, script_sha256="1" * 64)

    with pytest.raises(EngineError, match="changed"):
        Conversation(the_script, setup, ManualClock())


def test_conversation_refuses_a_starting_depth_beyond_the_script():
    """Starting below the script's deepest level is refused with the level count."""
    the_script = script(level(1, [prompt("a1")]), level(2, [prompt("b1")]))

    with pytest.raises(EngineError, match="2 levels"):
        Conversation(the_script, setup_for(the_script, starting_depth=3), ManualClock())


def test_conversation_refuses_a_naive_clock():
    """A clock without a timezone is refused, since event times must be UTC."""

    class NaiveClock:
        def now(self):
            return datetime(2024, 1, 1, 9, 0)

    the_script = three_levels()
    with pytest.raises(EngineError, match="timezone"):
        Conversation(the_script, setup_for(the_script), NaiveClock())
