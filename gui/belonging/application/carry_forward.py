"""What last time leaves for the next conversation: parked prompts of its script and the
pair's open follow-ups, each taken up, kept for later or let go.

Parked prompts taken up go into the engine's `taken_up_prompt_ids` (offered first at their
level), so the conversation is made again from its setup with them; ones let go have their
mark lifted; follow-ups let go are closed.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, replace

from sqlmodel import Session

from belonging.application.continuity_rows import CarryChoice, CarryItem, CarryKind
from belonging.application.live_conversation import LiveConversation
from belonging.application.pair_page import follow_up_item
from belonging.application.runner import Runner
from belonging.application.workspace import Workspace
from belonging.core.engine import Conversation
from belonging.storage.repositories import complete_follow_up, resolve_mark
from belonging.storage.repositories.timeline import open_follow_ups_with_origin, parked_prompts


@dataclass(frozen=True)
class CarryForward:
    """What last time leaves for this conversation: parked prompts of its script (`prompt_ids`
    maps each mark id to its prompt) and the open follow-ups. Items are keyed by (kind, row
    id), since a mark and a follow-up may have the same row id."""

    parked: tuple[CarryItem, ...]
    follow_ups: tuple[CarryItem, ...]
    prompt_ids: dict[int, str]

    @property
    def empty(self) -> bool:
        """Whether there is nothing to offer."""
        return not self.parked and not self.follow_ups


def read_carry_forward(session: Session, pair_id: int, script_id: str) -> CarryForward:
    """The parked prompts of `script_id` still in force and the pair's open follow-ups."""
    marks = parked_prompts(session=session, pair_id=pair_id, script_id=script_id)
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
    return CarryForward(
        parked=parked,
        follow_ups=follow_ups,
        prompt_ids={mark.mark_id: mark.prompt_id.removesuffix("~lighter") for mark in marks},
    )


def read_leftovers(workspace: Workspace, live: LiveConversation) -> CarryForward:
    """What last time left for the pair of `live`, with its script."""
    with workspace.session() as session:
        return read_carry_forward(session, live.pairing.pair_id, live.script.id)


def apply_carry_choices(
    session: Session,
    parked_choices: Mapping[Hashable, CarryChoice],
    follow_up_choices: Mapping[Hashable, CarryChoice],
) -> None:
    """What the pair chose for last time's leftovers: a parked prompt let go has its mark
    lifted; a follow-up let go is closed. Taken-up parked prompts keep their mark until
    they are shown (the wrap-up lifts it), so one the pair never reached is offered again."""
    for mark_id, choice in parked_choices.items():
        if choice is CarryChoice.LET_GO:
            resolve_mark(session=session, mark_id=int(mark_id))  # type: ignore[call-overload]
    for follow_up_id, choice in follow_up_choices.items():
        if choice is CarryChoice.LET_GO:
            complete_follow_up(session=session, follow_up_id=int(follow_up_id))  # type: ignore[call-overload]


@dataclass(frozen=True)
class CarriedForward:
    """The pair's choices applied: the conversation to hold (made again when prompts were
    taken up) and the texts of the follow-ups taken up into it."""

    live: LiveConversation
    follow_up_texts: tuple[str, ...]


def carry_forward(
    workspace: Workspace,
    live: LiveConversation,
    offered: CarryForward,
    choices: Mapping[tuple[CarryKind, int], CarryChoice],
    runner: Runner,
) -> CarriedForward:
    """Keeps the pair's choices (on the database thread) and returns what follows."""
    parked = {key[1]: value for key, value in choices.items() if key[0] is CarryKind.PARKED}
    follow_ups = {key[1]: value for key, value in choices.items() if key[0] is CarryKind.FOLLOW_UP}
    with workspace.session() as session:
        apply_carry_choices(session, parked, follow_ups)
    taken_prompts = tuple(
        offered.prompt_ids[mark_id]
        for mark_id, value in parked.items()
        if value is CarryChoice.TAKE_UP
    )
    texts = tuple(
        item.text
        for item in offered.follow_ups
        if choices.get(item.item_id) is CarryChoice.TAKE_UP  # type: ignore[arg-type]
    )
    if not taken_prompts:
        return CarriedForward(live, texts)
    setup = live.engine.setup
    wanted = tuple(dict.fromkeys((*setup.taken_up_prompt_ids, *taken_prompts)))
    # Taken up again, they are no longer "already had": offer them first.
    had = tuple(p for p in setup.already_had_prompt_ids if p not in wanted)
    setup = replace(setup, taken_up_prompt_ids=wanted, already_had_prompt_ids=had)
    engine = Conversation(live.script, setup, workspace.clock, live.engine.lenders)
    return CarriedForward(
        LiveConversation(engine, live.pairing, runner, lambda: workspace.db), texts
    )
