"""Column types and value sets shared by every table.

Times are kept as UTC in SQLite's text form and come back timezone-aware, so a time read back
always compares equal to the time written, whatever the computer's time zone. Value sets are
kept as text with a CHECK constraint (not SQLAlchemy's Enum, which would store member names).
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import SQLModel

#: Every constraint gets a predictable name, so a later batch migration can drop it by name.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC: the only kind of time storage accepts."""
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as naive UTC text and returned tagged as UTC.

    A naive datetime is refused: its meaning depends on the computer it was made on.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        """Convert an aware time to naive UTC before it is written."""
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"storage needs a timezone-aware time, got {value!r}")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Tag a stored time as UTC when it is read."""
        return None if value is None else value.replace(tzinfo=UTC)


class Visibility(enum.StrEnum):
    """Who may see a note: both people, or only the app owner."""

    SHARED = "shared"
    PRIVATE = "private"


class CheckInMoment(enum.StrEnum):
    """When a check-in was taken, relative to the conversation."""

    BEFORE = "before"
    AFTER = "after"


class PromptMark(enum.StrEnum):
    """What a pair asked about one prompt, remembered across conversations."""

    #: Taken off the screen with "Too much?": not offered again unless they choose.
    TOO_MUCH = "too_much"
    #: Put aside for a better moment: offered again later as a suggestion.
    PARKED = "parked"
    #: Asked never to see it again.
    NEVER_AGAIN = "never_again"


def in_values(column: str, values: type[enum.StrEnum]) -> str:
    """The SQL text of a CHECK that `column` holds one of `values`."""
    listed = ", ".join(f"'{member.value}'" for member in values)
    return f"{column} IN ({listed})"
