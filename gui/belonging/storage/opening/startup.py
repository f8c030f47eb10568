"""Opening the data folder at start, in the one order that keeps every word safe.

1. make sure the folder exists, readable by this user only;
2. take the single-instance lock, so no other Belonging writes beside this one;
3. tidy what a crash in the middle of a re-keying, backup or restore left behind, and make
   every file in the folder private (0600) again;
4. if the notes are encrypted, derive their key from the passphrase, or stop and ask for it
   (`PassphraseRequiredError`, `WrongPassphraseError`);
5. check the database before anything writes to it; a damaged file stops here, untouched,
   and the user chooses between the newest good backup and a fresh start (`recover_damaged`);
6. with a passphrase, encrypt any backup still in plain text; make today's backup, and one
   more just before a schema upgrade;
7. migrate to the current schema;
8. hand back the engine, the key, the paths and the lock.

Every failure comes out as an exception whose message can be shown as is.
"""

from __future__ import annotations

import contextlib
import enum
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from belonging.paths import ensure_private_dir
from belonging.storage.database import create_database_engine, database_path
from belonging.storage.encryption.drivers import SQLITE_ERRORS
from belonging.storage.encryption.keys import (
    DatabaseKey,
    PassphraseKeys,
    PassphraseNotSetError,
    PassphraseRequiredError,
    WrongPassphraseError,
    has_sqlite_header,
    looks_encrypted,
)
from belonging.storage.encryption.reencrypt import clear_leftovers, rekey_copies
from belonging.storage.faults import StorageProblem, StorageUnavailableError, as_unavailable
from belonging.storage.files.backups import (
    make_backup,
    newest_good_backup,
    restore_backup,
    rotate_daily_backup,
    upgrade_backup_path,
    verify_backup,
)
from belonging.storage.files.file_modes import tighten_modes
from belonging.storage.migrations import current_revision, needs_upgrade, upgrade_to_head
from belonging.storage.opening.file_state import same_day_clean_restart
from belonging.storage.opening.instance_lock import InstanceLock
from belonging.storage.opening.integrity import (
    CheckResult,
    DatabaseState,
    aside_path,
    check_database,
    key_opens,
    set_aside,
)


@dataclass
class OpenedDataFolder:
    """A data folder ready for use: the engine, where things are, and the lock held on it.

    `key` is the key of encrypted notes (None when they have no passphrase); it lives in
    memory only. Setting, changing or removing the passphrase (`storage.passphrase`) replaces
    `engine` and `key` here: read them from this object after one, not from an older copy.
    """

    data_dir: Path
    database: Path
    engine: Engine
    lock: InstanceLock
    daily_backup: Path | None = None
    #: Where a damaged file was kept by `recover_damaged`, to tell the user once.
    kept_aside: Path | None = None
    #: The backup `recover_damaged` restored, if it restored one.
    restored_from: Path | None = None
    key: DatabaseKey | None = None
    #: Backups that are still plain text although the notes are encrypted (damaged ones
    #: that could not be rewritten); the UI names them so the user can delete them.
    plaintext_copies: tuple[Path, ...] = ()

    @property
    def encrypted(self) -> bool:
        """Whether the notes are protected by a passphrase."""
        return self.key is not None

    def passphrase_matches(self, passphrase: str) -> bool:
        """Whether `passphrase` is the notes' passphrase (to unlock a locked window).

        False when the notes have none. Takes a fraction of a second: call it off the UI
        thread.
        """
        return self.key is not None and self.key.matches(passphrase)

    def close(self) -> None:
        """Close every database connection, then let the data folder go."""
        self.engine.dispose()
        with contextlib.suppress(OSError):
            tighten_modes(self.data_dir)
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
        self,
        check: CheckResult,
        aside: Path,
        backup: Path | None,
        lock: InstanceLock,
        *,
        key: DatabaseKey | None = None,
    ) -> None:
        self.check = check
        self.database = check.path
        self.data_dir = check.path.parent
        self.aside_path = aside
        self.newest_backup = backup
        self.lock = lock
        #: The key the data folder opens with after recovery (encrypted notes only).
        self.key = key
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


def open_data_folder(
    data_dir: Path,
    *,
    today: date | None = None,
    passphrase: str | None = None,
    passphrase_never_set: bool = False,
    lock: InstanceLock | None = None,
) -> OpenedDataFolder:
    """Open the data folder for the app (see the module docstring for the steps).

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
            data_dir, lock, today, passphrase=passphrase, never_set=passphrase_never_set
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


def _open_locked(
    data_dir: Path,
    lock: InstanceLock,
    today: date | None,
    *,
    passphrase: str | None = None,
    key: DatabaseKey | None = None,
    never_set: bool = False,
) -> OpenedDataFolder:
    db_path = database_path(data_dir)
    plaintext: tuple[Path, ...] = ()
    try:
        clear_leftovers(data_dir)
        with contextlib.suppress(OSError):  # best effort: a stranger's file must not stop a start
            tighten_modes(data_dir)
        keys = PassphraseKeys(passphrase) if passphrase is not None else None
        if key is None and not never_set:
            key = _key_for_database(db_path, keys, lock)
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
        engine = create_database_engine(db_path, key=key)
    except (OSError, *SQLITE_ERRORS, DBAPIError) as error:
        raise _unavailable(error, data_dir) from error
    try:
        _migrate(engine, data_dir, key)
    except BaseException as error:
        engine.dispose()
        unavailable = as_unavailable(error, data_dir)
        if unavailable is not None:
            raise unavailable from error
        raise
    return OpenedDataFolder(
        data_dir,
        db_path,
        engine,
        lock,
        daily_backup=daily,
        key=key,
        plaintext_copies=plaintext,
    )


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


def _key_for_database(
    db_path: Path, keys: PassphraseKeys | None, lock: InstanceLock
) -> DatabaseKey | None:
    """The key of an encrypted database, None for a plain (or new) one; or raise the error
    that tells the UI what to ask."""
    if not looks_encrypted(db_path):
        if keys is not None and has_sqlite_header(db_path):
            raise PassphraseNotSetError(db_path)
        return None
    if keys is None:
        raise PassphraseRequiredError(db_path)
    key = keys.for_file(db_path)
    if key_opens(db_path, key):
        return key
    # Either the passphrase is wrong, or the first page of the file is damaged. A backup
    # that opens with this same passphrase proves it right, and the file is then damaged.
    good = newest_good_backup(db_path.parent, keys=keys, encrypted_only=True)
    if good is None:
        raise WrongPassphraseError(db_path)
    check = CheckResult(db_path, DatabaseState.CORRUPT, "its first page cannot be decrypted")
    raise DatabaseDamagedError(check, aside_path(db_path), good.path, lock, key=good.key)


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
