"""The pair's comfortable depth, learned from its recent conversations, and what is offered
from it: examples that read like a pair's story, then properties over any history."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belonging.core.comfort import (
    COMFORT_WINDOW,
    ComfortOffer,
    DepthRecord,
    learn_comfort,
    offer_for,
)


def at_ease(depth: int) -> DepthRecord:
    """A conversation that reached `depth` with no "too much?"."""
    return DepthRecord(depth)


def too_much(reached: int, *levels: int) -> DepthRecord:
    """A conversation that reached `reached` and had "too much?" at `levels`."""
    return DepthRecord(reached, levels)


def test_no_history_means_no_comfort_yet():
    """A new pair, or one whose conversations never showed a prompt, has no comfort."""
    assert learn_comfort([]) is None
    assert learn_comfort([DepthRecord(None), DepthRecord(0)]) is None


def test_comfort_is_the_deepest_level_reached_at_ease():
    """Conversations without "too much?" raise the comfort to the deepest of them."""
    assert learn_comfort([at_ease(1), at_ease(3), at_ease(2)]) == 3


def test_too_much_caps_below_its_level():
    """A "too much?" at level d leaves the pair comfortable at d - 1, however deep it went."""
    assert too_much(4, 3).comfortable_depth == 2
    assert too_much(3, 3, 2).comfortable_depth == 1
    assert too_much(1, 1).comfortable_depth == 0


def test_the_latest_too_much_speaks_last():
    """A recent "too much?" lowers the comfort even after deeper conversations at ease, and
    only later conversations at ease raise it again."""
    history = [at_ease(3), at_ease(3), too_much(3, 3)]
    assert learn_comfort(history) == 2
    assert learn_comfort([*history, at_ease(2)]) == 2
    assert learn_comfort([*history, at_ease(2), at_ease(3)]) == 3


def test_old_conversations_are_forgotten():
    """Only the last COMFORT_WINDOW conversations count: a deep one long ago does not send a
    pair that has stayed light straight back down."""
    history = [at_ease(4)] + [at_ease(1)] * COMFORT_WINDOW
    assert learn_comfort(history) == 1
    assert learn_comfort(history, window=COMFORT_WINDOW + 1) == 4


def test_conversations_that_showed_nothing_do_not_push_others_out():
    """Conversations that never reached a level are skipped before the window is taken."""
    history = [at_ease(3)] + [DepthRecord(None)] * (COMFORT_WINDOW + 2)
    assert learn_comfort(history) == 3


def test_window_must_hold_a_conversation():
    """A window of no conversations is a programming error, said clearly."""
    with pytest.raises(ValueError, match="at least one"):
        learn_comfort([at_ease(1)], window=0)


def test_offer_starts_and_stops_at_the_comfort():
    """The comfort is offered as the starting depth and the ceiling, within the script."""
    assert offer_for(2, 5) == ComfortOffer(starting_depth=2, ceiling=2, learned=2)
    assert offer_for(4, 3) == ComfortOffer(starting_depth=3, ceiling=3, learned=4)
    assert offer_for(0, 3) == ComfortOffer(starting_depth=1, ceiling=1, learned=0)
    assert offer_for(None, 3) == ComfortOffer(starting_depth=1, ceiling=None, learned=None)
    with pytest.raises(ValueError):
        offer_for(1, 0)


@st.composite
def records(draw) -> DepthRecord:
    """A conversation: a depth reached 0-6, and "too much?" only at levels it reached."""
    reached = draw(st.integers(min_value=0, max_value=6))
    levels = draw(st.lists(st.integers(min_value=1, max_value=max(1, reached)), max_size=3))
    return DepthRecord(reached, tuple(levels) if reached else ())


histories = st.lists(records(), max_size=12)


@settings(max_examples=150, deadline=None)
@given(histories)
def test_comfort_never_exceeds_a_depth_reached_at_ease(history):
    """The comfort is never deeper than some recent conversation reached without trouble
    (or capped at), and never negative."""
    comfort = learn_comfort(history)
    counted = [r for r in history if r.counts][-COMFORT_WINDOW:]
    if comfort is None:
        assert counted == []
        return
    assert 0 <= comfort <= max(r.comfortable_depth for r in counted)


@settings(max_examples=150, deadline=None)
@given(histories, st.integers(min_value=1, max_value=6), st.integers(min_value=1, max_value=6))
def test_a_new_too_much_caps_the_comfort_below_it(history, reached, level):
    """Whatever came before, a conversation with "too much?" at level d leaves the comfort
    below d."""
    level = min(level, reached)
    assert learn_comfort([*history, too_much(reached, level)]) == level - 1


@settings(max_examples=150, deadline=None)
@given(histories, st.integers(min_value=1, max_value=6))
def test_a_conversation_at_ease_never_lowers_the_comfort(history, depth):
    """Adding a conversation at ease at least as deep as the comfort never lowers it."""
    before = learn_comfort(history, window=100)
    after = learn_comfort([*history, at_ease(depth)], window=100)
    assert after is not None
    assert after >= depth
    if before is not None:
        assert after >= before


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.none(), st.integers(min_value=0, max_value=8)), st.integers(1, 6))
def test_the_offer_is_always_a_level_of_the_script(comfort, level_count):
    """The offered start is a level of the script and the ceiling, when any, is the start."""
    offer = offer_for(comfort, level_count)
    assert 1 <= offer.starting_depth <= level_count
    assert offer.ceiling in (None, offer.starting_depth)
    assert (offer.ceiling is None) == (comfort is None)
