"""The next conversation as a calendar file (iCalendar, `.ics`) any calendar app opens.

Written with the `icalendar` library, never by hand: its escaping and line folding are what
calendar apps expect. The file holds the title and the time only, never a note: it leaves
the data folder unencrypted, to wherever the person saves it. Nothing here reaches the
network; the library is loaded only when a file is made (it costs a start nothing).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

#: Names the app that made the file, as RFC 5545 asks.
PRODUCT_ID = "-//Belonging//Next conversation//EN"
#: How long the event lasts when the pair has no length of its own yet.
DEFAULT_MINUTES = 30


def event_uid(pair_key: str, start: datetime) -> str:
    """The event's lasting id: the same pair and time give the same id, so opening a second
    file for the same conversation updates the event instead of adding another."""
    moment = start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"belonging-{pair_key}-{moment}@belonging.invalid"


def calendar_bytes(
    *,
    title: str,
    start: datetime,
    minutes: int | None,
    uid: str,
    made_at: datetime,
) -> bytes:
    """One event from `start` (timezone-aware) lasting `minutes` (DEFAULT_MINUTES when None),
    named `title`, as the bytes of an `.ics` file."""
    from icalendar import Calendar, Event

    if start.tzinfo is None or made_at.tzinfo is None:
        raise ValueError("a calendar file needs timezone-aware times")
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", made_at.astimezone(UTC))
    event.add("dtstart", start.astimezone(UTC))
    event.add("duration", timedelta(minutes=minutes or DEFAULT_MINUTES))
    event.add("summary", title)
    calendar.add_component(event)
    return calendar.to_ical()
