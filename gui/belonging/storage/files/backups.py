"""Backups of the notes database: made at every start, on request, and put back on request.

A backup is a single self-contained SQLite file (no -wal beside it) copied with SQLite's
backup API in one step, so it is consistent even while the app is writing. It is written
under a temporary name, checked, flushed to disk and only then given its real name: a
backup that exists is a backup that works. Nothing here ever deletes the user's data: a
restore keeps the current file aside, and old daily backups are pruned only after a new
one has been verified.

With a passphrase, every backup is encrypted with the same key as the database (and carries
the same salt), so the passphrase alone opens any of them; a plain backup restored into an
encrypted data folder is encrypted on the way in.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from belonging.paths import ensure_private_dir
from belonging.storage.database import database_path
from belonging.storage.encryption.drivers import DATABASE_ERRORS, OPERATIONAL_ERRORS, SQLITE_ERRORS
from belonging.storage.encryption.keys import (
    DatabaseKey,
    PassphraseError,
    PassphraseKeys,
    WrongPassphraseError,
    has_sqlite_header,
    looks_encrypted,
)
from belonging.storage.files.copying import copy_database
from belonging.storage.files.durability import fsync_dir, fsync_file
from belonging.storage.files.locations import backups_dir as backups_dir
from belonging.storage.files.locations import daily_backup_path as daily_backup_path
from belonging.storage.migrations import known_revisions
from belonging.storage.opening.file_state import sidecar_paths
from belonging.storage.opening.integrity import (
    CheckResult,
    DatabaseState,
    aside_path,
    check_database,
    key_opens,
    open_read_only,
    set_aside,
)

#: How many daily backups are kept. The newest seven are kept rather than those of the last
#: seven calendar days, so a fortnight away from the app does not leave a single backup.
DAILY_BACKUPS_KEPT = 7
BACKUP_FILE_MODE = 0o600

_DAILY_NAME = re.compile(r"^belonging-daily-(\d{4}-\d{2}-\d{2})\.sqlite3$")


class BackupError(Exception):
    """A backup could not be made, checked or restored; the message is shown to the user as is."""


@dataclass(frozen=True)
class RestoreResult:
    """What `restore_backup` did: where the data now is, and where the old file was kept."""

    database: Path
    restored_from: Path
    kept_aside: Path | None


def manual_backup_path(data_dir: Path, when: datetime | None = None) -> Path:
    """Where `belonging backup` puts a backup when no file is named."""
    stamp = (when or datetime.now()).strftime("%Y-%m-%d-%H%M%S")
    return backups_dir(data_dir) / f"belonging-{stamp}.sqlite3"


def upgrade_backup_path(data_dir: Path, when: datetime | None = None) -> Path:
    """Where the backup made just before a schema upgrade goes (never pruned)."""
    stamp = (when or datetime.now()).strftime("%Y-%m-%d-%H%M%S")
    return backups_dir(data_dir) / f"belonging-before-upgrade-{stamp}.sqlite3"


def make_backup(db_path: Path, dest: Path, *, key: DatabaseKey | None = None) -> Path:
    """Copy the database at `db_path` to `dest` (0600), consistently even while it is in use.

    `dest` is replaced only by a copy that passed `quick_check`; on any failure it is left as it
    was and no partial file remains. Raises BackupError if the copy is not sound, and OSError or
    sqlite3.OperationalError if the disk fails (see `faults.as_unavailable`).

    With `key`, the copy is encrypted with it (and an encrypted `db_path` is read with it); a
    key that does not open an encrypted `db_path` raises `WrongPassphraseError`. Without one,
    the copy is plain.
    """
    dest = Path(dest)
    partial = dest.with_name(f".{dest.name}.partial")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, BACKUP_FILE_MODE)
    os.close(fd)
    try:
        try:
            source_key = None if has_sqlite_header(db_path) else key
            copy_database(db_path, partial, source_key=source_key, dest_key=key)
        except OPERATIONAL_ERRORS:
            raise  # the disk, not the data: the caller explains it
        except DATABASE_ERRORS as error:
            raise BackupError(
                f"{db_path} is damaged ({error}), so it could not be backed up. "
                "It has not been changed."
            ) from error
        check = check_database(partial, key=key)
        if check.state is not DatabaseState.OK:
            raise BackupError(
                f"The backup of {db_path} did not pass its check "
                f"({check.detail or check.state.value}), so it was not kept. "
                "The database itself has not been changed."
            )
        fsync_file(partial)
        partial.replace(dest)
        fsync_dir(dest.parent)
    except BaseException:
        # Never let a failed clean-up hide the error that explains what happened.
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    return dest


def rotate_daily_backup(
    data_dir: Path, today: date | None = None, *, key: DatabaseKey | None = None
) -> Path | None:
    """Make today's backup if there is none yet, then keep only the newest daily backups.

    Returns today's backup, or None when there is no database to back up yet. Older backups are
    pruned only after today's has been verified, and only those named as daily backups. With
    `key` the backup is encrypted with it; a backup of today that is not (made before the
    passphrase was set) is made again.
    """
    db_path = database_path(data_dir)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    today = today or date.today()
    folder = ensure_private_dir(backups_dir(data_dir))
    dest = daily_backup_path(data_dir, today)
    if not _is_sound_backup(dest, key):
        make_backup(db_path, dest, key=key)
    _prune_daily_backups(folder, keep_newest=DAILY_BACKUPS_KEPT)
    return dest


def list_backups(data_dir: Path) -> list[Path]:
    """Every backup file in the backups folder, newest first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob("*.sqlite3") if p.is_file() and not p.name.startswith(".")]
    return sorted(files, key=lambda path: (path.stat().st_mtime, path.name), reverse=True)


