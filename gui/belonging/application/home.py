"""Home: the pairs with their last conversation, open follow-ups (the most pressing one
first) and next conversation, and the newest unfinished conversation, offered to continue
(or to close, keeping every note). With ten people or more, Home is found by a name and put
in the order wanted: by the next conversation, the last one, or the follow-ups still open."""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from belonging.application.continuity_rows import FollowUpItem
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


class PairOrder(enum.StrEnum):
    """How Home orders the pairs; the value is what the settings remember."""

    LAST_TALKED = "last_talked"
    NEXT_CONVERSATION = "next_conversation"
    OPEN_FOLLOW_UPS = "open_follow_ups"


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


def planned_next(row: PairRow, today: date) -> datetime | None:
    """When the pair plans to talk next, if that is today or later (a plan gone by is no
    plan)."""
    at = row.next_conversation_at
    if at is None or at.astimezone().date() < today:
        return None
    return at


def ordered(rows: Iterable[PairRow], order: PairOrder, today: date) -> list[PairRow]:
    """The pairs in `order`; ties, and pairs with nothing to sort by, keep the order given
    (most recently met first).

    Next conversation: the soonest planned first, then those with none planned. Open
    follow-ups: the most first, the one overdue longest first among equals."""
    rows = list(rows)
    if order is PairOrder.NEXT_CONVERSATION:
        far = datetime.max.replace(tzinfo=None)

        def soonest(row: PairRow) -> datetime:
            at = planned_next(row, today)
            return far if at is None else at.replace(tzinfo=None)

        return sorted(rows, key=soonest)
    if order is PairOrder.OPEN_FOLLOW_UPS:

        def pressing(row: PairRow) -> tuple[int, date]:
            first = row.first_follow_up
            due = first.due if first is not None and first.due is not None else date.max
            return (-row.open_follow_ups, due)

        return sorted(rows, key=pressing)
    return rows


def folded(text: str) -> str:
    """`text` lower-cased without accents, so "zoe" finds "Zoë"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_matches(row: PairRow, typed: str) -> bool:
    """Whether the other person's name answers what was typed: each typed word starts one of
    its words (accents and case aside). Nothing typed matches everyone."""
    words = folded(row.partner_name).split()
    return all(any(word.startswith(part) for word in words) for part in folded(typed).split())
