"""Talking points: what either of a pair wants to bring up next time, added at any time on
their page, offered at the next set-up, and carried until used in a conversation or let go.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session

from belonging.application.continuity_rows import TalkingPointItem
from belonging.application.follow_ups import owner_key, person_for
from belonging.application.workspace import Workspace
from belonging.storage.models import Pair, TalkingPoint
from belonging.storage.repositories import (
    add_talking_point,
    get_pair,
    get_person,
    let_go_of_talking_point,
    open_talking_points,
    reopen_talking_point,
    use_talking_point,
)


def talking_point_item(point: TalkingPoint, pair: Pair, names: dict[int, str]) -> TalkingPointItem:
    """A talking point as the pages list it."""
    raised_by = point.raised_by_id
    return TalkingPointItem(
        item_id=int(point.id or 0),
        text=point.text,
        raised_by_name=None if raised_by is None else names.get(raised_by),
        raised_by_key=owner_key(pair, raised_by),
        added_on=point.created_at.astimezone().date(),
    )


def read_talking_points(session: Session, pair_id: int) -> tuple[TalkingPointItem, ...]:
    """The pair's talking points still to bring up, in the order they were added."""
    pair = get_pair(session=session, pair_id=pair_id)
    names = {
        person_id: get_person(session=session, person_id=person_id).name
        for person_id in (pair.owner_id, pair.partner_id)
    }
    return tuple(
        talking_point_item(point, pair, names)
        for point in open_talking_points(session=session, pair_id=pair_id)
    )


def add_point(workspace: Workspace, pair_id: int, text: str, whose: str | None) -> int:
    """Adds something to bring up next time, whose (OWNER, PARTNER or None: both's); its id."""
    with workspace.session() as session:
        pair = get_pair(session=session, pair_id=pair_id)
        point = add_talking_point(
            session=session, pair_id=pair_id, text=text, raised_by_id=person_for(pair, whose)
        )
        return int(point.id or 0)


def let_go(workspace: Workspace, talking_point_id: int) -> None:
    """Stops carrying a talking point."""
    with workspace.session() as session:
        let_go_of_talking_point(session=session, talking_point_id=talking_point_id)


def carry_again(workspace: Workspace, talking_point_id: int) -> None:
    """Carries a talking point let go moments ago again (Undo)."""
    with workspace.session() as session:
        reopen_talking_point(session=session, talking_point_id=talking_point_id)


def mark_used(session: Session, talking_point_ids: Iterable[int], conversation_id: int) -> None:
    """The talking points taken up into a conversation, used now that it is finished."""
    for talking_point_id in talking_point_ids:
        use_talking_point(
            session=session, talking_point_id=talking_point_id, conversation_id=conversation_id
        )
