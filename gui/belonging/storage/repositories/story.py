"""What a pair's page tells of each conversation on a page of its story: the shared notes
and the follow-ups of several conversations, read in one query each (a page of cards never
asks once per conversation).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from belonging.storage.models import FollowUp, Note, Visibility


def shared_notes_of(*, session: Session, conversation_ids: Sequence[int]) -> dict[int, list[Note]]:
    """Each conversation's shared notes with words in them, in the order they were begun,
    by conversation id. Private notes are never read here."""
    if not conversation_ids:
        return {}
    statement = (
        select(Note)
        .where(
            col(Note.conversation_id).in_(list(conversation_ids)),
            Note.visibility == Visibility.SHARED.value,
        )
        .order_by(Note.conversation_id, Note.created_at, Note.id)
    )
    found: dict[int, list[Note]] = {}
    for note in session.exec(statement):
        if note.text.strip():
            found.setdefault(note.conversation_id, []).append(note)
    return found


def follow_ups_of(
    *, session: Session, conversation_ids: Sequence[int]
) -> dict[int, list[FollowUp]]:
    """Each conversation's follow-ups, done or not, in the order made, by conversation id."""
    if not conversation_ids:
        return {}
    statement = (
        select(FollowUp)
        .where(col(FollowUp.conversation_id).in_(list(conversation_ids)))
        .order_by(FollowUp.created_at, FollowUp.id)
    )
    found: dict[int, list[FollowUp]] = {}
    for follow_up in session.exec(statement):
        found.setdefault(int(follow_up.conversation_id or 0), []).append(follow_up)
    return found
