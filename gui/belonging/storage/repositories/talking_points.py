"""Talking points: topics either of a pair wants to bring up next time."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from belonging.storage.models import ConversationRecord, Pair, TalkingPoint
from belonging.storage.repositories.lookup import get_existing, timestamp


def add_talking_point(
    *,
    session: Session,
    pair_id: int,
    text: str,
    raised_by_id: int | None = None,
    at: datetime | None = None,
) -> TalkingPoint:
    """A new open talking point; `raised_by_id` must be one of the pair (None: both)."""
    text = text.strip()
    if not text:
        raise ValueError("a talking point needs some text")
    pair = get_existing(session, Pair, pair_id)
    if raised_by_id is not None and raised_by_id not in (pair.owner_id, pair.partner_id):
        raise ValueError(f"person {raised_by_id} is not one of pair {pair_id}")
    point = TalkingPoint(
        pair_id=pair_id, raised_by_id=raised_by_id, text=text, created_at=timestamp(at)
    )
    session.add(point)
    session.flush()
    return point


def open_talking_points(*, session: Session, pair_id: int) -> list[TalkingPoint]:
    """A pair's talking points neither used nor let go, oldest first (in the order raised)."""
    statement = (
        select(TalkingPoint)
        .where(
            TalkingPoint.pair_id == pair_id,
            TalkingPoint.used_at == None,  # noqa: E711  (SQL expression)
            TalkingPoint.let_go_at == None,  # noqa: E711
        )
        .order_by(TalkingPoint.created_at, TalkingPoint.id)
    )
    return list(session.exec(statement))


def talking_points_used_in(*, session: Session, conversation_id: int) -> list[TalkingPoint]:
    """The talking points brought up in one conversation, in the order raised."""
    statement = (
        select(TalkingPoint)
        .where(TalkingPoint.used_in_conversation_id == conversation_id)
        .order_by(TalkingPoint.created_at, TalkingPoint.id)
    )
    return list(session.exec(statement))


def use_talking_point(
    *, session: Session, talking_point_id: int, conversation_id: int, at: datetime | None = None
) -> TalkingPoint:
    """Marks a talking point used in a conversation of its pair (once: a second use keeps
    the first)."""
    point = get_existing(session, TalkingPoint, talking_point_id)
    conversation = get_existing(session, ConversationRecord, conversation_id)
    if conversation.pair_id != point.pair_id:
        raise ValueError(f"conversation {conversation_id} belongs to another pair")
    if point.used_at is None:
        point.used_at = timestamp(at)
        point.used_in_conversation_id = conversation_id
        point.let_go_at = None
        session.add(point)
        session.flush()
    return point


def let_go_of_talking_point(
    *, session: Session, talking_point_id: int, at: datetime | None = None
) -> TalkingPoint:
    """Lets a talking point go: it is no longer offered (one already used stays used)."""
    point = get_existing(session, TalkingPoint, talking_point_id)
    if point.used_at is None and point.let_go_at is None:
        point.let_go_at = timestamp(at)
        session.add(point)
        session.flush()
    return point


def reopen_talking_point(*, session: Session, talking_point_id: int) -> TalkingPoint:
    """Carries a talking point again (an undo of letting it go)."""
    point = get_existing(session, TalkingPoint, talking_point_id)
    point.let_go_at = None
    point.used_at = None
    point.used_in_conversation_id = None
    session.add(point)
    session.flush()
    return point


def edit_talking_point(*, session: Session, talking_point_id: int, text: str) -> TalkingPoint:
    """Changes a talking point's words."""
    text = text.strip()
    if not text:
        raise ValueError("a talking point needs some text")
    point = get_existing(session, TalkingPoint, talking_point_id)
    point.text = text
    session.add(point)
    session.flush()
    return point
