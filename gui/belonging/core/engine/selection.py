"""Which prompt comes next: the pair's history and boundaries applied to the script.

The rules, in order of strength:

- never a prompt tagged with an off-limits topic, nor one the pair asked not to see again;
- never the same prompt twice in one conversation;
- at a level: prompts taken up from last time's parked list first, then prompts this pair has
  not had, in script order, and prompts it already had only when the level would otherwise
  run out;
- staying at a depth (or after stepping back): this level, then shallower ones, not-yet-had
  prompts before already-had ones;
- once the pair chooses "More at this depth": the same level of the scripts that lend their
  prompts, under ids that name the lending script (`lent_id`), with the same boundaries.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from belonging.core.engine.conversation_setup import ConversationSetup
from belonging.core.scripts.model import Level, Prompt, Script

LIGHTER_SUFFIX = "~lighter"
#: Between a lending script's id and its prompt's id: neither may hold it.
LENT_SEPARATOR = ":"


def lent_id(script_id: str, prompt_id: str) -> str:
    """The id a prompt of another script is shown and recorded under in this conversation."""
    return f"{script_id}{LENT_SEPARATOR}{prompt_id}"


def lent_levels(
    setup: ConversationSetup, scripts: Sequence[Script]
) -> Mapping[int, tuple[Level, ...]]:
    """The levels the setup's lenders lend, by depth, their prompts under lent ids.

    A lender missing from `scripts`, or changed since the setup was made (its sha256
    differs), lends nothing; so does one that takes turns another way than this script.
    """
    given = {script.id: script for script in scripts}
    by_depth: dict[int, list[Level]] = {}
    for lender in setup.lenders:
        script = given.get(lender.script_id)
        if script is None or script.sha256 != lender.sha256 or script.id == setup.script_id:
            continue
        for level in script.levels:
            if lender.deepest is not None and level.depth > lender.deepest:
                break
            prompts = tuple(replace(p, id=lent_id(script.id, p.id)) for p in level.prompts)
            by_depth.setdefault(level.depth, []).append(replace(level, prompts=prompts))
    return {depth: tuple(levels) for depth, levels in by_depth.items()}


class Source(enum.StrEnum):
    """Why a prompt was chosen; recorded in the `prompt_shown` event's data."""

    TAKEN_UP = "taken_up"
    NEW = "new"
    ALREADY_HAD = "already_had"
    LIGHTER = "lighter"
    LENT = "lent"


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

    def __init__(
        self,
        script: Script,
        setup: ConversationSetup,
        lent: Mapping[int, tuple[Level, ...]] | None = None,
    ) -> None:
        self._script = script
        self._lent = dict(lent or {})
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

    def lent_at(self, depth: int, used: Collection[str]) -> Candidate | None:
        """The next prompt another script lends at level `depth`, new ones first."""
        for had in (False, True):
            for level in self._lent.get(depth, ()):
                for prompt in level.prompts:
                    if (prompt.id in self._had) != had:
                        continue
                    candidate = Candidate(level, prompt, False, Source.LENT)
                    if self.allowed(candidate, used):
                        return candidate
        return None

    def find(self, shown_id: str) -> tuple[Level, Prompt] | None:
        """The level and prompt shown under this id, the script's own or a lent one."""
        found = self._script.find_prompt(shown_id)
        if found is not None:
            return found
        base_id = shown_id.removesuffix(LIGHTER_SUFFIX)
        for levels in self._lent.values():
            for level in levels:
                for prompt in level.prompts:
                    if prompt.id == base_id:
                        return level, prompt
        return None

    def deeper_than(self, depth: int, used: Collection[str]) -> int | None:
        """The nearest level deeper than `depth` that has a prompt to offer, or None."""
        for level in self._script.levels:
            if level.depth > depth and self.at_level(level.depth, used) is not None:
                return level.depth
        return None
