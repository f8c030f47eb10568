"""The `belonging` command: opens the app, or runs a subcommand for script authors and backups.

Subcommands live in their own modules, each with `add_parser(subparsers)` that sets a
`run(args) -> int` function as the parser's default `run`. Qt is imported only when the
window opens, so the subcommands start fast and run on machines without a display; and the
subcommands (which load SQLAlchemy) are imported only when the command line may name one,
so the window opens without them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from belonging import __version__
from belonging.cli.errors import CommandError
from belonging.cli.output import ArgumentParser, warn
from belonging.paths import DATA_DIR_VARIABLE

DATA_DIR_OPTION = "--data-dir"


def _subcommand_modules() -> tuple:
    from belonging.cli import data_command, export_command, scripts_command

    return (scripts_command, data_command, export_command)


def build_parser(*, subcommands: bool = True) -> argparse.ArgumentParser:
    """The argument parser, with the subcommands unless told not to add them."""
    parser = ArgumentParser(
        prog="belonging",
        description=(
            "Guided one-on-one conversations that go deeper gradually, mutually and safely."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        DATA_DIR_OPTION,
        metavar="DIR",
        help=f"keep all data in DIR (default: ${DATA_DIR_VARIABLE}, else the user data folder)",
    )
    if subcommands:
        subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
        for module in _subcommand_modules():
            module.add_parser(subparsers)
    return parser


def _may_name_subcommand(argv: Sequence[str]) -> bool:
    """Whether the command line has a word that could be a subcommand, or asks for help:
    only then are the subcommands needed to read it (and every mistake reported as before)."""
    words = iter(argv)
    for word in words:
        if word == DATA_DIR_OPTION:
            next(words, None)
        elif word in ("-h", "--help") or not word.startswith("-"):
            return True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `belonging` command; returns the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(subcommands=_may_name_subcommand(argv))
    args, qt_args = parser.parse_known_args(argv)
    run = getattr(args, "run", None)
    if run is None:
        from belonging.ui.app import run_app  # Qt only when a window is wanted

        return run_app(args.data_dir, qt_args)
    if qt_args:
        parser.error(f"unrecognized arguments: {' '.join(qt_args)}")
    try:
        return run(args)
    except CommandError as error:
        warn(f"belonging: {error}", keep_newlines=True)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`belonging scripts show ID | head`): not an error worth a
        # traceback. Point stdout at devnull so the interpreter's final flush stays quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
