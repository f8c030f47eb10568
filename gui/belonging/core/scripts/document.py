"""Reads the block tree of a script body into its parts: title, introduction, levels, prompts.

What is read here is still the author's Markdown; ids, rendering and the checks that need the
whole script (duplicates, missing lighter alternatives) come afterwards, in the parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.etree import ElementTree

from belonging.core.markdown_render import plain_text
from belonging.core.scripts.blocks import Block, clean, first_line, source_text, text_line
from belonging.core.scripts.frontmatter import parse_minutes
from belonging.core.scripts.model import Asker, FirstSpeaker
from belonging.core.scripts.report import Report

LEVEL_MINUTES = (1, 120)
_LISTS = ("ul", "ol")
_ATTRIBUTES_RE = re.compile(r"\{:?([^{}]*)\}\s*$")
_ATTRIBUTE_RE = re.compile(r"""([^\s=]+)(?:=("[^"]*"|'[^']*'|\S*))?""")
_LABEL_RE = re.compile(
    r"\s*(follow-up|lighter|topics|asked[ \t]+by)\s*:(.*)", re.IGNORECASE | re.DOTALL
)
_LABEL_NAMES = {
    "follow-up": "Follow-up",
    "lighter": "Lighter",
    "topics": "Topics",
    "asked by": "Asked by",
}
_LABELS_SAID = "Follow-up:, Lighter:, Topics: or Asked by:"
_SOME_LABEL_RE = re.compile(r"\s*([^\s:][^:\n]{0,30}?)\s*:")
_QUOTE_PREFIX_RE = re.compile(r"^ {0,3}> ?", re.MULTILINE)
_STRAY = (
    'ignored: under a level only a guidance quote (">") right after the heading '
    "and lists of prompts are read"
)


@dataclass
class PromptDraft:
    """A prompt as written: its Markdown, line, and nudges, not yet checked or rendered."""

    text: str
    line: int
    follow_ups: list[str] = field(default_factory=list)
    lighter: str | None = None
    lighter_line: int = 0
    topics: list[str] = field(default_factory=list)
    asked_by: Asker | None = None
    asked_by_line: int = 0


@dataclass
class LevelDraft:
    """A level as written, from its `##` heading to the next."""

    title: str
    line: int
    minutes: int | None = None
    first: FirstSpeaker | None = None
    guidance: str = ""
    prompts: list[PromptDraft] = field(default_factory=list)


@dataclass
class Document:
    """Everything a script body holds, in file order."""

    title: str = ""
    introduction: str = ""
    levels: list[LevelDraft] = field(default_factory=list)


def read_document(blocks: list[Block], lines: list[str], report: Report) -> Document:
    """Sorts the body's blocks into title, introduction and levels, reporting strays."""
    document = Document()
    introduction: list[str] = []
    title_seen = False
    level: LevelDraft | None = None
    blocks_in_level = 0
    for block in blocks:
        tag = block.element.tag
        if tag == "h2":
            level = _read_heading(block, report)
            document.levels.append(level)
            blocks_in_level = 0
        elif level is None:
            if tag == "h1" and not title_seen:
                title_seen = True
                document.title = _plain(clean(block.element.text))
            elif tag in _LISTS:
                report.warning(
                    block.line, "a list before the first level is ignored; start a level with ##"
                )
            elif tag != "hr":
                introduction.append(source_text(lines, block.line, block.end_line))
        else:
            if tag == "blockquote" and blocks_in_level == 0:
                quoted = source_text(lines, block.line, block.end_line)
                level.guidance = _QUOTE_PREFIX_RE.sub("", quoted).strip()
            elif tag in _LISTS:
                for item in block.element:
                    prompt = _read_prompt(item, block.line, report)
                    if prompt is not None:
                        level.prompts.append(prompt)
            elif tag != "hr":
                report.warning(block.line, _STRAY)
            blocks_in_level += 1
    document.introduction = "\n\n".join(introduction)
    return document


def _plain(markdown_text: str) -> str:
    """One line of plain text from a bit of Markdown, for titles."""
    return " ".join(plain_text(markdown_text).split())


def _read_heading(block: Block, report: Report) -> LevelDraft:
    """A level from its `## Title {: minutes=N first=WHO }` heading."""
    raw = clean(block.element.text).strip()
    minutes = None
    first = None
    attributes = _ATTRIBUTES_RE.search(raw)
    if attributes is not None:
        raw = raw[: attributes.start()]
        for key, value in _ATTRIBUTE_RE.findall(attributes.group(1)):
            if key.lower() == "minutes":
                value = value.strip("\"'")
                minutes = parse_minutes(
                    value, LEVEL_MINUTES, block.line, report, what="level minutes"
                )
            elif key.lower() == "first":
                first = _first_speaker(value.strip("\"'"), block.line, report)
            else:
                report.warning(block.line, f'unknown level attribute "{key}" is ignored')
    title = _plain(raw)
    if not title:
        report.error(block.line, 'a level needs a title after "##"')
    return LevelDraft(title=title, line=block.line, minutes=minutes, first=first)


