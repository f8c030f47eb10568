"""Who answers first: alternation, the leader going first, a level's say, and one-way turns."""

from belonging.core.engine import ConversationState
from belonging.core.scripts.model import Asker, FirstSpeaker, TurnMode
from support.engine_builders import (
    ANA,
    BEN,
    go_deeper_together,
    level,
    prompt,
    script,
    started,
    three_levels,
)


def firsts(conversation, count):
    """The participant answering first on each of the next `count` prompts."""
    order = []
    for _ in range(count):
        order.append(conversation.turn.first)
        conversation.next()
    return order


def test_who_answers_first_alternates_starting_with_the_leader():
    """By default both answer and the one who goes first alternates, the leader first."""
    conversation, _ = started(three_levels())

    assert firsts(conversation, 3) == [ANA, BEN, ANA]


def test_turn_names_who_answers_second():
    """The turn names both people, so the UI can say whose turn follows."""
    conversation, _ = started(three_levels())

    conversation.next()

    assert (conversation.turn.first, conversation.turn.second) == (BEN, ANA)
    assert conversation.turn.mode is TurnMode.BOTH
    assert conversation.turn.asker is None


def test_the_leader_can_go_first_every_time():
    """With `leader_always_first`, the leader answers first on every prompt."""
    conversation, _ = started(three_levels(), leader_always_first=True)

    assert firsts(conversation, 3) == [ANA, ANA, ANA]


def test_the_leader_who_goes_first_can_be_either_participant():
    """The leader is whoever the setup names, not the first participant listed."""
    conversation, _ = started(three_levels(), leader_key=BEN.key)

    assert firsts(conversation, 2) == [BEN, ANA]


def test_one_way_turns_have_the_leader_ask_and_the_other_answer():
    """A one-way script has one ask and the other answer, the same way round every time."""
    the_script = script(
        level(1, [prompt("a1"), prompt("a2"), prompt("a3")]), turns=TurnMode.ONE_WAY
    )
    conversation, _ = started(the_script)

    for _ in range(3):
        turn = conversation.turn
        assert turn.mode is TurnMode.ONE_WAY
        assert (turn.asker, turn.answerer) == (ANA, BEN)
        conversation.next()


def test_alternation_carries_on_across_levels():
    """Going deeper does not reset whose turn it is first."""
    conversation, _ = started(three_levels())
    firsts(conversation, 3)
    go_deeper_together(conversation)

    assert conversation.turn.first == BEN


def test_the_closing_prompt_is_answered_by_both_even_in_one_way_scripts():
    """The closing appreciation is for both people, so its turn is a "both" turn."""
    the_script = script(level(1, [prompt("a1"), prompt("a2")]), turns=TurnMode.ONE_WAY)
    conversation, _ = started(the_script)

    conversation.wrap_up()

    assert conversation.state is ConversationState.WRAP_UP
    assert conversation.current_prompt.is_closing
    assert conversation.turn.mode is TurnMode.BOTH
    assert {conversation.turn.first, conversation.turn.second} == {ANA, BEN}
    assert conversation.turn.asker is None


def test_the_closing_prompt_is_for_both_after_a_one_way_prompt_and_on_deep_levels():
    """The closing prompt is for both even after a one-way prompt on a leaders-first level."""
    the_script = script(
        level(1, [prompt("a1")]),
        level(2, [prompt("b1", asked_by=Asker.PARTNER)], first=FirstSpeaker.PARTNER),
    )
    conversation, _ = started(the_script, leader_first_from=1)
    go_deeper_together(conversation)
    assert conversation.turn.mode is TurnMode.ONE_WAY

    conversation.wrap_up()

    assert conversation.turn.mode is TurnMode.BOTH
    assert not conversation.turn.leader_first_rule


def two_levels(first_at_two=None, *, asked=None):
    """Level 1 (a1..a3) says nothing of turns; level 2 (b1..b3) says `first_at_two`;
    `asked` maps prompt ids to who asks them."""
    asked = asked or {}
    return script(
        level(1, [prompt(f"a{i}", asked_by=asked.get(f"a{i}")) for i in (1, 2, 3)]),
        level(
            2,
            [prompt(f"b{i}", asked_by=asked.get(f"b{i}"), lighter="lighter") for i in (1, 2, 3)],
            first=first_at_two,
        ),
    )


def firsts_at_level_two(conversation):
    """Who answers first on each of level 2's prompts, once level 1 is done."""
    firsts(conversation, 3)
    go_deeper_together(conversation)
    return firsts(conversation, 3)


