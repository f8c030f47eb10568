"""What a conversation's notes are about, as keys: one shared note per prompt, one on the
whole conversation, the owner's private note, and the wrap-up summary."""

from __future__ import annotations

from dataclasses import dataclass

from belonging.core.engine.snapshots import SUMMARY_PROMPT_ID
from belonging.storage.models import Note, Visibility

NoteKey = tuple[str, ...]

CONVERSATION_NOTE: NoteKey = ("conversation",)
PRIVATE_NOTE: NoteKey = ("private",)
SUMMARY_NOTE: NoteKey = ("summary",)


def prompt_note(prompt_id: str) -> NoteKey:
    """The key of the shared note on one prompt (as shown: a lighter one has its own)."""
    return ("prompt", prompt_id)


@dataclass(frozen=True)
class NotePlace:
    """Where a note is kept: on which prompt (None: the whole conversation), seen by whom."""

    prompt_id: str | None
    visibility: Visibility


def place_of(key: NoteKey) -> NotePlace:
    """Where the note with this key is kept."""
    if key == PRIVATE_NOTE:
        return NotePlace(None, Visibility.PRIVATE)
    if key == SUMMARY_NOTE:
        return NotePlace(SUMMARY_PROMPT_ID, Visibility.SHARED)
    if key == CONVERSATION_NOTE:
        return NotePlace(None, Visibility.SHARED)
    return NotePlace(key[1], Visibility.SHARED)


def key_of(note: Note) -> NoteKey:
    """The key of a stored note."""
    if note.visibility == Visibility.PRIVATE.value:
        return PRIVATE_NOTE
    if note.prompt_id is None:
        return CONVERSATION_NOTE
    if note.prompt_id == SUMMARY_PROMPT_ID:
        return SUMMARY_NOTE
    return prompt_note(note.prompt_id)
