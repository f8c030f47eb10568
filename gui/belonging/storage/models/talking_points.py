"""Topics either person wants to bring up next time, carried until used or let go."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel

from belonging.storage.models.columns import UtcDateTime, utc_now


class TalkingPoint(SQLModel, table=True):
    """Something one of the pair wants to bring up in a coming conversation.

    It stays open until it is used (`used_at`, and the conversation it was brought up in) or
    let go (`let_go_at`); never both. `raised_by_id` is the person who wants to bring it up,
    None when it is both's.
    """

    __tablename__ = "talking_point"
    __table_args__ = (
        CheckConstraint("used_at IS NULL OR let_go_at IS NULL", name="used_or_let_go"),
    )

    id: int | None = Field(default=None, primary_key=True)
    pair_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("pair.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    raised_by_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("person.id", ondelete="SET NULL"))
    )
    text: str
    created_at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)
    used_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    used_in_conversation_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("conversation.id", ondelete="SET NULL")),
    )
    let_go_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
