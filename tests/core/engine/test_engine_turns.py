"""Who answers first: alternation, the leader going first, and one-way turns."""

from belonging.core.engine import ConversationState
from belonging.core.scripts.model import TurnMode
from support.engine_builders import ANA, BEN, level, prompt, script, started, three_levels


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
    conversation.ready_deeper(ANA.key)
    conversation.ready_deeper(BEN.key)

    assert conversation.turn.first == BEN


def test_the_closing_prompt_is_answered_by_both_even_in_one_way_scripts():
    """The closing appreciation is for both people, so its turn is a "both" turn."""
    the_script = script(level(1, [prompt("a1")]), turns=TurnMode.ONE_WAY)
    conversation, _ = started(the_script)

    conversation.next()

    assert conversation.state is ConversationState.WRAP_UP
    assert conversation.turn.mode is TurnMode.BOTH
