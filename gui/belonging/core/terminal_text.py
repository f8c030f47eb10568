"""Text made safe to print on a terminal: control and bidirectional characters made visible.

A script's title, a file name or a person's name can hold characters a terminal obeys rather
than shows: an escape sequence that clears the screen or sets the window's title, a carriage
return that writes over the line, a right-to-left override that shows `txt.exe` as `exe.txt`.
Each such character is written as its escape instead, `\\u001b` or `\\u202e`: a reader sees
that it is there and which it is, and JSON read back gives the very same character.
"""

from __future__ import annotations

import re

# C0 controls but the newline (added below when it is not kept), DEL and the C1 controls;
# the marks and embeddings, overrides and isolates that reorder text; and lone surrogates,
# which stand for bytes of a file name that were not UTF-8 and cannot be printed at all.
_UNSAFE = "\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE_RE = re.compile(f"[\n{_UNSAFE}]")
_UNSAFE_BUT_NEWLINES_RE = re.compile(f"[{_UNSAFE}]")


def _escape(match: re.Match[str]) -> str:
    """The escape of one character, as Python and JSON write it."""
    return f"\\u{ord(match.group()):04x}"


def for_terminal(text: str, *, keep_newlines: bool = False) -> str:
    """`text` with every control, bidirectional control and lone surrogate escaped.

    Newlines are escaped too, so one value cannot pass for several lines of output, unless
    `keep_newlines` says the text is a message of several lines the program built itself.
    """
    pattern = _UNSAFE_BUT_NEWLINES_RE if keep_newlines else _UNSAFE_RE
    return pattern.sub(_escape, text)
