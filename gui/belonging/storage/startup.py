"""Opening the data folder at start, in the one order that keeps every word safe.

1. make sure the folder exists, readable by this user only;
2. take the single-instance lock, so no other Belonging writes beside this one;
3. check the database before anything writes to it; a damaged file stops here, untouched,
   and the user chooses between the newest good backup and a fresh start (`recover_damaged`);
4. make today's backup, and one more just before a schema upgrade;
5. migrate to the current schema;
6. hand back the engine, the paths and the lock.

Every failure comes out as an exception whose message can be shown as is.
"""

from __future__ import annotations

import enum
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from belonging.paths import ensure_private_dir
from belonging.storage.backups import (
    make_backup,
    newest_good_backup,
    restore_backup,
    rotate_daily_backup,
    upgrade_backup_path,
    verify_backup,
)
from belonging.storage.database import create_database_engine, database_path
from belonging.storage.faults import StorageProblem, StorageUnavailableError, as_unavailable
from belonging.storage.instance_lock import InstanceLock
from belonging.storage.integrity import (
    CheckResult,
    DatabaseState,
    aside_path,
    check_database,
    set_aside,
)
from belonging.storage.migrations import current_revision, needs_upgrade, upgrade_to_head


@dataclass
class OpenedDataFolder:
    """A data folder ready for use: the engine, where things are, and the lock held on it."""

    data_dir: Path
    database: Path
    engine: Engine
    lock: InstanceLock
    daily_backup: Path | None = None
    #: Where a damaged file was kept by `recover_damaged`, to tell the user once.
    kept_aside: Path | None = None
    #: The backup `recover_damaged` restored, if it restored one.
    restored_from: Path | None = None

    def close(self) -> None:
        """Close every database connection, then let the data folder go."""
        self.engine.dispose()
        self.lock.release()


class RecoveryChoice(enum.Enum):
    """What the user chose to do about a damaged database."""

    RESTORE_NEWEST_BACKUP = "restore"
    START_FRESH = "fresh"


class DatabaseDamagedError(Exception):
    """The database cannot be trusted; the app offers a backup or a fresh start.

    The data folder stays locked (`lock`) while the user decides, so a second window cannot
    start writing meanwhile. Pass this error to `recover_damaged`, or call `release()` if the
    user quits instead. Nothing has been changed on disk yet.
    """

    def __init__(
        self, check: CheckResult, aside: Path, backup: Path | None, lock: InstanceLock
    ) -> None:
        self.check = check
        self.database = check.path
        self.data_dir = check.path.parent
        self.aside_path = aside
        self.newest_backup = backup
        self.lock = lock
        super().__init__(damaged_message(check, aside, backup))

    def release(self) -> None:
        """Let the data folder go without changing anything."""
        self.lock.release()


def damaged_message(check: CheckResult, aside: Path, backup: Path | None) -> str:
    """What the user reads about a damaged database: what happened, what was kept, what next."""
    if check.state is DatabaseState.NOT_A_DATABASE:
        problem = "is not a database Belonging can read"
    elif check.state is DatabaseState.EMPTY:
        problem = "is empty"
    else:
        problem = "is damaged"
    lines = [
        f"The file where Belonging keeps your notes, {check.path}, {problem}.",
        "Nothing has been deleted: the file will be kept exactly as it is, "
        f"under the name {aside.name} in the same folder.",
    ]
    if backup is not None:
        lines.append(
            f"The newest good backup is {backup}. You can restore it, or start again with no notes."
        )
    else:
        lines.append("There is no good backup to restore; you can start again with no notes.")
    return " ".join(lines)


def open_data_folder(data_dir: Path, *, today: date | None = None) -> OpenedDataFolder:
    """Open the data folder for the app (see the module docstring for the steps).

    Raises AlreadyRunningError (another Belonging has the folder), StorageUnavailableError
    (read-only folder, full disk), DatabaseDamagedError (the user must choose), BackupError
    (a backup failed its check), and the migration errors SchemaTooNewError and
    MigrationError; all carry a message for the user.
    """
    data_dir = Path(data_dir)
    lock = InstanceLock(data_dir)
    try:
        ensure_private_dir(data_dir)
        lock.acquire()
    except OSError as error:
        raise _unavailable(error, data_dir) from error
    try:
        return _open_locked(data_dir, lock, today)
    except DatabaseDamagedError:
        raise  # keeps the lock while the user decides
    except BaseException:
        lock.release()
        raise


