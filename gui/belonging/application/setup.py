"""Turning the set-up form into a `ConversationSetup`: the people, and the pair's history.

Runs on the database thread, in one transaction: two new people and their pair are made if the
form asks for them, and the pair's boundaries and history are read so the engine honours
them — off-limits topics, prompts already had, prompts the pair found too much, and the
depth they were comfortable at — and the library's general scripts lend their prompts for
when a depth runs out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session

from belonging.application.live_conversation import LiveConversation, Pairing
from belonging.application.rows import PARTNER, SetupChoices
from belonging.application.runner import Runner
from belonging.application.workspace import Workspace
from belonging.core.comfort import offer_for
from belonging.core.engine import (
    CLOSING_PROMPT_ID,
    Conversation,
    ConversationSetup,
    Participant,
)
from belonging.core.engine.conversation_setup import Lender
from belonging.core.engine.selection import LENT_SEPARATOR, lent_id
from belonging.core.scripts.model import Script
from belonging.storage.models import Pair, Person, Relationship
from belonging.storage.repositories import (
    add_person,
    conversations_for_pair,
    create_pair,
    get_pair,
    get_person,
    set_relationship,
    shown_prompts,
    withheld_prompt_ids,
)


@dataclass(frozen=True)
class PreparedSetup:
    """What the set-up produced: the pair as stored, and the engine's setup."""

    pairing: Pairing
    setup: ConversationSetup


def participant(person: Person) -> Participant:
    """The engine's view of a person: the row id as key, the name and role as shown."""
    return Participant(key=str(person.id), name=person.name, role=person.role)


def _pair_for(session: Session, choices: SetupChoices) -> tuple[Pair, Person, Person]:
    """The chosen pair (its kind of one-on-one as chosen now), or a new one made of two new
    people (the owner first)."""
    relationship = Relationship(choices.relationship)
    if choices.pair_id is not None:
        pair = get_pair(session=session, pair_id=int(choices.pair_id))
        if pair.relationship != relationship.value:
            pair = set_relationship(
                session=session, pair_id=int(pair.id or 0), relationship=relationship
            )
        owner = get_person(session=session, person_id=pair.owner_id)
        partner = get_person(session=session, person_id=pair.partner_id)
        return pair, owner, partner
    owner = add_person(session=session, name=choices.owner_name, role=choices.owner_role)
    partner = add_person(session=session, name=choices.partner_name, role=choices.partner_role)
    pair = create_pair(
        session=session,
        owner_id=int(owner.id or 0),
        partner_id=int(partner.id or 0),
        relationship=relationship,
    )
    return pair, owner, partner


def leader_first_from(relationship: str, level_count: int) -> int | None:
    """From which level the leader answers first where the script does not say: the deeper
    half, for a manager and their report (the leader takes the first risk); None otherwise."""
    if relationship != Relationship.MANAGER_REPORT.value or level_count < 2:
        return None
    return level_count - max(1, level_count // 2) + 1


def default_deepest(script: Script, relationship: str) -> int:
    """The deepest level today unless both people choose deeper: the script's ceiling for a
    manager and their report, else its last level."""
    count = len(script.levels)
    ceiling = script.manager_report_ceiling
    if relationship == Relationship.MANAGER_REPORT.value and ceiling is not None:
        return min(ceiling, count)
    return count


def already_had(session: Session, pair_id: int, script_id: str) -> tuple[str, ...]:
    """Prompts the pair was shown in earlier conversations, oldest first: this script's
    under their own ids (wherever they were shown, lent included), and other scripts' under
    the ids they would be lent under."""
    seen: dict[str, None] = {}
    own = lent_id(script_id, "")
    for conversation in reversed(conversations_for_pair(session=session, pair_id=pair_id)):
        for shown in shown_prompts(session=session, conversation_id=int(conversation.id or 0)):
            if shown.prompt_id == CLOSING_PROMPT_ID:
                continue
            if LENT_SEPARATOR in shown.prompt_id:
                lent = shown.prompt_id
            else:
                lent = lent_id(conversation.script_id, shown.prompt_id)
            seen.setdefault(lent.removeprefix(own) if lent.startswith(own) else lent)
    return tuple(seen)


def lenders_for(script: Script, relationship: str, library: Sequence[Script]) -> tuple[Lender, ...]:
    """The library's scripts that lend prompts to a conversation on `script`: the ones
    their authors wrote as general (`lend_prompts: yes`), taking turns the same way, each
    down to the level it would go to today with this kind of pair."""
    return tuple(
        Lender(other.id, other.sha256, default_deepest(other, relationship))
        for other in library
        if other.lend_prompts and other.id != script.id and other.turns == script.turns
    )


def prepare_setup(
    session: Session, choices: SetupChoices, script: Script, library: Sequence[Script] = ()
) -> PreparedSetup:
    """Makes the people and pair if needed and the setup the engine will run; `library`
    holds the scripts that may lend prompts."""
    pair, owner, partner = _pair_for(session, choices)
    pair_id = int(pair.id or 0)
    comfort = pair.comfortable_depth
    count = len(script.levels)
    offer = offer_for(comfort, count)
    deepest = default_deepest(script, pair.relationship)
    start = min(max(1, choices.start_depth), deepest)
    # Starting deeper than the comfort is the pair's choice; the ceiling then starts there.
    ceiling = None if offer.ceiling is None else max(offer.ceiling, start)
    leader = partner if choices.leader == PARTNER else owner
    setup = ConversationSetup(
        script_id=script.id,
        script_sha256=script.sha256,
        participants=(participant(owner), participant(partner)),
        leader_key=str(leader.id),
        planned_minutes=choices.minutes if choices.minutes > 0 else None,
        starting_depth=start,
        depth_ceiling=ceiling,
        off_limits_topics=tuple(pair.off_limits_topics),
        already_had_prompt_ids=already_had(session, pair_id, script.id),
        do_not_show_prompt_ids=tuple(
            sorted(withheld_prompt_ids(session=session, pair_id=pair_id, script_id=script.id))
        ),
        leader_always_first=choices.leader_always_first,
        today_cap=deepest,
        leader_first_from=leader_first_from(pair.relationship, count),
        lenders=lenders_for(script, pair.relationship, library),
    )
    pairing = Pairing(
        pair_id=pair_id,
        owner_id=int(owner.id or 0),
        partner_id=int(partner.id or 0),
        comfortable_depth=comfort,
        relationship=pair.relationship,
    )
    return PreparedSetup(pairing, setup)


def prepare(workspace: Workspace, choices: SetupChoices, script: Script) -> PreparedSetup:
    """`prepare_setup` in a transaction of its own (on the database thread)."""
    with workspace.session() as session:
        return prepare_setup(session, choices, script, workspace.library.scripts)


def new_conversation(
    workspace: Workspace, prepared: PreparedSetup, script: Script, runner: Runner
) -> LiveConversation:
    """The conversation the set-up describes, not started yet (EngineError if the setup
    does not fit the script)."""
    engine = Conversation(script, prepared.setup, workspace.clock, workspace.library.scripts)
    return LiveConversation(engine, prepared.pairing, runner, lambda: workspace.db)


def suggested_start(comfort: int | None, level_count: int) -> int:
    """Where set-up suggests starting: where the pair was last comfortable (level 1 for a
    new pair)."""
    if comfort is None:
        return 1
    return offer_for(comfort, max(1, level_count)).starting_depth
