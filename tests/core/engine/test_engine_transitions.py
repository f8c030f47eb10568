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


def by_for(action):
    """Who does the action in these tests: "ready" needs a person, the rest do not."""
    return ANA.key if action is Action.READY_DEEPER else None


NOT_IN_TABLE = [(s, a) for s in S for a in Action if (s, a) not in TRANSITIONS]


@pytest.mark.parametrize(("state", "action"), NOT_IN_TABLE)
def test_an_action_outside_the_table_raises_and_records_nothing(state, action):
    """An action that does not apply raises a clear EngineError and changes nothing."""
    conversation = reach(state)
    events_before = conversation.events

    with pytest.raises(EngineError, match="does not apply"):
        conversation.perform(action, by_for(action))

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
            new_state = copy.perform(action, by_for(action))
            assert new_state in TRANSITIONS[(state, action)]
        else:
            with pytest.raises(EngineError):
                copy.perform(action, by_for(action))


def test_nothing_applies_after_the_end():
    """An ended conversation allows no action at all."""
    assert reach(S.ENDED).allowed_actions() == frozenset()


def test_an_unknown_participant_is_refused():
    """Only the two participants can act; another key is named in the error."""
    conversation = reach(S.PROMPT)

    with pytest.raises(EngineError, match="carol"):
        conversation.too_much("carol")


def test_ready_to_go_deeper_needs_to_say_who():
    """Consent is personal: "ready" without a participant is refused."""
    conversation = reach(S.AWAITING_CONSENT)

    with pytest.raises(EngineError, match="say who"):
        conversation.perform(Action.READY_DEEPER, None)


def test_saying_ready_twice_is_refused():
    """One person saying ready twice does not count as both; it is refused by name."""
    conversation = reach(S.AWAITING_CONSENT)
    conversation.ready_deeper(ANA.key)

    with pytest.raises(EngineError, match="Ana has already said"):
        conversation.ready_deeper(ANA.key)
    assert conversation.refusal(Action.READY_DEEPER, BEN.key) is None


def test_ready_is_refused_when_there_is_no_deeper_level():
    """At the deepest level there is nothing to consent to, so "ready" does not apply."""
    conversation, _ = started(three_levels(), starting_depth=3)

    assert Action.READY_DEEPER not in conversation.allowed_actions()
    with pytest.raises(EngineError, match="no deeper level"):
        conversation.ready_deeper(ANA.key)


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
