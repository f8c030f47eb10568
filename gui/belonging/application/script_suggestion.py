"""Which script set-up suggests for a pair, and what it leaves out, from what the pair has
done: a conversation they have not had yet, never a first one-on-one for a pair that has
talked before, and the prompts they parked recently with any script.

The rule (`suggest_script`): a pair that has never talked is suggested the script made for
beginnings that fits their kind of one-on-one. A pair that has talked is suggested, in the
library's order, the first script that fits their kind of one-on-one and that they have not
done yet, leaving aside scripts for beginnings and scripts for a particular moment (a
setback, a reorganisation, coming back, a crossroads, the end of a mentorship: chosen when
that moment comes, never suggested). When they have done them all, the one done longest ago.
The scripts for beginnings are not offered at all to a pair that has talked.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import text
from sqlmodel import Session

from belonging.application.carry_forward import (
    RECENT_CONVERSATIONS,
    offered_parked,
    recent_conversation_ids,
)
from belonging.application.continuity_rows import ParkedItem
from belonging.application.home import load_pair_rows
from belonging.application.rows import PairRow
from belonging.application.workspace import Workspace
from belonging.core.scripts.library import ScriptLibrary
from belonging.core.scripts.model import Script
from belonging.storage.models import Relationship
from belonging.storage.repositories import get_pair
from belonging.storage.repositories.timeline import parked_prompts

#: Built-in scripts for a pair's first conversation, by the kind of one-on-one they suit.
BEGINNINGS = {
    Relationship.MANAGER_REPORT.value: "first-one-on-one",
    Relationship.MENTOR_MENTEE.value: "mentor-mentee-beginnings",
}
#: Built-in scripts for a particular moment: offered, never suggested.
FOR_A_MOMENT = frozenset(
    {
        "after-a-reorganisation",
        "after-a-setback",
        "career-crossroads",
        "coming-back",
        "ending-a-mentorship",
        "first-weeks",
    }
)
#: How many recently parked prompts set-up shows for a pair.
PARKED_SHOWN = 5
_AUDIENCE_WORDS = {
    Relationship.MANAGER_REPORT.value: ("manager", "report", "anyone"),
    Relationship.MENTOR_MENTEE.value: ("mentor", "mentee", "anyone"),
}


@dataclass(frozen=True)
class ScriptDone:
    """How often a pair has had conversations with one script, and the last day."""

    times: int
    last_on: date


@dataclass(frozen=True)
class PairHistory:
    """What set-up knows of one pair: the scripts it has done (by id) and the prompts it
    parked recently with any script, newest first."""

    done: Mapping[str, ScriptDone] = field(default_factory=dict)
    parked: tuple[ParkedItem, ...] = ()

    @property
    def talked(self) -> bool:
        """Whether the pair has had a conversation before."""
        return bool(self.done)


@dataclass(frozen=True)
class SetupState:
    """The pairs to choose from, and each one's history by pair id."""

    pairs: tuple[PairRow, ...]
    histories: Mapping[Hashable, PairHistory]


def fits(script: Script, relationship: str) -> bool:
    """Whether a script's audience suits this kind of one-on-one (any does, when either
    says nothing)."""
    words = _AUDIENCE_WORDS.get(relationship)
    audience = script.audience.casefold()
    return not words or not audience or any(word in audience for word in words)


def hidden_scripts(history: PairHistory | None) -> frozenset[str]:
    """The scripts set-up does not offer this pair: those for beginnings, once it talked."""
    return frozenset(BEGINNINGS.values()) if history is not None and history.talked else frozenset()


def suggest_script(
    scripts: Sequence[Script], history: PairHistory | None, relationship: str
) -> str | None:
    """The script to suggest (see the module docstring); None when there is none to say."""
    if history is None or not history.talked:
        beginning = BEGINNINGS.get(relationship)
        return beginning if any(s.id == beginning for s in scripts) else None
    eligible = [
        script
        for script in scripts
        if script.id not in BEGINNINGS.values()
        and script.id not in FOR_A_MOMENT
        and fits(script, relationship)
    ]
    fresh = [script for script in eligible if script.id not in history.done]
    if fresh:
        return fresh[0].id
    if not eligible:
        return None
    return min(eligible, key=lambda s: history.done[s.id].last_on).id


def _done_by_pair(session: Session) -> dict[int, dict[str, ScriptDone]]:
    rows = session.connection().execute(
        text(
            "SELECT pair_id, script_id, count(*), max(started_at) FROM conversation "
            "GROUP BY pair_id, script_id"
        )
    )
    done: dict[int, dict[str, ScriptDone]] = {}
    for pair_id, script_id, times, last in rows:
        # Raw SQL reads the stored naive UTC text, as `UtcDateTime` would.
        moment = datetime.fromisoformat(last) if isinstance(last, str) else last
        local_day = moment.replace(tzinfo=UTC).astimezone().date()
        done.setdefault(pair_id, {})[script_id] = ScriptDone(times, local_day)
    return done


def recent_parked(
    session: Session, pair_id: int, library: ScriptLibrary, now: datetime
) -> tuple[ParkedItem, ...]:
    """The prompts a pair parked recently with any script still in the library, still
    relevant to it (carry-forward's rule), newest first."""
    recent = recent_conversation_ids(session, pair_id, RECENT_CONVERSATIONS)
    off_limits = get_pair(session=session, pair_id=pair_id).off_limits_topics
    items = []
    for mark in parked_prompts(session=session, pair_id=pair_id):
        script = library.get(mark.script_id)
        if script is None:
            continue
        kept = offered_parked(
            [mark], script=script, recent_ids=recent, now=now, off_limits=off_limits
        )
        if kept:
            items.append(
                ParkedItem(
                    item_id=mark.mark_id,
                    text=mark.text or mark.prompt_id,
                    script_title=script.title,
                    parked_on=mark.parked_at.astimezone().date(),
                    script_id=script.id,
                )
            )
        if len(items) == PARKED_SHOWN:
            break
    return tuple(items)


def read_setup(workspace: Workspace) -> SetupState:
    """The pairs, and for each the scripts it has done and what it parked recently."""
    with workspace.session() as session:
        rows = load_pair_rows(session)
        done = _done_by_pair(session)
        now = workspace.clock.now()
        histories = {
            row.pair_id: PairHistory(
                done=done.get(int(row.pair_id), {}),  # type: ignore[call-overload]
                parked=recent_parked(session, int(row.pair_id), workspace.library, now),  # type: ignore[call-overload]
            )
            for row in rows
        }
    return SetupState(tuple(rows), histories)
