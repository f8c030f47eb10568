"""Asking for the passphrase on the command line, for commands that open encrypted notes.

The passphrase is typed at the terminal without echo (`getpass`), or, for scripts, read from
the first line of standard input with `--passphrase-stdin` (for example from a password
manager: `pass show belonging | belonging backup --passphrase-stdin`). There is deliberately
no environment variable and no command-line argument for it: the environment of a process is
readable by other programs of the same user (`/proc/PID/environ`), is inherited by every child
process, and ends up in shell history and crash reports; arguments are visible to every user
in `ps`.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from belonging.application.passphrase_keys import DatabaseKey, checked_key
from belonging.cli.errors import CommandError
from belonging.cli.output import prompt_text


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    """Add `--passphrase-stdin` to a command that may open encrypted notes."""
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="if the notes are protected by a passphrase, read it from the first line of "
        "standard input instead of asking at the terminal (for scripts)",
    )


def read_passphrase(args: argparse.Namespace, prompt: str) -> str:
    """The passphrase, from standard input if `--passphrase-stdin` was given, else typed.

    Raises CommandError when there is no terminal to type it at, or nothing was given.
    """
    if getattr(args, "passphrase_stdin", False):
        line = sys.stdin.readline()
        # Only the line ending goes: spaces may be part of a passphrase.
        passphrase = line[:-1] if line.endswith("\n") else line
        passphrase = passphrase[:-1] if passphrase.endswith("\r") else passphrase
    elif sys.stdin.isatty():
        try:
            passphrase = getpass.getpass(prompt_text(prompt))
        except EOFError:
            passphrase = ""
    else:
        raise CommandError(
            "These notes are protected by a passphrase. Run this in a terminal to type it, "
            "or pass it on standard input with --passphrase-stdin. Nothing was changed."
        )
    if not passphrase:
        raise CommandError("No passphrase was given, so nothing was changed.")
    return passphrase


def key_from_user(path: Path, args: argparse.Namespace, prompt: str) -> DatabaseKey:
    """Ask for the passphrase of the encrypted file at `path` and return its checked key.

    Raises CommandError if the passphrase does not open the file.
    """
    key = checked_key(path, read_passphrase(args, prompt))
    if key is None:
        raise CommandError(
            f"That passphrase does not open {path}. Nothing was changed. "
            "A forgotten passphrase cannot be recovered."
        )
    return key
