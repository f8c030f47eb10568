"""Which headings of an imported page become levels and which become topic tags.

Headings that name a depth ("Surface", "Deeper", "Level 2") become levels, ordered by the depth
they name; the same depth under several topics is one level. Every other heading over prompts
becomes a topic tag on them. Where the words do not settle it, headings beside depth headings
follow the majority, and the import says it guessed. A page that names no depth is one level.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace

from belonging.core.markdown_render import plain_text
from belonging.core.scripts.importing.headings import HeadingReading, read_heading, topic_name
from belonging.core.scripts.importing.result import (
    HeadingRole,
    HeadingUse,
    ImportedLevel,
    ImportedPrompt,
)
from belonging.core.scripts.importing.sections import Section
from belonging.core.scripts.importing.wording import counted, default_level_title
from belonging.core.scripts.importing.writer import escape_heading

_MAX_MINUTES = 120


@dataclass
class Arrangement:
    """The levels an import makes, what each heading became, and what the import guessed."""

    levels: list[ImportedLevel] = field(default_factory=list)
    headings: list[HeadingUse] = field(default_factory=list)
    order_guessed: bool = False
    notes: list[str] = field(default_factory=list)


@dataclass
class _Role:
    """What one heading is taken as, how surely, and why."""

    level: bool
    sure: bool
    reason: str


@dataclass
class _LevelDraft:
    """A level being gathered from one or more headings of the same depth."""

    key: tuple
    reading: HeadingReading
    sure: bool
    lines: list[int] = field(default_factory=list)
    minutes: list[int] = field(default_factory=list)
    prompts: list[ImportedPrompt] = field(default_factory=list)


def arrange(
    kept: dict[Section, list[ImportedPrompt]],
    sections: list[Section],
    title_section: Section | None,
    *,
    level_lines: Collection[int] | None = None,
    chosen_because: str = "chosen by hand",
) -> Arrangement:
    """Levels and topic tags for the prompts each section `kept`, in file order.

    `level_lines`, when given, are the lines of the headings to take as levels, in the page's
    order, `chosen_because` the reason (a person's choice in a preview, or a page already in
    our format); every other heading over prompts is then a topic.
    """
    relevant = _relevant_sections(kept, title_section)
    # Headings chosen as levels keep their whole names; only a guess splits "Family – Surface".
    whole = level_lines is not None
    readings = {s: read_heading(s.heading.text, split_topic=not whole) for s in relevant}
    if level_lines is not None:
        roles = {s: _Role(s.heading.line in level_lines, True, chosen_because) for s in relevant}
    else:
        roles = _roles(relevant, readings, title_section)
    result = Arrangement()
    if title_section is not None:
        heading = title_section.heading
        use = HeadingUse(heading.line, heading.text, HeadingRole.TITLE, heading.text, True, "title")
        result.headings.append(use)
    if not any(role.level for role in roles.values()) and len(roles) == 1 and level_lines is None:
        only = next(iter(roles))
        roles[only] = _Role(True, True, "the only heading over the prompts names the level")
    placed = [(section, _placement(section, roles, readings, kept)) for section in sections]
    if any(role.level for role in roles.values()):
        drafts, unplaced = _gather(placed, readings, roles, by_depth=level_lines is None)
        ordered, result.order_guessed = _order(drafts)
        if unplaced:
            ordered[0].prompts += unplaced
            result.notes.append(
                f"{counted(len(unplaced), 'prompt')} under no heading taken as a level went into "
                f"the first level, {_one_line_plain(ordered[0].reading.name)}."
            )
        result.levels = _finish(ordered)
    else:
        prompts = [p for _, (_, found) in placed for p in found]
        title = default_level_title(p.text for p in prompts)
        result.levels = [ImportedLevel(title, title, 0, tuple(prompts), names_depth=False)]
        if roles:
            result.notes.append(
                "No heading names a depth (such as surface, medium, deep or level 1), so every "
                f"prompt is in one level and the {counted(len(roles), 'heading')} became topics."
            )
    level_titles = {line: level.title for level in result.levels for line in level.heading_lines}
    for section, role in roles.items():
        heading = section.heading
        name = level_titles.get(heading.line, "") if role.level else topic_name(heading.text)
        kind = HeadingRole.LEVEL if role.level else HeadingRole.TOPIC
        use = HeadingUse(heading.line, heading.text, kind, name, role.sure, role.reason)
        result.headings.append(use)
    result.headings.sort(key=lambda use: use.line)
    return result


def _relevant_sections(
    kept: dict[Section, list[ImportedPrompt]], title_section: Section | None
) -> list[Section]:
    """The headed sections over kept prompts, directly or through sections under them."""
    relevant: dict[Section, None] = {}
    for section, prompts in kept.items():
        if prompts:
            for s in [section, *section.ancestors()]:
                if s.heading is not None and s is not title_section:
                    relevant[s] = None
    return sorted(relevant, key=lambda s: s.heading.line)


def _roles(
    relevant: list[Section],
    readings: dict[Section, HeadingReading],
    title_section: Section | None,
) -> dict[Section, _Role]:
    """Whether each relevant heading is a level, and why; siblings follow their majority."""
    roles = {
        s: _Role(True, True, "names a depth")
        if readings[s].names_depth
        else _Role(False, True, "names a topic, not a depth")
        for s in relevant
    }
    groups: dict[int, list[Section]] = {}
    for s in relevant:
        parent = s.parent if s.parent is not title_section else None
        groups.setdefault(id(parent), []).append(s)
    for siblings in groups.values():
        depths = sum(1 for s in siblings if readings[s].names_depth)
        if depths == 0 or depths == len(siblings):
            continue
        for s in siblings:
            if depths * 2 >= len(siblings) and not readings[s].names_depth:
                roles[s] = _Role(
                    True, False, "taken as a level: the headings beside it name depths"
                )
            elif depths * 2 < len(siblings) and readings[s].names_depth:
                roles[s] = _Role(False, False, "names a depth, but the headings beside it do not")
    return roles


def _placement(
    section: Section,
    roles: dict[Section, _Role],
    readings: dict[Section, HeadingReading],
    kept: dict[Section, list[ImportedPrompt]],
) -> tuple[Section | None, list[ImportedPrompt]]:
    """The heading whose level a section's prompts join, and the prompts tagged with topics."""
    path = [section, *section.ancestors()]
    level_section = next((s for s in path if s in roles and roles[s].level), None)
    topics = []
    for s in reversed(path):
        if s in roles and not roles[s].level:
            topics.append(topic_name(s.heading.text))
        elif s is level_section and readings[s].topic:
            topics.append(readings[s].topic)  # "family" from "Family – Surface"
    return level_section, [_with_topics(p, topics) for p in kept.get(section, [])]


