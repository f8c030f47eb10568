"""The summary: depth reached, prompt counts, time per level, pauses and consent moments."""

from belonging.core.engine import ConversationState
from support.engine_builders import ANA, BEN, started, three_levels


def test_summary_counts_what_happened_to_each_prompt():
    """Answered, skipped, too much and parked prompts are counted and listed as shown."""
    conversation, clock = started(three_levels(minutes=12))
    conversation.next()  # a1
    conversation.skip()  # a2
    conversation.park(ANA.key)  # a3
    conversation.ready_deeper(ANA.key)
    clock.advance(5)
    conversation.ready_deeper(BEN.key)
    clock.advance(300)
    conversation.too_much(BEN.key)  # b1 -> b1~lighter at depth 1
    conversation.pause()
    clock.advance(60)
    conversation.resume()
    conversation.next()  # b1~lighter answered; nothing shallower left
    assert conversation.state is ConversationState.WRAP_UP
    clock.advance(30)
    conversation.end()

    summary = conversation.summary
    assert (
        summary.prompts_answered,
        summary.prompts_skipped,
        summary.prompts_too_much,
        summary.prompts_parked,
    ) == (2, 1, 1, 1)
    assert summary.shown_prompt_ids == ("a1", "a2", "a3", "b1", "b1~lighter")
    assert summary.answered_prompt_ids == ("a1", "b1~lighter")
    assert summary.too_much_prompt_ids == ("b1",)
    assert summary.parked_prompt_ids == ("a3",)
    assert summary.depth_reached == 2
    assert summary.final_ceiling == 1
    assert summary.comfortable_depth == 1
    assert summary.seconds_per_level == {1: 5, 2: 300}
    assert (summary.paused_seconds, summary.wrap_up_seconds, summary.talking_seconds) == (
        60,
        30,
        335,
    )
    assert [(m.participant_key, m.target_depth) for m in summary.consent_moments] == [
        ("ana", 2),
        ("ben", 2),
    ]
    assert summary.started_at is not None and summary.ended_at == clock.now()


def test_comfortable_depth_is_the_depth_reached_when_nothing_was_too_much():
    """A pair that reached level 2 without stepping back is comfortable at level 2."""
    conversation, _ = started(three_levels(minutes=4))
    conversation.next()
    conversation.ready_deeper(ANA.key)
    conversation.ready_deeper(BEN.key)

    assert conversation.summary.depth_reached == 2
    assert conversation.summary.comfortable_depth == 2
