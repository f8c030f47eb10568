"""`belonging backup [FILE]` and `belonging restore FILE`: copies of the notes, made and put back.

A backup may be made while the app is open: SQLite copies one consistent snapshot. A restore
may not, since the open app would go on writing to the file being replaced; it takes the data
folder's lock for its whole length, and asks before it changes anything. Neither ever deletes
data: a restore keeps the current file aside under a new name and says where.

Encrypted notes are backed up encrypted, under the same passphrase, which is asked for (see
`passphrase_input`); an encrypted backup is restored encrypted, and opens with its own
passphrase.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from belonging.cli.errors import CommandError
from belonging.cli.output import ask, say
from belonging.cli.passphrase_input import add_passphrase_option, key_from_user
from belonging.paths import ensure_private_dir, resolve_data_dir
from belonging.storage.database import database_path
from belonging.storage.encryption.drivers import SQLITE_ERRORS
from belonging.storage.encryption.keys import DatabaseKey, looks_encrypted
from belonging.storage.faults import as_unavailable
from belonging.storage.files.backups import (
    BackupError,
    backups_dir,
    make_backup,
    manual_backup_path,
    restore_backup,
    verify_backup,
)
from belonging.storage.opening.instance_lock import AlreadyRunningError, InstanceLock
from belonging.storage.opening.integrity import DatabaseState, aside_path, check_database


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

    restore = subparsers.add_parser(
        "restore",
        help="put a backup in place of the notes database",
        description="Put the backup FILE in place of the notes database. The current database "
        "is kept aside under a new name, never deleted. Close Belonging first.",
    )
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    restore.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    add_passphrase_option(restore)
    restore.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    """Copy the database to the named file, or to a new file in the backups folder."""
    data_dir = resolve_data_dir(args.data_dir)
    db_path = database_path(data_dir)
    key: DatabaseKey | None = None
    try:
        if looks_encrypted(db_path):
            key = key_from_user(db_path, args, f"Passphrase of the notes in {data_dir}: ")
        check = check_database(db_path, key=key)
        if check.state in (DatabaseState.MISSING, DatabaseState.EMPTY):
            raise CommandError(f"There are no notes to back up yet in {data_dir}.")
        if check.damaged:
            raise CommandError(
                f"The database {db_path} is damaged, so it was not backed up. It has not been "
                "changed; open Belonging to restore a good backup or keep it aside."
            )
        dest = _backup_destination(args.file, data_dir)
    except (OSError, *SQLITE_ERRORS) as error:
        raise _command_error(error, data_dir) from error
    try:
        make_backup(db_path, dest, key=key)
    except (BackupError, OSError, *SQLITE_ERRORS) as error:
        raise _command_error(error, dest.parent) from error
    say(f"Backed up {db_path} to {dest}")
    if key is not None:
        say("The backup is encrypted: it opens with the same passphrase as the notes.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Ask, then put the backup in place, keeping the current database aside."""
    data_dir = resolve_data_dir(args.data_dir)
    source = Path(args.file).expanduser().resolve()
    db_path = database_path(data_dir)
    try:
        # Restoring onto a new computer starts from no data folder at all.
        ensure_private_dir(data_dir)
        with InstanceLock(data_dir):
            key = None
            if looks_encrypted(source):
                key = key_from_user(source, args, f"Passphrase of the backup {source.name}: ")
            verify_backup(source, key=key)
            keep_as = aside_path(db_path, "before-restore") if db_path.exists() else None
            if not args.yes:
                _confirm(source, data_dir, keep_as)
            result = restore_backup(data_dir, source, keep_as=keep_as, key=key)
    except AlreadyRunningError as error:
        raise CommandError(
            f"Belonging is open with this data folder ({data_dir}). Close it, then run the "
            "restore again. Nothing was changed."
        ) from error
    except (BackupError, OSError, *SQLITE_ERRORS) as error:
        raise _command_error(error, data_dir) from error
    say(f"Restored {result.restored_from} into {result.database}.")
    if result.kept_aside is not None:
        say(f"The data that was there before is kept as {result.kept_aside}.")
    if key is not None:
        say("The restored notes are encrypted: they open with the backup's passphrase.")
    return 0


def _backup_destination(file: str | None, data_dir: Path) -> Path:
    """The file to write: never an existing file, which may be someone's only copy."""
    if file is None:
        ensure_private_dir(backups_dir(data_dir))
        return manual_backup_path(data_dir)
    dest = Path(file).expanduser().resolve()
    if dest.is_dir():
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
        dest = dest / f"belonging-{stamp}.sqlite3"
    if dest.exists():
        raise CommandError(f"{dest} already exists; choose another name. Nothing was written.")
    if not dest.parent.is_dir():
        raise CommandError(f"There is no folder {dest.parent} to write the backup in.")
    return dest


def _confirm(source: Path, data_dir: Path, keep_as: Path | None) -> None:
    """Ask on the terminal; a script or a pipe must say --yes instead of being asked."""
    if not sys.stdin.isatty():
        raise CommandError(
            "Restoring replaces the notes Belonging opens, so it asks first. Run it in a "
            "terminal to answer, or add --yes. Nothing was changed."
        )
    if keep_as is not None:
        question = f"Restore {source}? The current data will be kept aside as {keep_as} [y/N] "
    else:
        question = f"Restore {source} into {data_dir}? [y/N] "
    answer = ask(question)
    if answer.strip().lower() not in ("y", "yes"):
        raise CommandError("Nothing was restored; the current data is unchanged.")


def _command_error(error: BaseException, folder: Path) -> CommandError:
    """A message for the user about `error`, which happened while writing in `folder`."""
    if isinstance(error, BackupError):
        return CommandError(str(error))
    unavailable = as_unavailable(error, folder)
    if unavailable is not None:
        return CommandError(str(unavailable))
    return CommandError(f"{error}. Nothing was changed.")
