"""Turn a Markdown question list written by someone else into a script in our format.

Headings become levels and list items become prompts. Whatever does not read as a prompt (a
table of contents, links to apps, an FAQ, contributing steps, prose) is left out and reported
with its line and the reason, so the user sees exactly what the import did not bring in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from belonging.core.markdown_render import plain_text
from belonging.core.scripts.frontmatter import MAX_SCRIPT_BYTES
from belonging.core.scripts.ids import (
    MAX_ID_LENGTH,
    is_valid_id,
    normalise_prompt_text,
    slug_words,
)
from belonging.core.scripts.importing.outline import read_outline
from belonging.core.scripts.importing.sections import (
    LeftOut,
    Section,
    find_title_section,
    report_heading_only_sections,
    section_candidates,
    split_sections,
)
from belonging.core.scripts.importing.writer import (
    RenderedLevel,
    escape_heading,
    escape_prompt,
    render_script,
)
from belonging.core.scripts.model import Diagnostic, ScriptError
from belonging.core.small_files import describe_sizes

__all__ = ["ImportResult", "ImportedLevel", "LeftOut", "import_question_list"]

#: Characters dropped from the source: the private-use ones the script parser reserves for its
#: line marks, and control characters (Python-Markdown uses two as placeholders), which a
#: question list never means.
_DROPPED_CHARS = str.maketrans(
    "", "", "\ue000\ue001" + "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r")
)

_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".txt")


@dataclass(frozen=True)
class ImportedLevel:
    """A level of the imported script: its title, source line and prompts (Markdown)."""

    title: str
    line: int
    prompts: tuple[str, ...]


@dataclass(frozen=True)
class ImportResult:
    """An imported script: its `markdown` in our format, and what was left out of the source."""

    script_id: str
    title: str
    markdown: str
    levels: tuple[ImportedLevel, ...]
    left_out: tuple[LeftOut, ...]

    @property
    def level_count(self) -> int:
        """How many levels the imported script has."""
        return len(self.levels)

    @property
    def prompt_count(self) -> int:
        """How many prompts the imported script has in all its levels."""
        return sum(len(level.prompts) for level in self.levels)


def import_question_list(
    text: str, *, source_name: str, script_id: str | None = None
) -> ImportResult:
    """Import a Markdown question list, keeping what reads as a prompt.

    `source_name` names the source (a file name or address) in the summary and in errors;
    `script_id` is the new script's id, by default a slug of its title. Raises ScriptError
    when the id is not valid, when nothing in the text reads as a prompt, or when the text or
    the prompts found would make a script too large for the parser to take.
    """
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_SCRIPT_BYTES:
        # Refused before any reading: a text of megabytes took more than a minute.
        size_text, limit_text = describe_sizes(size, MAX_SCRIPT_BYTES)
        message = f"the text is {size_text}, more than the {limit_text} a script can be"
        raise ScriptError([Diagnostic(source_name, 1, message)])
    outline = read_outline(text.removeprefix("\ufeff").translate(_DROPPED_CHARS))
    sections = split_sections(outline.blocks)
    title_section = find_title_section(sections)
    title = _title(outline.front_matter.get("title"), title_section, source_name)
    script_id = _script_id(script_id, title, source_name)
    left_out: list[LeftOut] = []
    extra_keys = [key for key in outline.front_matter if key != "title"]
    if extra_keys:
        left_out.append(LeftOut(1, ", ".join(extra_keys), "front matter other than the title"))
    if title_section is not None and "title" in outline.front_matter:
        heading = title_section.heading
        reason = "a title heading; the title in the front matter is used"
        left_out.append(LeftOut(heading.line, heading.text, reason))

    levels = _build_levels(sections, title_section, left_out)
    report_heading_only_sections(sections, title_section=title_section, left_out=left_out)

    if not levels:
        message = "nothing reads as a prompt: no list item asks a question or invites a story"
        raise ScriptError([Diagnostic(source_name, 1, message)])
    # The file's name only: a full path would tell whoever receives the script about this disk.
    summary = f"Imported from {PurePath(source_name).name or source_name}."
    markdown = render_script(script_id, title, summary, levels)
    if len(markdown.encode("utf-8")) > MAX_SCRIPT_BYTES:
        limit = MAX_SCRIPT_BYTES // 1024
        message = f"the prompts found make a script larger than {limit} KiB, more than one can hold"
        raise ScriptError([Diagnostic(source_name, 1, message)])
    return ImportResult(
        script_id=script_id,
        title=title,
        markdown=markdown,
        levels=tuple(
            ImportedLevel(
                level.title, level.line, tuple(escape_prompt(p.text) for p in level.prompts)
            )
            for level in levels
        ),
        left_out=tuple(sorted(left_out, key=lambda entry: entry.line)),
    )


def _build_levels(
    sections: list[Section], title_section: Section | None, left_out: list[LeftOut]
) -> list[RenderedLevel]:
    """One level per section that keeps prompts, without prompts or titles the parser refuses.

    Duplicates are found with the parser's own normalisation of the text as written, so the
    parser never meets a duplicate prompt or level title that the import let through.
    """
    levels: list[RenderedLevel] = []
    seen_prompts: dict[str, int] = {}
    seen_titles: set[str] = set()
    for section in sections:
        candidates = section_candidates(
            section, is_title=section is title_section, left_out=left_out
        )
        kept = []
        for candidate in candidates:
            prompt = candidate.prompt
            key = normalise_prompt_text(escape_prompt(prompt.text))
            if key in seen_prompts:
                left_out.extend(candidate.left_out_whole(f"duplicate of line {seen_prompts[key]}"))
            else:
                seen_prompts[key] = prompt.line
                left_out.extend(candidate.rejected)
                kept.append(prompt)
        if kept:
            heading = section.heading.text if section.heading is not None else ""
            heading = escape_heading(heading)
            if not _one_line_plain(heading):
                heading = "Questions"
            title, copy = _one_line_plain(heading), 1
            while title.casefold() in seen_titles:
                copy += 1
                title = _one_line_plain(f"{heading} ({copy})")
            seen_titles.add(title.casefold())
            written = heading if copy == 1 else f"{heading} ({copy})"
            line = section.heading.line if section.heading else kept[0].line
            levels.append(RenderedLevel(written, title, line, tuple(kept)))
        elif candidates and section.heading is not None and section is not title_section:
            reason = "section left out: every prompt in it repeats an earlier one"
            left_out.append(LeftOut(section.heading.line, section.heading.text, reason))
    return levels


def _title(front_matter_title: str | None, section: Section | None, source_name: str) -> str:
    """The title from the front matter, else the title heading, else the file name."""
    for candidate in (front_matter_title, section.heading.text if section else None):
        if candidate and _one_line_plain(candidate):
            return _one_line_plain(candidate)
    name = PurePath(source_name).name
    for suffix in _MARKDOWN_SUFFIXES:
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    return " ".join(name.split()) or "Imported questions"


def _one_line_plain(markdown_text: str) -> str:
    """The words of a heading as our parser shows them: one line, no markup."""
    return " ".join(plain_text(markdown_text).split())


def _script_id(given: str | None, title: str, source_name: str) -> str:
    """The id asked for (checked), else a slug of the title or of the file name."""
    if given is not None:
        if not is_valid_id(given):
            message = f"script id {given!r} must be lowercase letters, digits and hyphens"
            raise ScriptError([Diagnostic(source_name, 1, message)])
        return given
    stem = PurePath(source_name).stem
    return (
        slug_words(title, MAX_ID_LENGTH) or slug_words(stem, MAX_ID_LENGTH) or "imported-questions"
    )
