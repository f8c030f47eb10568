"""Which prompt comes next: the pair's history and boundaries applied to the script.

The rules, in order of strength:

- never a prompt tagged with an off-limits topic, nor one the pair asked not to see again;
- never the same prompt twice in one conversation;
- at a level: prompts taken up from last time's parked list first, then prompts this pair has
  not had, in script order, and prompts it already had only when the level would otherwise
  run out;
- staying at a depth (or after stepping back): this level, then shallower ones, not-yet-had
  prompts before already-had ones.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

from belonging.core.engine.conversation_setup import ConversationSetup
from belonging.core.scripts.model import Level, Prompt, Script

LIGHTER_SUFFIX = "~lighter"


class Source(enum.StrEnum):
    """Why a prompt was chosen; recorded in the `prompt_shown` event's data."""

    TAKEN_UP = "taken_up"
    NEW = "new"
    ALREADY_HAD = "already_had"
    LIGHTER = "lighter"


@dataclass(frozen=True)
class Candidate:
    """A prompt that may be shown next, and whether as its lighter alternative."""

    level: Level
    prompt: Prompt
    lighter: bool
    source: Source

    @property
    def shown_id(self) -> str:
        """The id under which it is shown and recorded."""
        return (self.prompt.lighter_id or self.prompt.id) if self.lighter else self.prompt.id


class PromptPicker:
    """Orders the prompts a conversation may show, given what it has shown already (`used`).

    `used` holds the ids shown so far in this conversation, both script ids and lighter ids.
    """

    def __init__(self, script: Script, setup: ConversationSetup) -> None:
        self._script = script
        self._off_limits = frozenset(setup.off_limits_topics)
        self._do_not_show = frozenset(setup.do_not_show_prompt_ids)
        self._had = frozenset(
            pid.removesuffix(LIGHTER_SUFFIX) for pid in setup.already_had_prompt_ids
        )
        self._taken_up = self._resolve_taken_up(setup.taken_up_prompt_ids)
        self._taken_up_ids = frozenset(c.prompt.id for c in self._taken_up)

    def _resolve_taken_up(self, ids: Collection[str]) -> tuple[Candidate, ...]:
        """Taken-up ids that name a prompt of this script the pair's boundaries allow.

        Ids the script no longer has (it may have changed) are dropped, and so are ones ruled
        out for good, so that the prompt can still come in its usual place.
        """
        found: dict[str, Candidate] = {}
        for shown_id in ids:
            hit = self._script.find_prompt(shown_id)
            if hit is None:
                continue
            level, prompt = hit
            lighter = shown_id.endswith(LIGHTER_SUFFIX)
            if lighter and prompt.lighter is None:
                continue
            candidate = Candidate(level, prompt, lighter, Source.TAKEN_UP)
            if self.allowed(candidate, used=()):
                found.setdefault(prompt.id, candidate)
        return tuple(found.values())

    def allowed(self, candidate: Candidate, used: Collection[str]) -> bool:
        """Whether the pair's boundaries and this conversation's history allow it now."""
        return (
            candidate.prompt.id not in used
            and candidate.shown_id not in self._do_not_show
            and not self._off_limits_in(candidate.prompt)
        )

    def _off_limits_in(self, prompt: Prompt) -> bool:
        """Whether the prompt carries an off-limits topic (tags compared case-insensitively)."""
        return any(topic.strip().lower() in self._off_limits for topic in prompt.topics)

    def _in_order(self, depth: int, *, had: bool) -> Iterator[Candidate]:
        """Prompts of one level in offering order: taken-up then new ones, or already-had ones."""
        level = self._script.level(depth)
        if not had:
            yield from (c for c in self._taken_up if c.level.depth == depth)
        for prompt in level.prompts:
            if prompt.id in self._taken_up_ids or (prompt.id in self._had) != had:
                continue
            yield Candidate(level, prompt, False, Source.ALREADY_HAD if had else Source.NEW)

    def _first_allowed(self, depths: Iterable[int], used: Collection[str]) -> Candidate | None:
        """The first allowed prompt of these levels, new ones of all of them before had ones."""
        for had in (False, True):
            for depth in depths:
                for candidate in self._in_order(depth, had=had):
                    if self.allowed(candidate, used):
                        return candidate
        return None

    def at_level(self, depth: int, used: Collection[str]) -> Candidate | None:
        """The next prompt of level `depth` in the usual order, or None if it has run out."""
        return self._first_allowed([depth], used)

    def staying(self, depth: int, used: Collection[str]) -> Candidate | None:
        """The next prompt when staying at `depth`: this level, then shallower ones."""
        return self._first_allowed(range(depth, 0, -1), used)

    def lighter_of(self, level: Level, prompt: Prompt, used: Collection[str]) -> Candidate | None:
        """The prompt's lighter alternative, if it has one the pair may see now."""
        if prompt.lighter is None or prompt.lighter_id in used:
            return None
        candidate = Candidate(level, prompt, True, Source.LIGHTER)
        if candidate.shown_id in self._do_not_show:
            return None
        if self._off_limits_in(prompt):
            return None
        return candidate

    def deeper_than(self, depth: int, used: Collection[str]) -> int | None:
        """The nearest level deeper than `depth` that has a prompt to offer, or None."""
        for level in self._script.levels:
            if level.depth > depth and self.at_level(level.depth, used) is not None:
                return level.depth
        return None
