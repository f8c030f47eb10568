"""Copies of the notes, made and put back from the command line: `belonging backup` and
`belonging restore`.

A backup may be made while the app is open: SQLite copies one consistent snapshot. A restore
may not, since the open app would go on writing to the file being replaced; it takes the data
folder's lock for its whole length, and asks (through `confirm`) before it changes anything.
Neither ever deletes data: a restore keeps the current file aside under a new name.

Encrypted notes are backed up encrypted, under the same passphrase; an encrypted backup is
restored encrypted, and opens with its own passphrase. Every refusal is a `BackupRefusedError`
whose message is written for the person reading it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from belonging.paths import ensure_private_dir
from belonging.storage.database import database_path
from belonging.storage.encryption.drivers import SQLITE_ERRORS
from belonging.storage.encryption.keys import DatabaseKey
from belonging.storage.encryption.reencrypt import clear_leftovers
from belonging.storage.encryption.rekey_plan import unsettled
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


class BackupRefusedError(Exception):
    """A backup or restore that did not happen; the message says why and what was kept."""


#: Asks for the key of an encrypted file before it is read (the command line prompts).
KeyFor = Callable[[Path], DatabaseKey]
#: Asked before a restore changes anything: (backup, data folder, where the current data
#: will be kept). Raising BackupRefusedError stops it there.
Confirm = Callable[[Path, Path, Path | None], None]


@dataclass(frozen=True)
class BackupDone:
    """A backup written: from which database, to which file, and whether it is encrypted."""

    database: Path
    backup: Path
    encrypted: bool


@dataclass(frozen=True)
class RestoreDone:
    """A restore done: from which backup, into which database, and where the data that was
    there before is kept (None when there was none)."""

    restored_from: Path
    database: Path
    kept_aside: Path | None
    encrypted: bool


def back_up(data_dir: Path, file: str | None, key_for: KeyFor, *, encrypted: bool) -> BackupDone:
    """Copies the notes to `file` (a file, or a folder to put it in), or to a dated file in
    the data folder's backups folder. It never overwrites a file."""
    db_path = database_path(data_dir)
    if unsettled(data_dir):
        raise BackupRefusedError(
            f"The passphrase of the notes in {data_dir} is being changed, or its change was "
            "interrupted. Open Belonging once (it finishes or undoes the change and says "
            "which), then back up. Nothing was written."
        )
    key = key_for(db_path) if encrypted else None
    try:
        check = check_database(db_path, key=key)
        if check.state in (DatabaseState.MISSING, DatabaseState.EMPTY):
            raise BackupRefusedError(f"There are no notes to back up yet in {data_dir}.")
        if check.damaged:
            raise BackupRefusedError(
                f"The database {db_path} is damaged, so it was not backed up. It has not been "
                "changed; open Belonging to restore a good backup or keep it aside."
            )
        dest = _backup_destination(file, data_dir)
    except (OSError, *SQLITE_ERRORS) as error:
        raise _refused(error, data_dir) from error
    try:
        make_backup(db_path, dest, key=key)
    except (BackupError, OSError, *SQLITE_ERRORS) as error:
        raise _refused(error, dest.parent) from error
    return BackupDone(db_path, dest, key is not None)


def restore(
    data_dir: Path, source: Path, key_for: KeyFor, confirm: Confirm, *, encrypted: bool
) -> RestoreDone:
    """Puts the backup `source` in place of the notes, keeping the current data aside."""
    db_path = database_path(data_dir)
    try:
        # Restoring onto a new computer starts from no data folder at all.
        ensure_private_dir(data_dir)
        with InstanceLock(data_dir):
            # A change of passphrase or a restore cut short is settled first, as a start
            # would: its copies must never land on the notes restored here.
            clear_leftovers(data_dir)
            key = key_for(source) if encrypted else None
            verify_backup(source, key=key)
            keep_as = aside_path(db_path, "before-restore") if db_path.exists() else None
            confirm(source, data_dir, keep_as)
            result = restore_backup(data_dir, source, keep_as=keep_as, key=key)
    except AlreadyRunningError as error:
        raise BackupRefusedError(
            f"Belonging is open with this data folder ({data_dir}). Close it, then run the "
            "restore again. Nothing was changed."
        ) from error
    except (BackupError, OSError, *SQLITE_ERRORS) as error:
        raise _refused(error, data_dir) from error
    return RestoreDone(result.restored_from, result.database, result.kept_aside, key is not None)


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
        raise BackupRefusedError(
            f"{dest} already exists; choose another name. Nothing was written."
        )
    if not dest.parent.is_dir():
        raise BackupRefusedError(f"There is no folder {dest.parent} to write the backup in.")
    return dest


def _refused(error: BaseException, folder: Path) -> BackupRefusedError:
    """A message for the person about `error`, which happened while writing in `folder`."""
    if isinstance(error, BackupRefusedError):
        return error
    if isinstance(error, BackupError):
        return BackupRefusedError(str(error))
    unavailable = as_unavailable(error, folder)
    if unavailable is not None:
        return BackupRefusedError(str(unavailable))
    return BackupRefusedError(f"{error}. Nothing was changed.")
