"""Going deeper: a secret ballot the screens hold; only its outcome reaches the engine.

`ask_deeper` ("we're ready to go deeper again") leads from a prompt to the crossroads,
`go_deeper` is the ballot's yes from both, `stay` its "not today". None of them names anyone.
"""

import pytest

from belonging.core.conversation_events import EventKind
from belonging.core.engine import (
    Action,
    ConsentMoment,
    ConversationState,
    Crossroads,
    EngineError,
)
from support.engine_builders import ANA, BEN, shown_id, started, three_levels

S = ConversationState


def at_crossroads(**overrides):
    """A conversation whose first level (two prompts of a1..a3) is done: it waits to choose."""
    conversation, clock = started(three_levels(minutes=8), **overrides)
    conversation.next()
    conversation.next()
    assert conversation.state is S.AWAITING_CONSENT
    return conversation, clock


def test_going_deeper_enters_the_deeper_level_at_once():
    """The ballot's yes starts the next level with its first prompt, title and guidance."""
    conversation, _ = at_crossroads()

    conversation.go_deeper()

    assert conversation.state is S.PROMPT
    assert conversation.depth == 2
    assert shown_id(conversation) == "b1"
    assert conversation.level.title == "Level 2"
    assert conversation.level.guidance_html == "<p>Guidance 2</p>"


def test_the_ballots_outcome_is_kept_with_its_time_but_without_anyone_named():
    """A yes is one event and one consent moment saying when and where to, never by whom."""
    conversation, clock = at_crossroads()
    clock.advance(20)

    conversation.go_deeper()

    agreed = [e for e in conversation.events if e.kind is EventKind.DEEPER_AGREED]
    assert [(e.actor, e.data["target"], e.at) for e in agreed] == [(None, 2, clock.now())]
    assert conversation.summary.consent_moments == (
        ConsentMoment(at=clock.now(), target_depth=2, agreed=True),
    )


def test_the_ceiling_rises_when_the_pair_goes_beyond_it():
    """A pair whose comfort was level 1 lifts its ceiling to 2 by going deeper together."""
    conversation, _ = at_crossroads(depth_ceiling=1)
    assert conversation.ceiling == 1

    conversation.go_deeper()

    assert conversation.ceiling == 2


def test_the_deeper_level_is_entered_only_after_the_ballot_said_yes():
    """The "level entered" of a deeper level comes straight after the ballot's yes."""
    conversation, _ = at_crossroads()

    conversation.go_deeper()

    kinds = [e.kind for e in conversation.events]
    entered = kinds.index(EventKind.LEVEL_ENTERED, 2)
    assert kinds[entered - 1] is EventKind.DEEPER_AGREED
    assert conversation.events[entered].data["reason"] == "deeper"


def test_ready_to_go_deeper_again_leads_from_a_prompt_to_the_crossroads():
    """ "Ready to go deeper again" hides the prompt and offers the choice, naming nobody."""
    conversation, _ = started(three_levels())

    conversation.ask_deeper()

    assert conversation.state is S.AWAITING_CONSENT
    assert conversation.current_prompt is None
    assert conversation.turn is None
    assert conversation.crossroads == Crossroads(target_depth=2, can_stay=True, reason="asked")
    asked = conversation.events[-1]
    assert (asked.kind, asked.actor) == (EventKind.DEEPER_ASKED, None)
    assert asked.data["reason"] == "asked"


def test_asking_and_agreeing_goes_deeper_without_finishing_the_level():
    """A pair ready early goes deeper at once; the rest of the lighter level waits."""
    conversation, _ = started(three_levels())

    conversation.ask_deeper()
    conversation.go_deeper()

    assert (conversation.depth, shown_id(conversation)) == (2, "b1")


def test_not_today_after_asking_returns_to_the_prompt_they_were_at():
    """A ballot that is not yes from both goes back to the prompt on screen when they asked,
    same turn, and is kept as a "no" that names nobody."""
    conversation, clock = started(three_levels())
    before = (shown_id(conversation), conversation.turn)
    conversation.ask_deeper()
    clock.advance(15)

    conversation.stay()

    assert conversation.state is S.PROMPT
    assert (shown_id(conversation), conversation.turn) == before
    assert (conversation.depth, conversation.current_prompt.depth) == (1, 1)
    assert conversation.staying
    assert conversation.summary.consent_moments == (
        ConsentMoment(at=clock.now(), target_depth=2, agreed=False),
    )
    assert conversation.events[-1].kind is EventKind.STAYED
    assert conversation.events[-1].actor is None


def test_after_not_today_nothing_deeper_comes_until_the_pair_asks_again():
    """After "not today" the lighter prompts carry on; deeper comes only by asking again."""
    conversation, _ = at_crossroads()
    conversation.stay()

    assert shown_id(conversation) == "a3"
    conversation.next()
    assert conversation.state is S.AWAITING_CONSENT
    assert conversation.crossroads.reason == "nothing_left"
    assert conversation.depth == 1


def test_after_asking_not_today_is_always_possible():
    """After asking, the ballot's "not today" always applies, even at this depth's last prompt."""
    # Otherwise one person's "not yet" would leave the pair nothing but the wrap-up.
    conversation, _ = started(three_levels())
    conversation.next()
    conversation.next()
    assert shown_id(conversation) == "a3"

    conversation.ask_deeper()

    assert Action.STAY in conversation.allowed_actions()
    assert conversation.stay() is S.PROMPT
    assert conversation.current_prompt.depth == 1


@pytest.mark.parametrize("action", [Action.ASK_DEEPER, Action.GO_DEEPER, Action.STAY])
@pytest.mark.parametrize("who", [ANA.key, BEN.key])
def test_nobody_can_cast_the_ballot_in_their_own_name(action, who):
    """Asking, going deeper and staying in a person's name are refused, recording nothing."""
    conversation, _ = started(three_levels())
    if action is not Action.ASK_DEEPER:
        conversation.ask_deeper()
    before = conversation.events

    with pytest.raises(EngineError, match="never said in someone's name"):
        conversation.perform(action, who)

    assert conversation.events == before
    assert conversation.refusal(action, who) is not None
    assert conversation.refusal(action) is None


def test_going_deeper_is_refused_with_no_deeper_level_left():
    """At the deepest level there is nothing to go deeper to: asking is refused, saying why."""
    conversation, _ = started(three_levels(), starting_depth=3)

    assert conversation.deeper_level is None
    assert Action.ASK_DEEPER not in conversation.allowed_actions()
    with pytest.raises(EngineError, match="no deeper level"):
        conversation.ask_deeper()
