"""Setting, changing and removing the passphrase that encrypts the notes.

Each one re-keys everything without losing a word: the database is copied under the new key,
checked and compared row by row, and swapped in atomically (`reencrypt`); then every backup
and every database kept aside is rewritten the same way, so that no backup stays in plain
text once a passphrase is set, and none stays under an old passphrase once it is changed.
The replaced files are overwritten with zeros before they are removed (best effort: see
`reencrypt`).

A FORGOTTEN PASSPHRASE CANNOT BE RECOVERED. Nothing on this computer or anywhere else can
open the notes or their backups without it: no reset, no hint, no back door. The UI must say
so plainly before a passphrase is set.

These calls take a few seconds on a large history (they rewrite every file) and block: run
them off the UI thread, with nothing else using the database meanwhile (flush the note
autosaver and wait for the writer thread first). They replace `opened.engine` and
`opened.key`; whoever kept the old engine must take the new one from `opened`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from belonging.storage.database import create_database_engine
from belonging.storage.encryption.drivers import connect
from belonging.storage.encryption.keys import DatabaseKey, WrongPassphraseError, new_key
from belonging.storage.encryption.reencrypt import (
    database_copies,
    discard_old,
    reencrypt_file,
    rekey_copies,
)
from belonging.storage.migrations import current_revision
from belonging.storage.opening.startup import OpenedDataFolder


@dataclass(frozen=True)
class RekeyProgress:
    """How far a re-keying has gone: `done` of `total` files, working on `path` now."""

    done: int
    total: int
    path: Path


@dataclass(frozen=True)
class RekeyResult:
    """What a re-keying did.

    `rekeyed_copies` are the backups (and files kept aside) rewritten under the new key.
    `left_unchanged` are copies it could not open or rewrite (damaged, or under a passphrase
    other than the current one) and left exactly as they were; `left_plaintext` are those of
    them still in plain text, which the UI should name so the user can delete them.
    """

    encrypted: bool
    rekeyed_copies: tuple[Path, ...]
    left_unchanged: tuple[Path, ...]
    left_plaintext: tuple[Path, ...]


ProgressCallback = Callable[[RekeyProgress], None]


def set_passphrase(
    opened: OpenedDataFolder, passphrase: str, *, progress: ProgressCallback | None = None
) -> RekeyResult:
    """Encrypt the notes and every backup with `passphrase` (not empty).

    From then on the passphrase is needed to open them. It cannot be recovered if forgotten,
    and neither can the notes. Raises ValueError if the notes already have a passphrase
    (change it instead) or it is empty; nothing is changed then.
    """
    if opened.key is not None:
        raise ValueError("the notes already have a passphrase; change it instead")
    return _rekey(opened, new_key(passphrase), progress)


def change_passphrase(
    opened: OpenedDataFolder,
    old_passphrase: str,
    new_passphrase: str,
    *,
    progress: ProgressCallback | None = None,
) -> RekeyResult:
    """Re-encrypt the notes and every backup from `old_passphrase` to `new_passphrase`.

    The current passphrase is asked for, so someone at an unlocked computer cannot change
    it. Raises WrongPassphraseError if `old_passphrase` is not it, ValueError if the notes
    have none or the new one is empty; nothing is changed then. Backups under the old
    passphrase are re-encrypted too, so it no longer opens any of them.
    """
    _require_current(opened, old_passphrase)
    return _rekey(opened, new_key(new_passphrase), progress)


def remove_passphrase(
    opened: OpenedDataFolder, passphrase: str, *, progress: ProgressCallback | None = None
) -> RekeyResult:
    """Decrypt the notes and every backup made under `passphrase`: back to plain SQLite.

    Anyone who can read the files can then read the notes. Raises WrongPassphraseError if
    `passphrase` is not the current one, ValueError if the notes have none; nothing is
    changed then.
    """
    _require_current(opened, passphrase)
    return _rekey(opened, None, progress)


def _require_current(opened: OpenedDataFolder, passphrase: str) -> None:
    if opened.key is None:
        raise ValueError("the notes have no passphrase")
    if not opened.key.matches(passphrase):
        raise WrongPassphraseError(opened.database)


def _rekey(
    opened: OpenedDataFolder, key: DatabaseKey | None, progress: ProgressCallback | None
) -> RekeyResult:
    old_key = opened.key
    db_path = opened.database
    total = 1 + len(database_copies(opened.data_dir))
    if progress is not None:
        progress(RekeyProgress(0, total, db_path))
    opened.engine.dispose()
    try:
        _as_single_file(db_path, old_key)
        original = reencrypt_file(db_path, old_key=old_key, new_key=key)
    except BaseException:
        opened.engine = create_database_engine(db_path, key=old_key)
        raise
    engine = None
    try:
        engine = create_database_engine(db_path, key=key)
        current_revision(engine)  # the new file opens with the new key, through the app's path
    except BaseException:
        if engine is not None:
            engine.dispose()
        original.replace(db_path)  # put the original back: it was never changed
        opened.engine = create_database_engine(db_path, key=old_key)
        raise
    opened.engine, opened.key = engine, key
    discard_old(original)

    done = 1

    def on_copy(path: Path) -> None:
        nonlocal done
        if progress is not None:
            progress(RekeyProgress(done, total, path))
        done += 1

    copies = rekey_copies(opened.data_dir, old_key=old_key, new_key=key, progress=on_copy)
    if progress is not None:
        progress(RekeyProgress(total, total, db_path))
    return RekeyResult(
        encrypted=key is not None,
        rekeyed_copies=copies.rekeyed,
        left_unchanged=copies.left_unchanged,
        left_plaintext=copies.left_plaintext,
    )


def _as_single_file(db_path: Path, key: DatabaseKey | None) -> None:
    """Fold the write-ahead log into the file and remove it, so the file alone is the data.

    The app's engine sets WAL again on its next connection.
    """
    connection = connect(db_path, key=key)
    try:
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    finally:
        connection.close()
    if str(mode).lower() != "delete":
        raise OSError(f"{db_path} is still in use; close every other connection first")
