"""What a start needs before the rest of the app has loaded: private files from the first
one on, the data folder's lock, and Home's pairs read at a first look
(`storage.opening.first_look`), at every start that can read them without writing; for
encrypted notes, once their key is known (`encrypted_first_home`, on the database thread).

Only the standard library and light modules load here: SQLAlchemy, SQLModel and the rest
of storage come later, on the database thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from belonging.application.continuity_rows import FollowUpItem
from belonging.application.rows import PairRow
from belonging.storage.files.file_modes import use_private_umask
from belonging.storage.opening.first_look import (
    FirstLook,
    PairGlance,
    first_look,
    first_look_encrypted,
)
from belonging.storage.opening.instance_lock import AlreadyRunningError, InstanceLock

__all__ = [
    "AlreadyRunningError",
    "FirstHome",
    "InstanceLock",
    "encrypted_first_home",
    "first_home",
    "glance_row",
    "use_private_umask",
]


def glance_row(glance: PairGlance) -> PairRow:
    """The row of one pair, equal to the one `home.pair_row` makes once storage is open (so
    Home does not change under the person's eyes when it is read again)."""
    last = glance.last_started_at
    return PairRow(
        pair_id=glance.pair_id,
        owner_name=glance.owner_name,
        partner_name=glance.partner_name,
        owner_role=glance.owner_role,
        partner_role=glance.partner_role,
        last_conversation_on=None if last is None else last.astimezone().date(),
        last_script_title=glance.last_script_title,
        open_follow_ups=glance.open_follow_ups,
        comfort_depth=glance.comfortable_depth,
        relationship=glance.relationship,
        next_conversation_at=glance.next_conversation_at,
        first_follow_up=None
        if glance.first_follow_up_id is None
        else FollowUpItem(
            item_id=glance.first_follow_up_id,
            text=glance.first_follow_up_text,
            owner_name=glance.first_follow_up_owner,
            due=glance.first_follow_up_due,
        ),
    )


@dataclass(frozen=True)
class FirstHome:
    """Home as the first look read it: the pairs' rows, and whether a conversation was left
    unfinished (the full opening offers to continue it)."""

    rows: list[PairRow]
    unfinished: bool


def first_home(data_dir: Path) -> FirstHome | None:
    """Home read at a first look, or None when this start must wait for the full opening
    (see `storage.opening.first_look` for when the look is taken)."""
    return _home(first_look(data_dir))


def encrypted_first_home(db_path: Path, key: object) -> FirstHome | None:
    """Home read at a first look at encrypted notes with their key (as the opening hands it
    to its `on_unlocked`), or None; on the database thread, before the check."""
    return _home(first_look_encrypted(db_path, key))


def _home(look: FirstLook | None) -> FirstHome | None:
    if look is None:
        return None
    return FirstHome([glance_row(glance) for glance in look.pairs], look.unfinished)
