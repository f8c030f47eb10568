"""The plain values screens take and give: no storage object crosses into a screen.

Controllers build these from the domain and read them back from the views' signals. Ids are
whatever the controller uses (`Hashable`): a view only hands them back, never reads them.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from belonging.application.continuity_rows import FollowUpItem
from belonging.core.participant import Participant

__all__ = [
    "OWNER",
    "PARTNER",
    "FollowUpDraft",
    "NoteLine",
    "PairRow",
    "Participant",
    "ScriptRow",
    "SetupChoices",
    "WrapUpResult",
]

#: The keys setup uses for the two people; controllers map them to their own.
OWNER = "owner"
PARTNER = "partner"


@dataclass(frozen=True)
class PairRow:
    """A pair as Home and Set-up list it. `comfort_depth` is the deepest level it was happy
    at; `last_conversation_on` and `last_script_title` describe its last conversation;
    `first_follow_up` is the most pressing of its `open_follow_ups` (soonest due), and
    `next_conversation_at` when the two plan to talk next (None: not planned)."""

    pair_id: Hashable
    owner_name: str
    partner_name: str
    owner_role: str = ""
    partner_role: str = ""
    last_conversation_on: date | None = None
    last_script_title: str = ""
    open_follow_ups: int = 0
    comfort_depth: int | None = None
    relationship: str = "other"
    next_conversation_at: datetime | None = None
    first_follow_up: FollowUpItem | None = None


@dataclass(frozen=True)
class ScriptRow:
    """A script as the library lists it: enough to choose one, not the prompts themselves."""

    script_id: str
    title: str
    summary: str = ""
    audience: str = ""
    minutes: int | None = None
    level_titles: tuple[str, ...] = ()
    prompt_count: int = 0
    builtin: bool = True


@dataclass(frozen=True)
class SetupChoices:
    """Everything Set-up asks for, as chosen.

    `pair_id` is None for two new people, whose names and roles are then in the fields.
    `relationship` is what kind of one-on-one it is ("manager_report", "mentor_mentee",
    "other"). `leader` is OWNER or PARTNER; with `leader_always_first` the leader answers
    first every time, otherwise the script and the relationship decide.
    """

    pair_id: Hashable | None
    owner_name: str
    owner_role: str
    partner_name: str
    partner_role: str
    script_id: str | None
    minutes: int
    start_depth: int
    leader: str = OWNER
    leader_always_first: bool = False
    relationship: str = "other"


@dataclass(frozen=True)
class NoteLine:
    """One line of the shared notes as the wrap-up reads it back.

    `context` says where it came from (the prompt's words, or "the whole conversation").
    """

    line_id: Hashable
    text: str
    context: str = ""
    struck: bool = False
    confidential: bool = False


@dataclass(frozen=True)
class FollowUpDraft:
    """A follow-up written at wrap-up: what, whose (a Participant key), and by when."""

    draft_id: Hashable
    text: str
    owner_key: str
    due: date | None = None


@dataclass(frozen=True)
class WrapUpResult:
    """What the wrap-up page holds when "Save and finish" is pressed."""

    struck_line_ids: frozenset[Hashable]
    confidential_line_ids: frozenset[Hashable]
    follow_ups: tuple[FollowUpDraft, ...]
    closeness: Mapping[str, int | None] = field(default_factory=dict)
    summary: str = ""
