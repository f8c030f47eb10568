"""What last time leaves for the next conversation: parked prompts of its script that are
recent and still relevant, the pair's open follow-ups, and their talking points — each taken
up, kept for later or let go (a follow-up can also be ticked done right there).

Parked prompts taken up go into the engine's `taken_up_prompt_ids` (offered first at their
level), so the conversation is made again from its setup with them; ones let go have their
mark lifted; follow-ups let go are closed; talking points let go are no longer carried, and
those taken up are marked used when the conversation is finished.

Which parked prompts are offered (`offered_parked`): those parked in one of the pair's last
`RECENT_CONVERSATIONS` conversations or in the last `RECENT_DAYS` days, whose prompt the
script still has and whose topics are not off limits for the pair now. Older ones stay on
the pair's page, where they can be let go; they are not pushed at every set-up.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import text
from sqlmodel import Session

from belonging.application.continuity_rows import CarryChoice, CarryItem, CarryKind
from belonging.application.live_conversation import LiveConversation
from belonging.application.pair_page import follow_up_item
from belonging.application.runner import Runner
from belonging.application.talking_points import read_talking_points
from belonging.application.workspace import Workspace
from belonging.core.engine import Conversation
from belonging.core.scripts.model import Script
from belonging.storage.repositories import (
    complete_follow_up,
    get_pair,
    let_go_of_talking_point,
    resolve_mark,
)
from belonging.storage.repositories.timeline import (
    ParkedPrompt,
    open_follow_ups_with_origin,
    parked_prompts,
)

#: A prompt parked in one of the pair's last few conversations is still "last time".
RECENT_CONVERSATIONS = 3
#: ... and so is one parked in the last eight weeks, however often the pair met since.
RECENT_DAYS = 56


@dataclass(frozen=True)
class CarryForward:
    """What last time leaves for this conversation: parked prompts of its script (`prompt_ids`
    maps each mark id to its prompt), the open follow-ups and the talking points. Items are
    keyed by (kind, row id), since rows of different kinds may have the same id.
    `all_from_last_time` says whether every parked prompt comes from the pair's last
    conversation."""

    parked: tuple[CarryItem, ...]
    follow_ups: tuple[CarryItem, ...]
    prompt_ids: dict[int, str]
    talking_points: tuple[CarryItem, ...] = ()
    all_from_last_time: bool = True

    @property
    def empty(self) -> bool:
        """Whether there is nothing to offer."""
        return not self.parked and not self.follow_ups and not self.talking_points


def recent_conversation_ids(session: Session, pair_id: int, count: int) -> list[int]:
    """The pair's last `count` conversations, newest first."""
    rows = session.connection().execute(
        text(
            "SELECT id FROM conversation WHERE pair_id = :pair_id "
            "ORDER BY started_at DESC, id DESC LIMIT :count"
        ),
        {"pair_id": pair_id, "count": count},
    )
    return [row[0] for row in rows]


def offered_parked(
    marks: Iterable[ParkedPrompt],
    *,
    script: Script | None,
    recent_ids: Iterable[int],
    now: datetime,
    off_limits: Iterable[str] = (),
) -> list[ParkedPrompt]:
    """The parked prompts worth offering at set-up (see the module docstring)."""
    recent = set(recent_ids)
    since = now - timedelta(days=RECENT_DAYS)
    avoided = {topic.casefold() for topic in off_limits}
    offered = []
    for mark in marks:
        if mark.conversation_id not in recent and mark.parked_at < since:
            continue
        if script is not None:
            found = script.find_prompt(mark.prompt_id)
            if found is None:
                continue
            if avoided & {topic.casefold() for topic in found[1].topics}:
                continue
        offered.append(mark)
    return offered


def read_carry_forward(
    session: Session,
    pair_id: int,
    script_id: str,
    *,
    script: Script | None = None,
    now: datetime | None = None,
) -> CarryForward:
    """The recent, relevant parked prompts of `script_id`, the pair's open follow-ups and
    its talking points (`now` and `script` decide what is recent and relevant; without
    `now` every parked prompt of the script is offered)."""
    marks = parked_prompts(session=session, pair_id=pair_id, script_id=script_id)
    recent_ids = recent_conversation_ids(session, pair_id, RECENT_CONVERSATIONS)
    if now is not None:
        pair = get_pair(session=session, pair_id=pair_id)
        marks = offered_parked(
            marks,
            script=script,
            recent_ids=recent_ids,
            now=now,
            off_limits=pair.off_limits_topics,
        )
    parked = tuple(
        CarryItem(
            item_id=(CarryKind.PARKED, mark.mark_id),
            kind=CarryKind.PARKED,
            text=mark.text or mark.prompt_id,
            parked_on=mark.parked_at.astimezone().date(),
        )
        for mark in marks
    )
    follow_ups = tuple(
        CarryItem(
            item_id=(CarryKind.FOLLOW_UP, row.item_id),
            kind=CarryKind.FOLLOW_UP,
            text=row.text,
            owner_name=row.owner_name,
            due=row.due,
        )
        for row in (
            follow_up_item(item)
            for item in open_follow_ups_with_origin(session=session, pair_id=pair_id)
        )
    )
    points = tuple(
        CarryItem(
            item_id=(CarryKind.TALKING_POINT, point.item_id),
            kind=CarryKind.TALKING_POINT,
            text=point.text,
            owner_name=point.raised_by_name,
        )
        for point in read_talking_points(session, pair_id)
    )
    last = recent_ids[0] if recent_ids else None
    return CarryForward(
        parked=parked,
        follow_ups=follow_ups,
        prompt_ids={mark.mark_id: mark.prompt_id.removesuffix("~lighter") for mark in marks},
        talking_points=points,
        all_from_last_time=all(mark.conversation_id == last for mark in marks),
    )