def _first_speaker(value: str, line: int, report: Report) -> FirstSpeaker | None:
    """Who answers first at a level, or None after reporting a value that names no one."""
    try:
        return FirstSpeaker(value.lower())
    except ValueError:
        allowed = ", ".join(f'"{who}"' for who in FirstSpeaker)
        report.error(line, f'bad first "{value}": use {allowed}')
        return None


def _item_contents(
    item: ElementTree.Element,
) -> tuple[list[str], list[ElementTree.Element], list[ElementTree.Element]]:
    """A list item's paragraphs of text, its nested lists, and any other blocks in it."""
    paragraphs: list[str] = []
    lists: list[ElementTree.Element] = []
    others: list[ElementTree.Element] = []

    def add(text: str | None) -> None:
        cleaned = clean(text).strip()
        if cleaned:
            paragraphs.append(cleaned)

    add(item.text)
    for child in item:
        if child.tag == "p":
            add(child.text)
        elif child.tag in _LISTS:
            lists.append(child)
        else:
            others.append(child)
        add(child.tail)
    return paragraphs, lists, others


def _item_line(item: ElementTree.Element, default: int) -> int:
    """The line a list item starts on."""
    return text_line(item.text) or first_line(item, default)


def _read_prompt(item: ElementTree.Element, default: int, report: Report) -> PromptDraft | None:
    """One top-level list item: the prompt and its Follow-up, Lighter, Topics and Asked by."""
    line = _item_line(item, default)
    paragraphs, lists, others = _item_contents(item)
    for other in others:
        report.warning(
            first_line(other, line),
            "ignored: a prompt holds text and Follow-up, Lighter, Topics or Asked by items only",
        )
    text = "\n\n".join(paragraphs)
    label = _LABEL_RE.match(text)
    if label is not None:
        report.error(
            line,
            f'a prompt starts with "{label.group(1)}:"; to attach it to the prompt above, '
            "indent it by 4 spaces",
        )
        return None
    prompt = PromptDraft(text=text, line=line)
    for nested in lists:
        for nudge in nested:
            _read_nudge(nudge, _item_line(nudge, line), prompt, report)
    return prompt


def _read_nudge(item: ElementTree.Element, line: int, prompt: PromptDraft, report: Report) -> None:
    """Adds one nested `Label: text` item (Follow-up, Lighter, Topics, Asked by) to `prompt`."""
    paragraphs, lists, others = _item_contents(item)
    for inner in lists + others:
        report.error(
            first_line(inner, line),
            "a Follow-up, Lighter, Topics or Asked by item holds text only, not lists or other "
            "blocks",
        )
    text = "\n\n".join(paragraphs)
    match = _LABEL_RE.match(text)
    if match is None:
        some = _SOME_LABEL_RE.match(text)
        shown = f' "{some.group(1)}"' if some else ""
        report.error(
            line,
            f"unknown label{shown}: items under a prompt must start with {_LABELS_SAID}",
        )
        return
    label, value = " ".join(match.group(1).lower().split()), match.group(2).strip()
    name = _LABEL_NAMES[label]
    topics = [" ".join(t.split()).lower() for t in value.split(",")]
    if not value or (label == "topics" and not any(topics)):
        what = '"leader" or "partner"' if label == "asked by" else "its text"
        report.error(line, f"empty {name}: write {what} after the colon, or remove the item")
    elif label == "follow-up":
        prompt.follow_ups.append(value)
    elif label == "lighter" and prompt.lighter is not None:
        report.error(
            line,
            f"more than one Lighter on this prompt (the first is on line {prompt.lighter_line}); "
            "keep one",
        )
    elif label == "lighter":
        prompt.lighter, prompt.lighter_line = value, line
    elif label == "asked by":
        _read_asker(value, line, prompt, report)
    else:
        for topic in topics:
            if topic and topic not in prompt.topics:
                prompt.topics.append(topic)


def _read_asker(value: str, line: int, prompt: PromptDraft, report: Report) -> None:
    """Makes `prompt` one-way, asked by the person `value` names."""
    if prompt.asked_by is not None:
        report.error(
            line,
            f"more than one Asked by on this prompt (the first is on line {prompt.asked_by_line}); "
            "keep one",
        )
        return
    try:
        prompt.asked_by = Asker(value.lower())
    except ValueError:
        allowed = " or ".join(f'"{who}"' for who in Asker)
        report.error(line, f'bad Asked by "{value}": use {allowed}')
        return
    prompt.asked_by_line = line
