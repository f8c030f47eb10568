"""The pairs as Home and Set-up list them, read from storage in one go."""

from __future__ import annotations

from belonging.storage.repositories import PairOverview, list_pairs_with_last_conversation
from belonging.ui.views.rows import PairRow


def pair_row(overview: PairOverview) -> PairRow:
    """The plain row of one pair: names, roles, last conversation, follow-ups, comfort."""
    last = overview.last_conversation
    return PairRow(
        pair_id=overview.pair.id,
        owner_name=overview.owner.name,
        partner_name=overview.partner.name,
        owner_role=overview.owner.role,
        partner_role=overview.partner.role,
        last_conversation_on=None if last is None else last.started_at.astimezone().date(),
        last_script_title="" if last is None else last.script_title,
        open_follow_ups=overview.open_follow_ups,
        comfort_depth=overview.pair.comfortable_depth,
    )


def load_pair_rows(session) -> list[PairRow]:
    """Every pair, most recently met first (runs on the writer thread)."""
    return [pair_row(o) for o in list_pairs_with_last_conversation(session=session)]
