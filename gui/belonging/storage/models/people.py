"""People and the pairs they form for a recurring one-on-one."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, CheckConstraint, Column, ForeignKey, Integer, String
from sqlmodel import Field, SQLModel

from belonging.storage.models.columns import UtcDateTime, utc_now


class Person(SQLModel, table=True):
    """Someone who takes part in conversations; `role` is free text such as "manager"."""

    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    role: str = ""
    created_at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)


class Relationship(enum.StrEnum):
    """What kind of one-on-one a pair has; the owner leads in the first two."""

    MANAGER_REPORT = "manager_report"
    MENTOR_MENTEE = "mentor_mentee"
    OTHER = "other"


class Pair(SQLModel, table=True):
    """Two people in a recurring one-on-one, with what this pair is comfortable with.

    `owner_id` is the person who runs the app (usually the manager or mentor: the one whose
    private notes these are); `partner_id` is the other. `comfortable_depth` is the deepest
    level the pair has been happy at (None until they have had a conversation),
    `off_limits_topics` is a list of topic tags never to offer this pair, and `relationship`
    says what kind of one-on-one it is (a `Relationship` value). `next_conversation_at` is
    when the two plan to talk next (None: not planned). An archived pair (`archived_at`) is
    kept whole but left off Home until it is brought back.
    """

    __tablename__ = "pair"
    __table_args__ = (CheckConstraint("owner_id <> partner_id", name="two_people"),)

    id: int | None = Field(default=None, primary_key=True)
    owner_id: int = Field(sa_column=Column(Integer, ForeignKey("person.id"), nullable=False))
    partner_id: int = Field(sa_column=Column(Integer, ForeignKey("person.id"), nullable=False))
    comfortable_depth: int | None = None
    off_limits_topics: list[str] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    relationship: str = Field(
        default=Relationship.OTHER.value,
        sa_column=Column(String, nullable=False, server_default=Relationship.OTHER.value),
    )
    created_at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)
    next_conversation_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    #: When the pair was put away: it leaves Home and set-up until brought back (None).
    archived_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
