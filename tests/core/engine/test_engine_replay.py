"""Rebuilding a conversation from its recorded events, as after a crash."""

import dataclasses

import pytest

from belonging.core.engine import EngineError, ManualClock, rebuild
from support.engine_builders import (
    ANA,
    BEN,
    level,
    observable,
    prompt,
    script,
    setup_for,
    started,
    three_levels,
    through_json,
)


def eventful(clock_step=17):
    """A conversation that has been through every kind of event but the end, with time
    passing; it waits at a crossroads with level 2 on offer."""
    conversation, clock = started(three_levels(minutes=8))
    steps = [
        lambda: conversation.next(BEN.key),  # a1 -> a2
        conversation.pause,
        conversation.resume,
        conversation.ask_deeper,  # a2 left for the crossroads
        conversation.stay,  # not today: back to a2
        conversation.skip,  # a3
        conversation.skip,  # nothing left at level 1: crossroads
        conversation.go_deeper,  # b1
        conversation.too_much,  # b1~lighter, at level 1
        lambda: conversation.park(ANA.key),  # nothing left at level 1: crossroads
        conversation.wrap_up,
        conversation.back_to_prompts,
    ]
    for step in steps:
        clock.advance(clock_step)
        step()
    assert conversation.crossroads.target_depth == 2
    return conversation, clock


def test_replaying_the_json_record_rebuilds_the_same_conversation():
    """Events saved as JSON and loaded again rebuild what the UI would read, exactly."""
    conversation, clock = eventful()

    rebuilt = rebuild(
        conversation.script, conversation.setup, through_json(conversation.events), clock
    )

    assert observable(rebuilt) == observable(conversation)


def test_a_rebuilt_conversation_carries_on_as_the_original_would():
    """After a replay, the same actions lead to the same prompts, states and events."""
    conversation, clock = eventful()
    rebuilt = rebuild(
        conversation.script, conversation.setup, through_json(conversation.events), clock
    )

    for twin in (conversation, rebuilt):
        twin.go_deeper()
        twin.next()
        twin.too_much()
        twin.pause()
        twin.resume()
        twin.end(BEN.key)

    assert observable(rebuilt) == observable(conversation)


def test_replayed_events_are_not_handed_to_storage_again():
    """Everything replayed counts as saved; only later events come out of the drain."""
    conversation, clock = eventful()
    rebuilt = rebuild(conversation.script, conversation.setup, conversation.events, clock)

    assert rebuilt.drain_new_events() == []
    rebuilt.go_deeper()
    assert rebuilt.drain_new_events()[0].kind == "deeper_agreed"


def test_missing_consequences_at_the_end_are_made_again():
    """If the record stops part-way through an action, the rest is remade and drained."""
    conversation, clock = eventful()
    conversation.go_deeper()
    record = list(conversation.events)
    assert [e.kind for e in record[-3:]] == ["deeper_agreed", "level_entered", "prompt_shown"]

    rebuilt = rebuild(conversation.script, conversation.setup, record[:-1], clock)

    assert rebuilt.drain_new_events() == [record[-1]]
    assert observable(rebuilt) == observable(conversation)


def test_a_changed_script_is_noticed_at_the_first_difference():
    """Replaying on a script whose prompts changed fails, naming the event that differs."""
    conversation, _ = eventful()
    changed = script(
        level(1, [prompt("a1"), prompt("x2"), prompt("a3")], minutes=8),
        *conversation.script.levels[1:],
    )

    with pytest.raises(EngineError, match=r"event \d+ differs from the record"):
        rebuild(changed, setup_for(changed), conversation.events)


def test_a_tampered_record_is_refused():
    """An event changed after the fact (here, which prompt was shown) is caught."""
    conversation, clock = eventful()
    record = list(conversation.events)
    index = next(i for i, e in enumerate(record) if e.kind == "prompt_shown" and i > 5)
    record[index] = dataclasses.replace(record[index], prompt_id="a1")

    with pytest.raises(EngineError, match="prompt_id was 'a1'"):
        rebuild(conversation.script, conversation.setup, record, clock)


def test_a_gap_in_the_record_is_refused():
    """A lost event in the middle of the record is refused rather than guessed over."""
    conversation, clock = eventful()
    record = list(conversation.events)
    del record[4]

    with pytest.raises(EngineError, match="event 5 is missing"):
        rebuild(conversation.script, conversation.setup, record, clock)


def test_a_record_that_breaks_the_rules_is_refused():
    """A recorded action that could not have happened then is refused with its reason."""
    conversation, _ = started(three_levels())
    record = list(conversation.events)
    record.append(dataclasses.replace(record[-1], seq=len(record) + 1, kind="resumed"))

    with pytest.raises(EngineError, match="cannot be replayed"):
        rebuild(conversation.script, conversation.setup, record, ManualClock())


def test_a_record_from_before_the_secret_ballot_is_refused():
    """A record holding an old, named "ready to go deeper" is refused, never carried on."""
    conversation, _ = started(three_levels())
    record = list(conversation.events)
    old = dataclasses.replace(
        record[-1], seq=len(record) + 1, kind="ready_deeper", actor=ANA.key, data={"target": 2}
    )

    with pytest.raises(EngineError, match="ready_deeper"):
        rebuild(conversation.script, conversation.setup, [*record, old], ManualClock())


def test_listeners_hear_each_event_once_after_its_action():
    """`on_event` callables get every new event, in order, once its action is complete."""
    conversation, _ = started(three_levels())
    heard = []
    conversation.on_event.append(lambda event: heard.append((event.seq, conversation.state)))

    conversation.next()
    conversation.pause()

    seqs = [seq for seq, _ in heard]
    assert seqs == [event.seq for event in conversation.events[3:]]
    assert heard[0][1] == heard[1][1]  # the state was already the new one for both