def _with_topics(prompt: ImportedPrompt, topics: list[str]) -> ImportedPrompt:
    """`prompt` tagged with the topics of the headings over it, before its own."""
    merged: list[str] = []
    for topic in [*topics, *prompt.topics]:
        if topic and topic not in merged:  # both already lowercased as the parser keeps them
            merged.append(topic)
    return replace(prompt, topics=tuple(merged))


def _gather(
    placed: list[tuple[Section, tuple[Section | None, list[ImportedPrompt]]]],
    readings: dict[Section, HeadingReading],
    roles: dict[Section, _Role],
    *,
    by_depth: bool,
) -> tuple[list[_LevelDraft], list[ImportedPrompt]]:
    """One draft per depth (headings of one depth under several topics join), and the rest.

    Without `by_depth`, levels chosen by hand keep their names and the page's order.
    """
    drafts: dict[tuple, _LevelDraft] = {}
    unplaced: list[ImportedPrompt] = []
    for _, (level_section, prompts) in placed:
        if level_section is None:
            unplaced += prompts
            continue
        reading = readings[level_section]
        named = reading.names_depth and by_depth
        key = reading.rank if named else ("name", reading.name.casefold())
        draft = drafts.get(key)
        if draft is None:
            draft = drafts[key] = _LevelDraft(key, reading, roles[level_section].sure)
        if level_section.heading.line not in draft.lines:
            draft.lines.append(level_section.heading.line)
            draft.minutes += [reading.minutes] if reading.minutes else []
        draft.sure = draft.sure and roles[level_section].sure
        draft.prompts += prompts
    return list(drafts.values()), unplaced


def _order(drafts: list[_LevelDraft]) -> tuple[list[_LevelDraft], bool]:
    """Levels from light to deep, and whether that order is a guess.

    Depths named in one way ("Level 1, 2, 3", or "surface, medium, deep") set the order; a
    mixture, or a level taken as one without naming a depth, leaves the page's order, guessed.
    """
    if len(drafts) <= 1:
        return drafts, False
    kinds = {d.key[0] for d in drafts}
    if len(kinds) == 1 and kinds != {"name"} and all(d.sure for d in drafts):
        return sorted(drafts, key=lambda d: d.key[1]), False
    return drafts, True


def _finish(drafts: list[_LevelDraft]) -> list[ImportedLevel]:
    """The levels as imported, with titles the parser accepts (no two alike)."""
    levels: list[ImportedLevel] = []
    seen: set[str] = set()
    for draft in drafts:
        heading = escape_heading(draft.reading.name)
        if not _one_line_plain(heading):
            heading = "Questions"
        title, copy = _one_line_plain(heading), 1
        while title.casefold() in seen:
            copy += 1
            title = _one_line_plain(f"{heading} ({copy})")
        seen.add(title.casefold())
        minutes = min(sum(draft.minutes), _MAX_MINUTES) if draft.minutes else None
        levels.append(
            ImportedLevel(
                title=title,
                heading=heading if copy == 1 else f"{heading} ({copy})",
                line=draft.lines[0],
                prompts=tuple(sorted(draft.prompts, key=lambda p: p.line)),
                minutes=minutes,
                heading_lines=tuple(draft.lines),
                names_depth=draft.sure and draft.reading.names_depth,
            )
        )
    return levels


def _one_line_plain(markdown_text: str) -> str:
    """The words of a heading as our parser shows them: one line, no markup."""
    return " ".join(plain_text(markdown_text).split())
