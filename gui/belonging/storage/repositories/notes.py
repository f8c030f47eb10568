"""Notes taken during a conversation: shared or private, confidential or not, struck or kept.

A line struck at the read-back is deleted, not flagged: what either person asked not to keep
is not kept. The search index follows through its triggers and is then merged, so that the
struck words do not linger in the index either (the file overwrites freed pages:
`secure_delete` is on for every connection).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from belonging.storage.models import ConversationRecord, Note, Visibility
from belonging.storage.repositories.lookup import get_existing, timestamp


def add_note(
    *,
    session: Session,
    conversation_id: int,
    text: str,
    prompt_id: str | None = None,
    visibility: Visibility = Visibility.SHARED,
    confidential: bool = False,
    at: datetime | None = None,
) -> Note:
    """A new note on a prompt (or on the whole conversation when `prompt_id` is None)."""
    get_existing(session, ConversationRecord, conversation_id)
    when = timestamp(at)
    note = Note(
        conversation_id=conversation_id,
        prompt_id=prompt_id,
        visibility=Visibility(visibility).value,
        confidential=confidential,
        text=text,
        created_at=when,
        updated_at=when,
    )
    session.add(note)
    session.flush()
    return note


def update_note_text(
    *, session: Session, note_id: int, text: str, at: datetime | None = None
) -> Note | None:
    """Replace a note's text; returns None (and keeps nothing) if the note has been struck."""
    note = session.get(Note, note_id)
    if note is None:
        return None
    if note.text != text:
        note.text = text
        note.updated_at = timestamp(at)
        session.add(note)
        session.flush()
    return note


def correct_note(*, session: Session, note_id: int, text: str, at: datetime | None = None) -> Note:
    """A note corrected after its conversation, from its record: new text, marked edited
    now (unchanged text changes nothing). Raises NotFoundError for a note gone meanwhile."""
    note = get_existing(session, Note, note_id)
    if note.text != text:
        when = timestamp(at)
        note.text = text
        note.updated_at = note.edited_at = when
        session.add(note)
        session.flush()
    return note


def save_note(
    *,
    session: Session,
    note_id: int | None,
    conversation_id: int,
    text: str,
    prompt_id: str | None = None,
    visibility: Visibility = Visibility.SHARED,
    confidential: bool = False,
    at: datetime | None = None,
) -> Note | None:
    """Add the note (`note_id` None) or replace its text, as autosave does.

    `prompt_id`, `visibility` and `confidential` are used only when the note is created; an
    existing note changes them through `set_confidential`. Returns None when `note_id` names
    a note that has been struck meanwhile: its text is not brought back.
    """
    if note_id is None:
        return add_note(
            session=session,
            conversation_id=conversation_id,
            text=text,
            prompt_id=prompt_id,
            visibility=visibility,
            confidential=confidential,
            at=at,
        )
    note = update_note_text(session=session, note_id=note_id, text=text, at=at)
    if note is not None and note.conversation_id != conversation_id:
        raise ValueError(f"note {note_id} belongs to another conversation")
    return note


def get_note(*, session: Session, note_id: int) -> Note:
    """The note with this id; raises NotFoundError (also for a struck note)."""
    return get_existing(session, Note, note_id)


def notes_for_conversation(
    *, session: Session, conversation_id: int, include_private: bool
) -> list[Note]:
    """A conversation's notes in the order they were taken.

    Pass `include_private=False` whenever the screen is shared or paused: private notes are
    the owner's own and must never reach a shared screen.
    """
    statement = select(Note).where(Note.conversation_id == conversation_id)
    if not include_private:
        statement = statement.where(Note.visibility == Visibility.SHARED.value)
    return list(session.exec(statement.order_by(Note.created_at, Note.id)))


def set_confidential(*, session: Session, note_id: int, confidential: bool) -> Note:
    """Mark a note confidential (left out of exports unless asked for by name), or unmark it."""
    note = get_existing(session, Note, note_id)
    note.confidential = confidential
    session.add(note)
    session.flush()
    return note


def strike_note(*, session: Session, note_id: int) -> bool:
    """Delete a note struck at read-back; False if it was already gone.

    Any autosave still holding text for it must be told (`NoteAutosaver.discard`); a late
    autosave of a struck note is dropped rather than bringing it back.
    """
    note = session.get(Note, note_id)
    if note is None:
        return False
    session.delete(note)
    session.flush()
    # Merging the index drops the struck words from it, not just their visibility.
    session.connection().exec_driver_sql("INSERT INTO note_fts(note_fts) VALUES ('optimize')")
    return True
