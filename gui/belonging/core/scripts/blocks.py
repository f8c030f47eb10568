"""Python-Markdown's reading of a script body, with the source line of every block and item.

Python-Markdown decides what is a heading, a quote, a list or a nested item, so a script means
exactly what it looks like when rendered. It keeps no line numbers, though, so before parsing,
each line gets an invisible mark carrying its number, placed after the line's block syntax
(indentation, `>`, list marker, `#`) where it changes nothing Python-Markdown decides. Inline
processing is switched off, so every element's text is the author's own Markdown plus marks.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from xml.etree import ElementTree

import markdown

from belonging.core.scripts import block_cuts
from belonging.core.scripts.report import Report

_MARK_RE = re.compile("\ue000(\\d+)\ue001")
# Lines that must stay as they are for Python-Markdown to recognise them: rules, setext
# underlines and reference definitions. They carry nothing a diagnostic points at.
_RULE_LIKE_RE = re.compile(r"[ >]*[-=_*][-=_* ]*")
_SETEXT_RE = re.compile(r" {0,3}(?:=+|-+)[ \t]*")
_REFERENCE_RE = re.compile(r"[ >]*\[[^\]]*\]:")
_PREFIX_RE = re.compile(r"(?:[ ]*(?:>|(?:[*+-]|\d+\.)[ ]))*[ ]*(?:#{1,6}[ ]*)?")
_ITEM_START_RE = re.compile(r"[ ]{0,3}(?:[*+-]|\d+\.)[ ]")
_BARE_MARKER_RE = re.compile(r"[ ]*(?:[*+-]|\d+\.)[ ]*")

_local = threading.local()


@dataclass(frozen=True)
class Block:
    """One top-level element of the body and the lines it spans in the file (1-based)."""

    element: ElementTree.Element
    line: int
    end_line: int


def parse_blocks(lines: list[str], first_line: int, report: Report) -> list[Block] | None:
    """The top-level blocks of a script body whose first line is line `first_line` of the file.

    Returns None (after reporting) for input Python-Markdown cannot take, such as thousands of
    nested quotes.
    """
    marked = mark_lines(lines, first_line)
    md = _structure_reader()
    try:
        for preprocessor in md.preprocessors:
            marked = preprocessor.run(marked)
        root = md.parser.parseDocument(marked).getroot()
    except RecursionError:
        _local.md = None  # its parser state is left half-way; never reuse it
        report.error(first_line, "this text is nested too deeply to read")
        return None
    blocks: list[Block] = []
    previous_end = first_line - 1
    for element in root:
        numbers = element_lines(element)
        if numbers:
            start, end = min(numbers), _extend_end(element, lines, first_line, max(numbers))
        else:
            # Only rules and headings made of rule characters carry no mark: the next
            # non-blank line is theirs.
            start = end = _next_content_line(lines, first_line, previous_end)
        blocks.append(Block(element, start, end))
        previous_end = end
    return blocks


def _structure_reader() -> markdown.Markdown:
    """This thread's Markdown instance that builds the block tree and nothing more."""
    md = getattr(_local, "md", None)
    if md is None:
        md = markdown.Markdown()
        # Raw HTML stays text here as it does when rendering, so both agree on the structure.
        md.preprocessors.deregister("html_block")
        # Runs of rules or underlined headings would otherwise take time quadratic in their
        # length (see `block_cuts`).
        block_cuts.install(md.parser)
        _local.md = md
    md.reset()
    return md


def mark_lines(lines: list[str], first_line: int) -> list[str]:
    """`lines` with each line's number marked after its block syntax; blank lines stay blank."""
    marked: list[str] = []
    block_is_list = False
    previous_blank = True
    for offset, raw in enumerate(lines):
        line = raw.expandtabs(4)
        number = first_line + offset
        if not line.strip():
            marked.append("")
            previous_blank = True
            continue
        if previous_blank:
            block_is_list = _ITEM_START_RE.match(line) is not None
        if _BARE_MARKER_RE.fullmatch(line) and (previous_blank or block_is_list):
            # A lone "-" is an empty prompt to its author; Python-Markdown would read it as a
            # paragraph, or as the underline of a heading made from the line above.
            marked.append(f"{line.rstrip()} \ue000{number}\ue001")
        else:
            marked.append(_mark(line, number))
        # Python-Markdown ends a block at an ATX heading, as it does at a blank line.
        previous_blank = line.startswith("#")
    return marked


def _mark(line: str, number: int) -> str:
    """One line with its number marked after its block syntax, when it has content."""
    if _RULE_LIKE_RE.fullmatch(line) or _REFERENCE_RE.match(line):
        return line
    prefix = _PREFIX_RE.match(line)
    end = prefix.end() if prefix else 0
    if end == len(line):
        return line  # nothing after the syntax (a "> " alone) for a mark to point at
    return f"{line[:end]}\ue000{number}\ue001{line[end:]}"


def _extend_end(element: ElementTree.Element, lines: list[str], first_line: int, end: int) -> int:
    """`end` moved past the unmarked lines that still belong to `element`.

    Those are a setext heading's underline and the quoted rules of a blockquote.
    """
    index = end - first_line + 1
    if element.tag in ("h1", "h2"):
        setext = not lines[index - 1].startswith("#")
        if setext and index < len(lines) and _SETEXT_RE.fullmatch(lines[index]):
            return end + 1
        return end
    while (
        element.tag == "blockquote"
        and index < len(lines)
        and lines[index].lstrip().startswith(">")
        and _RULE_LIKE_RE.fullmatch(lines[index].expandtabs(4))
    ):
        index += 1
        end += 1
    return end


def _next_content_line(lines: list[str], first_line: int, after: int) -> int:
    """The number of the first non-blank line after line `after`, or `after` + 1."""
    for index in range(max(after - first_line + 1, 0), len(lines)):
        if lines[index].strip():
            return first_line + index
    return after + 1


def element_lines(element: ElementTree.Element) -> list[int]:
    """Every line number marked anywhere inside `element`."""
    return [int(number) for text in _texts(element) for number in _MARK_RE.findall(text)]


def first_line(element: ElementTree.Element, default: int) -> int:
    """The first line marked inside `element`, or `default` when none is."""
    return min(element_lines(element), default=default)


def _texts(element: ElementTree.Element) -> Iterator[str]:
    """The text of `element` and of all its descendants, their tails included."""
    for node in element.iter():  # iterative, so a deep tree cannot exhaust the stack
        if node.text:
            yield node.text
        if node.tail and node is not element:
            yield node.tail


def clean(text: str | None) -> str:
    """Element text without the line marks, i.e. the author's Markdown."""
    return _MARK_RE.sub("", text or "")


def text_line(text: str | None) -> int | None:
    """The line of the first mark in a piece of element text, if it has one."""
    match = _MARK_RE.search(text or "")
    return int(match.group(1)) if match else None


def source_text(lines: list[str], start: int, end: int) -> str:
    """Lines `start`..`end` (1-based, inclusive) of the file as one string."""
    return "\n".join(lines[start - 1 : end])