def recover_damaged(
    damaged: DatabaseDamagedError, choice: RecoveryChoice, *, today: date | None = None
) -> OpenedDataFolder:
    """Do what the user chose about a damaged database, then open the data folder.

    The damaged file (and its -wal and -shm) is renamed to `damaged.aside_path`, never changed
    or deleted. Then either the newest good backup is copied into place, or the app starts
    with a new, empty database. Raises what `open_data_folder` raises, and BackupError
    (before anything moves) if the backup no longer passes its check.
    """
    backup = damaged.newest_backup
    if choice is RecoveryChoice.RESTORE_NEWEST_BACKUP and backup is None:
        raise ValueError("there is no backup to restore")
    data_dir = damaged.data_dir
    lock = damaged.lock
    lock.acquire()  # already held unless the caller let it go meanwhile
    try:
        if choice is RecoveryChoice.RESTORE_NEWEST_BACKUP and backup is not None:
            # Checked again before anything moves: a backup gone bad meanwhile must not
            # leave the user with neither file in place.
            verify_backup(backup)
        kept = _keep_damaged_aside(damaged)
        if choice is RecoveryChoice.RESTORE_NEWEST_BACKUP and backup is not None:
            restore_backup(data_dir, backup)
        opened = _open_locked(data_dir, lock, today)
    except DatabaseDamagedError:
        raise
    except BaseException as error:
        lock.release()
        unavailable = as_unavailable(error, data_dir)
        if unavailable is not None:
            raise unavailable from error
        raise
    opened.kept_aside = kept
    opened.restored_from = backup if choice is RecoveryChoice.RESTORE_NEWEST_BACKUP else None
    return opened


def _keep_damaged_aside(damaged: DatabaseDamagedError) -> Path | None:
    """Rename the damaged file out of the way, under the name the user was told if still free."""
    db_path = damaged.database
    if not db_path.exists() or check_database(db_path).state is DatabaseState.OK:
        return None
    try:
        return set_aside(db_path, damaged.aside_path)
    except FileExistsError:
        return set_aside(db_path)


def _open_locked(data_dir: Path, lock: InstanceLock, today: date | None) -> OpenedDataFolder:
    db_path = database_path(data_dir)
    try:
        check = check_database(db_path)
        backup = None
        if check.damaged or check.state is DatabaseState.EMPTY:
            backup = newest_good_backup(data_dir)
        # An empty file is what a brand-new database looks like for an instant, so it only
        # counts as lost data when there is a backup to say there was more.
        if check.damaged or (check.state is DatabaseState.EMPTY and backup is not None):
            raise DatabaseDamagedError(check, aside_path(db_path), backup, lock)
        daily = rotate_daily_backup(data_dir, today) if check.state is DatabaseState.OK else None
        engine = create_database_engine(db_path)
    except (OSError, sqlite3.Error, DBAPIError) as error:
        raise _unavailable(error, data_dir) from error
    try:
        _migrate(engine, data_dir)
    except BaseException as error:
        engine.dispose()
        unavailable = as_unavailable(error, data_dir)
        if unavailable is not None:
            raise unavailable from error
        raise
    return OpenedDataFolder(data_dir, db_path, engine, lock, daily_backup=daily)


def _migrate(engine: Engine, data_dir: Path) -> None:
    """Upgrade the schema, after a backup of the data as it was if there is any data."""
    if needs_upgrade(engine) and current_revision(engine) is not None:
        dest = upgrade_backup_path(data_dir)
        ensure_private_dir(dest.parent)
        make_backup(database_path(data_dir), dest)
    upgrade_to_head(engine)


def _unavailable(error: BaseException, data_dir: Path) -> StorageUnavailableError:
    unavailable = as_unavailable(error, data_dir)
    if unavailable is not None:
        return unavailable
    return StorageUnavailableError(
        StorageProblem.OTHER, data_dir, str(getattr(error, "orig", error))
    )
