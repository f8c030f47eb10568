"""A script's text with a new title: the one front-matter line changed, nothing else.

Renaming a script in the app must leave the author's file as they wrote it (their comments,
their spacing, every prompt), so only the `title:` line is written, or added when missing.
The id stays: past conversations name their script by it.
"""

from __future__ import annotations

import re

from belonging.core.scripts.importing.writer import escape_front_matter

_FENCE = re.compile(r"---[ \t]*")
_TITLE_LINE = re.compile(r"[ \t]*title[ \t]*:.*", re.IGNORECASE)


class TitleError(ValueError):
    """The title asked for cannot be written (it is empty)."""


def with_title(text: str, title: str) -> str:
    """`text` (a script file's text) with `title` as its title.

    The last `title:` line of the front matter is replaced (it is the one the parser uses);
    front matter without one gains one; a file without front matter gains front matter that
    holds only the title. The file's line endings are kept. Raises TitleError for a title
    with no words.
    """
    value = escape_front_matter(title)
    if not value.strip():
        raise TitleError("a title needs words")
    newline = "\r\n" if "\r\n" in text else "\n"
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    lines = text.removeprefix("\ufeff").split(newline)
    line = f"title: {value}"
    closing = _closing_fence(lines)
    if closing is None:
        return bom + newline.join(["---", line, "---", "", *lines])
    titles = [index for index in range(1, closing) if _TITLE_LINE.fullmatch(lines[index])]
    if titles:
        lines[titles[-1]] = line
    else:
        lines.insert(1, line)
    return bom + newline.join(lines)


def _closing_fence(lines: list[str]) -> int | None:
    """The index of the line that closes the front matter, or None when there is none."""
    if not lines or not _FENCE.fullmatch(lines[0]):
        return None
    return next((i for i in range(1, len(lines)) if _FENCE.fullmatch(lines[i])), None)
