"""What each section of an imported page keeps: its prompts, and why the rest is left out.

A section runs from one heading to the next, and sits under the nearest heading above it of a
higher rank. It keeps the list items that read as prompts; a section whose list items are
mostly not prompts (a table of contents, an FAQ, contributing steps) is left out whole, because
the odd invitation inside one is not meant for a conversation. An item with a question mark is
kept wherever it is.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from belonging.core.scripts.importing.asker import one_way_asker
from belonging.core.scripts.importing.markup import link_only_reason, split_label, words_of
from belonging.core.scripts.importing.outline import Block, Heading, ListBlock, ListItem, OtherBlock
from belonging.core.scripts.importing.questions import (
    has_question_mark,
    not_a_prompt_reason,
    reads_as_question,
)
from belonging.core.scripts.importing.result import ImportedPrompt, LeftOut
from belonging.core.scripts.importing.writer import escape_nested, escape_prompt
from belonging.core.scripts.model import Asker


@dataclass(frozen=True)
class Candidate:
    """A prompt found in a section, with what its nested items brought and left out."""

    prompt: ImportedPrompt
    nested: tuple[ListItem, ...]
    rejected: tuple[LeftOut, ...]
    #: The item as written in the source, for reports.
    source: str = ""

    def left_out_whole(self, reason: str) -> list[LeftOut]:
        """The prompt and everything nested under it, reported as left out for `reason`."""
        line = self.prompt.line
        return [LeftOut(line, self.source, reason), *nested_left_out(line, self.nested)]


@dataclass(eq=False)
class Section:
    """The blocks under one heading (or before the first), until the next heading.

    `parent` is the section of the nearest heading above of a higher rank (None at the top).
    """

    heading: Heading | None
    depth: int
    parent: Section | None = None
    items: list[ListItem] = field(default_factory=list)
    others: list[OtherBlock] = field(default_factory=list)

    def ancestors(self) -> list[Section]:
        """The sections this one sits under, nearest first."""
        found, section = [], self.parent
        while section is not None:
            found.append(section)
            section = section.parent
        return found


def split_sections(blocks: list[Block]) -> list[Section]:
    """The page's sections in file order; the first holds what comes before any heading."""
    sections = [Section(None, 0)]
    heading_depth = 0
    for index, block in enumerate(blocks):
        if isinstance(block, Heading):
            next_block = blocks[index + 1] if index + 1 < len(blocks) else None
            if block.pseudo and not isinstance(next_block, ListBlock):
                sections[-1].others.append(OtherBlock(block.line, "a paragraph", block.text))
                continue
            if not block.pseudo:
                heading_depth = block.depth
            depth = heading_depth + 1 if block.pseudo else block.depth
            parent = next((s for s in reversed(sections[1:]) if s.depth < depth), None)
            sections.append(Section(block, depth, parent))
        elif isinstance(block, ListBlock):
            sections[-1].items.extend(block.items)
        else:
            sections[-1].others.append(block)
    return sections


def find_title_section(sections: list[Section]) -> Section | None:
    """The section under the page's title heading: its first heading, when that is a `# `."""
    headed = [s for s in sections if s.heading is not None and not s.heading.pseudo]
    if not headed or headed[0].depth != 1:
        return None
    first = headed[0]
    # Pages that use `# ` for every category have no title heading; their H1s are sections.
    single_h1 = sum(1 for s in headed if s.depth == 1) == 1
    return first if single_h1 or not first.items else None


def section_candidates(
    section: Section, *, is_title: bool, left_out: list[LeftOut], find_askers: bool = True
) -> list[Candidate]:
    """The prompts a section keeps, reporting everything else in it to `left_out`.

    `find_askers` marks questions one person asks the other as one-way; a page already in our
    format says so itself, and is taken at its word.
    """
    for block in section.others:
        left_out.append(LeftOut(block.line, block.text, f"{block.kind}, not a list item"))
    candidates, non_prompts = _read_items(section.items, left_out, find_askers)
    asking = [c for c in candidates if has_question_mark(c.source)]
    others = [c for c in candidates if not has_question_mark(c.source)]
    if not candidates:
        reason = (
            "section left out: none of its list items reads as a prompt"
            if section.items
            else "section left out: it has no list of prompts"
        )
    elif len(candidates) < non_prompts and not asking:
        total = len(candidates) + non_prompts
        reason = f"section left out: only {len(candidates)} of {total} list items read as prompts"
    elif len(candidates) < non_prompts:
        # Questions are kept wherever they are; the invitations around them are not.
        where = _where(section)
        for candidate in others:
            because = f"in a section mostly of things that are not prompts ({where})"
            left_out.extend(candidate.left_out_whole(because))
        return asking
    else:
        return candidates
    heading = section.heading
    if heading is not None and not is_title and (section.items or section.others):
        left_out.append(LeftOut(heading.line, heading.text, reason))
    for candidate in candidates:
        because = f"in a section left out as mostly not prompts ({_where(section)})"
        left_out.extend(candidate.left_out_whole(because))
    return []


