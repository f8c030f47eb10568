"""Home: the pairs with their last conversation and open follow-ups, and the newest
unfinished conversation, offered to continue (or to close, keeping every note)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from belonging.application.resume import ResumeOffer, newest_offer
from belonging.application.rows import PairRow
from belonging.application.workspace import Workspace
from belonging.storage.repositories import PairOverview, list_pairs_with_last_conversation
from belonging.storage.repositories.unfinished import let_go_of_unfinished


@dataclass(frozen=True)
class HomeState:
    """What Home shows: every pair, most recently met first, and the conversation that
    could be continued (None when there is none)."""

    pairs: tuple[PairRow, ...]
    offer: ResumeOffer | None


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
        relationship=overview.pair.relationship,
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
    return HomeState(tuple(rows), offer)


def close_unfinished(workspace: Workspace, conversation_id: int) -> None:
    """Closes a conversation that cannot go on, keeping every note of it."""
    with workspace.session() as session:
        let_go_of_unfinished(session=session, conversation_id=conversation_id)
