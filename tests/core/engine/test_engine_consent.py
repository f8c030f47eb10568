"""Going deeper: both must say ready, one by one; otherwise the pair stays or wraps up."""

from belonging.core.engine import ConversationState
from support.engine_builders import ANA, BEN, shown_id, started, three_levels


def at_deeper_question(**overrides):
    """A conversation whose first level (two prompts of a1..a3) is done: "deeper?" is asked."""
    conversation, clock = started(three_levels(minutes=8), **overrides)
    conversation.next()
    conversation.next()
    assert conversation.state is ConversationState.AWAITING_CONSENT
    return conversation, clock


def test_one_person_ready_is_not_enough():
    """After one "ready" the engine still waits, and says for whom."""
    conversation, _ = at_deeper_question()

    conversation.ready_deeper(BEN.key)

    assert conversation.state is ConversationState.AWAITING_CONSENT
    assert conversation.consent.ready == (BEN,)
    assert conversation.consent.waiting_for == (ANA,)
    assert not conversation.consent.agreed


def test_both_ready_enters_the_deeper_level_at_once():
    """The second "ready" starts the next level with its first prompt."""
    conversation, _ = at_deeper_question()

    conversation.ready_deeper(BEN.key)
    conversation.ready_deeper(ANA.key)

    assert conversation.state is ConversationState.PROMPT
    assert conversation.depth == 2
    assert shown_id(conversation) == "b1"
    assert conversation.level.title == "Level 2"
    assert conversation.level.guidance_html == "<p>Guidance 2</p>"


def test_each_consent_is_recorded_separately_with_who_and_when():
    """Consents are events of their own and moments in the summary, one per person."""
    conversation, clock = at_deeper_question()
    conversation.ready_deeper(ANA.key)
    clock.advance(20)
    conversation.ready_deeper(BEN.key)

    readies = [e for e in conversation.events if e.kind == "ready_deeper"]
    assert [(e.actor, e.data["target"]) for e in readies] == [("ana", 2), ("ben", 2)]
    moments = conversation.summary.consent_moments
    assert [(m.participant_key, m.target_depth) for m in moments] == [("ana", 2), ("ben", 2)]
    assert moments[1].at == clock.now()


def test_the_ceiling_rises_when_both_go_beyond_it():
    """A pair whose comfort was level 1 lifts its ceiling to 2 by both saying ready."""
    conversation, _ = at_deeper_question(depth_ceiling=1)
    assert conversation.ceiling == 1

    conversation.ready_deeper(ANA.key)
    conversation.ready_deeper(BEN.key)

    assert conversation.ceiling == 2


def test_staying_offers_the_rest_of_this_level_then_shallower_ones():
    """ "Stay at this depth" shows this level's remaining prompts, then lighter levels' ones."""
    conversation, _ = at_deeper_question()
    conversation.ready_deeper(ANA.key)
    conversation.ready_deeper(BEN.key)
    conversation.next()
    conversation.next()  # level 2: b1, b2 shown; b3 left; level 1 has a3 left
    assert conversation.state is ConversationState.AWAITING_CONSENT

    conversation.stay()

    shown = []
    while conversation.state is ConversationState.PROMPT:
        shown.append(shown_id(conversation))
        conversation.next()
    assert shown == ["b3", "a3"]
    assert conversation.state is ConversationState.WRAP_UP


def test_staying_offers_already_had_prompts_after_new_ones():
    """When staying, prompts the pair already had come after every new one."""
    conversation, _ = at_deeper_question(already_had_prompt_ids=("a2",))

    conversation.stay()

    shown = []
    while conversation.state is ConversationState.PROMPT:
        shown.append(shown_id(conversation))
        conversation.next()
    assert shown == ["a2"]


def test_staying_clears_readiness_and_does_not_ask_again():
    """After "stay", a lone "ready" no longer counts, and "deeper?" is not asked again."""
    conversation, _ = at_deeper_question()
    conversation.ready_deeper(ANA.key)

    conversation.stay(BEN.key)

    assert conversation.consent.ready == ()
    assert shown_id(conversation) == "a3"
    conversation.next()
    assert conversation.state is ConversationState.WRAP_UP


def test_both_ready_during_a_prompt_go_deeper_after_it():
    """Saying ready while a prompt shows lets the pair move on early, after that prompt."""
    conversation, _ = started(three_levels())
    conversation.ready_deeper(ANA.key)
    conversation.ready_deeper(BEN.key)

    assert shown_id(conversation) == "a1"
    assert conversation.consent.agreed
    conversation.skip()

    assert conversation.depth == 2
    assert shown_id(conversation) == "b1"


def test_a_lone_ready_during_a_prompt_carries_into_the_deeper_question():
    """One person's "ready" given early still counts when the engine asks "deeper?"."""
    conversation, _ = started(three_levels(minutes=8))
    conversation.ready_deeper(BEN.key)
    conversation.next()
    conversation.next()

    assert conversation.state is ConversationState.AWAITING_CONSENT
    assert conversation.consent.ready == (BEN,)
    conversation.ready_deeper(ANA.key)
    assert conversation.depth == 2


def test_the_deeper_level_is_entered_only_after_both_consented():
    """Every "level entered" deeper than before follows both people's "ready"."""
    conversation, _ = at_deeper_question()
    conversation.ready_deeper(ANA.key)
    conversation.ready_deeper(BEN.key)

    kinds = [(e.kind, e.actor) for e in conversation.events]
    entered = kinds.index(("level_entered", None), 3)
    assert kinds[entered - 2 : entered] == [("ready_deeper", "ana"), ("ready_deeper", "ben")]
