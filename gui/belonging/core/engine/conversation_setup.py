"""Everything a conversation is made from, apart from the script and the clock.

A `ConversationSetup` is what storage keeps beside the events: replaying the events on the
same script with the same setup rebuilds the conversation exactly. It names the script by id
and sha256 rather than holding it, so a changed script file is noticed instead of replayed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from belonging.core.engine.states import EngineError
from belonging.core.participant import Participant
from belonging.core.scripts.model import Script

#: Bumped when the dictionary form changes, so older records can still be read.
SETUP_FORMAT_VERSION = 1


def _ids(values: Iterable[str]) -> tuple[str, ...]:
    """Ids in their first-seen order without repeats, so `from_dict` equals the original."""
    return tuple(dict.fromkeys(str(value) for value in values))


def _optional_int(value: Any) -> int | None:
    """A whole number read back from JSON, where None stays None."""
    return None if value is None else int(value)


@dataclass(frozen=True)
class Lender:
    """A script whose prompts the pair may be offered once they have talked through a depth
    ("More at this depth"): named by id and sha256 like the conversation's own script, and
    lent only down to `deepest` (its ceiling for a manager and their report; None: all)."""

    script_id: str
    sha256: str
    deepest: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        return {"script_id": self.script_id, "sha256": self.sha256, "deepest": self.deepest}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Lender:
        """The lender `to_dict` described."""
        return cls(str(data["script_id"]), str(data["sha256"]), _optional_int(data.get("deepest")))


def _topics(values: Iterable[str]) -> tuple[str, ...]:
    """Topic tags compared the way the parser writes them: trimmed and lowercase."""
    return tuple(dict.fromkeys(t for t in (str(v).strip().lower() for v in values) if t))


@dataclass(frozen=True)
class ConversationSetup:
    """Who talks, for how long, how deep, and what this pair's history rules in or out.

    - `participants`: exactly two, with different keys; `leader_key` names the one who leads
      (the manager or mentor). In one-way scripts the leader asks and the other answers.
    - `planned_minutes`: the chosen length; None uses the script's `minutes`.
    - `starting_depth`: the level to begin at (1 is the lightest).
    - `depth_ceiling`: the deepest level that may be shown without both saying they are ready
      again (the pair's comfort); None means no limit beyond consent. Never below the start.
    - `off_limits_topics`: prompts tagged with any of these are never shown.
    - `already_had_prompt_ids`: offered only when a level would otherwise run out.
    - `do_not_show_prompt_ids`: never offered (the pair asked not to see them again).
    - `taken_up_prompt_ids`: parked last time and chosen again; offered first at their level.
    - `leader_always_first`: the leader answers first every time instead of alternating.
    - `today_cap`: the deepest level today, whatever is agreed on the way (the lower of the
      two people's private choices, and a script's ceiling for a manager and their report);
      None: no limit. Never below the start.
    - `leader_first_from`: from this level on, the leader answers first wherever the script
      does not say who does (leaders go first on the deep ones); None: they alternate.
    - `lenders`: other scripts whose prompts of the same level may be offered once this
      depth has run out, if the pair chooses "More at this depth".
    """

    script_id: str
    script_sha256: str
    participants: tuple[Participant, Participant]
    leader_key: str
    planned_minutes: int | None = None
    starting_depth: int = 1
    depth_ceiling: int | None = None
    off_limits_topics: tuple[str, ...] = ()
    already_had_prompt_ids: tuple[str, ...] = ()
    do_not_show_prompt_ids: tuple[str, ...] = ()
    taken_up_prompt_ids: tuple[str, ...] = ()
    leader_always_first: bool = False
    today_cap: int | None = None
    leader_first_from: int | None = None
    lenders: tuple[Lender, ...] = ()

    def __post_init__(self) -> None:
        # Normalise lists given as any iterable, so equality after a JSON round trip holds.
        object.__setattr__(self, "participants", tuple(self.participants))
        object.__setattr__(self, "lenders", tuple(self.lenders))
        object.__setattr__(self, "off_limits_topics", _topics(self.off_limits_topics))
        for name in ("already_had_prompt_ids", "do_not_show_prompt_ids", "taken_up_prompt_ids"):
            object.__setattr__(self, name, _ids(getattr(self, name)))
        self._validate()

    def _validate(self) -> None:
        if len(self.participants) != 2:
            raise ValueError("a conversation has exactly two participants")
        first, second = self.participants
        if first.key == second.key:
            raise ValueError(f"both participants have the key {first.key!r}")
        if self.leader_key not in (first.key, second.key):
            raise ValueError(f"the leader {self.leader_key!r} is not one of the participants")
        if self.planned_minutes is not None and self.planned_minutes <= 0:
            raise ValueError("the planned length must be a positive number of minutes")
        if self.starting_depth < 1:
            raise ValueError("the starting depth counts from 1")
        if self.today_cap is not None and self.today_cap < self.starting_depth:
            raise ValueError(
                f"the starting depth {self.starting_depth} is deeper than today's limit "
                f"{self.today_cap}"
            )
        if self.depth_ceiling is not None and self.depth_ceiling < self.starting_depth:
            raise ValueError(
                f"the starting depth {self.starting_depth} is deeper than the ceiling "
                f"{self.depth_ceiling}"
            )

    @property
    def leader(self) -> Participant:
        """The participant who leads (the manager or mentor)."""
        return self.participant(self.leader_key)

    @property
    def partner(self) -> Participant:
        """The participant who does not lead."""
        return next(p for p in self.participants if p.key != self.leader_key)

    def participant(self, key: str) -> Participant:
        """The participant with this key; KeyError when there is none."""
        for candidate in self.participants:
            if candidate.key == key:
                return candidate
        raise KeyError(key)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary that `from_dict` turns back into an equal setup."""
        return {
            "version": SETUP_FORMAT_VERSION,
            "script_id": self.script_id,
            "script_sha256": self.script_sha256,
            "participants": [
                {"key": p.key, "name": p.name, "role": p.role} for p in self.participants
            ],
            "leader_key": self.leader_key,
            "planned_minutes": self.planned_minutes,
            "starting_depth": self.starting_depth,
            "depth_ceiling": self.depth_ceiling,
            "off_limits_topics": list(self.off_limits_topics),
            "already_had_prompt_ids": list(self.already_had_prompt_ids),
            "do_not_show_prompt_ids": list(self.do_not_show_prompt_ids),
            "taken_up_prompt_ids": list(self.taken_up_prompt_ids),
            "leader_always_first": self.leader_always_first,
            "today_cap": self.today_cap,
            "leader_first_from": self.leader_first_from,
            "lenders": [lender.to_dict() for lender in self.lenders],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConversationSetup:
        """The setup `to_dict` described; ValueError names what is missing or wrong."""
        version = data.get("version", SETUP_FORMAT_VERSION)
        if version != SETUP_FORMAT_VERSION:
            raise ValueError(f"unknown conversation setup format version {version!r}")
        try:
            participants = tuple(
                Participant(key=str(p["key"]), name=str(p["name"]), role=str(p.get("role", "")))
                for p in data["participants"]
            )
            return cls(
                script_id=str(data["script_id"]),
                script_sha256=str(data["script_sha256"]),
                participants=participants,  # type: ignore[arg-type]
                leader_key=str(data["leader_key"]),
                planned_minutes=_optional_int(data.get("planned_minutes")),
                starting_depth=int(data.get("starting_depth", 1)),
                depth_ceiling=_optional_int(data.get("depth_ceiling")),
                off_limits_topics=tuple(data.get("off_limits_topics", ())),
                already_had_prompt_ids=tuple(data.get("already_had_prompt_ids", ())),
                do_not_show_prompt_ids=tuple(data.get("do_not_show_prompt_ids", ())),
                taken_up_prompt_ids=tuple(data.get("taken_up_prompt_ids", ())),
                leader_always_first=bool(data.get("leader_always_first", False)),
                today_cap=_optional_int(data.get("today_cap")),
                leader_first_from=_optional_int(data.get("leader_first_from")),
                lenders=tuple(Lender.from_dict(d) for d in data.get("lenders", ())),
            )
        except KeyError as missing:
            raise ValueError(f"conversation setup is missing {missing}") from None
        except TypeError as wrong:
            raise ValueError(f"conversation setup is malformed: {wrong}") from None


def check_setup_fits(script: Script, setup: ConversationSetup) -> None:
    """Refuses a setup made for another script, or another version of this one."""
    if script.id != setup.script_id:
        raise EngineError(f"the setup is for script {setup.script_id!r}, not {script.id!r}")
    if script.sha256 != setup.script_sha256:
        raise EngineError(
            f"script {script.id!r} has changed since this conversation was set up "
            "(its sha256 differs)"
        )
    if not script.levels:
        raise EngineError(f"script {script.id!r} has no levels")
    if setup.starting_depth > len(script.levels):
        raise EngineError(
            f"script {script.id!r} has {len(script.levels)} levels; "
            f"it cannot start at depth {setup.starting_depth}"
        )
