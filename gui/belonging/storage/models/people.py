"""People and the pairs they form for a recurring one-on-one."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, CheckConstraint, Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel

from belonging.storage.models.columns import UtcDateTime, utc_now


class Person(SQLModel, table=True):
    """Someone who takes part in conversations; `role` is free text such as "manager"."""

    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    role: str = ""
    created_at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)


class Pair(SQLModel, table=True):
    """Two people in a recurring one-on-one, with what this pair is comfortable with.

    `owner_id` is the person who runs the app (usually the manager or mentor: the one whose
    private notes these are); `partner_id` is the other. `comfortable_depth` is the deepest
    level the pair has been happy at (None until they have had a conversation), and
    `off_limits_topics` is a list of topic tags never to offer this pair.
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
    created_at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)
