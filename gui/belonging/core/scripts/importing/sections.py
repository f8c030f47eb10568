"""What each section of an imported page keeps: its prompts, and why the rest is left out.

A section runs from one heading to the next. It keeps the list items that read as prompts;
a section whose list items are mostly not prompts (a table of contents, an FAQ, contributing
steps) is left out whole, because the odd question inside one is not meant for a conversation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from belonging.core.scripts.importing.heuristics import (
    link_only_reason,
    not_a_prompt_reason,
    split_label,
)
from belonging.core.scripts.importing.outline import Block, Heading, ListBlock, ListItem, OtherBlock
from belonging.core.scripts.importing.writer import RenderedPrompt


@dataclass(frozen=True)
class LeftOut:
    """Something in the source the import did not keep: its 1-based line, text and why."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class Candidate:
    """A prompt found in a section, with what its nested items brought and left out."""

    prompt: RenderedPrompt
    nested: tuple[ListItem, ...]
    rejected: tuple[LeftOut, ...]

    def left_out_whole(self, reason: str) -> list[LeftOut]:
        """The prompt and everything nested under it, reported as left out for `reason`."""
        line, text = self.prompt.line, self.prompt.text
        return [LeftOut(line, text, reason), *nested_left_out(line, self.nested)]


@dataclass
class Section:
    """The blocks under one heading (or before the first), until the next heading."""

    heading: Heading | None
    depth: int
    items: list[ListItem] = field(default_factory=list)
    others: list[OtherBlock] = field(default_factory=list)


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
            sections.append(Section(block, depth))
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
    # Pages that use `# ` for every category have no title heading; their H1s are levels.
    single_h1 = sum(1 for s in headed if s.depth == 1) == 1
    return first if single_h1 or not first.items else None


def section_candidates(section: Section, *, is_title: bool, left_out: list[LeftOut]) -> list:
    """The prompts a section keeps, reporting everything else in it to `left_out`."""
    for block in section.others:
        left_out.append(LeftOut(block.line, block.text, f"{block.kind}, not a list item"))
    candidates, non_prompts = _read_items(section.items, left_out)
    if not candidates:
        reason = (
            "section left out: none of its list items reads as a prompt"
            if section.items
            else "section left out: it has no list of prompts"
        )
    elif len(candidates) < non_prompts:
        total = len(candidates) + non_prompts
        reason = f"section left out: only {len(candidates)} of {total} list items read as prompts"
    else:
        return candidates
    heading = section.heading
    if heading is not None and not is_title and (section.items or section.others):
        left_out.append(LeftOut(heading.line, heading.text, reason))
    where = f"line {heading.line}" if heading is not None else "the top of the page"
    for candidate in candidates:
        because = f"in a section left out as mostly not prompts ({where})"
        left_out.extend(candidate.left_out_whole(because))
    return []


def _read_items(items: list[ListItem], left_out: list[LeftOut]) -> tuple[list[Candidate], int]:
    """The prompts among top-level items, and how many items were not prompts."""
    candidates: list[Candidate] = []
    non_prompts = 0
    for item in items:
        reason = not_a_prompt_reason(item.text, ordered=item.ordered)
        if reason is None:
            candidates.append(_candidate(item))
            continue
        child_reasons = [not_a_prompt_reason(c.text, ordered=c.ordered) for c in item.children]
        asking = sum(1 for r in child_reasons if r is None)
        if asking and asking * 2 >= len(child_reasons):
            # "Career:" over a nested list of questions: the questions are the prompts.
            left_out.append(LeftOut(item.line, item.text, "a label over the prompts under it"))
            for child, child_reason in zip(item.children, child_reasons, strict=True):
                if child_reason is None:
                    candidates.append(_candidate(child))
                else:
                    non_prompts += 1
                    left_out.append(LeftOut(child.line, child.text, child_reason))
                    left_out.extend(nested_left_out(child.line, child.descendants()))
            continue
        non_prompts += 1
        left_out.append(LeftOut(item.line, item.text, reason))
        left_out.extend(nested_left_out(item.line, item.descendants()))
    return candidates, non_prompts


def _candidate(item: ListItem) -> Candidate:
    """A prompt from an item; nested items become its follow-ups, lighter line and topics.

    Nested items with one of our labels keep it; any other nested item is a follow-up.
    """
    follow_ups: list[str] = []
    lighter: str | None = None
    topics: list[str] = []
    rejected: list[LeftOut] = []
    nested = item.descendants()
    for child in nested:
        label, rest = split_label(child.text)
        reason = link_only_reason(child.text) if label is None else None
        if not rest:
            reason = "an empty nested item"
        elif label == "Lighter" and lighter is not None:
            reason = "a second Lighter alternative; a prompt has only one"
        if reason is not None:
            rejected.append(LeftOut(child.line, child.text, reason))
        elif label == "Lighter":
            lighter = rest
        elif label == "Topics":
            for topic in (t.strip() for t in rest.split(",")):
                if topic and topic.casefold() not in (t.casefold() for t in topics):
                    topics.append(topic)
        else:
            follow_ups.append(rest)
    prompt = RenderedPrompt(item.line, item.text, tuple(follow_ups), lighter, tuple(topics))
    return Candidate(prompt, tuple(nested), tuple(rejected))


def nested_left_out(line: int, nested: list[ListItem] | tuple[ListItem, ...]) -> list[LeftOut]:
    """Items nested under a left-out item at `line`, reported as left out with it."""
    because = f"nested under line {line}, which was left out"
    return [LeftOut(child.line, child.text, because) for child in nested]


def report_heading_only_sections(
    sections: list[Section], *, title_section: Section | None, left_out: list[LeftOut]
) -> None:
    """Report headings with nothing under them (at most deeper headings), which no level keeps."""
    for section in sections:
        heading = section.heading
        if heading is None or section is title_section or section.items or section.others:
            continue
        left_out.append(LeftOut(heading.line, heading.text, "a heading with no prompts of its own"))
