"""What every repository module shares: finding a row by id, and checking times."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from sqlmodel import Session, SQLModel

from belonging.storage.models import utc_now

RowT = TypeVar("RowT", bound=SQLModel)


class NotFoundError(LookupError):
    """No row of this kind has this id (it was never made, or has been deleted)."""


def get_existing(session: Session, model: type[RowT], row_id: int) -> RowT:
    """The row of `model` with `row_id`; raises NotFoundError if there is none."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"no {model.__tablename__} with id {row_id}")
    return row


def timestamp(at: datetime | None) -> datetime:
    """`at`, or now when None; a naive time is refused because its zone is unknown."""
    if at is None:
        return utc_now()
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"storage needs a timezone-aware time, got {at!r}")
    return at
