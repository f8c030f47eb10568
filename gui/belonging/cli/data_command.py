"""`belonging backup [FILE]` and `belonging restore FILE`: copies of the notes, made and put back.

What each does, and why it is safe, is `application.backups`'s; this module reads the
command line, asks for the passphrase of encrypted notes (see `passphrase_input`) and, before
a restore, for confirmation at the terminal, and says what was done.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from belonging.application.backups import BackupRefusedError, back_up, restore
from belonging.application.passphrase_keys import cannot_read, looks_encrypted, notes_file
from belonging.cli.errors import CommandError
from belonging.cli.output import ask, say
from belonging.cli.passphrase_input import add_passphrase_option, key_from_user
from belonging.paths import resolve_data_dir


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `backup` and `restore`."""
    backup = subparsers.add_parser(
        "backup",
        help="copy the notes database to a file",
        description="Copy the notes database to FILE. It is safe while Belonging is open.",
    )
    backup.add_argument(
        "file",
        metavar="FILE",
        nargs="?",
        help="where to write the copy, or a folder to put it in "
        "(default: a dated file in the data folder's backups folder)",
    )
    add_passphrase_option(backup)
    backup.set_defaults(run=run_backup)

    restore_parser = subparsers.add_parser(
        "restore",
        help="put a backup in place of the notes database",
        description="Put the backup FILE in place of the notes database. The current database "
        "is kept aside under a new name, never deleted. Close Belonging first.",
    )
    restore_parser.add_argument("file", metavar="FILE", help="the backup to restore")
    restore_parser.add_argument(
        "--yes", "-y", action="store_true", help="do not ask for confirmation"
    )
    add_passphrase_option(restore_parser)
    restore_parser.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    """Copy the database to the named file, or to a new file in the backups folder."""
    data_dir = resolve_data_dir(args.data_dir)
    try:
        encrypted = looks_encrypted(notes_file(data_dir))
    except OSError as error:
        raise CommandError(cannot_read(data_dir, error)) from error
    try:
        done = back_up(
            data_dir,
            args.file,
            lambda path: key_from_user(path, args, f"Passphrase of the notes in {data_dir}: "),
            encrypted=encrypted,
        )
    except BackupRefusedError as refused:
        raise CommandError(str(refused)) from refused
    say(f"Backed up {done.database} to {done.backup}")
    if done.encrypted:
        say("The backup is encrypted: it opens with the same passphrase as the notes.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Ask, then put the backup in place, keeping the current database aside."""
    data_dir = resolve_data_dir(args.data_dir)
    source = Path(args.file).expanduser().resolve()
    try:
        encrypted = source.is_file() and looks_encrypted(source)
    except OSError as error:
        raise CommandError(cannot_read(source, error)) from error
    try:
        done = restore(
            data_dir,
            source,
            lambda path: key_from_user(path, args, f"Passphrase of the backup {path.name}: "),
            lambda backup, folder, keep_as: None if args.yes else _confirm(backup, folder, keep_as),
            encrypted=encrypted,
        )
    except BackupRefusedError as refused:
        raise CommandError(str(refused)) from refused
    say(f"Restored {done.restored_from} into {done.database}.")
    if done.kept_aside is not None:
        say(f"The data that was there before is kept as {done.kept_aside}.")
    if done.encrypted:
        say("The restored notes are encrypted: they open with the backup's passphrase.")
    return 0


def _confirm(source: Path, data_dir: Path, keep_as: Path | None) -> None:
    """Ask on the terminal; a script or a pipe must say --yes instead of being asked."""
    if not sys.stdin.isatty():
        raise BackupRefusedError(
            "Restoring replaces the notes Belonging opens, so it asks first. Run it in a "
            "terminal to answer, or add --yes. Nothing was changed."
        )
    if keep_as is not None:
        question = f"Restore {source}? The current data will be kept aside as {keep_as} [y/N] "
    else:
        question = f"Restore {source} into {data_dir}? [y/N] "
    answer = ask(question)
    if answer.strip().lower() not in ("y", "yes"):
        raise BackupRefusedError("Nothing was restored; the current data is unchanged.")
