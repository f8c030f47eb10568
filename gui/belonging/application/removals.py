"""Deleting a conversation, a pair or a person, with a few seconds in which to undo it.

A deletion is done at once, in one transaction: from then on nothing reads it, searches it
or exports it. What it took is handed back as a `Removal`, which only the screen that
offers Undo holds, in memory: `undo_removal` puts every row back as it was. When the moment
to undo has passed the screen lets go of it and calls `settle_removals`, which empties the
write-ahead log, so the deleted words are left in no file (freed pages are overwritten:
`secure_delete` is on, and the search index was merged at the deletion). Backups made
before keep their copy until they age out (`storage.files.backups`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from belonging.application.workspace import Workspace
from belonging.storage.repositories import (
    Removed,
    remove_conversation,
    remove_pair,
    remove_person,
    restore_removed,
    scrub_after_removal,
)


@dataclass(frozen=True)
class Removal:
    """One deletion, as a screen says it (how many conversations and notes went, and how
    many people's names) and can undo it. `rows` is opaque: only `undo_removal` reads it."""

    conversations: int
    notes: int
    follow_ups: int
    people: int
    rows: Removed = field(repr=False, compare=False)


def _removal(removed: Removed) -> Removal:
    counts = removed.counts
    return Removal(
        conversations=counts.get("conversation", 0),
        notes=counts.get("note", 0),
        follow_ups=counts.get("follow_up", 0),
        people=counts.get("person", 0),
        rows=removed,
    )


def delete_conversation(workspace: Workspace, conversation_id: int) -> Removal:
    """Deletes one conversation: its notes (shared and private), prompts, follow-ups and
    check-ins. NotFoundError if it is already gone."""
    with workspace.session() as session:
        removed = remove_conversation(session=session, conversation_id=conversation_id)
        scrub_after_removal(session=session)
    return _removal(removed)


def delete_pair(workspace: Workspace, pair_id: int) -> Removal:
    """Deletes a pair with every conversation of it, and the names of whoever it leaves in
    no pair."""
    with workspace.session() as session:
        removed = remove_pair(session=session, pair_id=pair_id)
        scrub_after_removal(session=session)
    return _removal(removed)


def delete_person(workspace: Workspace, person_id: int) -> Removal:
    """Deletes a person, every pair they are in with its conversations, and the names of
    whoever that leaves in no pair."""
    with workspace.session() as session:
        removed = remove_person(session=session, person_id=person_id)
        scrub_after_removal(session=session)
    return _removal(removed)


def undo_removal(workspace: Workspace, removal: Removal) -> None:
    """Puts back everything `removal` took, as it was."""
    with workspace.session() as session:
        restore_removed(session=session, removed=removal.rows)


def settle_removals(workspace: Workspace) -> bool:
    """The moment to undo has passed: empties the write-ahead log into the database file,
    whose freed pages are overwritten, so no file holds the deleted words. False when a
    reader kept it from finishing (the log is emptied at the next quiet moment or close)."""
    with workspace.db.connect() as connection:
        busy, _log, _done = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    return not busy