def read_leftovers(workspace: Workspace, live: LiveConversation) -> CarryForward:
    """What last time left for the pair of `live`, with its script."""
    with workspace.session() as session:
        return read_carry_forward(
            session,
            live.pairing.pair_id,
            live.script.id,
            script=live.script,
            now=workspace.clock.now(),
        )


def apply_carry_choices(
    session: Session,
    parked_choices: Mapping[Hashable, CarryChoice],
    follow_up_choices: Mapping[Hashable, CarryChoice],
    talking_point_choices: Mapping[Hashable, CarryChoice] | None = None,
) -> None:
    """What the pair chose for last time's leftovers: a parked prompt let go has its mark
    lifted; a follow-up let go is closed; a talking point let go is no longer carried.
    Taken-up parked prompts keep their mark until they are shown (the wrap-up lifts it), so
    one the pair never reached is offered again; taken-up talking points are used when the
    conversation is finished."""
    for mark_id, choice in parked_choices.items():
        if choice is CarryChoice.LET_GO:
            resolve_mark(session=session, mark_id=int(mark_id))  # type: ignore[call-overload]
    for follow_up_id, choice in follow_up_choices.items():
        if choice is CarryChoice.LET_GO:
            complete_follow_up(session=session, follow_up_id=int(follow_up_id))  # type: ignore[call-overload]
    for point_id, choice in (talking_point_choices or {}).items():
        if choice is CarryChoice.LET_GO:
            let_go_of_talking_point(session=session, talking_point_id=int(point_id))  # type: ignore[call-overload]


@dataclass(frozen=True)
class TakenUp:
    """The follow-ups and talking points taken up into a conversation, as offered."""

    follow_ups: tuple[CarryItem, ...] = ()
    talking_points: tuple[CarryItem, ...] = ()

    @property
    def texts(self) -> tuple[str, ...]:
        """Their words, follow-ups first, as the conversation page keeps them in view."""
        return tuple(item.text for item in (*self.follow_ups, *self.talking_points))

    @property
    def talking_point_ids(self) -> tuple[int, ...]:
        """The talking points' row ids."""
        return tuple(int(item.item_id[1]) for item in self.talking_points)  # type: ignore[index]


@dataclass(frozen=True)
class CarriedForward:
    """The pair's choices applied: the conversation to hold (made again when prompts were
    taken up) and what was taken up into it."""

    live: LiveConversation
    taken_up: TakenUp


def carry_forward(
    workspace: Workspace,
    live: LiveConversation,
    offered: CarryForward,
    choices: Mapping[tuple[CarryKind, int], CarryChoice],
    runner: Runner,
) -> CarriedForward:
    """Keeps the pair's choices (on the database thread) and returns what follows."""

    def of_kind(kind: CarryKind) -> dict[int, CarryChoice]:
        return {key[1]: value for key, value in choices.items() if key[0] is kind}

    parked = of_kind(CarryKind.PARKED)
    with workspace.session() as session:
        apply_carry_choices(
            session,
            parked,
            of_kind(CarryKind.FOLLOW_UP),
            of_kind(CarryKind.TALKING_POINT),
        )
    taken = TakenUp(
        follow_ups=tuple(
            item
            for item in offered.follow_ups
            if choices.get(item.item_id) is CarryChoice.TAKE_UP  # type: ignore[arg-type]
        ),
        talking_points=tuple(
            item
            for item in offered.talking_points
            if choices.get(item.item_id) is CarryChoice.TAKE_UP  # type: ignore[arg-type]
        ),
    )
    taken_prompts = tuple(
        offered.prompt_ids[mark_id]
        for mark_id, value in parked.items()
        if value is CarryChoice.TAKE_UP
    )
    if not taken_prompts:
        return CarriedForward(live, taken)
    setup = live.engine.setup
    wanted = tuple(dict.fromkeys((*setup.taken_up_prompt_ids, *taken_prompts)))
    # Taken up again, they are no longer "already had": offer them first.
    had = tuple(p for p in setup.already_had_prompt_ids if p not in wanted)
    setup = replace(setup, taken_up_prompt_ids=wanted, already_had_prompt_ids=had)
    engine = Conversation(live.script, setup, workspace.clock, live.engine.lenders)
    return CarriedForward(
        LiveConversation(engine, live.pairing, runner, lambda: workspace.db), taken
    )