@dataclass(frozen=True)
class GoodBackup:
    """A backup that passed its check, and the key that opens it (None for a plain one)."""

    path: Path
    key: DatabaseKey | None = None


def newest_good_backup(
    data_dir: Path,
    *,
    key: DatabaseKey | None = None,
    keys: PassphraseKeys | None = None,
    encrypted_only: bool = False,
) -> GoodBackup | None:
    """The newest backup that passes `quick_check` and that this version of the app can open.

    Plain backups count whatever the key (unless `encrypted_only`). An encrypted one counts
    when it opens: with the passphrase (`keys`) each is tried with its own salt; with only a
    `key`, those sharing its salt are.
    """
    for candidate in list_backups(data_dir):
        encrypted = looks_encrypted(candidate)
        if encrypted_only and not encrypted:
            continue
        candidate_key = None
        if encrypted:
            candidate_key = keys.for_file(candidate) if keys is not None else key
            if candidate_key is None:
                continue
        with contextlib.suppress(BackupError, PassphraseError, OSError, *SQLITE_ERRORS):
            verify_backup(candidate, key=candidate_key)
            return GoodBackup(candidate, candidate_key)
    return None


def verify_backup(source: Path, *, key: DatabaseKey | None = None) -> CheckResult:
    """Check that `source` is a sound Belonging database this app can open.

    Raises BackupError, with a message for the user, if it is not. An encrypted `source` is
    opened with `key`; without one it is not a database this app can read, and a key that
    does not open it raises `WrongPassphraseError`.
    """
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"There is no file at {source}.")
    encrypted = key is not None and looks_encrypted(source)
    if encrypted and key is not None and not key_opens(source, key):
        raise WrongPassphraseError(source)
    check = check_database(source, key=key)
    if check.state in (DatabaseState.NOT_A_DATABASE, DatabaseState.EMPTY):
        raise BackupError(f"{source} is not a Belonging backup: it is not a database.")
    if check.state is DatabaseState.CORRUPT:
        raise BackupError(f"{source} is damaged ({check.detail}), so it cannot be restored.")
    revision = _schema_revision(source, key if encrypted else None)
    if revision is None:
        raise BackupError(f"{source} is a database, but not one made by Belonging.")
    if revision not in known_revisions():
        raise BackupError(
            f"{source} was made by a newer version of Belonging. "
            "Install that version, or a later one, to restore it."
        )
    return check


def restore_backup(
    data_dir: Path,
    source: Path,
    *,
    keep_as: Path | None = None,
    key: DatabaseKey | None = None,
) -> RestoreResult:
    """Put the backup `source` in place of the database, keeping the current file aside.

    Call it while holding the data folder's `InstanceLock`. The backup is copied and checked
    beside the database first; only then is the current file (with its -wal and -shm) renamed
    to `keep_as` (or a timestamped name), and the copy renamed into place. `source` itself is
    only read. Raises BackupError if `source` is not a sound Belonging database.

    With `key`, an encrypted `source` is opened with it and the restored database is
    encrypted with it, even if `source` was plain; without one, the restored database is
    plain (an encrypted `source` cannot be read without its key).
    """
    source = Path(source).resolve()
    db_path = database_path(data_dir)
    if source == db_path.resolve():
        raise BackupError(f"{source} is the database Belonging uses; choose a backup instead.")
    verify_backup(source, key=key)
    incoming = db_path.with_name(f".{db_path.name}.restoring")
    make_backup(source, incoming, key=key)
    try:
        kept = None
        if db_path.exists() or sidecar_paths(db_path):
            kept = set_aside(db_path, keep_as or aside_path(db_path, "before-restore"))
        incoming.replace(db_path)
        fsync_dir(db_path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            incoming.unlink(missing_ok=True)
        raise
    return RestoreResult(database=db_path, restored_from=source, kept_aside=kept)


def _is_sound_backup(path: Path, key: DatabaseKey | None) -> bool:
    """Whether `path` is today's backup as `make_backup` left it, encrypted exactly when a
    key is given.

    It is not checked again: `make_backup` checked it before giving it its name, and reading
    the whole copy at every start of the day doubled the time to open a large history. A
    backup gone bad since is passed over when one is needed (`newest_good_backup`).
    """
    return path.is_file() and path.stat().st_size > 0 and has_sqlite_header(path) == (key is None)


def _schema_revision(path: Path, key: DatabaseKey | None = None) -> str | None:
    connection = open_read_only(path, key=key)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except OPERATIONAL_ERRORS:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def _prune_daily_backups(folder: Path, *, keep_newest: int) -> None:
    daily = sorted(
        (match.group(1), path)
        for path in folder.iterdir()
        if (match := _DAILY_NAME.match(path.name)) is not None
    )
    for _day, path in daily[:-keep_newest]:
        path.unlink(missing_ok=True)
