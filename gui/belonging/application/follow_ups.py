"""Follow-ups where they come up: ticked done (or open again), changed, deleted with a way
back for a few seconds, each in a transaction of its own.

A deleted follow-up is gone from the database at once (secure_delete overwrites it); the
screen keeps a copy in memory for its Undo, which puts it back as it was, id and all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from belonging.application.rows import OWNER, PARTNER
from belonging.application.workspace import Workspace
from belonging.storage.models import FollowUp, Pair
from belonging.storage.repositories import (
    complete_follow_up,
    delete_follow_up,
    edit_follow_up,
    get_follow_up,
    get_pair,
    reopen_follow_up,
    restore_follow_up,
)


def owner_key(pair: Pair, person_id: int | None) -> str | None:
    """Whose a follow-up is, as the screens say it: OWNER, PARTNER, or None for both."""
    if person_id is None:
        return None
    return OWNER if person_id == pair.owner_id else PARTNER


def person_for(pair: Pair, key: str | None) -> int | None:
    """The person `owner_key` names (None: both of them)."""
    if key is None:
        return None
    return pair.owner_id if key == OWNER else pair.partner_id


def mark_done(workspace: Workspace, follow_up_id: int, done: bool) -> None:
    """Ticks a follow-up off, or opens it again."""
    with workspace.session() as session:
        if done:
            complete_follow_up(session=session, follow_up_id=follow_up_id)
        else:
            reopen_follow_up(session=session, follow_up_id=follow_up_id)


def change_follow_up(
    workspace: Workspace, follow_up_id: int, text: str, whose: str | None, due: date | None
) -> None:
    """Keeps new words, owner (OWNER, PARTNER or None: both) and due day for a follow-up."""
    with workspace.session() as session:
        follow_up = get_follow_up(session=session, follow_up_id=follow_up_id)
        pair = get_pair(session=session, pair_id=follow_up.pair_id)
        edit_follow_up(
            session=session,
            follow_up_id=follow_up_id,
            text=text,
            owner_id=person_for(pair, whose),
            due=due,
        )


@dataclass(frozen=True)
class DeletedFollowUp:
    """A follow-up just deleted, held in memory only so Undo can put it back; `text` is what
    the screen says was deleted."""

    text: str
    kept: FollowUp


def remove_follow_up(workspace: Workspace, follow_up_id: int) -> DeletedFollowUp:
    """Deletes a follow-up for good and hands back what Undo needs to put it back."""
    with workspace.session() as session:
        follow_up = get_follow_up(session=session, follow_up_id=follow_up_id)
        kept = FollowUp(**follow_up.model_dump())
        delete_follow_up(session=session, follow_up_id=follow_up_id)
    return DeletedFollowUp(kept.text, kept)


def undo_remove(workspace: Workspace, deleted: DeletedFollowUp) -> None:
    """Puts a deleted follow-up back as it was."""
    with workspace.session() as session:
        restore_follow_up(session=session, kept=FollowUp(**deleted.kept.model_dump()))
