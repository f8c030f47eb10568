"""The summary: depth reached, prompt counts, time per level, pauses and consent moments."""

from belonging.core.engine import ConsentMoment, ConversationState
from support.engine_builders import ANA, go_deeper_together, started, three_levels


def test_summary_counts_what_happened_to_each_prompt():
    """Answered, skipped, too much and parked prompts are counted and listed as shown."""
    conversation, clock = started(three_levels(minutes=12))
    conversation.next()  # a1
    conversation.skip()  # a2
    conversation.park(ANA.key)  # a3: level 1 done
    clock.advance(5)
    conversation.go_deeper()
    agreed_at = clock.now()
    clock.advance(300)
    conversation.too_much()  # b1 -> b1~lighter at depth 1
    conversation.pause()
    clock.advance(60)
    conversation.resume()
    conversation.next()  # b1~lighter answered; nothing shallower left
    assert conversation.state is ConversationState.AWAITING_CONSENT
    conversation.wrap_up()
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
    assert summary.consent_moments == (ConsentMoment(agreed_at, target_depth=2, agreed=True),)
    assert summary.started_at is not None and summary.ended_at == clock.now()


def test_comfortable_depth_is_the_depth_reached_when_nothing_was_too_much():
    """A pair that reached level 2 without stepping back is comfortable at level 2."""
    conversation, _ = started(three_levels(minutes=4))
    conversation.next()
    go_deeper_together(conversation)

    assert conversation.summary.depth_reached == 2
    assert conversation.summary.comfortable_depth == 2
