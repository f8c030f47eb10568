"""Where the engine reads the time, so tests and replays can decide what "now" is.

The engine never calls `datetime.now()` itself: a conversation gets a clock when it is made.
The app passes `SystemClock`; tests and UI tests pass `ManualClock` and move it by hand, so
pacing can be checked to the second without sleeping.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """Anything that can say what time it is, as a timezone-aware datetime."""

    def now(self) -> datetime:
        """The current time, timezone-aware (the engine converts it to UTC)."""
        ...


class SystemClock:
    """The computer's own clock, in UTC: what the app uses."""

    def now(self) -> datetime:
        """The current time in UTC."""
        return datetime.now(UTC)


#: Where a `ManualClock` starts unless told otherwise: a fixed, unremarkable moment.
MANUAL_CLOCK_START = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)


class ManualClock:
    """A clock that only moves when told to, for tests and UI tests."""

    def __init__(self, start: datetime = MANUAL_CLOCK_START) -> None:
        if start.tzinfo is None:
            raise ValueError("a ManualClock needs a timezone-aware start time")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        """The time this clock was last set or advanced to."""
        return self._now

    def advance(self, seconds: float) -> datetime:
        """Moves the clock forward by `seconds` (never backward) and returns the new time."""
        if seconds < 0:
            raise ValueError("a ManualClock only moves forward")
        self._now += timedelta(seconds=seconds)
        return self._now

    def set(self, moment: datetime) -> None:
        """Puts the clock at `moment` (timezone-aware), for example a recorded event's time."""
        if moment.tzinfo is None:
            raise ValueError("a ManualClock needs a timezone-aware time")
        self._now = moment.astimezone(UTC)


def utc_now(clock: Clock) -> datetime:
    """`clock.now()` in UTC; a naive time is refused, since its zone cannot be known."""
    moment = clock.now()
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("the conversation clock returned a time without a timezone")
    return moment.astimezone(UTC)
