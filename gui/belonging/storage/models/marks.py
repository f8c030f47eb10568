"""What a pair asked about single prompts, remembered from one conversation to the next."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel

from belonging.storage.models.columns import PromptMark, UtcDateTime, in_values, utc_now


class PairPromptMark(SQLModel, table=True):
    """A prompt this pair found too much, parked, or never wants again.

    A mark stays in force until `resolved_at` is set: when the pair chooses to see a "too much"
    prompt again, or takes up a parked one.
    """

    __tablename__ = "pair_prompt_mark"
    __table_args__ = (
        CheckConstraint(in_values("mark", PromptMark), name="mark"),
        Index("ix_pair_prompt_mark_pair_id_script_id", "pair_id", "script_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    pair_id: int = Field(
        sa_column=Column(Integer, ForeignKey("pair.id", ondelete="CASCADE"), nullable=False)
    )
    script_id: str
    prompt_id: str
    mark: str
    conversation_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("conversation.id", ondelete="SET NULL")),
    )
    created_at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
