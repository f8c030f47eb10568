"""What the pair keeps from a conversation: notes, follow-ups and check-ins."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from belonging.storage.models.columns import (
    CheckInMoment,
    UtcDateTime,
    Visibility,
    in_values,
    utc_now,
)


class Note(SQLModel, table=True):
    """A Markdown note taken during a conversation, on one prompt or on the whole of it.

    Shared notes are read back to both people at the end; private ones are the app owner's
    own and never reach a shared screen. `confidential` keeps a note out of every export unless
    asked for by name. A line struck at read-back is deleted, never kept with a flag.
    `edited_at` says when it was corrected later, from the conversation's record.
    """

    __tablename__ = "note"
    __table_args__ = (CheckConstraint(in_values("visibility", Visibility), name="visibility"),)

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("conversation.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    prompt_id: str | None = None
    visibility: str = Visibility.SHARED.value
    confidential: bool = False
    text: str = ""
    created_at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)
    updated_at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)
    #: When the note was last corrected after its conversation (None: as written then).
    edited_at: datetime | None = Field(default=None, sa_type=UtcDateTime)


class FollowUp(SQLModel, table=True):
    """Something one of the pair will do before a later conversation.

    `done` and `done_at` move together (a CHECK keeps them so); `owner_id` is the person who
    will do it, None when it belongs to both.
    """

    __tablename__ = "follow_up"
    __table_args__ = (
        CheckConstraint(
            "(done = 0 AND done_at IS NULL) OR (done = 1 AND done_at IS NOT NULL)",
            name="done_at_when_done",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    pair_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("pair.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    conversation_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("conversation.id", ondelete="SET NULL")),
    )
    owner_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("person.id", ondelete="SET NULL"))
    )
    text: str
    due: date | None = None
    done: bool = False
    done_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)


class CheckIn(SQLModel, table=True):
    """How close one person felt, 1 to 7, before or after a conversation (one of each)."""

    __tablename__ = "check_in"
    __table_args__ = (
        UniqueConstraint("conversation_id", "person_id", "moment"),
        CheckConstraint("closeness BETWEEN 1 AND 7", name="closeness_range"),
        CheckConstraint(in_values("moment", CheckInMoment), name="moment"),
    )

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(
        sa_column=Column(Integer, ForeignKey("conversation.id", ondelete="CASCADE"), nullable=False)
    )
    person_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False)
    )
    moment: str
    closeness: int
    recorded_at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)
