"""Check-ins: how close each person felt, 1 to 7, before and after a conversation."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from belonging.storage.models import CheckIn, CheckInMoment, ConversationRecord, Pair
from belonging.storage.repositories.lookup import get_existing, timestamp

CLOSENESS_RANGE = range(1, 8)


def record_check_in(
    *,
    session: Session,
    conversation_id: int,
    person_id: int,
    moment: CheckInMoment,
    closeness: int,
    at: datetime | None = None,
) -> CheckIn:
    """Record how close `person_id` feels; a second answer for the same moment replaces
    the first (people change their minds before pressing on)."""
    if closeness not in CLOSENESS_RANGE:
        raise ValueError(f"closeness is 1 to 7, not {closeness}")
    moment = CheckInMoment(moment)
    conversation = get_existing(session, ConversationRecord, conversation_id)
    pair = get_existing(session, Pair, conversation.pair_id)
    if person_id not in (pair.owner_id, pair.partner_id):
        raise ValueError(f"person {person_id} is not in this conversation")
    check_in = session.exec(
        select(CheckIn).where(
            CheckIn.conversation_id == conversation_id,
            CheckIn.person_id == person_id,
            CheckIn.moment == moment.value,
        )
    ).first()
    if check_in is None:
        check_in = CheckIn(conversation_id=conversation_id, person_id=person_id, moment=moment)
    check_in.closeness = closeness
    check_in.recorded_at = timestamp(at)
    session.add(check_in)
    session.flush()
    return check_in


def check_ins_for_conversation(*, session: Session, conversation_id: int) -> list[CheckIn]:
    """A conversation's check-ins, those before it first."""
    statement = (
        select(CheckIn)
        .where(CheckIn.conversation_id == conversation_id)
        .order_by(CheckIn.moment.desc(), CheckIn.person_id)
    )
    return list(session.exec(statement))
