"""Home's rows from the first look at the data, as `pair_rows` makes them from storage."""

from __future__ import annotations

from belonging.storage.first_look import PairGlance
from belonging.ui.views.rows import PairRow


def glance_row(glance: PairGlance) -> PairRow:
    """The row of one pair, equal to the one `pair_rows.pair_row` makes once storage is open
    (so Home does not change under the person's eyes when it is read again)."""
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
    )