def test_a_level_that_says_leader_first_has_the_leader_answer_first_there():
    """`first=leader` makes the leader answer first on every prompt of that level."""
    conversation, _ = started(two_levels(FirstSpeaker.LEADER), leader_key=BEN.key)

    assert firsts(conversation, 3) == [BEN, ANA, BEN]
    go_deeper_together(conversation)
    assert conversation.turn.leader_first_rule is False
    assert firsts(conversation, 3) == [BEN, BEN, BEN]


def test_a_level_that_says_partner_first_wins_over_the_leaders_settings():
    """`first=partner` wins over `leader_always_first` and `leader_first_from`."""
    conversation, _ = started(
        two_levels(FirstSpeaker.PARTNER), leader_always_first=True, leader_first_from=1
    )

    assert firsts_at_level_two(conversation) == [BEN, BEN, BEN]


def test_a_level_that_says_alternate_alternates_whatever_the_setup_says():
    """`first=alternate` changes who answers first from prompt to prompt at that level."""
    conversation, _ = started(
        two_levels(FirstSpeaker.ALTERNATE), leader_always_first=True, leader_first_from=1
    )

    order = firsts_at_level_two(conversation)

    assert order in ([ANA, BEN, ANA], [BEN, ANA, BEN])


def test_from_leader_first_from_on_the_leader_answers_first_by_the_rule():
    """From `leader_first_from` on the leader answers first, and the turn says why."""
    conversation, _ = started(three_levels(), leader_first_from=2, leader_key=BEN.key)

    assert conversation.turn.leader_first_rule is False
    assert firsts(conversation, 3) == [BEN, ANA, BEN]
    for _ in range(2):
        go_deeper_together(conversation)
        for _ in range(3):
            assert conversation.turn.leader_first_rule is True
            assert (conversation.turn.first, conversation.turn.second) == (BEN, ANA)
            conversation.next()


def test_the_leader_first_rule_is_not_claimed_where_the_level_decides():
    """When a level says who goes first, the turn never claims the deep levels' rule."""
    conversation, _ = started(two_levels(FirstSpeaker.LEADER), leader_first_from=1)

    for _ in range(3):
        assert conversation.turn.leader_first_rule is True
        conversation.next()
    go_deeper_together(conversation)

    assert conversation.turn.first == ANA
    assert conversation.turn.leader_first_rule is False


def test_a_prompt_asked_by_the_leader_is_one_way_in_a_both_script():
    """`Asked by: leader` makes that prompt alone one-way: the leader asks, the other answers."""
    conversation, _ = started(two_levels(asked={"a2": Asker.LEADER}), leader_key=BEN.key)

    modes = []
    for _ in range(3):
        modes.append(conversation.turn.mode)
        if conversation.turn.mode is TurnMode.ONE_WAY:
            assert (conversation.turn.asker, conversation.turn.answerer) == (BEN, ANA)
        conversation.next()

    assert modes == [TurnMode.BOTH, TurnMode.ONE_WAY, TurnMode.BOTH]


def test_a_prompt_asked_by_the_partner_has_the_partner_ask():
    """`Asked by: partner` has the partner ask and the leader answer, whatever the level says."""
    conversation, _ = started(
        two_levels(FirstSpeaker.LEADER, asked={"b1": Asker.PARTNER}), leader_always_first=True
    )
    firsts(conversation, 3)

    go_deeper_together(conversation)

    turn = conversation.turn
    assert (turn.mode, turn.asker, turn.answerer) == (TurnMode.ONE_WAY, BEN, ANA)


def test_a_one_way_prompts_lighter_alternative_is_asked_the_same_way():
    """After "too much?" on a prompt the partner asks, its lighter form is asked by them too."""
    conversation, _ = started(two_levels(asked={"b1": Asker.PARTNER}))
    firsts(conversation, 3)
    go_deeper_together(conversation)

    conversation.too_much()

    assert conversation.current_prompt.is_lighter
    turn = conversation.turn
    assert (turn.mode, turn.asker, turn.answerer) == (TurnMode.ONE_WAY, BEN, ANA)


def test_a_prompt_asked_by_the_partner_in_a_one_way_script_turns_the_roles_round():
    """In a one-way script the leader asks, except where a prompt says the partner does."""
    the_script = script(
        level(1, [prompt("a1"), prompt("a2", asked_by=Asker.PARTNER)]), turns=TurnMode.ONE_WAY
    )
    conversation, _ = started(the_script)

    assert conversation.turn.asker == ANA
    conversation.next()
    assert (conversation.turn.asker, conversation.turn.answerer) == (BEN, ANA)
