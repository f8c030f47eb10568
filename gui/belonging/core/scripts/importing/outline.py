"""The block outline of any Markdown page: headings, list trees and other blocks, with lines.

Python-Markdown renders a page but forgets where each part came from; the importer must tell
the user "line 372: a numbered step, not a prompt". This reader follows CommonMark closely
enough for real pages (ATX and setext headings, nested and lazy list items, fences, quotes,
tables, HTML comments, front matter) and never fails: anything it does not know is a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_FENCE = re.compile(r"^(`{3,}|~{3,})")
_ATX_HEADING = re.compile(r"^(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
_CLOSING_HASHES = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
#: Heading attribute lists from kramdown, pandoc and attr_list: "{#id}", "{.class}", "{: x=1}".
_HEADING_ATTRIBUTES = re.compile(r"[ \t]*\{[:#.][^{}]*\}[ \t]*$")
#: Our own `{: minutes=N }`, kept as words so a script imported again keeps its times.
_MINUTES_ATTRIBUTE = re.compile(r"\bminutes=[\"']?(\d{1,3})\b")
_THEMATIC_BREAK = re.compile(r"^([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^(=+|-{2,})[ \t]*$")
_LIST_ITEM = re.compile(r"^([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$")
_TASK_BOX = re.compile(r"^\[[ xX]\][ \t]+")
_TABLE_DELIMITER = re.compile(r"^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")
_HTML_START = re.compile(r"^(?:</?[a-zA-Z][a-zA-Z0-9-]*(?:[\s/>]|$)|<[!?])")
#: "**Warm-up questions:**" alone on a line, standing in for a heading.
_BOLD_LINE = re.compile(r"^(\*\*|__)(?P<text>[^*_].*?)\1[ \t]*:?[ \t]*$")


@dataclass(frozen=True)
class Heading:
    """A heading; `pseudo` marks a bold line that only stands in for one."""

    line: int
    depth: int
    text: str
    pseudo: bool = False


@dataclass
class ListItem:
    """One list item with its text (continuation lines joined) and its nested items."""

    line: int
    indent: int
    ordered: bool
    text: str
    children: list[ListItem] = field(default_factory=list)

    def descendants(self) -> list[ListItem]:
        """Every item nested under this one, at any depth, in file order."""
        # A loop, not recursion: a page may nest items deeper than Python's recursion limit.
        found: list[ListItem] = []
        pending = list(reversed(self.children))
        while pending:
            item = pending.pop()
            found.append(item)
            pending.extend(reversed(item.children))
        return found


@dataclass
class ListBlock:
    """A run of list items; `items` are the top-level ones."""

    items: list[ListItem] = field(default_factory=list)


@dataclass(frozen=True)
class OtherBlock:
    """A block that is neither heading nor list; `kind` names it with its article."""

    line: int
    kind: str
    text: str


Block = Heading | ListBlock | OtherBlock


@dataclass
class Outline:
    """A page's front matter (`key: value` pairs) and its blocks in file order."""

    front_matter: dict[str, str] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)


