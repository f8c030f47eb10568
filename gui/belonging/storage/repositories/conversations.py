"""Conversations and their events: started, appended to as the engine moves, finished."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from belonging.core.conversation_events import ConversationEvent, EventKind
from belonging.storage.models import ConversationRecord, EventRecord, Pair, ShownPromptRecord
from belonging.storage.repositories.lookup import get_existing, timestamp


def start_conversation(
    *,
    session: Session,
    pair_id: int,
    script_id: str,
    script_sha256: str,
    setup: Mapping[str, Any],
    script_title: str = "",
    planned_minutes: int | None = None,
    started_at: datetime | None = None,
) -> ConversationRecord:
    """Open a conversation for a pair; `setup` is the engine's `ConversationSetup.to_dict()`."""
    get_existing(session, Pair, pair_id)
    conversation = ConversationRecord(
        pair_id=pair_id,
        script_id=script_id,
        script_sha256=script_sha256,
        script_title=script_title,
        planned_minutes=planned_minutes,
        setup=dict(setup),
        started_at=timestamp(started_at),
    )
    session.add(conversation)
    session.flush()
    return conversation


def get_conversation(*, session: Session, conversation_id: int) -> ConversationRecord:
    """The conversation with this id; raises NotFoundError."""
    return get_existing(session, ConversationRecord, conversation_id)


def conversations_for_pair(*, session: Session, pair_id: int) -> list[ConversationRecord]:
    """Every conversation of a pair, the most recent first."""
    statement = (
        select(ConversationRecord)
        .where(ConversationRecord.pair_id == pair_id)
        .order_by(ConversationRecord.started_at.desc(), ConversationRecord.id.desc())
    )
    return list(session.exec(statement))


def record_from_event(conversation_id: int, event: ConversationEvent) -> EventRecord:
    """The row that stores `event` (its `at` must be timezone-aware)."""
    return EventRecord(
        conversation_id=conversation_id,
        seq=event.seq,
        kind=EventKind(event.kind).value,
        at=timestamp(event.at),
        depth=event.depth,
        prompt_id=event.prompt_id,
        actor=event.actor,
        data=dict(event.data),
    )


def event_from_record(record: EventRecord) -> ConversationEvent:
    """The engine's event stored in `record`."""
    return ConversationEvent(
        seq=record.seq,
        kind=EventKind(record.kind),
        at=record.at,
        depth=record.depth,
        prompt_id=record.prompt_id,
        actor=record.actor,
        data=dict(record.data),
    )


def append_events(
    *, session: Session, conversation_id: int, events: Iterable[ConversationEvent]
) -> int:
    """Store new events of a conversation and return how many were stored.

    A `seq` already stored for this conversation raises IntegrityError at flush: events are
    a log, never rewritten. The conversation's `depth_reached` follows the deepest event.
    """
    conversation = get_existing(session, ConversationRecord, conversation_id)
    records = [record_from_event(conversation_id, event) for event in events]
    session.add_all(records)
    depths = [record.depth for record in records if record.depth is not None]
    if depths and max(depths) > (conversation.depth_reached or 0):
        conversation.depth_reached = max(depths)
        session.add(conversation)
    session.flush()
    return len(records)


def load_events(*, session: Session, conversation_id: int) -> list[ConversationEvent]:
    """Every event of a conversation in `seq` order, ready to replay in the engine."""
    statement = (
        select(EventRecord)
        .where(EventRecord.conversation_id == conversation_id)
        .order_by(EventRecord.seq)
    )
    return [event_from_record(record) for record in session.exec(statement)]


def last_event_seq(*, session: Session, conversation_id: int) -> int | None:
    """The highest stored `seq` of a conversation, or None before its first event."""
    statement = select(func.max(EventRecord.seq)).where(
        EventRecord.conversation_id == conversation_id
    )
    return session.exec(statement).one()


def record_shown_prompt(
    *,
    session: Session,
    conversation_id: int,
    prompt_id: str,
    text: str,
    depth: int | None = None,
    shown_at: datetime | None = None,
) -> ShownPromptRecord:
    """Keep the text of a prompt as shown, once per conversation (a second call returns the
    first record unchanged), so history and search outlive edits of the script."""
    existing = session.exec(
        select(ShownPromptRecord).where(
            ShownPromptRecord.conversation_id == conversation_id,
            ShownPromptRecord.prompt_id == prompt_id,
        )
    ).first()
    if existing is not None:
        return existing
    get_existing(session, ConversationRecord, conversation_id)
    shown = ShownPromptRecord(
        conversation_id=conversation_id,
        prompt_id=prompt_id,
        depth=depth,
        text=text,
        shown_at=timestamp(shown_at),
    )
    session.add(shown)
    session.flush()
    return shown


def shown_prompts(*, session: Session, conversation_id: int) -> list[ShownPromptRecord]:
    """The prompts a conversation showed, in the order they were first shown."""
    statement = (
        select(ShownPromptRecord)
        .where(ShownPromptRecord.conversation_id == conversation_id)
        .order_by(ShownPromptRecord.shown_at, ShownPromptRecord.id)
    )
    return list(session.exec(statement))


def finish_conversation(
    *,
    session: Session,
    conversation_id: int,
    summary: Mapping[str, Any],
    ended_at: datetime | None = None,
    depth_reached: int | None = None,
) -> ConversationRecord:
    """Mark a conversation ended with its wrap-up summary; ending it twice is refused.

    `depth_reached` overrides the depth worked out from the events when given. A
    conversation the pair chose not to continue after a crash is finished the same way, with
    a summary that says so.
    """
    conversation = get_existing(session, ConversationRecord, conversation_id)
    if conversation.ended_at is not None:
        raise ValueError(f"conversation {conversation_id} has already ended")
    conversation.ended_at = timestamp(ended_at)
    conversation.summary = dict(summary)
    if depth_reached is not None:
        conversation.depth_reached = depth_reached
    session.add(conversation)
    session.flush()
    return conversation
