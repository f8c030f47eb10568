"""The typed model of a conversation script, shared by the parser, the engine, storage and the UI.

A script is a Markdown file of levels, each deeper than the one before, each holding prompts.
Objects here are immutable: a parsed script never changes under a running conversation.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path


class TurnMode(enum.StrEnum):
    """How the two people share a prompt."""

    #: Both answer every prompt; who goes first alternates (or the leader always goes first).
    BOTH = "both"
    #: One asks, the other answers (for example a mentor asking a mentee).
    ONE_WAY = "one-way"


class FirstSpeaker(enum.StrEnum):
    """Who answers first at a level, when both answer every prompt."""

    #: The leader (the manager, the mentor) goes first, taking the first risk.
    LEADER = "leader"
    #: The partner (the report, the mentee) goes first.
    PARTNER = "partner"
    #: Who goes first changes from one prompt to the next.
    ALTERNATE = "alternate"


class Asker(enum.StrEnum):
    """Who asks a one-way prompt; the other person answers it."""

    LEADER = "leader"
    PARTNER = "partner"


class Severity(enum.StrEnum):
    """Whether a problem in a script stops it from being used."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """One problem found in a script, told to its author as `FILE:LINE: message`."""

    file: str
    line: int
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return f"{self.file}:{self.line}: {prefix}{self.message}"


class ScriptError(Exception):
    """A script could not be used; `diagnostics` says every reason, with file and line."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = list(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics) or "invalid script")


@dataclass(frozen=True)
class Prompt:
    """One question the pair answers, with its optional nudges and lighter alternative.

    `text` is the author's Markdown; `html` is the same rendered to safe HTML (no raw HTML,
    scripts or remote images). `id` is stable across edits elsewhere in the file, so a pair's
    history ("already had", "asked not to see again", "parked") survives script updates.
    """

    id: str
    text: str
    html: str
    follow_ups: tuple[str, ...] = ()
    lighter: str | None = None
    lighter_html: str | None = None
    topics: tuple[str, ...] = ()
    #: Set when one person asks and the other answers ("What can I do to support you?");
    #: None when both answer. The lighter alternative is asked the same way.
    asked_by: Asker | None = None
    line: int = 0

    @property
    def lighter_id(self) -> str | None:
        """The id under which the lighter alternative is shown and recorded."""
        return f"{self.id}~lighter" if self.lighter is not None else None


@dataclass(frozen=True)
class Level:
    """A group of prompts of one depth; `depth` counts from 1 (the lightest) in file order."""

    depth: int
    title: str
    prompts: tuple[Prompt, ...]
    guidance: str = ""
    guidance_html: str = ""
    minutes: int | None = None
    #: Who answers first here; None when the script does not say (the engine then chooses).
    first: FirstSpeaker | None = None
    line: int = 0


@dataclass(frozen=True)
class Script:
    """A whole conversation script: introduction, levels from light to deep, closing prompt."""

    id: str
    title: str
    levels: tuple[Level, ...]
    summary: str = ""
    audience: str = ""
    minutes: int | None = None
    introduction: str = ""
    introduction_html: str = ""
    closing: str | None = None
    closing_html: str | None = None
    turns: TurnMode = TurnMode.BOTH
    #: For a manager and their report, the deepest level the conversation goes to unless both
    #: privately choose the deepest one; None when the script sets no ceiling.
    manager_report_ceiling: int | None = None
    #: Whether a pair holding another conversation may be offered this script's prompts once
    #: they have talked through a depth ("More at this depth"): general prompts, not ones
    #: about a particular moment.
    lend_prompts: bool = False
    #: sha256 of the file's bytes, so a conversation records exactly which text it used.
    sha256: str = ""
    source: Path | None = None
    builtin: bool = False
    warnings: tuple[Diagnostic, ...] = field(default=(), compare=False)

    @property
    def prompt_count(self) -> int:
        """How many prompts the script holds in all its levels."""
        return sum(len(level.prompts) for level in self.levels)

    def level(self, depth: int) -> Level:
        """The level at `depth` (1-based); raises KeyError when there is none."""
        if 1 <= depth <= len(self.levels):
            return self.levels[depth - 1]
        raise KeyError(f"script {self.id!r} has no level {depth}")

    def find_prompt(self, prompt_id: str) -> tuple[Level, Prompt] | None:
        """The level and prompt with this id (a lighter id finds its prompt), or None."""
        base_id = prompt_id.removesuffix("~lighter")
        for level in self.levels:
            for prompt in level.prompts:
                if prompt.id == base_id:
                    return level, prompt
        return None
