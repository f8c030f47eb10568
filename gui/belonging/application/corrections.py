"""Correcting what was written: a note of a past conversation edited, a pair put away (off
Home and set-up, kept whole) and brought back, and the pairs put away listed."""

from __future__ import annotations

from belonging.application.continuity_rows import HistoryNote
from belonging.application.home import pair_row
from belonging.application.rows import PairRow
from belonging.application.workspace import Workspace
from belonging.storage.models import Visibility
from belonging.storage.repositories import (
    correct_note,
    list_pairs_with_last_conversation,
    set_archived,
)


def edit_past_note(workspace: Workspace, note_id: int, text: str) -> HistoryNote:
    """Keeps a note's corrected text (shared or private), marked edited now; returns the
    note as its record shows it. NotFoundError if it is gone meanwhile."""
    with workspace.session() as session:
        note = correct_note(session=session, note_id=note_id, text=text)
        return HistoryNote(
            note_id=note.id,
            text=note.text,
            private=note.visibility == Visibility.PRIVATE.value,
            confidential=note.confidential,
            edited_at=note.edited_at,
        )


def archive_pair(workspace: Workspace, pair_id: int, archived: bool = True) -> None:
    """Puts a pair away (it leaves Home and set-up, everything of it kept) or, with
    `archived` False, brings it back."""
    with workspace.session() as session:
        set_archived(session=session, pair_id=pair_id, archived=archived)


def read_archived_pairs(workspace: Workspace) -> list[PairRow]:
    """The pairs put away, most recently met first."""
    with workspace.session() as session:
        return [
            pair_row(overview)
            for overview in list_pairs_with_last_conversation(session=session, archived=True)
        ]
