"""Pairs: two people in a recurring one-on-one, and the overview the home screen shows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, select

from belonging.storage.models import ConversationRecord, FollowUp, Pair, Person, Relationship
from belonging.storage.repositories.lookup import get_existing, timestamp


@dataclass(frozen=True)
class PairOverview:
    """One line of the home screen: the pair, its two people, its latest conversation, how
    many follow-ups are still open and the most pressing of them (soonest due, undated ones
    last: what `open_follow_ups` lists first)."""

    pair: Pair
    owner: Person
    partner: Person
    last_conversation: ConversationRecord | None
    open_follow_ups: int
    first_follow_up: FollowUp | None = None


def _clean_topics(topics: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for topic in topics:
        cleaned = topic.strip().lower()
        if cleaned:
            seen.setdefault(cleaned)
    return list(seen)


def create_pair(
    *,
    session: Session,
    owner_id: int,
    partner_id: int,
    comfortable_depth: int | None = None,
    off_limits_topics: Iterable[str] = (),
    relationship: Relationship = Relationship.OTHER,
) -> Pair:
    """Pair the app's owner with a partner; both must exist and be different people."""
    if owner_id == partner_id:
        raise ValueError("a pair needs two different people")
    get_existing(session, Person, owner_id)
    get_existing(session, Person, partner_id)
    pair = Pair(
        owner_id=owner_id,
        partner_id=partner_id,
        comfortable_depth=comfortable_depth,
        off_limits_topics=_clean_topics(off_limits_topics),
        relationship=Relationship(relationship).value,
    )
    session.add(pair)
    session.flush()
    return pair


def get_pair(*, session: Session, pair_id: int) -> Pair:
    """The pair with this id; raises NotFoundError."""
    return get_existing(session, Pair, pair_id)


def set_comfortable_depth(*, session: Session, pair_id: int, depth: int | None) -> Pair:
    """Record the deepest level this pair is happy at (None: not known yet)."""
    if depth is not None and depth < 1:
        raise ValueError("depth counts from 1")
    pair = get_existing(session, Pair, pair_id)
    pair.comfortable_depth = depth
    session.add(pair)
    session.flush()
    return pair


def set_off_limits_topics(*, session: Session, pair_id: int, topics: Iterable[str]) -> Pair:
    """Replace the topic tags never to offer this pair (lower-cased, duplicates dropped)."""
    pair = get_existing(session, Pair, pair_id)
    pair.off_limits_topics = _clean_topics(topics)
    session.add(pair)
    session.flush()
    return pair


def list_pairs_with_last_conversation(
    *, session: Session, archived: bool = False
) -> list[PairOverview]:
    """Every pair with its people, latest conversation and open follow-ups, most recently
    met first (pairs that have never met come last, newest first): those on Home, or with
    `archived` those put away instead."""
    latest = (
        select(ConversationRecord.pair_id, func.max(ConversationRecord.id).label("conversation_id"))
        .group_by(ConversationRecord.pair_id)
        .subquery()
    )
    open_counts = (
        select(FollowUp.pair_id, func.count().label("open_count"))
        .where(FollowUp.done == False)  # noqa: E712  (SQL expression, not a Python test)
        .group_by(FollowUp.pair_id)
        .subquery()
    )
    rows = session.exec(
        select(Pair, ConversationRecord, open_counts.c.open_count)
        .outerjoin(latest, latest.c.pair_id == Pair.id)
        .outerjoin(ConversationRecord, ConversationRecord.id == latest.c.conversation_id)
        .outerjoin(open_counts, open_counts.c.pair_id == Pair.id)
        .where(Pair.archived_at.is_not(None) if archived else Pair.archived_at.is_(None))
    ).all()
    people = {person.id: person for person in session.exec(select(Person))}
    firsts = first_open_follow_ups(session=session)
    overviews = [
        PairOverview(
            pair=pair,
            owner=people[pair.owner_id],
            partner=people[pair.partner_id],
            last_conversation=conversation,
            open_follow_ups=open_count or 0,
            first_follow_up=firsts.get(pair.id),
        )
        for pair, conversation, open_count in rows
    ]
    overviews.sort(key=_recency, reverse=True)
    return overviews


def first_open_follow_ups(*, session: Session) -> dict[int, FollowUp]:
    """Each pair's most pressing open follow-up, by pair id: the first `open_follow_ups`
    lists (soonest due, undated ones last, then oldest)."""
    ranked = (
        select(
            FollowUp.id,
            func.row_number()
            .over(
                partition_by=FollowUp.pair_id,
                order_by=(
                    FollowUp.due.is_(None),  # type: ignore[union-attr]
                    FollowUp.due,
                    FollowUp.created_at,
                    FollowUp.id,
                ),
            )
            .label("rank"),
        )
        .where(FollowUp.done == False)  # noqa: E712
        .subquery()
    )
    firsts = session.exec(
        select(FollowUp).join(ranked, ranked.c.id == FollowUp.id).where(ranked.c.rank == 1)
    )
    return {follow_up.pair_id: follow_up for follow_up in firsts}


def _recency(overview: PairOverview) -> tuple[bool, object, int]:
    conversation = overview.last_conversation
    if conversation is None:
        return (False, overview.pair.created_at, overview.pair.id or 0)
    return (True, conversation.started_at, overview.pair.id or 0)


def set_archived(
    *, session: Session, pair_id: int, archived: bool, at: datetime | None = None
) -> Pair:
    """Puts a pair away (off Home and set-up, kept whole) or brings it back."""
    pair = get_existing(session, Pair, pair_id)
    pair.archived_at = timestamp(at) if archived else None
    session.add(pair)
    session.flush()
    return pair


def set_next_conversation(*, session: Session, pair_id: int, at: datetime | None) -> Pair:
    """Records when the pair plans to talk next (None: nothing planned)."""
    pair = get_existing(session, Pair, pair_id)
    pair.next_conversation_at = None if at is None else timestamp(at)
    session.add(pair)
    session.flush()
    return pair


def set_relationship(*, session: Session, pair_id: int, relationship: Relationship) -> Pair:
    """Says what kind of one-on-one the pair has."""
    pair = get_existing(session, Pair, pair_id)
    pair.relationship = Relationship(relationship).value
    session.add(pair)
    session.flush()
    return pair
