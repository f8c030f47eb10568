"""Write imported levels and prompts as a script in our format, so our parser reads them back.

Text from someone else's page may hold what our format would misread: a question starting with
`Follow-up:`, a heading ending in `{: ...}`, a question that Markdown takes for a nested list
("1. ...") or a heading ("# ..."). Each is escaped so it reads exactly as it was written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from belonging.core.scripts.importing.result import ImportedLevel

#: Starts of a line that Markdown would read as a block of its own inside a list item.
_BLOCK_START = re.compile(r"^(?:[#>]|[-*+](?=\s|$)|`{3}|\[[^\]]*\]:)")
_ORDERED_MARKER = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
_LABEL = re.compile(r"^(follow[- ]?up|lighter|topics|asked\s+by)(\s*):", re.IGNORECASE)
_TRAILING_HASHES = re.compile(r"#+$")
#: Runs of ASCII spaces and anything some reader might take for a line break are folded; an
#: ideographic space between Japanese sentences is text and stays.
_LINE_BREAKS = re.compile("[ \t\r\n\f\v\x1c\x1d\x1e\x85\u2028\u2029]+")


def escape_prompt(text: str) -> str:
    """A prompt's Markdown, made safe to write as the text of a top-level list item."""
    text = _one_line(text)
    text = _ORDERED_MARKER.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", text)
    text = _BLOCK_START.sub(lambda m: "\\" + m.group(0), text)
    # Our labels only mean something on nested items, but a reader should never have to guess:
    # the colon as a character reference renders the same and matches no label.
    return _LABEL.sub(lambda m: f"{m.group(1)}{m.group(2)}&#58;", text)


def escape_heading(text: str) -> str:
    """A level title, made safe to write after `## `: no attribute list, no closing hashes.

    Braces become character references, because the parser looks for `{...}` at the end of a
    heading before it reads any Markdown escape; the title it shows decodes them back.
    """
    text = _one_line(text).replace("{", "&#123;").replace("}", "&#125;")
    # Closing hashes would be dropped; as references they stay, whatever backslash precedes.
    text = _TRAILING_HASHES.sub(lambda m: "&#35;" * len(m.group(0)), text)
    # A lone backslash at the end would escape the line break and unmake the heading.
    if (len(text) - len(text.rstrip("\\"))) % 2:
        text += "\\"
    return text


def escape_nested(text: str) -> str:
    """The text after a nested item's label, on one line; after the label nothing is misread."""
    return _one_line(text)


def escape_front_matter(text: str) -> str:
    """A front-matter value on one line, kept whole even when it is wrapped in quotes."""
    text = _one_line(text)
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        # The parser drops one pair of surrounding quotes, so give it a pair to drop.
        other = "'" if text[0] == '"' else '"'
        return f"{other}{text}{other}"
    return text


def _one_line(text: str) -> str:
    return _LINE_BREAKS.sub(" ", text).strip(" ")


def render_script(script_id: str, title: str, summary: str, levels: Sequence[ImportedLevel]) -> str:
    """The whole script in our format: front matter, then one `##` level per imported level."""
    lines = [
        "---",
        f"id: {script_id}",
        f"title: {escape_front_matter(title)}",
        f"summary: {escape_front_matter(summary)}",
        "---",
        "",
    ]
    for level in levels:
        minutes = f" {{: minutes={level.minutes} }}" if level.minutes else ""
        lines += [f"## {level.heading}{minutes}", ""]
        for prompt in level.prompts:
            lines.append(f"- {escape_prompt(prompt.text)}")
            if prompt.asked_by is not None:
                lines.append(f"    - Asked by: {prompt.asked_by}")
            lines += [f"    - Follow-up: {escape_nested(f)}" for f in prompt.follow_ups]
            if prompt.lighter is not None:
                lines.append(f"    - Lighter: {escape_nested(prompt.lighter)}")
            if prompt.topics:
                lines.append(f"    - Topics: {escape_nested(', '.join(prompt.topics))}")
        lines.append("")
    return "\n".join(lines)