def _where(section: Section) -> str:
    """Where a section starts, in words."""
    return f"line {section.heading.line}" if section.heading is not None else "the top of the page"


def _read_items(
    items: list[ListItem], left_out: list[LeftOut], find_askers: bool
) -> tuple[list[Candidate], int]:
    """The prompts among top-level items, and how many items were not prompts.

    Items under a left-out item go with it, except those with a question mark.
    """
    candidates: list[Candidate] = []
    non_prompts = 0
    # (item, line of the left-out item it hangs under, or None for a top-level item); a queue
    # rather than recursion, since a page may nest items deeper than Python's recursion limit.
    pending: deque[tuple[ListItem, int | None]] = deque((item, None) for item in items)
    while pending:
        item, under = pending.popleft()
        reason = not_a_prompt_reason(item.text, ordered=item.ordered)
        if reason is None and (under is None or has_question_mark(item.text)):
            candidates.append(_candidate(item, find_askers))
            continue
        if under is not None:
            left_out.append(LeftOut(item.line, item.text, _nested_reason(under)))
            pending.extendleft((child, under) for child in reversed(item.children))
            continue
        child_reasons = [not_a_prompt_reason(c.text, ordered=c.ordered) for c in item.children]
        asking = sum(1 for r in child_reasons if r is None)
        if not (asking and asking * 2 >= len(child_reasons)):
            non_prompts += 1
            left_out.append(LeftOut(item.line, item.text, reason))
            pending.extendleft((child, item.line) for child in reversed(item.children))
            continue
        # "Career:" over a nested list of questions: the questions are the prompts.
        left_out.append(LeftOut(item.line, item.text, "a label over the prompts under it"))
        for child, child_reason in zip(item.children, child_reasons, strict=True):
            if child_reason is None:
                candidates.append(_candidate(child, find_askers))
            else:
                non_prompts += 1
                left_out.append(LeftOut(child.line, child.text, child_reason))
                pending.extendleft((grand, child.line) for grand in reversed(child.children))
    return candidates, non_prompts


def _nested_reason(line: int) -> str:
    """Why an item under a left-out item is left out too."""
    return f"nested under line {line}, which was left out"


def _candidate(item: ListItem, find_askers: bool) -> Candidate:
    """A prompt from an item; nested questions become its follow-ups, and labels keep meaning.

    A nested item without one of our labels is a follow-up only when it asks; answer hints and
    to-do notes under a question are left out.
    """
    follow_ups: list[str] = []
    lighter: str | None = None
    topics: list[str] = []
    asked_by: Asker | None = None
    rejected: list[LeftOut] = []
    nested = item.descendants()
    for child in nested:
        label, rest = split_label(child.text)
        reason = link_only_reason(child.text) if label is None else None
        if not rest:
            reason = "an empty nested item"
        elif label is None and reason is None and not reads_as_question(words_of(rest)):
            reason = "a note under a prompt (such as a hint or a to-do), not a question"
        elif label == "Lighter" and lighter is not None:
            reason = "a second Lighter alternative; a prompt has only one"
        elif label == "Asked by":
            reason = _asker_problem(rest, asked_by)
        if reason is not None:
            rejected.append(LeftOut(child.line, child.text, reason))
        elif label == "Lighter":
            lighter = escape_nested(rest)
        elif label == "Topics":
            # Trimmed and lowercased as the parser keeps them.
            for topic in (" ".join(escape_nested(t).split()).lower() for t in rest.split(",")):
                if topic and topic not in topics:
                    topics.append(topic)
        elif label == "Asked by":
            asked_by = Asker(rest.casefold())
        else:
            follow_ups.append(escape_nested(rest))
    if asked_by is None and find_askers:
        asked_by = one_way_asker(item.text)
    prompt = ImportedPrompt(
        line=item.line,
        text=escape_prompt(item.text),
        follow_ups=tuple(follow_ups),
        lighter=lighter,
        topics=tuple(topics),
        asked_by=asked_by,
    )
    return Candidate(prompt, tuple(nested), tuple(rejected), item.text)


def _asker_problem(value: str, already: Asker | None) -> str | None:
    """Why an `Asked by:` item cannot be kept, or None when it names who asks."""
    if already is not None:
        return "a second Asked by; a prompt has only one"
    if value.casefold() not in {str(asker) for asker in Asker}:
        return 'an Asked by that names neither "leader" nor "partner"'
    return None


def nested_left_out(line: int, nested: list[ListItem] | tuple[ListItem, ...]) -> list[LeftOut]:
    """Items nested under a left-out item at `line`, reported as left out with it."""
    return [LeftOut(child.line, child.text, _nested_reason(line)) for child in nested]
