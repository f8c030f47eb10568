"""Opening the data folder for the window: the checks, the passphrase, a damaged file's
recovery, and the scripts — everything a start does before Home is fully there.

Runs on the database thread. Every failure is an exception whose message can be shown to
the person as it is (the types are named here, so screens need not know storage's).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from belonging.application.first_look import FirstHome, encrypted_first_home
from belonging.application.workspace import Workspace
from belonging.core.engine import Clock, SystemClock
from belonging.core.scripts.library import ScriptLibrary
from belonging.languages import DEFAULT_LANGUAGE
from belonging.storage.encryption.keys import (
    PassphraseNotSetError,
    PassphraseRequiredError,
    WrongPassphraseError,
)
from belonging.storage.encryption.rekey_plan import RekeyKind, SettledRekeying
from belonging.storage.faults import StorageUnavailableError
from belonging.storage.files.backups import BackupError
from belonging.storage.migrations import MigrationError, SchemaTooNewError
from belonging.storage.opening.instance_lock import AlreadyRunningError, InstanceLock
from belonging.storage.opening.integrity import DatabaseState
from belonging.storage.opening.startup import (
    DatabaseDamagedError,
    RecoveryChoice,
    damage_found,
    open_data_folder,
    recover_damaged,
)

__all__ = [
    "WORDED_ERRORS",
    "AlreadyRunningError",
    "BackupError",
    "DatabaseDamagedError",
    "DatabaseState",
    "MigrationError",
    "PassphraseNotSetError",
    "PassphraseRequiredError",
    "RecoveryChoice",
    "RekeyKind",
    "SchemaTooNewError",
    "SettledRekeying",
    "StorageUnavailableError",
    "WrongPassphraseError",
    "check_for_damage",
    "open_workspace",
    "recover_workspace",
]

#: Errors whose message was written for the person reading it, shown as they are.
WORDED_ERRORS = (
    AlreadyRunningError,
    StorageUnavailableError,
    BackupError,
    SchemaTooNewError,
    MigrationError,
)


def open_workspace(
    data_dir: Path,
    *,
    lock: InstanceLock,
    passphrase: str | None = None,
    passphrase_never_set: bool = False,
    builtin_scripts: Path | None = None,
    clock: Clock | None = None,
    language: str = DEFAULT_LANGUAGE,
    on_first_home: Callable[[FirstHome], None] | None = None,
) -> Workspace:
    """Opens the data folder (lock, checks, daily backup, migration) and reads the scripts
    (the built-in ones in `language`).

    Encrypted notes, once their key is known and before the check, are looked at read-only
    and Home as read goes to `on_first_home` (on this thread), for the window to show it
    while the rest of the opening runs. (Plain notes are looked at before this is called:
    `first_look.first_home`.)

    Raises what `storage.opening.startup.open_data_folder` raises: PassphraseRequiredError
    (ask, then call again), WrongPassphraseError, DatabaseDamagedError (the person chooses;
    then `recover_workspace`), and the `WORDED_ERRORS`.
    """

    def look(database: Path, key: object) -> None:
        home = encrypted_first_home(database, key)
        if home is not None and on_first_home is not None:
            on_first_home(home)

    opened = open_data_folder(
        data_dir,
        passphrase=passphrase,
        passphrase_never_set=passphrase_never_set,
        lock=lock,
        on_unlocked=look if on_first_home is not None else None,
    )
    library = _library(data_dir, builtin_scripts, language)
    return Workspace(opened, library, clock or SystemClock())


def recover_workspace(
    damaged: DatabaseDamagedError,
    choice: RecoveryChoice,
    *,
    builtin_scripts: Path | None = None,
    clock: Clock | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> Workspace:
    """Does what the person chose about a damaged file (the newest good backup, or a fresh
    start; the damaged file is kept aside), then opens the data folder."""
    opened = recover_damaged(damaged, choice)
    library = _library(opened.data_dir, builtin_scripts, language)
    return Workspace(opened, library, clock or SystemClock())


def _library(data_dir: Path, builtin_scripts: Path | None, language: str) -> ScriptLibrary:
    return ScriptLibrary(data_dir, builtin_dir=builtin_scripts, language=language)


def check_for_damage(workspace: Workspace) -> DatabaseDamagedError | None:
    """Checks the whole database after a read or a save failed with `SaveProblem.DAMAGED`.

    Run it as a write job, with nothing else using the database. When the file is damaged,
    the error returned is the one a start raises: show it as at start (the newest good
    backup, or a fresh start, or Quit), then `recover_workspace` gives the new workspace;
    this one must not be used again. None when the check finds nothing wrong.
    """
    return damage_found(workspace.opened)
