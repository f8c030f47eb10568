"""Opening the data folder at start, in the one order that keeps every word safe.

1. make sure the folder exists, readable by this user only;
2. take the single-instance lock, so no other Belonging writes beside this one;
3. finish or undo a change of passphrase a crash cut short (`rekey_plan`), tidy what a crash
   in the middle of a backup or restore left behind, and make every file in the folder
   private (0600) again, and the database wherever it really lives;
4. if the notes are encrypted, derive their key from the passphrase, or stop and ask for it
   (`PassphraseRequiredError`, `WrongPassphraseError`; `unlocking`); once it is known,
   `on_unlocked` may take a read-only look (Home, shown while the check runs);
5. keep aside, byte for byte, a write-ahead log a crash left that lost saved changes
   (`log_damage`);
6. check the database before anything writes to it; a damaged file stops here, untouched,
   and the user chooses between the newest good backup and a fresh start (`recover_damaged`);
7. with a passphrase, encrypt any backup still in plain text; make today's backup, and one
   more just before a schema upgrade;
8. migrate to the current schema (damage found only now stops as in step 6);
9. hand back the engine, the key, the paths, the lock, and what the person must be told.

Every failure comes out as an exception whose message can be shown as is.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from belonging.paths import ensure_private_dir
from belonging.storage.database import create_database_engine, database_path
from belonging.storage.encryption.drivers import SQLITE_ERRORS
from belonging.storage.encryption.keys import DatabaseKey, PassphraseKeys
from belonging.storage.encryption.reencrypt import clear_leftovers, rekey_copies
from belonging.storage.encryption.rekey_plan import take_note
from belonging.storage.faults import (
    StorageProblem,
    StorageUnavailableError,
    as_unavailable,
    is_damage,
)
from belonging.storage.files.backups import (
    make_backup,
    newest_good_backup,
    restore_backup,
    rotate_daily_backup,
    upgrade_backup_path,
    verify_backup,
)
from belonging.storage.files.file_modes import tighten_database_files, tighten_modes
from belonging.storage.migrations import current_revision, needs_upgrade, upgrade_to_head
from belonging.storage.opening.damage import (
    DatabaseDamagedError,
    RecoveryChoice,
    damaged_message,
)
from belonging.storage.opening.file_state import forget_clean_close, same_day_clean_restart
from belonging.storage.opening.instance_lock import InstanceLock
from belonging.storage.opening.integrity import (
    CheckResult,
    DatabaseState,
    aside_path,
    check_database,
    set_aside,
)
from belonging.storage.opening.log_damage import keep_damaged_log, log_lost_commits, log_path
from belonging.storage.opening.opened import OpenedDataFolder
from belonging.storage.opening.unlocking import key_for_database

__all__ = [
    "DatabaseDamagedError",
    "OpenedDataFolder",
    "RecoveryChoice",
    "damage_found",
    "damaged_message",
    "open_data_folder",
    "recover_damaged",
]


def open_data_folder(
    data_dir: Path,
    *,
    today: date | None = None,
    passphrase: str | None = None,
    passphrase_never_set: bool = False,
    lock: InstanceLock | None = None,
    on_unlocked: Callable[[Path, DatabaseKey], None] | None = None,
) -> OpenedDataFolder:
    """Open the data folder for the app (see the module docstring for the steps).

    `on_unlocked(database, key)` is called once encrypted notes' key is known, before the
    check: a look that reads and never writes (the app shows Home from it).

    `lock` is the folder's lock when the caller took it already (the app does, to glance at
    the data before opening it); it is let go on failure like one taken here.

    Raises AlreadyRunningError (another Belonging has the folder), StorageUnavailableError
    (read-only folder, full disk), DatabaseDamagedError (the user must choose), BackupError
    (a backup failed its check), and the migration errors SchemaTooNewError and
    MigrationError; all carry a message for the user.

    Encrypted notes need their `passphrase`: without one, `PassphraseRequiredError` asks the
    UI to prompt for it and call again; a wrong one raises `WrongPassphraseError` (try again;
    nothing was changed). A forgotten passphrase cannot be recovered: no one can open the
    notes without it. A passphrase given for a new data folder encrypts the new database; one
    given for existing notes without a passphrase raises `PassphraseNotSetError`. In every
    one of these cases the lock is let go before the error is raised.

    An encrypted file cannot be told apart from random bytes. If the user says they never set
    a passphrase, call again with `passphrase_never_set`: the file is then treated as the
    damaged file it must be (`DatabaseDamagedError`, with the newest good backup).
    """
    data_dir = Path(data_dir)
    lock = lock if lock is not None else InstanceLock(data_dir)
    try:
        ensure_private_dir(data_dir)
        lock.acquire()
    except OSError as error:
        raise _unavailable(error, data_dir) from error
    try:
        return _open_locked(
            data_dir,
            lock,
            today,
            passphrase=passphrase,
            never_set=passphrase_never_set,
            on_unlocked=on_unlocked,
        )
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
    key = damaged.key
    lock.acquire()  # already held unless the caller let it go meanwhile
    try:
        if choice is RecoveryChoice.RESTORE_NEWEST_BACKUP and backup is not None:
            # Checked again before anything moves: a backup gone bad meanwhile must not
            # leave the user with neither file in place.
            verify_backup(backup, key=key)
        kept = _keep_damaged_aside(damaged)
        if choice is RecoveryChoice.RESTORE_NEWEST_BACKUP and backup is not None:
            restore_backup(data_dir, backup, key=key)
        opened = _open_locked(data_dir, lock, today, key=key)
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


def damage_found(opened: OpenedDataFolder) -> DatabaseDamagedError | None:
    """Check the open database in full, after a read or a save said it is damaged.

    A start on the same day as the last skips the full check (`_check_at_start`), and a
    page can go bad while the app runs; this leads such damage to the same choice as at
    start. The engine is closed first. When the file is damaged, the returned error holds
    the folder's lock: pass it to `recover_damaged` (or `release()` it), and use `opened` no
    more. When the check finds nothing, None, and the engine opens again on its next use.
    Raises what `check_database` raises when the file cannot be read at all.
    """
    opened.engine.dispose()
    check = check_database(opened.database, key=opened.key)
    return _damaged_error(check, opened.key, opened.lock) if check.damaged else None


def _open_locked(
    data_dir: Path,
    lock: InstanceLock,
    today: date | None,
    *,
    passphrase: str | None = None,
    key: DatabaseKey | None = None,
    never_set: bool = False,
    on_unlocked: Callable[[Path, DatabaseKey], None] | None = None,
) -> OpenedDataFolder:
    db_path = database_path(data_dir)
    plaintext: tuple[Path, ...] = ()
    try:
        clear_leftovers(data_dir)
        with contextlib.suppress(OSError):  # best effort: a stranger's file must not stop a start
            tighten_modes(data_dir)
        with contextlib.suppress(OSError):
            # Before any connection: SQLite gives a new -shm the mode of the file it serves.
            tighten_database_files(db_path)
        keys = PassphraseKeys(passphrase) if passphrase is not None else None
        if key is None and not never_set:
            key = key_for_database(db_path, keys, lock)
        log_kept = _keep_log_that_lost_saves(db_path)
        if key is not None and on_unlocked is not None:
            on_unlocked(db_path, key)
        check = _check_at_start(db_path, today, key)
        backup = backup_key = None
        if check.damaged or check.state is DatabaseState.EMPTY:
            good = newest_good_backup(data_dir, key=key, keys=keys)
            if good is not None:
                backup, backup_key = good.path, good.key
        # An empty file is what a brand-new database looks like for an instant, so it only
        # counts as lost data when there is a backup to say there was more.
        if check.damaged or (check.state is DatabaseState.EMPTY and backup is not None):
            after = backup_key if backup_key is not None else key
            raise DatabaseDamagedError(check, aside_path(db_path), backup, lock, key=after)
        if key is None and keys is not None:
            key = keys.fresh()  # a new database, encrypted from its first page
        if key is not None:
            plaintext = rekey_copies(data_dir, old_key=None, new_key=key).left_plaintext
        daily = None
        if check.state is DatabaseState.OK and key is None:
            daily = rotate_daily_backup(data_dir, today)
        elif check.state is DatabaseState.OK:
            daily = rotate_daily_backup(data_dir, today, key=key)
        forget_clean_close(db_path)  # this session is about to write
        engine = create_database_engine(db_path, key=key)
    except (OSError, *SQLITE_ERRORS, DBAPIError) as error:
        raise _unavailable(error, data_dir) from error
    try:
        _migrate(engine, data_dir, key)
    except BaseException as error:
        engine.dispose()
        if is_damage(error):
            # Only a full check is evidence enough to call the file damaged.
            damaged = _damaged_after_all(db_path, key, lock)
            if damaged is not None:
                raise damaged from error
        unavailable = as_unavailable(error, data_dir)
        if unavailable is not None:
            raise unavailable from error
        raise
    with contextlib.suppress(OSError):
        tighten_database_files(db_path)
    return OpenedDataFolder(
        data_dir,
        db_path,
        engine,
        lock,
        daily_backup=daily,
        key=key,
        plaintext_copies=plaintext,
        rekeying=take_note(data_dir),
        log_kept_aside=log_kept,
    )


def _keep_log_that_lost_saves(db_path: Path) -> Path | None:
    """Copy aside a write-ahead log SQLite would drop saved changes from; None if sound."""
    if not log_lost_commits(log_path(db_path)):
        return None
    return keep_damaged_log(db_path)


def _damaged_after_all(
    db_path: Path, key: DatabaseKey | None, lock: InstanceLock
) -> DatabaseDamagedError | None:
    """The damaged-file error, when a full check confirms what a read ran into."""
    try:
        check = check_database(db_path, key=key)
    except (OSError, *SQLITE_ERRORS):
        return None
    return _damaged_error(check, key, lock) if check.damaged else None


def _damaged_error(
    check: CheckResult, key: DatabaseKey | None, lock: InstanceLock
) -> DatabaseDamagedError:
    """The damaged-file error for `check`, offering the newest good backup."""
    good = newest_good_backup(check.path.parent, key=key)
    backup, after = (good.path, good.key or key) if good is not None else (None, key)
    return DatabaseDamagedError(check, aside_path(check.path), backup, lock, key=after)


def _check_at_start(db_path: Path, today: date | None, key: DatabaseKey | None) -> CheckResult:
    """The database's state, read in full only when it may have changed out of sight.

    `quick_check` reads every page: on a history of years it was the longest step of every
    start. It runs at the first start of each day (whose backup then checks its copy too),
    after any session that did not close cleanly (a crash leaves the write-ahead log behind,
    a clean close removes it), and for encrypted notes. Other starts of the day look at the
    header, which a truncated, overwritten or replaced file fails.
    """
    if key is None and same_day_clean_restart(db_path, today or date.today()):
        return CheckResult(db_path, DatabaseState.OK)
    return check_database(db_path, key=key)


def _migrate(engine: Engine, data_dir: Path, key: DatabaseKey | None = None) -> None:
    """Upgrade the schema, after a backup of the data as it was if there is any data."""
    if needs_upgrade(engine) and current_revision(engine) is not None:
        dest = upgrade_backup_path(data_dir)
        ensure_private_dir(dest.parent)
        make_backup(database_path(data_dir), dest, key=key)
    upgrade_to_head(engine)


def _unavailable(error: BaseException, data_dir: Path) -> StorageUnavailableError:
    unavailable = as_unavailable(error, data_dir)
    if unavailable is not None:
        return unavailable
    return StorageUnavailableError(
        StorageProblem.OTHER, data_dir, str(getattr(error, "orig", error))
    )
