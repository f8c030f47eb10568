"""The key of the notes at start: none for plain notes, the passphrase's for encrypted ones,
or the error that tells the window what to ask or offer.

Encrypted bytes cannot be told apart from random ones, so damage to an encrypted database is
recognised by what is around it: a first page the passphrase does not open while a backup
opens with the same passphrase, or a file that is neither a plain database nor whole pages of
an encrypted one, in a folder whose backups are encrypted. Either way the passphrase is asked
for first, then the newest good backup is offered, as for plain notes.
"""

from __future__ import annotations

from pathlib import Path

from belonging.storage.encryption.keys import (
    DatabaseKey,
    PassphraseKeys,
    PassphraseNotSetError,
    PassphraseRequiredError,
    WrongPassphraseError,
    has_sqlite_header,
    looks_encrypted,
)
from belonging.storage.encryption.rekey_plan import pending_note
from belonging.storage.files.backups import list_backups, newest_good_backup
from belonging.storage.opening.damage import DatabaseDamagedError
from belonging.storage.opening.instance_lock import InstanceLock
from belonging.storage.opening.integrity import (
    CheckResult,
    DatabaseState,
    aside_path,
    key_opens,
)


def key_for_database(
    db_path: Path, keys: PassphraseKeys | None, lock: InstanceLock
) -> DatabaseKey | None:
    """The key of an encrypted database, None for a plain (or new) one; or raise the error
    that tells the UI what to ask (`PassphraseRequiredError`, `WrongPassphraseError`,
    `PassphraseNotSetError`) or offer (`DatabaseDamagedError`).

    The passphrase errors carry `rekeying`: a change of passphrase a crash cut short and
    this start settled, so the prompt can say which passphrase opens the notes now.
    """
    try:
        return _key_for_database(db_path, keys, lock)
    except (PassphraseRequiredError, WrongPassphraseError) as error:
        error.rekeying = pending_note(db_path.parent)
        raise


def _key_for_database(
    db_path: Path, keys: PassphraseKeys | None, lock: InstanceLock
) -> DatabaseKey | None:
    if not looks_encrypted(db_path):
        plain = has_sqlite_header(db_path)
        if plain or not _left_of_encrypted(db_path):
            if keys is not None and plain:
                raise PassphraseNotSetError(db_path)
            return None
        if keys is None:
            raise PassphraseRequiredError(db_path)
        _raise_damaged(db_path, keys, lock, "it is cut short: it is not whole encrypted pages")
    if keys is None:
        raise PassphraseRequiredError(db_path)
    key = keys.for_file(db_path)
    if key_opens(db_path, key):
        return key
    # Either the passphrase is wrong, or the first page of the file is damaged.
    _raise_damaged(db_path, keys, lock, "its first page cannot be decrypted")
    return None  # never reached: `_raise_damaged` raises


def _raise_damaged(db_path: Path, keys: PassphraseKeys, lock: InstanceLock, detail: str) -> None:
    """A backup that opens with this same passphrase proves it right, and the file is then
    damaged; without one, the passphrase is taken to be wrong."""
    good = newest_good_backup(db_path.parent, keys=keys, encrypted_only=True)
    if good is None:
        raise WrongPassphraseError(db_path)
    check = CheckResult(db_path, DatabaseState.CORRUPT, detail)
    raise DatabaseDamagedError(check, aside_path(db_path), good.path, lock, key=good.key)


def _left_of_encrypted(db_path: Path) -> bool:
    """Whether a file that is neither plain nor whole encrypted pages is what is left of
    encrypted notes: it is not empty, and a backup or a database kept aside is encrypted."""
    try:
        if db_path.stat().st_size == 0:
            return False
    except FileNotFoundError:
        return False
    kept_aside = db_path.parent.glob(f"{db_path.stem}-*{db_path.suffix}")
    return any(looks_encrypted(copy) for copy in (*list_backups(db_path.parent), *kept_aside))
