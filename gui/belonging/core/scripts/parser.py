"""Turns a script file into a checked `Script`, or tells its author every problem, by line.

Reading goes in steps, each in its own module: bytes to text and front matter
(`script_frontmatter`), Python-Markdown's block tree with line numbers (`script_blocks`), the
tree sorted into levels and prompts (`script_document`). This module adds the checks that need
the whole script, gives prompts their ids, renders the Markdown and builds the `Script`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from belonging.core.markdown_render import render_markdown, text_of_html
from belonging.core.scripts.blocks import parse_blocks
from belonging.core.scripts.document import Document, LevelDraft, read_document
from belonging.core.scripts.frontmatter import (
    MAX_SCRIPT_BYTES,
    Metadata,
    decode_script,
    read_ceiling,
    read_metadata,
    split_front_matter,
)
from belonging.core.scripts.ids import (
    id_from_file_name,
    normalise_plain_text,
    prompt_id_from_normalised,
)
from belonging.core.scripts.model import (
    Diagnostic,
    Level,
    Prompt,
    Script,
    ScriptError,
    Severity,
    TurnMode,
)
from belonging.core.scripts.report import Report
from belonging.core.small_files import read_start

#: The start of the message for a failure in the parser itself rather than in the script.
INTERNAL_ERROR = "could not read this file because of a fault in Belonging"


def parse_script(
    data: bytes | str,
    *,
    file: str,
    script_id: str | None = None,
    builtin: bool = False,
    source: Path | None = None,
) -> Script:
    """The script in `data`; raises ScriptError listing every error when it cannot be used.

    `file` names the file in diagnostics. `script_id` is the id when the front matter names
    none (by default one is made from `file`'s name). Warnings end up in `Script.warnings`.
    """
    script, diagnostics = read_script(
        data, file=file, script_id=script_id, builtin=builtin, source=source
    )
    if script is None:
        raise ScriptError([d for d in diagnostics if d.severity is Severity.ERROR])
    return script


def read_script(
    data: bytes | str,
    *,
    file: str,
    script_id: str | None = None,
    builtin: bool = False,
    source: Path | None = None,
) -> tuple[Script | None, list[Diagnostic]]:
    """The script (None when it has errors) and every diagnostic in line order; never raises."""
    report = Report(file)
    try:
        script = _read(data, report, file, script_id, builtin, source)
    except RecursionError:
        report.error(1, "this file is nested too deeply to read")
        script = None
    except Exception as error:
        # The promise to callers is a diagnostic for any input, never a crash; the message
        # says plainly that the fault is ours, not the author's.
        report.error(1, f"{INTERNAL_ERROR} ({type(error).__name__}: {error})")
        script = None
    if report.has_errors:
        script = None
    return script, report.sorted()


def validate_script_file(path: Path) -> list[Diagnostic]:
    """Every error and warning about the script at `path`; an unreadable file is one too."""
    try:
        # One byte past the limit is enough to refuse a bigger file; /dev/zero never ends.
        data = read_start(Path(path), MAX_SCRIPT_BYTES + 1)
    except OSError as error:
        return [Diagnostic(str(path), 1, f"cannot read the file: {error.strerror or error}")]
    return read_script(data, file=str(path), source=Path(path))[1]


def load_script_file(path: Path, *, builtin: bool = False) -> Script:
    """The script at `path`; raises ScriptError when it cannot be read or used."""
    try:
        data = read_start(Path(path), MAX_SCRIPT_BYTES + 1)
    except OSError as error:
        message = f"cannot read the file: {error.strerror or error}"
        raise ScriptError([Diagnostic(str(path), 1, message)]) from error
    return parse_script(data, file=str(path), builtin=builtin, source=Path(path))


def _read(
    data: bytes | str,
    report: Report,
    file: str,
    script_id: str | None,
    builtin: bool,
    source: Path | None,
) -> Script | None:
    """The steps of `read_script`, stopping early where nothing more can be said."""
    decoded = decode_script(data, report)
    if decoded is None:
        return None
    text, raw = decoded
    if not text.strip():
        report.error(1, "the file is empty; a script needs a title and levels of prompts")
        return None
    lines = text.split("\n")
    front = split_front_matter(lines, report)
    if front is None:
        return None
    meta = read_metadata(front, report, default_id=script_id or id_from_file_name(file))
    blocks = parse_blocks(lines[front.body_start :], front.body_start + 1, report)
    if blocks is None:
        return None
    document = read_document(blocks, lines, report)
    levels = _build_levels(document, report, meta)
    ceiling = read_ceiling(meta, len(levels), report)
    title = meta.title or document.title
    if not title:
        report.error(1, 'no title: add "title:" to the front matter or a "# Title" heading')
    if not document.levels:
        report.error(1, 'no levels: start each level with a "## " heading over a list of prompts')
    if report.has_errors or meta.id is None:
        return None
    return _build_script(meta, title, document, levels, ceiling, report, raw, builtin, source)


def _build_levels(document: Document, report: Report, meta: Metadata) -> list[Level]:
    """Checks the levels against each other and builds them with ids and rendered text."""
    levels: list[Level] = []
    titles: dict[str, int] = {}
    prompt_lines: dict[str, int] = {}
    deepest_two = {len(document.levels), len(document.levels) - 1}
    for depth, draft in enumerate(document.levels, start=1):
        key = draft.title.casefold()
        if draft.title and key in titles:
            report.error(
                draft.line, f'duplicate level title "{draft.title}" (also on line {titles[key]})'
            )
        titles.setdefault(key, draft.line)
        if not draft.prompts:
            report.error(
                draft.line, f'level "{draft.title}" has no prompts; put a list of them under it'
            )
        if not draft.guidance:
            report.warning(
                draft.line,
                f'level "{draft.title}" has no guidance; a "> " quote right after the heading '
                "tells both people what this level is for",
            )
        first = draft.first
        if first is not None and meta.turns is TurnMode.ONE_WAY:
            report.warning(
                draft.line,
                f'"first={first}" is ignored: in a one-way script the leader always asks',
            )
            first = None
        prompts = _build_prompts(draft, depth in deepest_two, prompt_lines, report)
        levels.append(
            Level(
                depth=depth,
                title=draft.title,
                prompts=tuple(prompts),
                guidance=draft.guidance,
                guidance_html=render_markdown(draft.guidance) if draft.guidance else "",
                minutes=draft.minutes,
                first=first,
                line=draft.line,
            )
        )
    return levels


def _build_prompts(
    level: LevelDraft, deep: bool, seen: dict[str, int], report: Report
) -> list[Prompt]:
    """The level's prompts with their ids, reporting empty and duplicate ones."""
    prompts: list[Prompt] = []
    for draft in level.prompts:
        html = render_markdown(draft.text, inline=True)
        normalised = normalise_plain_text(text_of_html(html))
        if not normalised:
            report.error(draft.line, "empty prompt: write the question after the list marker")
            continue
        if normalised in seen:
            report.error(
                draft.line,
                f"duplicate prompt: the same words as the prompt on line {seen[normalised]}",
            )
            continue
        seen[normalised] = draft.line
        if deep and draft.lighter is None:
            report.warning(
                draft.line,
                'no "Lighter:" item: prompts in the two deepest levels need a lighter '
                'alternative to offer after "too much?"',
            )
        prompts.append(
            Prompt(
                id=prompt_id_from_normalised(normalised),
                text=draft.text,
                html=html,
                follow_ups=tuple(draft.follow_ups),
                lighter=draft.lighter,
                lighter_html=render_markdown(draft.lighter, inline=True) if draft.lighter else None,
                topics=tuple(draft.topics),
                asked_by=draft.asked_by,
                line=draft.line,
            )
        )
    return prompts


def _build_script(
    meta: Metadata,
    title: str,
    document: Document,
    levels: list[Level],
    ceiling: int | None,
    report: Report,
    raw: bytes,
    builtin: bool,
    source: Path | None,
) -> Script:
    """The finished, immutable script."""
    introduction = document.introduction
    return Script(
        id=meta.id or "",
        title=title,
        levels=tuple(levels),
        summary=meta.summary,
        audience=meta.audience,
        minutes=meta.minutes,
        introduction=introduction,
        introduction_html=render_markdown(introduction) if introduction else "",
        closing=meta.closing,
        closing_html=render_markdown(meta.closing, inline=True) if meta.closing else None,
        turns=meta.turns,
        manager_report_ceiling=ceiling,
        lend_prompts=meta.lend_prompts,
        sha256=hashlib.sha256(raw).hexdigest(),
        source=source,
        builtin=builtin,
        warnings=tuple(d for d in report.sorted() if d.severity is Severity.WARNING),
    )
