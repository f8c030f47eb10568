"""What an import found, as data a preview can show before anything is kept.

The levels with their prompts, the headings taken as levels and as topics, everything left out
and why, and whether the order of the levels is a guess. `ImportResult.markdown` is the script
as it would be saved; `reordered` gives the same import with the levels in another order.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from belonging.core.scripts.importing.wording import counted
from belonging.core.scripts.importing.writer import render_script
from belonging.core.scripts.model import Asker


@dataclass(frozen=True)
class LeftOut:
    """Something in the source the import did not keep: its 1-based line, text and why."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class ImportedPrompt:
    """A prompt as the script will hold it: Markdown text, nudges, topic tags and who asks."""

    line: int
    text: str
    follow_ups: tuple[str, ...] = ()
    lighter: str | None = None
    topics: tuple[str, ...] = ()
    #: Set for a question one person asks the other ("What can I do to support you?").
    asked_by: Asker | None = None


@dataclass(frozen=True)
class ImportedLevel:
    """A level of the imported script.

    `title` is shown; `heading` is the Markdown written after `## `. `line` is the source
    heading's line (0 when the level has none, as when the page names no depth) and
    `heading_lines` every source heading merged into it, such as each topic's "Deep".
    `names_depth` is False when the level was taken as one without its heading naming a depth.
    """

    title: str
    heading: str
    line: int
    prompts: tuple[ImportedPrompt, ...]
    minutes: int | None = None
    heading_lines: tuple[int, ...] = ()
    names_depth: bool = True


class HeadingRole(enum.StrEnum):
    """What the import made of a heading of the source."""

    TITLE = "title"
    LEVEL = "level"
    TOPIC = "topic"


@dataclass(frozen=True)
class HeadingUse:
    """One heading of the source and what it became: the title, a level, or a topic tag.

    `name` is the level title or topic tag it gave; `sure` is False when the import could not
    tell from the heading's words alone, and `reason` says in words why it chose as it did.
    """

    line: int
    text: str
    role: HeadingRole
    name: str
    sure: bool
    reason: str


@dataclass(frozen=True)
class ImportResult:
    """An imported script: its Markdown in our format, and what the import made of the source."""

    script_id: str
    title: str
    summary: str
    markdown: str
    levels: tuple[ImportedLevel, ...]
    headings: tuple[HeadingUse, ...] = ()
    left_out: tuple[LeftOut, ...] = ()
    #: True when nothing in the source fixes the order of the levels, so a person should check it.
    level_order_guessed: bool = False
    #: Observations a preview should show, in sentences ("3 prompts under no depth heading...").
    notes: tuple[str, ...] = field(default=())

    @property
    def level_count(self) -> int:
        """How many levels the imported script has."""
        return len(self.levels)

    @property
    def prompt_count(self) -> int:
        """How many prompts the imported script has in all its levels."""
        return sum(len(level.prompts) for level in self.levels)

    @property
    def topics(self) -> tuple[str, ...]:
        """The topic tags given to prompts, in the order they first appear."""
        seen: dict[str, None] = {}
        for level in self.levels:
            for prompt in level.prompts:
                seen.update(dict.fromkeys(prompt.topics))
        return tuple(seen)

    @property
    def one_way_count(self) -> int:
        """How many prompts one person asks and the other answers."""
        return sum(1 for level in self.levels for p in level.prompts if p.asked_by is not None)

    def with_id(self, script_id: str) -> ImportResult:
        """The same import saved under another id (when its own is taken, say)."""
        markdown = render_script(script_id, self.title, self.summary, self.levels)
        return replace(self, script_id=script_id, markdown=markdown)

    def reordered(self, order: Sequence[int]) -> ImportResult:
        """The same import with its levels in `order` (indexes into `levels`), chosen by a person.

        Raises ValueError unless `order` names every level exactly once.
        """
        if sorted(order) != list(range(len(self.levels))):
            levels = counted(len(self.levels), "level")
            raise ValueError(f"order must name each of the {levels} once")
        levels = tuple(self.levels[index] for index in order)
        markdown = render_script(self.script_id, self.title, self.summary, levels)
        return replace(self, levels=levels, markdown=markdown, level_order_guessed=False)
