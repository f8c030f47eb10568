"""Text printed on a terminal shows its control and bidirectional characters, never obeys them."""

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belonging.core.terminal_text import for_terminal

_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _unsafe(char: str) -> bool:
    """Whether a terminal may obey `char` instead of showing it (or cannot print it at all)."""
    code = ord(char)
    return code < 0x20 or 0x7F <= code <= 0x9F or char in _BIDI or 0xD800 <= code <= 0xDFFF


def _read_back(text: str) -> str:
    """What a reader makes of the escapes: each `\\uXXXX` is the character it names."""
    return re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), text)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b]0;pwned\x07\x1b[2J", "\\u001b]0;pwned\\u0007\\u001b[2J"),
        ("report\u202etxt.exe", "report\\u202etxt.exe"),
        ("over\rwritten", "over\\u000dwritten"),
        ("c1 \x9b31m del \x7f", "c1 \\u009b31m del \\u007f"),
        ("isolate \u2066x\u2069 mark \u200f", "isolate \\u2066x\\u2069 mark \\u200f"),
        ("bytes \udcff of a file name", "bytes \\udcff of a file name"),
        ("Ünïcödé, emoji 🙂 and tabs\tare fine", "Ünïcödé, emoji 🙂 and tabs\\u0009are fine"),
    ],
)
def test_controls_are_shown_as_their_escapes(text, shown):
    """Escape sequences, overrides and stray controls are written as visible escapes."""
    assert for_terminal(text) == shown


def test_newlines_are_kept_only_in_messages_the_command_builds():
    """A value cannot pass for two lines, but a message of several lines keeps its lines."""
    assert for_terminal("name\nfake: ok") == "name\\u000afake: ok"
    assert for_terminal("one\ntwo\x1b", keep_newlines=True) == "one\ntwo\\u001b"


def test_json_keeps_its_meaning_once_escaped():
    """JSON printed through the escaper reads back as the very same data."""
    data = {"title": "Evil \x1b]0;x\x07 \u202eexe.txt \x85 \x7f"}
    printed = for_terminal(json.dumps(data, ensure_ascii=False, indent=2), keep_newlines=True)
    assert not any(_unsafe(char) for char in printed.replace("\n", ""))
    assert json.loads(printed) == data


@given(st.text(), st.booleans())
def test_no_text_reaches_the_terminal_with_a_character_it_would_obey(text, keep_newlines):
    """Whatever the text, what is printed holds no control, bidi control or lone surrogate."""
    printed = for_terminal(text, keep_newlines=keep_newlines)
    assert not any(_unsafe(char) for char in printed if not (keep_newlines and char == "\n"))


@given(st.text().filter(lambda text: "\\" not in text))
def test_a_reader_can_tell_exactly_what_the_text_was(text):
    """Every escape names its character: reading them back gives the text (backslashes aside,
    which are printed as they are)."""
    assert _read_back(for_terminal(text)) == text
