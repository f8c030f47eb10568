"""Turn a Markdown question list written by someone else into a script in our format.

List items that ask or invite become prompts; headings that name a depth become levels and
other headings become topic tags. Whatever does not read as a prompt (a table of contents,
links to apps, an FAQ, contributing steps, prose) is left out and reported with its line and
the reason, so the user sees exactly what the import did not bring in. The result is data a
preview can show (`ImportResult`) before anything is saved.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import PurePath

from belonging.core.markdown_render import plain_text
from belonging.core.scripts.frontmatter import MAX_SCRIPT_BYTES
from belonging.core.scripts.ids import (
    MAX_ID_LENGTH,
    is_valid_id,
    normalise_prompt_text,
    slug_words,
)
from belonging.core.scripts.importing.arrangement import arrange
from belonging.core.scripts.importing.outline import read_outline
from belonging.core.scripts.importing.result import ImportedPrompt, ImportResult, LeftOut
from belonging.core.scripts.importing.sections import (
    Section,
    find_title_section,
    section_candidates,
    split_sections,
)
from belonging.core.scripts.importing.writer import render_script
from belonging.core.scripts.model import Diagnostic, ScriptError
from belonging.core.small_files import describe_sizes

#: Characters dropped from the source: the private-use ones the script parser reserves for its
#: line marks, and control characters (Python-Markdown uses two as placeholders), which a
#: question list never means.
_DROPPED_CHARS = str.maketrans(
    "", "", "\ue000\ue001" + "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r")
)

_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".txt")
#: A `## ` heading with our `{: minutes=N }`, or a nested item with one of our labels: the page
#: is a script of ours (a colleague's, say), whose levels are its `## ` headings in order.
_OUR_FORMAT = re.compile(
    r"^##[ \t].*\{:[^{}]*\bminutes=[^{}]*\}[ \t]*$"
    r"|^[ \t]{2,}[-*+][ \t]+(?:Lighter|Follow-up|Asked by)[ \t]*:",
    re.MULTILINE | re.IGNORECASE,
)
_OURS = "a level of a page already written as a Belonging script"


class ScriptIdError(ValueError):
    """The id asked for is not one a script may have; the message says what one looks like."""


def check_script_id(script_id: str) -> None:
    """Raises ScriptIdError unless `script_id` is an id a script may have."""
    if not is_valid_id(script_id):
        raise ScriptIdError(
            f'bad id "{script_id}": use lowercase letters, digits and single hyphens, like '
            f'"my-questions" (at most {MAX_ID_LENGTH} characters)'
        )


def import_question_list(
    text: str,
    *,
    source_name: str,
    script_id: str | None = None,
    level_lines: Collection[int] | None = None,
) -> ImportResult:
    """Import a Markdown question list, keeping what reads as a prompt.

    `source_name` names the source (a file name or address) in the summary and in errors;
    `script_id` is the new script's id, by default a slug of its title. `level_lines`, when
    given, are the lines of the headings a person chose as levels in a preview; every other
    heading over prompts becomes a topic. Raises ScriptIdError for an id our format refuses,
    and ScriptError when nothing in the text reads as a prompt or the prompts found would
    make a script too large for the parser to take, or when the text itself is larger than
    a script may be (refused before any reading: a text of megabytes took over a minute).
    """
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_SCRIPT_BYTES:
        size_text, limit_text = describe_sizes(size, MAX_SCRIPT_BYTES)
        message = f"the text is {size_text}, more than the {limit_text} a script can be"
        raise ScriptError([Diagnostic(source_name, 1, message)])
    if script_id is not None:
        check_script_id(script_id)
    outline = read_outline(text.removeprefix("\ufeff").translate(_DROPPED_CHARS))
    sections = split_sections(outline.blocks)
    title_section = find_title_section(sections)
    title = _title(outline.front_matter.get("title"), title_section, source_name)
    script_id = script_id or _default_id(title, source_name)
    left_out: list[LeftOut] = []
    extra_keys = [key for key in outline.front_matter if key != "title"]
    if extra_keys:
        left_out.append(LeftOut(1, ", ".join(extra_keys), "front matter other than the title"))
    if title_section is not None and "title" in outline.front_matter:
        heading = title_section.heading
        reason = "a title heading; the title in the front matter is used"
        left_out.append(LeftOut(heading.line, heading.text, reason))

    ours = level_lines is None and _OUR_FORMAT.search(text) is not None
    kept = _keep_prompts(sections, title_section, left_out, find_askers=not ours)
    if not any(kept.values()):
        message = "nothing reads as a prompt: no list item asks a question or invites a story"
        raise ScriptError([Diagnostic(source_name, 1, message)])
    if ours:
        levels = [s.heading.line for s in sections if s.depth == 2 and not s.heading.pseudo]
        arrangement = arrange(
            kept, sections, title_section, level_lines=levels, chosen_because=_OURS
        )
        arrangement.order_guessed = False  # our format deepens in file order
    else:
        arrangement = arrange(kept, sections, title_section, level_lines=level_lines)
    used = {use.line for use in arrangement.headings} | {entry.line for entry in left_out}
    for section in sections:
        heading = section.heading
        if heading is not None and heading.line not in used:
            left_out.append(
                LeftOut(heading.line, heading.text, "a heading with no prompts under it")
            )

    # The file's name only: a full path would tell whoever receives the script about this disk.
    summary = f"Imported from {PurePath(source_name).name or source_name}."
    markdown = render_script(script_id, title, summary, arrangement.levels)
    if len(markdown.encode("utf-8")) > MAX_SCRIPT_BYTES:
        limit = MAX_SCRIPT_BYTES // 1024
        message = f"the prompts found make a script larger than {limit} KiB, more than one can hold"
        raise ScriptError([Diagnostic(source_name, 1, message)])
    return ImportResult(
        script_id=script_id,
        title=title,
        summary=summary,
        markdown=markdown,
        levels=tuple(arrangement.levels),
        headings=tuple(arrangement.headings),
        left_out=tuple(sorted(left_out, key=lambda entry: entry.line)),
        level_order_guessed=arrangement.order_guessed,
        notes=tuple(arrangement.notes),
    )


def _keep_prompts(
    sections: list[Section],
    title_section: Section | None,
    left_out: list[LeftOut],
    *,
    find_askers: bool,
) -> dict[Section, list[ImportedPrompt]]:
    """Each section's prompts, without those the parser would refuse as duplicates.

    Duplicates are found with the parser's own normalisation of the text as written, so the
    parser never meets a duplicate prompt that the import let through.
    """
    kept: dict[Section, list[ImportedPrompt]] = {}
    seen: dict[str, int] = {}
    for section in sections:
        candidates = section_candidates(
            section, is_title=section is title_section, left_out=left_out, find_askers=find_askers
        )
        prompts = []
        for candidate in candidates:
            key = normalise_prompt_text(candidate.prompt.text)
            if key in seen:
                left_out.extend(candidate.left_out_whole(f"duplicate of line {seen[key]}"))
                continue
            seen[key] = candidate.prompt.line
            left_out.extend(candidate.rejected)
            prompts.append(candidate.prompt)
        if candidates and not prompts and section.heading is not None:
            reason = "section left out: every prompt in it repeats an earlier one"
            left_out.append(LeftOut(section.heading.line, section.heading.text, reason))
        kept[section] = prompts
    return kept


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


def _default_id(title: str, source_name: str) -> str:
    """A slug of the title, else of the file name."""
    stem = PurePath(source_name).stem
    return (
        slug_words(title, MAX_ID_LENGTH) or slug_words(stem, MAX_ID_LENGTH) or "imported-questions"
    )
