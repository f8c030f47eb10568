"""More at this depth: when a pair has talked through a depth, other scripts of the library
lend prompts of the same level, so staying lighter never runs the conversation dry."""

from __future__ import annotations

import json

import hypothesis
from hypothesis import given, settings
from hypothesis import strategies as st

from belonging.core.engine import (
    Action,
    Conversation,
    ConversationSetup,
    ConversationState,
    ManualClock,
)
from belonging.core.engine.conversation_setup import Lender
from belonging.core.engine.replay import rebuild
from support.engine_builders import (
    ANA,
    answer_until_crossroads,
    lender_scripts,
    level,
    observable,
    prompt,
    script,
    scripts,
    setup_for,
    setups,
    shown_id,
    three_levels,
    through_json,
)

S = ConversationState


def _lender():
    return script(
        level(1, [prompt("x1", topics=["health"]), prompt("x2"), prompt("x3", lighter="x3 l")]),
        level(2, [prompt("y1")]),
        script_id="lender",
    )


def _talked_through_level_one(**overrides):
    """A conversation at level 1 whose own prompts are all used, waiting at a crossroads."""
    lender = _lender()
    the_script = three_levels()
    fields = {"lenders": (Lender(lender.id, lender.sha256),)} | overrides
    conversation = Conversation(
        the_script, setup_for(the_script, **fields), ManualClock(), [lender]
    )
    conversation.start()
    answer_until_crossroads(conversation)  # a1..a3, no pacing: the level runs out
    return conversation


def test_a_depth_talked_through_offers_more_from_other_scripts():
    """Level 1 used up: the crossroads offers More at this depth beside deeper and wrap up,
    and it shows the lending script's level-1 prompts, never its level-2 ones."""
    conversation = _talked_through_level_one(today_cap=1)
    assert conversation.crossroads.can_borrow
    assert conversation.crossroads.target_depth is None
    assert Action.MORE_HERE in conversation.allowed_actions()

    conversation.more_here()

    assert conversation.state is S.PROMPT
    assert answer_until_crossroads(conversation) == ["lender:x1", "lender:x2", "lender:x3"]
    assert conversation.depth == 1
    assert not conversation.crossroads.can_borrow


def test_lent_prompts_keep_the_pairs_boundaries():
    """An off-limits topic and a prompt the pair asked not to see stay away when lent."""
    conversation = _talked_through_level_one(
        today_cap=1, off_limits_topics=("health",), do_not_show_prompt_ids=("lender:x2",)
    )
    conversation.more_here()
    assert answer_until_crossroads(conversation) == ["lender:x3"]


def test_too_much_on_a_lent_prompt_offers_its_lighter_version():
    """ "Too much?" works on a lent prompt as on any: its lighter version comes at once."""
    conversation = _talked_through_level_one(today_cap=1)
    conversation.more_here()
    conversation.next()  # x1
    conversation.next()  # x2
    assert shown_id(conversation) == "lender:x3"
    conversation.too_much()
    assert shown_id(conversation) == "lender:x3~lighter"
    assert conversation.prompt_text("lender:x3~lighter") == "x3 l"


def test_nobody_is_named_and_a_changed_lender_lends_nothing():
    """More at this depth names nobody; a lender whose file changed is not used."""
    conversation = _talked_through_level_one(today_cap=1)
    assert conversation.refusal(Action.MORE_HERE, ANA.key) is not None
    lender = _lender()
    the_script = three_levels()
    setup = setup_for(the_script, lenders=(Lender(lender.id, "f" * 64),), today_cap=1)
    changed = Conversation(the_script, setup, ManualClock(), [lender])
    changed.start()
    answer_until_crossroads(changed)
    assert not changed.crossroads.can_borrow
    assert changed.refusal(Action.MORE_HERE) == "no other script has a prompt left at this depth"


def test_a_manager_and_report_ceiling_holds_for_lent_levels():
    """A lender lends only down to the level it was allowed (its ceiling for the pair)."""
    lender = _lender()
    the_script = three_levels()
    setup = setup_for(the_script, lenders=(Lender(lender.id, lender.sha256, deepest=1),))
    conversation = Conversation(the_script, setup, ManualClock(), [lender])
    conversation.start()
    answer_until_crossroads(conversation)
    conversation.go_deeper()
    answer_until_crossroads(conversation)  # b1..b3
    assert conversation.depth == 2  # nothing of its own left at 2 or lighter
    assert conversation.crossroads.reason == "level_done"
    assert not conversation.crossroads.can_stay
    assert not conversation.crossroads.can_borrow


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_a_pair_that_talks_a_depth_through_can_always_go_on(data):
    """Whatever the scripts and the setup: stay until a depth runs out, take More at this
    depth whenever it is offered, and every lent prompt is of that depth; the conversation
    only waits at crossroads, never ends by itself, and its record rebuilds it exactly."""
    the_script = data.draw(scripts())
    lenders = data.draw(st.lists(lender_scripts(the_script.turns), max_size=2, unique_by=id))
    setup = data.draw(setups(the_script, lenders=lenders))
    clock = ManualClock()
    conversation = Conversation(the_script, setup, clock, lenders)
    conversation.start()
    for _ in range(60):
        if conversation.state is S.PROMPT:
            if data.draw(st.booleans()):
                conversation.too_much()
            else:
                conversation.next()
        elif conversation.state is S.AWAITING_CONSENT:
            crossroads = conversation.crossroads
            if crossroads.can_borrow:
                depth = conversation.depth
                conversation.more_here()
                hypothesis.event("took more at this depth")
                assert conversation.state is S.PROMPT
                assert shown_id(conversation).count(":") == 1
                assert conversation.current_prompt.depth == depth
            elif crossroads.can_stay:
                conversation.stay()
            else:
                break
        clock.advance(30)
    assert conversation.state in (S.PROMPT, S.AWAITING_CONSENT)
    setup_again = ConversationSetup.from_dict(json.loads(json.dumps(setup.to_dict())))
    rebuilt = rebuild(the_script, setup_again, through_json(conversation.events), clock, lenders)
    assert observable(rebuilt) == observable(conversation)
