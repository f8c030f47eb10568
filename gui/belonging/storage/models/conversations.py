"""Conversations, the engine's events, and the prompt texts each conversation showed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from belonging.storage.models.columns import UtcDateTime, utc_now


class ConversationRecord(SQLModel, table=True):
    """One walk through a script by a pair; `ended_at` stays None while it is unfinished.

    `script_sha256` records exactly which text was used, so a later edit of the script can be
    detected before an unfinished conversation is replayed. `setup` is the engine's
    `ConversationSetup.to_dict()`, `summary` what the wrap-up produced.
    """

    __tablename__ = "conversation"
    # The few conversations not yet ended, found without reading every row (Home asks at
    # every showing whether one waits to be continued).
    __table_args__ = (
        Index("ix_conversation_unfinished", "id", sqlite_where=text("ended_at IS NULL")),
    )

    id: int | None = Field(default=None, primary_key=True)
    pair_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("pair.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    script_id: str
    script_sha256: str
    script_title: str = ""
    planned_minutes: int | None = None
    setup: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    started_at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    summary: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    depth_reached: int | None = None


class EventRecord(SQLModel, table=True):
    """One stored `ConversationEvent`; `seq` orders the replay and is unique per conversation."""

    __tablename__ = "conversation_event"
    __table_args__ = (UniqueConstraint("conversation_id", "seq"),)

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(
        sa_column=Column(Integer, ForeignKey("conversation.id", ondelete="CASCADE"), nullable=False)
    )
    seq: int
    kind: str
    at: datetime = Field(sa_type=UtcDateTime)
    depth: int | None = None
    prompt_id: str | None = None
    actor: str | None = None
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class ShownPromptRecord(SQLModel, table=True):
    """The text of a prompt as it was shown in a conversation.

    Kept so that history and search show what was actually asked, even after the script is
    edited or removed.
    """

    __tablename__ = "shown_prompt"
    __table_args__ = (UniqueConstraint("conversation_id", "prompt_id"),)

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(
        sa_column=Column(Integer, ForeignKey("conversation.id", ondelete="CASCADE"), nullable=False)
    )
    prompt_id: str
    depth: int | None = None
    text: str
    shown_at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)
