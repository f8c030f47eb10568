"""Back: the prompt before comes again as it was left, its answer, skip or park undone, and
the way back closes where going back would undo something agreed or stepped back from."""

import pytest

from belonging.core.conversation_events import EventKind
from belonging.core.engine import Action, ConversationState, EngineError, rebuild
from support.engine_builders import (
    ANA,
    BEN,
    answer_until_crossroads,
    go_deeper_together,
    observable,
    shown_id,
    started,
    three_levels,
    through_json,
)

S = ConversationState


def test_back_shows_the_prompt_before_as_it_was_and_undoes_its_answer():
    """The first prompt comes back with the same person first; it no longer counts as answered."""
    conversation, _ = started(three_levels())
    before = (conversation.current_prompt, conversation.turn, conversation.level)
    conversation.next()

    assert conversation.back(BEN.key) is S.PROMPT

    assert (conversation.current_prompt, conversation.turn, conversation.level) == before
    assert conversation.summary.answered_prompt_ids == ()
    event = conversation.events[-1]
    assert (event.kind, event.prompt_id, event.actor) == (EventKind.WENT_BACK, "a1", BEN.key)
    assert event.data == {"left": "a2", "undid": "answered"}


def test_moving_on_after_back_offers_the_prompt_that_was_left_with_its_turn():
    """Back then Next is where the pair was: the same prompt, the same person first."""
    conversation, _ = started(three_levels())
    conversation.next()
    left = (conversation.current_prompt, conversation.turn)
    conversation.back()

    conversation.next()

    assert (conversation.current_prompt, conversation.turn) == left
    assert conversation.summary.answered_prompt_ids == ("a1",)
    assert conversation.summary.shown_prompt_ids == ("a1", "a2")


def test_back_twice_goes_two_prompts_back_and_keeps_the_alternation():
    """Each Back goes one prompt further back; the turns come back as they were."""
    conversation, _ = started(three_levels())
    turns = [conversation.turn]
    conversation.next()
    turns.append(conversation.turn)
    conversation.next()

    conversation.back()
    assert (shown_id(conversation), conversation.turn) == ("a2", turns[1])
    conversation.back()
    assert (shown_id(conversation), conversation.turn) == ("a1", turns[0])
    assert conversation.turn.first == ANA

    conversation.skip()
    assert (shown_id(conversation), conversation.turn.first) == ("a2", BEN)


def test_back_is_refused_at_the_opening_prompt():
    """Nothing comes before the first prompt: Back does not apply there."""
    conversation, _ = started(three_levels())

    assert Action.BACK not in conversation.allowed_actions()
    with pytest.raises(EngineError, match="no earlier prompt"):
        conversation.back()


def test_undoing_a_park_keeps_the_prompt_for_today_not_for_next_time():
    """Back after Park it brings the prompt back and takes it off the parked list."""
    conversation, _ = started(three_levels())
    conversation.park(ANA.key)

    conversation.back()

    assert shown_id(conversation) == "a1"
    assert conversation.summary.parked_prompt_ids == ()
    conversation.next()
    assert conversation.summary.answered_prompt_ids == ("a1",)
    assert conversation.summary.parked_prompt_ids == ()


def test_undoing_a_skip_brings_the_prompt_back_unskipped():
    """Back after Skip shows the skipped prompt again; it is no longer counted as skipped."""
    conversation, _ = started(three_levels())
    conversation.skip()

    conversation.back()

    assert shown_id(conversation) == "a1"
    assert conversation.summary.prompts_skipped == 0


def test_back_from_a_crossroads_reached_by_moving_on_returns_to_the_last_prompt():
    """A last prompt parked (or answered) before a crossroads can still be gone back to."""
    conversation, _ = started(three_levels(minutes=8))
    assert answer_until_crossroads(conversation) == ["a1", "a2"]

    assert conversation.back() is S.PROMPT

    assert shown_id(conversation) == "a2"
    assert conversation.crossroads is None
    conversation.park()
    assert conversation.state is S.AWAITING_CONSENT
    assert conversation.crossroads.reason == "level_done"


def test_nothing_found_too_much_is_ever_gone_back_to():
    """After "too much?" the way back is closed: neither that prompt nor any before it."""
    conversation, _ = started(three_levels(), starting_depth=2)
    conversation.next()
    conversation.too_much()

    assert shown_id(conversation) == "a1"  # b2 has no lighter version: a lighter prompt
    assert Action.BACK not in conversation.allowed_actions()
    conversation.next()
    conversation.back()
    assert shown_id(conversation) == "a1"
    assert Action.BACK not in conversation.allowed_actions()


def test_the_way_back_closes_when_a_deeper_level_begins():
    """Going deeper together is not undone by Back: the first prompt of a level has none."""
    conversation, _ = started(three_levels())
    conversation.next()
    go_deeper_together(conversation)

    assert shown_id(conversation) == "b1"
    with pytest.raises(EngineError, match="no earlier prompt"):
        conversation.back()


def test_not_today_keeps_the_way_back_but_the_question_itself_has_none():
    """At the secret ballot Back does not apply; after "not today" it goes back as before."""
    conversation, _ = started(three_levels())
    conversation.next()
    conversation.ask_deeper()

    with pytest.raises(EngineError, match="not today"):
        conversation.back()

    conversation.stay()
    assert shown_id(conversation) == "a2"
    conversation.back()
    assert shown_id(conversation) == "a1"


def test_the_leader_first_rule_holds_after_going_back():
    """On the deep levels the leader answers first again when the pair goes back."""
    conversation, _ = started(three_levels(), starting_depth=2, leader_first_from=2)
    conversation.next()
    conversation.next()

    conversation.back()

    assert shown_id(conversation) == "b2"
    assert conversation.turn.first == ANA and conversation.turn.leader_first_rule


def test_a_conversation_that_went_back_is_rebuilt_the_same_after_a_crash():
    """Replaying the record, Back included, gives the very same conversation."""
    conversation, clock = started(three_levels(minutes=8))
    conversation.park()
    clock.advance(30)
    conversation.back()
    conversation.next()
    conversation.next()
    clock.advance(30)
    conversation.back()

    rebuilt = rebuild(
        conversation.script, conversation.setup, through_json(conversation.events), clock
    )

    assert observable(rebuilt) == observable(conversation)
    assert rebuilt.allowed_actions() == conversation.allowed_actions()
