"""Everything the command line writes for a person, made safe for the terminal on its way out.

Messages carry text from script files, file names and notes, any of which may hold characters
a terminal obeys (see `core.terminal_text`). So nothing in `cli` calls `print` or `input`
directly: it calls `say`, `warn` or `ask`, and argparse writes through `ArgumentParser` here.
"""

from __future__ import annotations

import argparse
import sys
from typing import IO

from belonging.core.terminal_text import for_terminal


def say(message: str = "", *, end: str = "\n", keep_newlines: bool = False) -> None:
    """Prints `message` on standard output, escaped; see `for_terminal` for `keep_newlines`."""
    print(for_terminal(message, keep_newlines=keep_newlines), end=end)


def warn(message: str, *, keep_newlines: bool = False) -> None:
    """Prints `message` on standard error, escaped, for problems and progress."""
    print(for_terminal(message, keep_newlines=keep_newlines), file=sys.stderr)


def ask(question: str) -> str:
    """Asks `question` at the terminal and returns the answer ("" at the end of input)."""
    try:
        return input(for_terminal(question))
    except EOFError:
        return ""


def prompt_text(prompt: str) -> str:
    """A prompt for `getpass`, which writes it to the terminal itself, escaped."""
    return for_terminal(prompt)


class ArgumentParser(argparse.ArgumentParser):
    """argparse's parser, whose usage, help and errors (which repeat what was typed) are escaped.

    Subcommand parsers are made of the same class, so they are escaped too.
    """

    def _print_message(self, message: str, file: IO[str] | None = None) -> None:
        super()._print_message(message and for_terminal(message, keep_newlines=True), file)
