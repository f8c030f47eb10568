"""Unfinished conversations: found at start, rebuilt from their events, or let go.

A conversation is unfinished while its `ended_at` is empty, which after a crash or a power cut
means it was interrupted. The app offers to continue it: it checks that the script still has
the same text (`matches_script`), then replays `events` in the engine with `setup`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, select

from belonging.core.conversation_events import ConversationEvent
from belonging.core.scripts.model import Script
from belonging.storage.models import ConversationRecord
from belonging.storage.repositories.conversations import finish_conversation, load_events
from belonging.storage.repositories.lookup import get_existing

#: The summary of a conversation the pair chose not to continue after it was interrupted.
NOT_CONTINUED_SUMMARY = {"outcome": "not_continued"}


@dataclass(frozen=True)
class UnfinishedConversation:
    """Everything needed to rebuild an interrupted conversation in the engine.

    `setup` is what `ConversationSetup.to_dict()` gave when it started; `events` are in `seq`
    order. Its notes are read as usual, with `notes_for_conversation`.
    """

    conversation_id: int
    pair_id: int
    script_id: str
    script_sha256: str
    script_title: str
    setup: dict[str, Any]
    started_at: datetime
    events: tuple[ConversationEvent, ...]

    @property
    def last_activity_at(self) -> datetime:
        """When anything last happened in it: its last event, or its start."""
        return self.events[-1].at if self.events else self.started_at

    def matches_script(self, script: Script) -> bool:
        """Whether `script` is the very text the conversation started with (same id, same
        sha256), so replaying its events shows the same prompts."""
        return script.id == self.script_id and script.sha256 == self.script_sha256


def _unfinished(session: Session, conversation: ConversationRecord) -> UnfinishedConversation:
    conversation_id = int(conversation.id or 0)
    return UnfinishedConversation(
        conversation_id=conversation_id,
        pair_id=conversation.pair_id,
        script_id=conversation.script_id,
        script_sha256=conversation.script_sha256,
        script_title=conversation.script_title,
        setup=dict(conversation.setup),
        started_at=conversation.started_at,
        events=tuple(load_events(session=session, conversation_id=conversation_id)),
    )


def unfinished_conversations(*, session: Session) -> list[UnfinishedConversation]:
    """Every conversation that was never ended, the most recently started first."""
    statement = (
        select(ConversationRecord)
        .where(ConversationRecord.ended_at == None)  # noqa: E711  (SQL IS NULL)
        .order_by(ConversationRecord.started_at.desc(), ConversationRecord.id.desc())
    )
    return [_unfinished(session, conversation) for conversation in session.exec(statement)]


def load_unfinished(*, session: Session, conversation_id: int) -> UnfinishedConversation:
    """One unfinished conversation; raises NotFoundError, or ValueError if it has ended."""
    conversation = get_existing(session, ConversationRecord, conversation_id)
    if conversation.ended_at is not None:
        raise ValueError(f"conversation {conversation_id} has already ended")
    return _unfinished(session, conversation)


def let_go_of_unfinished(
    *, session: Session, conversation_id: int, at: datetime | None = None
) -> ConversationRecord:
    """End an interrupted conversation the pair chose not to continue, keeping its notes
    and events; ends at its last event unless `at` is given."""
    if at is None:
        at = load_unfinished(session=session, conversation_id=conversation_id).last_activity_at
    return finish_conversation(
        session=session,
        conversation_id=conversation_id,
        summary=NOT_CONTINUED_SUMMARY,
        ended_at=at,
    )
