"""The transition table: which actions apply in which state, and clear errors for the rest."""

import pytest

from belonging.core.engine import (
    TRANSITIONS,
    Action,
    Conversation,
    ConversationState,
    EngineError,
    ManualClock,
    rebuild,
)
from support.engine_builders import ANA, BEN, setup_for, started, three_levels, through_json

S = ConversationState


def reach(state):
    """A conversation in `state`, reached the way people would reach it."""
    the_script = three_levels()
    clock = ManualClock()
    conversation = Conversation(the_script, setup_for(the_script), clock)
    if state is S.NOT_STARTED:
        return conversation
    conversation.start()
    steps = {
        S.PROMPT: [],
        S.PAUSED: [conversation.pause],
        S.AWAITING_CONSENT: [conversation.next] * 3,
        S.WRAP_UP: [conversation.wrap_up],
        S.ENDED: [conversation.end],
    }
    for step in steps[state]:
        step()
    assert conversation.state is state
    return conversation


NOT_IN_TABLE = [(s, a) for s in S for a in Action if (s, a) not in TRANSITIONS]


@pytest.mark.parametrize(("state", "action"), NOT_IN_TABLE)
def test_an_action_outside_the_table_raises_and_records_nothing(state, action):
    """An action that does not apply raises a clear EngineError and changes nothing."""
    conversation = reach(state)
    events_before = conversation.events

    with pytest.raises(EngineError, match="does not apply"):
        conversation.perform(action)

    assert conversation.state is state
    assert conversation.events == events_before


@pytest.mark.parametrize("state", list(S))
def test_allowed_actions_are_exactly_those_that_succeed(state):
    """Buttons the UI enables from `allowed_actions()` all work; the others all raise."""
    conversation = reach(state)
    allowed = conversation.allowed_actions()

    for action in Action:
        copy = rebuild(conversation.script, conversation.setup, through_json(conversation.events))
        if action in allowed:
            new_state = copy.perform(action)
            assert new_state in TRANSITIONS[(state, action)]
        else:
            with pytest.raises(EngineError):
                copy.perform(action)


def test_nothing_applies_after_the_end():
    """An ended conversation allows no action at all."""
    assert reach(S.ENDED).allowed_actions() == frozenset()


def test_an_unknown_participant_is_refused():
    """Only the two participants can act; another key is named in the error."""
    conversation = reach(S.PROMPT)

    with pytest.raises(EngineError, match="carol"):
        conversation.skip("carol")
    assert conversation.refusal(Action.TOO_MUCH, "carol") is not None


@pytest.mark.parametrize(
    "action", [Action.TOO_MUCH, Action.ASK_DEEPER, Action.GO_DEEPER, Action.STAY]
)
def test_what_could_reveal_who_hesitated_is_never_said_in_a_name(action):
    """Too much, ready again, the ballot's yes and "not today" refuse a participant's key."""
    conversation = reach(S.PROMPT)
    if action in (Action.GO_DEEPER, Action.STAY):
        conversation.ask_deeper()
    assert action in conversation.allowed_actions()

    for who in (ANA.key, BEN.key):
        with pytest.raises(EngineError, match="never said in someone's name"):
            conversation.perform(action, who)


def test_every_action_records_events_in_order_at_the_clock_time():
    """Each action appends events numbered from 1, stamped with the clock's UTC time."""
    conversation, clock = started(three_levels())
    clock.advance(90)
    conversation.next(BEN.key)

    events = conversation.events
    assert [event.seq for event in events] == list(range(1, len(events) + 1))
    answered = events[3]
    assert (answered.kind, answered.prompt_id, answered.actor) == ("answered", "a1", "ben")
    assert answered.at == clock.now()
    assert answered.at.utcoffset().total_seconds() == 0


def test_every_action_of_the_table_has_a_handler_and_no_other_does():
    """The handler table and the transition table name the same actions, so no action the
    rules allow can go unhandled."""
    from belonging.core.engine.moves import HANDLERS
    from belonging.core.engine.states import TRANSITIONS

    assert set(HANDLERS) == {action for _state, action in TRANSITIONS} == set(Action)
