"""Home: the pairs with their last conversation, open follow-ups (the most pressing one
first) and next conversation, and the newest unfinished conversation, offered to continue
(or to close, keeping every note). With ten people or more, Home is found by a name and put
in the order wanted: by the next conversation, the last one, or the follow-ups still open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from belonging.application.continuity_rows import FollowUpItem
from belonging.application.home_order import PairOrder, common_owner, name_matches, ordered
from belonging.application.resume import ResumeOffer, newest_offer
from belonging.application.rows import PairRow
from belonging.application.workspace import Workspace
from belonging.core.engine import Clock
from belonging.storage.models import FollowUp
from belonging.storage.repositories import PairOverview, list_pairs_with_last_conversation
from belonging.storage.repositories.unfinished import let_go_of_unfinished


@dataclass(frozen=True)
class HomeState:
    """What Home shows: every pair, most recently met first, the conversation that could be
    continued (None when there is none), and today's date (for "next: Thursday" and what
    is overdue)."""

    pairs: tuple[PairRow, ...]
    offer: ResumeOffer | None
    today: date | None = None


def local_today(clock: Clock) -> date:
    """Today on this computer, by the workspace's clock."""
    return clock.now().astimezone().date()


def first_follow_up_item(follow_up: FollowUp | None, owner_name: str | None) -> FollowUpItem | None:
    """A pair's most pressing open follow-up as Home shows it."""
    if follow_up is None:
        return None
    return FollowUpItem(
        item_id=follow_up.id, text=follow_up.text, owner_name=owner_name, due=follow_up.due
    )


def pair_row(overview: PairOverview) -> PairRow:
    """The plain row of one pair: names, roles, last conversation, follow-ups, comfort, the
    next conversation."""
    last = overview.last_conversation
    first = overview.first_follow_up
    names = {overview.owner.id: overview.owner.name, overview.partner.id: overview.partner.name}
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
        relationship=overview.pair.relationship,
        next_conversation_at=overview.pair.next_conversation_at,
        first_follow_up=first_follow_up_item(
            first, None if first is None or first.owner_id is None else names.get(first.owner_id)
        ),
    )


def load_pair_rows(session: Session) -> list[PairRow]:
    """Every pair, most recently met first."""
    return [pair_row(o) for o in list_pairs_with_last_conversation(session=session)]


def read_pairs(workspace: Workspace) -> list[PairRow]:
    """Every pair, most recently met first, in a session of its own."""
    with workspace.session() as session:
        return load_pair_rows(session)


def read_home(workspace: Workspace) -> HomeState:
    """The pairs and the newest unfinished conversation, rebuilt if it can go on."""
    with workspace.session() as session:
        rows = load_pair_rows(session)
        offer = newest_offer(session, workspace.library, workspace.clock)
    return HomeState(tuple(rows), offer, local_today(workspace.clock))


def close_unfinished(workspace: Workspace, conversation_id: int) -> None:
    """Closes a conversation that cannot go on, keeping every note of it."""
    with workspace.session() as session:
        let_go_of_unfinished(session=session, conversation_id=conversation_id)


__all__ = [
    "HomeState",
    "PairOrder",
    "close_unfinished",
    "common_owner",
    "local_today",
    "name_matches",
    "ordered",
    "read_home",
    "read_pairs",
]
