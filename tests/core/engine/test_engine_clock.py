"""The clocks a conversation can be given: the system's, and a manual one for tests."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from belonging.core.engine import ManualClock, SystemClock


def test_the_system_clock_tells_utc_time():
    """The app's clock gives timezone-aware UTC times, as events need."""
    moment = SystemClock().now()

    assert moment.utcoffset() == timedelta(0)


def test_a_manual_clock_moves_only_when_told():
    """A manual clock stays put until advanced, then moves by exactly that much."""
    clock = ManualClock(datetime(2024, 3, 1, 12, 0, tzinfo=timezone(timedelta(hours=2))))
    start = clock.now()

    assert clock.now() == start
    assert clock.advance(90) == start + timedelta(seconds=90)
    assert clock.now().tzinfo is UTC


def test_a_manual_clock_refuses_to_go_back_or_to_lose_its_zone():
    """Going backward by `advance`, or a naive time, is refused."""
    clock = ManualClock()

    with pytest.raises(ValueError, match="forward"):
        clock.advance(-1)
    with pytest.raises(ValueError, match="timezone"):
        clock.set(datetime(2024, 1, 1))
    with pytest.raises(ValueError, match="timezone"):
        ManualClock(datetime(2024, 1, 1))
