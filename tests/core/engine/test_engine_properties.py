"""The promises that keep the conversation safe, for any script and any buttons pressed.

Hypothesis draws a script, a setup and a run of button presses (said by nobody, by either
person, or by a stranger); presses that do not apply are refused and change nothing. Then:
going deeper is always one question and a yes away, nothing ends the conversation but asking,
nothing records who hesitated, and nothing deeper than today's limit is ever shown.
"""

import copy

import hypothesis
from hypothesis import given, settings
from hypothesis import strategies as st

from belonging.core.conversation_events import EventKind
from belonging.core.engine import (
    Action,
    Conversation,
    ConversationState,
    ManualClock,
)
from support.engine_builders import NEVER_NAMED, WHO, press, scripts, setups

S = ConversationState
#: Everything but wrapping up and ending; moving on comes up most, so the pair gets places.
CARRY_ON = [
    *[Action.NEXT, Action.SKIP, Action.GO_DEEPER, Action.STAY] * 4,
    *[Action.TOO_MUCH, Action.PARK, Action.ASK_DEEPER, Action.BACK] * 2,
    Action.PAUSE,
    Action.RESUME,
    Action.BACK_TO_PROMPTS,
]
ANYTHING = [*CARRY_ON, Action.WRAP_UP, Action.END]
#: Stepping back, asking and staying come up often, to try going deeper after them.
HESITANT = [*CARRY_ON, *[Action.TOO_MUCH, Action.ASK_DEEPER, Action.STAY] * 3, Action.WRAP_UP]
PROPERTY_SETTINGS = settings(max_examples=150, deadline=None)


@st.composite
def runs(draw, actions=ANYTHING, *, capped=False, max_presses=80):
    """A started conversation on a random script and setup, and the presses to make on it."""
    the_script = draw(scripts())
    setup = draw(setups(the_script, capped=capped))
    conversation = Conversation(the_script, setup, ManualClock())
    conversation.start()
    presses = draw(
        st.lists(
            st.tuples(st.sampled_from(actions), st.sampled_from(WHO)),
            min_size=5,
            max_size=max_presses,
        )
    )
    return conversation, presses


def back_to_talking(conversation):
    """From a pause or the wrap-up, back to where the pair was, talking."""
    if conversation.state is S.PAUSED:
        conversation.resume()
    if conversation.state is S.WRAP_UP:
        conversation.back_to_prompts()


def deeper_is_one_question_and_a_yes_away(conversation):
    """Checks, on a copy, that asking (at a prompt) then a yes enters exactly the deeper
    level on offer, or that going deeper is refused when none is. Returns that level."""
    target = conversation.deeper_level
    if target is None:
        assert Action.GO_DEEPER not in conversation.allowed_actions()
        assert Action.ASK_DEEPER not in conversation.allowed_actions()
        return None
    twin = copy.deepcopy(conversation)
    if twin.state is S.PROMPT:
        twin.ask_deeper()
    assert twin.crossroads.target_depth == target
    twin.go_deeper()

    assert twin.state is S.PROMPT
    assert twin.depth == twin.current_prompt.depth == target
    assert target <= twin.today_cap
    assert twin.ceiling >= target
    assert not twin.staying
    return target


@PROPERTY_SETTINGS
@given(runs(actions=HESITANT))
def test_a_deeper_level_on_offer_is_always_one_question_and_a_yes_away(run):
    """Whatever happened before, asking and a yes enter exactly the deeper level on offer."""
    conversation, presses = run
    for action, by in presses:
        press(conversation, action, by)
        if conversation.state not in (S.PROMPT, S.AWAITING_CONSENT):
            continue
        target = deeper_is_one_question_and_a_yes_away(conversation)
        kinds = {e.kind for e in conversation.events}
        stepped_back = kinds & {EventKind.TOO_MUCH, EventKind.STAYED}
        hypothesis.event(f"deeper on offer {target is not None}, stepped back {bool(stepped_back)}")


@PROPERTY_SETTINGS
@given(runs())
def test_only_asking_wraps_up_and_only_asking_ends(run):
    """Only `wrap_up()` leads to the wrap-up (or back to it after a pause), only `end()` ends."""
    conversation, presses = run
    paused_from = conversation.state
    for action, by in presses:
        before = conversation.state
        if not press(conversation, action, by):
            continue
        after = conversation.state
        if after is S.WRAP_UP and before is not S.WRAP_UP:
            assert action is Action.WRAP_UP or (action is Action.RESUME and paused_from is after)
        assert after is not S.ENDED or action is Action.END
        if after is not S.PAUSED:
            paused_from = after


@PROPERTY_SETTINGS
@given(runs(actions=CARRY_ON, max_presses=120))
def test_running_out_of_every_prompt_never_wraps_up_by_itself(run):
    """Using up every prompt leaves the pair at a crossroads, free to ask for the wrap-up."""
    conversation, presses = run
    for action, by in presses:
        press(conversation, action, by)
        assert conversation.state not in (S.WRAP_UP, S.ENDED)

    for _ in range(3 * sum(len(level.prompts) for level in conversation.script.levels) + 5):
        back_to_talking(conversation)
        moving_on = [Action.NEXT, Action.STAY, Action.GO_DEEPER]
        if not any(press(conversation, action) for action in moving_on):
            break
        assert conversation.state not in (S.WRAP_UP, S.ENDED)

    hypothesis.event(f"prompts shown: {len(conversation.summary.shown_prompt_ids)}")
    assert conversation.state is S.AWAITING_CONSENT
    # Going back to the prompt moved on from last may stay open; nothing else does.
    assert conversation.allowed_actions() - {Action.BACK} == {
        Action.WRAP_UP,
        Action.PAUSE,
        Action.END,
    }
    assert conversation.wrap_up() is S.WRAP_UP


@PROPERTY_SETTINGS
@given(runs())
def test_nothing_recorded_says_who_stepped_back_or_hesitated(run):
    """No event says who said too much, asked, went deeper or stayed, nor who was ready."""
    conversation, presses = run
    for action, by in presses:
        done = press(conversation, action, by)
        never_named = action in (Action.TOO_MUCH, Action.ASK_DEEPER, Action.GO_DEEPER, Action.STAY)
        assert not (done and never_named and by is not None)
        if never_named and done:
            hypothesis.event(f"{action} applied")

    for event in conversation.events:
        assert event.kind is not EventKind.READY_DEEPER
        assert event.kind not in NEVER_NAMED or event.actor is None


@PROPERTY_SETTINGS
@given(runs(capped=True))
def test_nothing_deeper_than_todays_limit_is_ever_shown(run):
    """No prompt, level or offer goes past today's limit, whatever the pair agrees."""
    conversation, presses = run
    cap = min(conversation.setup.today_cap, len(conversation.script.levels))
    assert conversation.today_cap == cap
    for action, by in presses:
        press(conversation, action, by)
        shown = conversation.current_prompt
        assert shown is None or shown.depth <= cap
        assert conversation.depth <= cap
        assert conversation.deeper_level is None or conversation.deeper_level <= cap

    shown_depths = [e.data["prompt_depth"] for e in conversation.events if e.kind == "prompt_shown"]
    hypothesis.event(f"deepest shown is the limit: {max(shown_depths, default=0) == cap}")
    assert all(depth <= cap for depth in shown_depths)
    assert conversation.summary.depth_reached <= cap