class _Reader:
    """Reads lines one at a time, keeping the open paragraph, list and fence."""

    def __init__(self) -> None:
        self.outline = Outline()
        self.paragraph: list[tuple[int, str]] = []
        self.paragraph_kind = "a paragraph"
        self.stack: list[ListItem] = []
        self.blank_in_list = False
        self.fence: tuple[str, int, list[str]] | None = None
        self.comment: tuple[int, list[str]] | None = None

    def feed(self, number: int, raw: str) -> None:
        line = raw.expandtabs(4).rstrip()
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if self.fence is not None:
            self._feed_fence(stripped)
        elif self.comment is not None:
            self.comment[1].append(stripped)
            if "-->" in stripped:
                self._close_comment()
        elif not stripped:
            self._flush_paragraph()
            self.blank_in_list = bool(self.stack)
        elif _FENCE.match(stripped):
            self._end_blocks()
            self.fence = (_FENCE.match(stripped).group(1), number, [stripped])
        elif stripped.startswith("<!--"):
            self._end_blocks()
            self.comment = (number, [stripped])
            if "-->" in stripped[4:]:
                self._close_comment()
        elif indent <= 3 and _ATX_HEADING.match(stripped):
            self._end_blocks()
            self._add_atx_heading(number, stripped)
        elif indent <= 3 and self._setext(stripped):
            pass
        elif indent <= 3 and _THEMATIC_BREAK.match(stripped):
            self._end_blocks()
        elif (item := _LIST_ITEM.match(stripped)) and self._may_start_item(item, indent):
            self._add_item(number, indent, item)
        elif self.stack and self._continue_item(indent, stripped):
            pass
        else:
            self._end_list()
            self._add_paragraph_line(number, indent, stripped)

    def finish(self) -> Outline:
        if self.fence is not None:
            _, start, lines = self.fence
            self.outline.blocks.append(OtherBlock(start, "a code block", lines[0]))
            self.fence = None
        if self.comment is not None:
            self._close_comment()
        self._end_blocks()
        return self.outline

    def _feed_fence(self, stripped: str) -> None:
        marker, start, lines = self.fence
        lines.append(stripped)
        if stripped.startswith(marker) and not stripped.strip(marker[0]):
            self.outline.blocks.append(OtherBlock(start, "a code block", lines[0]))
            self.fence = None

    def _close_comment(self) -> None:
        start, lines = self.comment
        self.outline.blocks.append(OtherBlock(start, "an HTML comment", " ".join(lines)))
        self.comment = None

    def _add_atx_heading(self, number: int, stripped: str) -> None:
        match = _ATX_HEADING.match(stripped)
        text = _CLOSING_HASHES.sub("", match.group(2) or "")
        text = _HEADING_ATTRIBUTES.sub(_minutes_words, text).strip()
        self.outline.blocks.append(Heading(number, len(match.group(1)), text))

    def _setext(self, stripped: str) -> bool:
        underline = _SETEXT_UNDERLINE.match(stripped)
        if underline is None or not self.paragraph or self.paragraph_kind != "a paragraph":
            return False
        start = self.paragraph[0][0]
        text = " ".join(part for _, part in self.paragraph)
        self.paragraph = []
        depth = 1 if underline.group(1).startswith("=") else 2
        self.outline.blocks.append(
            Heading(start, depth, _HEADING_ATTRIBUTES.sub(_minutes_words, text))
        )
        return True

    def _may_start_item(self, item: re.Match[str], indent: int) -> bool:
        if self.stack:
            return True
        # As in CommonMark, only a non-empty bullet or a list counting from 1 breaks a paragraph.
        if self.paragraph:
            starts_at_one = item.group(1)[:-1] == "1" or not item.group(1)[0].isdigit()
            return starts_at_one and bool((item.group(2) or "").strip())
        return indent <= 3

    def _add_item(self, number: int, indent: int, match: re.Match[str]) -> None:
        self._flush_paragraph()
        text = _TASK_BOX.sub("", (match.group(2) or "").strip())
        item = ListItem(number, indent, match.group(1)[0].isdigit(), text)
        # People nest by eye, so any deeper indent nests (CommonMark wants the content column).
        while self.stack and indent <= self.stack[-1].indent:
            self.stack.pop()
        if self.stack:
            self.stack[-1].children.append(item)
        else:
            if not self.outline.blocks or not isinstance(self.outline.blocks[-1], ListBlock):
                self.outline.blocks.append(ListBlock())
            self.outline.blocks[-1].items.append(item)
        self.stack.append(item)
        self.blank_in_list = False

    def _continue_item(self, indent: int, stripped: str) -> bool:
        if self.blank_in_list:
            if indent <= self.stack[0].indent:
                return False
            while len(self.stack) > 1 and indent <= self.stack[-1].indent:
                self.stack.pop()
        target = self.stack[-1]
        target.text = f"{target.text} {stripped}".strip()
        self.blank_in_list = False
        return True

    def _add_paragraph_line(self, number: int, indent: int, stripped: str) -> None:
        if stripped.startswith(">") and self.paragraph_kind != "a block quote":
            self._flush_paragraph()  # a quote interrupts a paragraph or a table
        if not self.paragraph:
            if stripped.startswith(">"):
                self.paragraph_kind = "a block quote"
            elif stripped.startswith("|"):
                self.paragraph_kind = "a table"
            elif _HTML_START.match(stripped):
                self.paragraph_kind = "an HTML block"
            elif indent >= 4:
                self.paragraph_kind = "a code block"
            else:
                self.paragraph_kind = "a paragraph"
        elif self.paragraph_kind == "a paragraph" and _TABLE_DELIMITER.match(stripped):
            self.paragraph_kind = "a table"
        self.paragraph.append((number, stripped))

    def _flush_paragraph(self) -> None:
        if not self.paragraph:
            return
        start = self.paragraph[0][0]
        text = " ".join(part for _, part in self.paragraph)
        bold = _BOLD_LINE.match(text) if len(self.paragraph) == 1 else None
        if bold is not None and self.paragraph_kind == "a paragraph":
            self.outline.blocks.append(Heading(start, 0, bold.group("text").strip(), pseudo=True))
        else:
            self.outline.blocks.append(OtherBlock(start, self.paragraph_kind, text))
        self.paragraph = []

    def _end_list(self) -> None:
        self.stack = []
        self.blank_in_list = False

    def _end_blocks(self) -> None:
        self._flush_paragraph()
        self._end_list()


def _minutes_words(attributes: re.Match[str]) -> str:
    """A heading's attribute list dropped, all but its minutes, written " (N min)"."""
    minutes = _MINUTES_ATTRIBUTE.search(attributes.group(0))
    return f" ({minutes.group(1)} min)" if minutes else ""


_FRONT_MATTER_LINE = re.compile(r"^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$")


def read_outline(text: str) -> Outline:
    """The outline of a Markdown page; it accepts any text and never raises."""
    # Only these three end a line in an editor, so line numbers match what the user sees.
    lines = re.split(r"\r\n|\r|\n", text)
    reader = _Reader()
    start = 0
    if lines and lines[0].strip() == "---":
        closing = next(
            (n for n in range(1, len(lines)) if lines[n].strip() in ("---", "...")), None
        )
        first = next((entry.strip() for entry in lines[1:] if entry.strip()), "")
        # A page may open with a plain rule; front matter starts with a key.
        if closing is not None and _FRONT_MATTER_LINE.match(first):
            for entry in lines[1:closing]:
                match = _FRONT_MATTER_LINE.match(entry.strip())
                if match:
                    reader.outline.front_matter[match.group(1).lower()] = match.group(2).strip()
            start = closing + 1
    for number in range(start, len(lines)):
        reader.feed(number + 1, lines[number])
    return reader.finish()
