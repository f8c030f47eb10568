"""Scripts turned into the plain rows the Home and Set-up pages list."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from belonging.application.rows import ScriptRow
from belonging.core.scripts.model import Diagnostic, Script


def script_row(script: Script) -> ScriptRow:
    """The library row of one script."""
    return ScriptRow(
        script_id=script.id,
        title=script.title,
        summary=script.summary,
        audience=script.audience,
        minutes=script.minutes,
        level_titles=tuple(level.title for level in script.levels),
        prompt_count=script.prompt_count,
        builtin=script.builtin,
    )


def problem_lines(problems: Iterable[Diagnostic]) -> list[str]:
    """One line per problem, "file.md:12: message", naming the file without its folder."""
    return [str(Diagnostic(Path(d.file).name, d.line, d.message, d.severity)) for d in problems]
