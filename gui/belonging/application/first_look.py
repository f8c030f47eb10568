"""What a start needs before the rest of the app has loaded: private files from the first
one on, the data folder's lock, and Home's pairs read at a first look
(`storage.opening.first_look`), when that look is safe.

Only the standard library and light modules load here: SQLAlchemy, SQLModel and the rest
of storage come later, on the database thread.
"""

from __future__ import annotations

from pathlib import Path

from belonging.application.continuity_rows import FollowUpItem
from belonging.application.rows import PairRow
from belonging.storage.files.file_modes import use_private_umask
from belonging.storage.opening.first_look import PairGlance, first_look
from belonging.storage.opening.instance_lock import AlreadyRunningError, InstanceLock

__all__ = [
    "AlreadyRunningError",
    "InstanceLock",
    "first_home_rows",
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


def first_home_rows(data_dir: Path) -> list[PairRow] | None:
    """Home's pairs read at a first look, or None when this start must wait for the full
    opening (see `storage.opening.first_look` for when the look is taken)."""
    glances = first_look(data_dir)
    return None if glances is None else [glance_row(glance) for glance in glances]
