"""Prompt marks: what a pair asked about a prompt, honoured in later conversations.

"Too much" and "never again" withhold a prompt from the pair until they choose to see it
(the mark is then resolved); parked prompts come back as suggestions until taken up.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from belonging.storage.models import ConversationRecord, Pair, PairPromptMark, PromptMark
from belonging.storage.repositories.lookup import get_existing, timestamp

_WITHHELD = (PromptMark.TOO_MUCH.value, PromptMark.NEVER_AGAIN.value)


def mark_prompt(
    *,
    session: Session,
    pair_id: int,
    script_id: str,
    prompt_id: str,
    mark: PromptMark,
    conversation_id: int | None = None,
    at: datetime | None = None,
) -> PairPromptMark:
    """Remember a mark; the same mark already in force is returned instead of repeated."""
    mark = PromptMark(mark)
    get_existing(session, Pair, pair_id)
    if conversation_id is not None:
        get_existing(session, ConversationRecord, conversation_id)
    existing = session.exec(
        select(PairPromptMark).where(
            PairPromptMark.pair_id == pair_id,
            PairPromptMark.script_id == script_id,
            PairPromptMark.prompt_id == prompt_id,
            PairPromptMark.mark == mark.value,
            PairPromptMark.resolved_at == None,  # noqa: E711  (SQL IS NULL)
        )
    ).first()
    if existing is not None:
        return existing
    row = PairPromptMark(
        pair_id=pair_id,
        script_id=script_id,
        prompt_id=prompt_id,
        mark=mark.value,
        conversation_id=conversation_id,
        created_at=timestamp(at),
    )
    session.add(row)
    session.flush()
    return row


def resolve_mark(*, session: Session, mark_id: int, at: datetime | None = None) -> PairPromptMark:
    """Lift a mark: the pair chose to see the prompt again, or took up the parked topic."""
    row = get_existing(session, PairPromptMark, mark_id)
    if row.resolved_at is None:
        row.resolved_at = timestamp(at)
        session.add(row)
        session.flush()
    return row


def marks_for_pair(
    *,
    session: Session,
    pair_id: int,
    script_id: str | None = None,
    include_resolved: bool = False,
) -> list[PairPromptMark]:
    """A pair's marks, oldest first, for one script or all; only those in force by default."""
    statement = select(PairPromptMark).where(PairPromptMark.pair_id == pair_id)
    if script_id is not None:
        statement = statement.where(PairPromptMark.script_id == script_id)
    if not include_resolved:
        statement = statement.where(PairPromptMark.resolved_at == None)  # noqa: E711
    return list(session.exec(statement.order_by(PairPromptMark.created_at, PairPromptMark.id)))


def withheld_prompt_ids(*, session: Session, pair_id: int, script_id: str) -> frozenset[str]:
    """Prompts of a script not to offer this pair: too much or never again, not lifted."""
    marks = marks_for_pair(session=session, pair_id=pair_id, script_id=script_id)
    return frozenset(row.prompt_id for row in marks if row.mark in _WITHHELD)


def parked_prompt_ids(*, session: Session, pair_id: int, script_id: str) -> frozenset[str]:
    """Prompts of a script this pair parked and has not taken up again: offer as suggestions."""
    marks = marks_for_pair(session=session, pair_id=pair_id, script_id=script_id)
    return frozenset(row.prompt_id for row in marks if row.mark == PromptMark.PARKED.value)
