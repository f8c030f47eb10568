"""Pause stops the clock and hides the prompt; pacing counts talking time and only suggests."""

from datetime import timedelta

from belonging.core.conversation_events import EventKind
from belonging.core.engine import ConversationState, rebuild
from support.engine_builders import ANA, BEN, shown_id, started, three_levels


def test_pause_hides_the_prompt_and_resume_returns_to_it():
    """While paused nothing is on screen; resuming shows the same prompt and the same turn."""
    conversation, _ = started(three_levels())
    conversation.next()
    prompt_before, turn_before = conversation.current_prompt, conversation.turn

    conversation.pause(BEN.key)
    assert conversation.state is ConversationState.PAUSED
    assert conversation.current_prompt is None
    assert conversation.turn is None

    conversation.resume(ANA.key)
    assert conversation.state is ConversationState.PROMPT
    assert (conversation.current_prompt, conversation.turn) == (prompt_before, turn_before)


def test_resume_returns_to_the_crossroads_or_the_wrap_up():
    """A pause while deciding, or during the wrap-up, resumes to the same place."""
    conversation, _ = started(three_levels(minutes=4))
    conversation.next()
    crossroads = conversation.crossroads
    conversation.pause()
    conversation.resume()
    assert conversation.state is ConversationState.AWAITING_CONSENT
    assert conversation.crossroads == crossroads

    conversation.wrap_up()
    closing = conversation.current_prompt
    conversation.pause()
    conversation.resume()
    assert conversation.state is ConversationState.WRAP_UP
    assert conversation.current_prompt == closing


def test_paused_time_is_kept_apart_from_talking_time():
    """Minutes spent paused count as paused, never as talking, overall or in the level."""
    conversation, clock = started(three_levels())
    clock.advance(120)
    conversation.pause()
    clock.advance(600)

    pacing = conversation.pacing
    assert (pacing.talking_seconds, pacing.level_seconds, pacing.paused_seconds) == (120, 120, 600)

    conversation.resume()
    clock.advance(30)
    summary = conversation.summary
    assert (summary.talking_seconds, summary.paused_seconds) == (150, 600)
    assert summary.seconds_per_level == {1: 150}


def test_time_before_the_start_counts_nowhere():
    """The introduction and check-in before `start()` are not talking time."""
    conversation, clock = started(three_levels())
    assert conversation.pacing.talking_seconds == 0
    clock.advance(10)

    assert conversation.pacing.talking_seconds == 10


def test_time_is_kept_per_level_and_the_level_clock_restarts_on_entry():
    """Each level keeps its own time; `level_seconds` counts from entering the current one."""
    conversation, clock = started(three_levels(minutes=4))
    clock.advance(200)
    conversation.next()  # level 1 done: a crossroads
    clock.advance(40)
    conversation.go_deeper()
    clock.advance(60)

    assert conversation.pacing.level_seconds == 60
    assert conversation.summary.seconds_per_level == {1: 240, 2: 60}


def test_level_time_up_is_a_signal_that_never_forces_a_move():
    """When a level's minutes are used the signal shows, but the prompt stays on screen."""
    conversation, clock = started(three_levels(minutes=8))
    clock.advance(8 * 60 - 1)
    assert not conversation.pacing.level_time_up

    clock.advance(1)

    assert conversation.pacing.level_time_up
    assert conversation.state is ConversationState.PROMPT
    conversation.next()
    assert shown_id(conversation) == "a2"


def test_paused_time_does_not_make_a_level_time_up():
    """A long pause does not use up a level's time."""
    conversation, clock = started(three_levels(minutes=8))
    conversation.pause()
    clock.advance(3600)

    assert not conversation.pacing.level_time_up
    assert not conversation.pacing.near_planned_end


def test_near_the_planned_end_the_engine_suggests_wrapping_up():
    """At nine tenths of the planned length `near_planned_end` turns on."""
    conversation, clock = started(three_levels(), planned_minutes=30)
    clock.advance(27 * 60 - 1)
    assert not conversation.pacing.near_planned_end

    clock.advance(1)

    assert conversation.pacing.near_planned_end
    assert conversation.pacing.planned_seconds == 1800
    assert conversation.state is ConversationState.PROMPT


def test_signals_are_off_during_the_wrap_up():
    """Once wrapping up there is nothing left to suggest."""
    conversation, clock = started(three_levels(minutes=4), planned_minutes=10)
    clock.advance(3600)
    conversation.wrap_up()

    assert not conversation.pacing.level_time_up
    assert not conversation.pacing.near_planned_end


def test_wrapping_up_from_a_pause_ends_the_pause():
    """Wrap-up straight from a pause stops counting paused time and starts the wrap-up's."""
    conversation, clock = started(three_levels())
    conversation.pause()
    clock.advance(100)
    conversation.wrap_up()
    clock.advance(50)

    summary = conversation.summary
    assert (summary.paused_seconds, summary.wrap_up_seconds, summary.talking_seconds) == (
        100,
        50,
        50,
    )


def test_a_clock_that_jumps_back_takes_no_time_away():
    """If the computer's clock is set back, the time spent so far stays as it was."""
    conversation, clock = started(three_levels())
    clock.advance(100)
    conversation.next()
    clock.set(clock.now() - timedelta(seconds=500))

    assert conversation.pacing.talking_seconds == 100


def test_a_conversation_found_after_a_crash_pauses_from_its_last_step():
    """The hours between a crash and the next start are paused time, not talking: the pause
    is dated at the last recorded step, and survives a replay of the record."""
    conversation, clock = started(three_levels())
    clock.advance(120)
    conversation.next()
    last_step = conversation.events[-1].at
    clock.advance(3 * 60 * 60)  # the app died; this is the next start

    conversation.pause_as_of(last_step)
    paused = conversation.events[-1]
    assert paused.kind is EventKind.PAUSED and paused.at == last_step
    conversation.resume()
    clock.advance(30)
    summary = conversation.summary
    assert (summary.talking_seconds, summary.paused_seconds) == (150, 3 * 60 * 60)

    again = rebuild(conversation.script, conversation.setup, conversation.events, clock)
    assert (again.summary.talking_seconds, again.summary.paused_seconds) == (150, 3 * 60 * 60)


def test_a_backdated_pause_never_goes_before_the_last_step_or_past_now():
    """Time never runs backwards: a moment before the last event pauses at it, one in the
    future pauses now."""
    conversation, clock = started(three_levels())
    clock.advance(60)
    conversation.next()
    last_step = conversation.events[-1].at
    conversation.pause_as_of(last_step - timedelta(hours=1))
    assert conversation.events[-1].at == last_step
    conversation.resume()
    clock.advance(60)
    conversation.pause_as_of(clock.now() + timedelta(hours=1))
    assert conversation.events[-1].at == clock.now()
