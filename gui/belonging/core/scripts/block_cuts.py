"""Cut a block at its headings and rules in one pass, where Python-Markdown would cut it.

Python-Markdown's processors for `#` headings, underlined headings and rules each take one of
them off the front of a block and put the rest back as a new block; the `#` processor first
searches the whole rest for a heading line. A block of n such lines (a hostile file of rules or
underlined headings, with no blank line between them) therefore costs n² steps: half a megabyte
took an hour. `BlockCutter` runs just before those processors and cuts the block into the very
pieces they would make, all at once; each piece then goes through Python-Markdown's processors
as usual, as a block of its own, exactly as the rest put back would have.

Where they cut, following their tests and their order of priority, for a block whose first
line is not indented (an indented one goes to the list-indent or code processor first):
- a `#` heading line (the heading processor finds one anywhere, before the others look);
- the block's first two lines, when the second underlines the first (`===` or `---`);
- a rule line (`***`, `- - -`, `___`), found anywhere in what no heading took;
and what follows each cut is a new block, read by the same rules, unless it starts indented:
then the list-indent or code processor takes it, and it is left whole. In a loose list's
state the heading processor also detabs what follows a heading, so the cutter stands aside.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

from markdown.blockparser import BlockParser
from markdown.blockprocessors import BlockProcessor, HashHeaderProcessor, HRProcessor

#: Python-Markdown's own patterns, so a line is a heading or a rule exactly when it says so.
_HASH_HEADING = HashHeaderProcessor.RE
_RULE = HRProcessor.SEARCH_RE
#: The second line of an underlined heading, as `SetextHeaderProcessor.RE` reads it.
_UNDERLINE = re.compile(r"(?:=+|-+)[ ]*")
_INDENT = " " * 4

#: Priority in Python-Markdown's block parser: after the code processor (80), before the
#: `#` heading processor (70).
PRIORITY = 75


def cut_block(block: str) -> list[str]:
    """The pieces Python-Markdown's heading and rule processors would cut `block` into.

    One piece (the block itself) when they would not cut it. The block's first line must not
    be indented by four spaces (the processors that come first would take it).
    """
    lines = block.split("\n")
    # Which lines are cuts is decided once per line, so the whole block costs one pass.
    pieces: list[str] = []
    start = 0
    count = len(lines)
    while start < count:
        line = lines[start]
        if start and line.startswith(_INDENT):
            pieces.append("\n".join(lines[start:]))
            break
        if _is_hash_heading(line):
            pieces.append(line)
            start += 1
        elif start + 1 < count and _UNDERLINE.fullmatch(lines[start + 1]):
            pieces.append(f"{line}\n{lines[start + 1]}")
            start += 2
        elif _RULE.match(line):
            pieces.append(line)
            start += 1
        else:
            cut = start + 1
            while cut < count and not (_is_hash_heading(lines[cut]) or _RULE.match(lines[cut])):
                cut += 1
            pieces.append("\n".join(lines[start:cut]))
            if cut < count:
                # The line found is taken as it was found (a rule stays a rule even when the
                # next line could underline it): the processor that found it made it one.
                pieces.append(lines[cut])
            start = cut + 1
    return pieces


def _is_hash_heading(line: str) -> bool:
    return line.startswith("#") and _HASH_HEADING.match(line) is not None


class BlockCutter(BlockProcessor):
    """Cuts a block at its headings and rules before their own processors see it (see the
    module's docstring); registered by `install`."""

    def __init__(self, parser: BlockParser) -> None:
        super().__init__(parser)
        self._cut: tuple[str, list[str]] | None = None

    def test(self, parent: ElementTree.Element, block: str) -> bool:
        """Whether the block would be cut in two or more pieces."""
        if self.parser.state.isstate("looselist") or block.startswith(("\n", _INDENT)):
            return False
        pieces = cut_block(block)
        if len(pieces) < 2:
            return False
        self._cut = (block, pieces)
        return True

    def run(self, parent: ElementTree.Element, blocks: list[str]) -> None:
        """Puts the pieces in the block's place, to be read one after the other."""
        block = blocks.pop(0)
        cut = self._cut
        pieces = cut[1] if cut is not None and cut[0] is block else cut_block(block)
        self._cut = None
        blocks[0:0] = pieces


def install(parser: BlockParser) -> None:
    """Adds the cutter to a Markdown instance's block parser."""
    parser.blockprocessors.register(BlockCutter(parser), "block_cutter", PRIORITY)
