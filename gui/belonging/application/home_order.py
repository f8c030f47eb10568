"""Home for ten people: the pairs in the order chosen, found by a name, and the owner's name
said once. Plain functions over `PairRow`s, light enough for the first look at start (no
storage module loads here).
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime

from belonging.application.rows import PairRow


class PairOrder(enum.StrEnum):
    """How Home orders the pairs; the value is what the settings remember."""

    LAST_TALKED = "last_talked"
    NEXT_CONVERSATION = "next_conversation"
    OPEN_FOLLOW_UPS = "open_follow_ups"


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


def common_owner(rows: Iterable[PairRow]) -> str | None:
    """The owner's name when every pair has the same one (said once, above the pairs)."""
    names = {row.owner_name for row in rows}
    return names.pop() if len(names) == 1 else None
