"""Back's promises, for any script and any buttons pressed: it never loses a note, never
goes past the opening, never brings back what was found too much nor anything above the
ceiling or today's limit, and the prompt it returns to has the turn it had."""

import hypothesis
from hypothesis import given, settings
from hypothesis import strategies as st

from belonging.core.conversation_events import EventKind
from belonging.core.engine import Action, Conversation, ConversationState, ManualClock
from support.engine_builders import WHO, press, scripts, setups

S = ConversationState
PROPERTY_SETTINGS = settings(max_examples=150, deadline=None)
MOVING_ON = (Action.NEXT, Action.SKIP, Action.PARK)
#: Back comes up as often as moving on, so runs go back and forth, several steps at a time.
BACK_AND_FORTH = [
    *[Action.NEXT, Action.SKIP, Action.PARK, Action.BACK] * 4,
    *[Action.BACK] * 4,
    Action.TOO_MUCH,
    Action.GO_DEEPER,
    Action.STAY,
    Action.ASK_DEEPER,
    Action.PAUSE,
    Action.RESUME,
    Action.WRAP_UP,
    Action.BACK_TO_PROMPTS,
]


@st.composite
def back_and_forth(draw):
    """A started conversation on a random script and setup, and the presses to make on it."""
    the_script = draw(scripts())
    conversation = Conversation(the_script, draw(setups(the_script, capped=True)), ManualClock())
    conversation.start()
    presses = draw(
        st.lists(
            st.tuples(st.sampled_from(BACK_AND_FORTH), st.sampled_from(WHO)),
            min_size=10,
            max_size=60,
        )
    )
    return conversation, presses


def _turn_when_shown(conversation, prompt_id):
    """Who went first when `prompt_id` was last put on screen, as its event recorded it."""
    for event in reversed(conversation.events):
        if event.kind is EventKind.PROMPT_SHOWN and event.prompt_id == prompt_id:
            return event.data["turn"], event.data["first"], event.data["second"]
    raise AssertionError(f"{prompt_id} was never shown")


@PROPERTY_SETTINGS
@given(back_and_forth())
def test_going_back_keeps_every_note_and_every_promise(run):
    """Whatever was pressed, every prompt written on stays in the record, Back lands on a
    prompt shown before with the turn it had, and never on one found too much, above the
    ceiling or today's limit, nor before the opening."""
    conversation, presses = run
    notes: dict[str, str] = {}
    moved_on = backs = 0
    for step, (action, by) in enumerate(presses):
        shown = conversation.current_prompt
        if conversation.state is S.PROMPT and shown is not None:
            notes[shown.id] = f"note {step}"  # someone writes on the prompt on screen
        if not press(conversation, action, by):
            continue
        moved_on += action in MOVING_ON
        if action is not Action.BACK:
            continue
        backs += 1
        now = conversation.current_prompt
        summary = conversation.summary
        assert conversation.state is S.PROMPT and now is not None
        assert now.id in summary.shown_prompt_ids, "Back shows only a prompt already shown"
        assert now.id not in summary.too_much_prompt_ids and not now.is_closing
        assert now.depth <= conversation.ceiling and now.depth <= conversation.today_cap
        assert now.id not in summary.answered_prompt_ids + summary.parked_prompt_ids
        turn = conversation.turn
        assert _turn_when_shown(conversation, now.id) == (
            turn.number,
            turn.first.key,
            turn.second.key,
        ), "the prompt comes back with the turn it had"
        assert backs <= moved_on, "Back never goes past the opening"
    # Never loses a note: each prompt written on is still among those shown, so its note
    # stays in the conversation's record and comes back with its prompt.
    assert set(notes) <= set(conversation.summary.shown_prompt_ids)
    hypothesis.event(f"went back {min(backs, 3)}+ times")


@PROPERTY_SETTINGS
@given(back_and_forth())
def test_back_then_moving_on_returns_to_the_prompt_that_was_left(run):
    """From any prompt with a way back, Back then Next shows the very prompt left, with the
    same turn: going back and forth never skips or reorders anything."""
    conversation, presses = run
    tried = 0
    for action, by in presses:
        press(conversation, action, by)
        if conversation.state is not S.PROMPT or Action.BACK not in conversation.allowed_actions():
            continue
        left = (conversation.current_prompt, conversation.turn)
        conversation.back()
        conversation.next()
        assert (conversation.current_prompt, conversation.turn) == left
        tried += 1
    hypothesis.event(f"back and forth {min(tried, 3)}+ times")


@PROPERTY_SETTINGS
@given(back_and_forth(), st.data())
def test_within_a_level_back_goes_as_far_as_the_opening_and_no_further(run, data):
    """Moving on and back within the first level, going back as far as it goes lands on the
    opening prompt with its first turn, every answer, skip and park undone; then no further."""
    conversation, _ = run
    opening = (conversation.current_prompt, conversation.turn)
    presses = data.draw(st.lists(st.sampled_from([*MOVING_ON, Action.BACK]), max_size=30))
    for action in presses:
        press(conversation, action)
    steps = 0
    while Action.BACK in conversation.allowed_actions():
        conversation.back()
        steps += 1
    hypothesis.event(f"steps back to the opening: {min(steps, 4)}+")
    summary = conversation.summary
    assert (conversation.current_prompt, conversation.turn) == opening
    assert summary.answered_prompt_ids == summary.parked_prompt_ids == ()
    assert summary.prompts_skipped == 0
