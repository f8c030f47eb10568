"""Follow-ups: what one of the pair will do before they meet again."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import nulls_last
from sqlmodel import Session, select

from belonging.storage.models import ConversationRecord, FollowUp, Pair
from belonging.storage.repositories.lookup import get_existing, timestamp


def add_follow_up(
    *,
    session: Session,
    pair_id: int,
    text: str,
    conversation_id: int | None = None,
    owner_id: int | None = None,
    due: date | None = None,
    at: datetime | None = None,
) -> FollowUp:
    """A new open follow-up; `owner_id` must be one of the pair (None: both of them)."""
    text = text.strip()
    if not text:
        raise ValueError("a follow-up needs some text")
    pair = get_existing(session, Pair, pair_id)
    if owner_id is not None and owner_id not in (pair.owner_id, pair.partner_id):
        raise ValueError(f"person {owner_id} is not one of pair {pair_id}")
    if conversation_id is not None:
        conversation = get_existing(session, ConversationRecord, conversation_id)
        if conversation.pair_id != pair_id:
            raise ValueError(f"conversation {conversation_id} belongs to another pair")
    follow_up = FollowUp(
        pair_id=pair_id,
        conversation_id=conversation_id,
        owner_id=owner_id,
        text=text,
        due=due,
        created_at=timestamp(at),
    )
    session.add(follow_up)
    session.flush()
    return follow_up


def open_follow_ups(*, session: Session, pair_id: int) -> list[FollowUp]:
    """A pair's follow-ups not yet done: soonest due first, undated ones last."""
    statement = (
        select(FollowUp)
        .where(FollowUp.pair_id == pair_id, FollowUp.done == False)  # noqa: E712
        .order_by(nulls_last(FollowUp.due), FollowUp.created_at, FollowUp.id)
    )
    return list(session.exec(statement))


def follow_ups_for_conversation(*, session: Session, conversation_id: int) -> list[FollowUp]:
    """The follow-ups that came out of one conversation, done or not, in the order made."""
    statement = (
        select(FollowUp)
        .where(FollowUp.conversation_id == conversation_id)
        .order_by(FollowUp.created_at, FollowUp.id)
    )
    return list(session.exec(statement))


def complete_follow_up(
    *, session: Session, follow_up_id: int, at: datetime | None = None
) -> FollowUp:
    """Mark a follow-up done (at `at`, or now); completing it again keeps the first time."""
    follow_up = get_existing(session, FollowUp, follow_up_id)
    if not follow_up.done:
        follow_up.done = True
        follow_up.done_at = timestamp(at)
        session.add(follow_up)
        session.flush()
    return follow_up


def reopen_follow_up(*, session: Session, follow_up_id: int) -> FollowUp:
    """Mark a done follow-up open again."""
    follow_up = get_existing(session, FollowUp, follow_up_id)
    follow_up.done = False
    follow_up.done_at = None
    session.add(follow_up)
    session.flush()
    return follow_up


def edit_follow_up(
    *,
    session: Session,
    follow_up_id: int,
    text: str,
    owner_id: int | None,
    due: date | None,
) -> FollowUp:
    """Changes what a follow-up says, whose it is (one of the pair, None: both) and by when."""
    text = text.strip()
    if not text:
        raise ValueError("a follow-up needs some text")
    follow_up = get_existing(session, FollowUp, follow_up_id)
    pair = get_existing(session, Pair, follow_up.pair_id)
    if owner_id is not None and owner_id not in (pair.owner_id, pair.partner_id):
        raise ValueError(f"person {owner_id} is not one of pair {follow_up.pair_id}")
    follow_up.text = text
    follow_up.owner_id = owner_id
    follow_up.due = due
    session.add(follow_up)
    session.flush()
    return follow_up


def restore_follow_up(*, session: Session, kept: FollowUp) -> FollowUp:
    """Puts back a follow-up deleted moments ago, as it was (same id), from the copy
    `delete_follow_up` handed back; its conversation is kept only if it still exists."""
    conversation_id = kept.conversation_id
    if conversation_id is not None and session.get(ConversationRecord, conversation_id) is None:
        conversation_id = None
    get_existing(session, Pair, kept.pair_id)
    restored = FollowUp(
        id=kept.id,
        pair_id=kept.pair_id,
        conversation_id=conversation_id,
        owner_id=kept.owner_id,
        text=kept.text,
        due=kept.due,
        done=kept.done,
        done_at=kept.done_at,
        created_at=kept.created_at,
    )
    session.add(restored)
    session.flush()
    return restored


def get_follow_up(*, session: Session, follow_up_id: int) -> FollowUp:
    """The follow-up with this id; raises NotFoundError."""
    return get_existing(session, FollowUp, follow_up_id)


def delete_follow_up(*, session: Session, follow_up_id: int) -> bool:
    """Remove a follow-up made by mistake; False if it was already gone."""
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None:
        return False
    session.delete(follow_up)
    session.flush()
    return True
