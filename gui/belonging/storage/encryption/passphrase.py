"""Setting, changing and removing the passphrase that encrypts the notes.

Each one re-keys everything without losing a word: the database, every backup and every
database kept aside are copied under the new key, each checked and compared row by row with
its original (`reencrypt.stage_copy`); only when all are made are they swapped in, one
atomic rename each, so that no backup stays in plain text once a passphrase is set, and none
stays under an old passphrase once it is changed. A crash in the middle is finished or
undone at the next start, whichever leaves every file under one passphrase, and the person
is told which (`rekey_plan`). The replaced files are overwritten with zeros before they are
removed (best effort: see `reencrypt`).

A FORGOTTEN PASSPHRASE CANNOT BE RECOVERED. Nothing on this computer or anywhere else can
open the notes or their backups without it: no reset, no hint, no back door. The UI must say
so plainly before a passphrase is set.

A disk that refuses (full, read-only, an I/O error) stops a re-keying with its OSError or
SQLite error before any file is replaced, and everything is as it was, under the old key;
only a copy that is itself damaged (or under another passphrase) is left as it is and
named in the result (`left_unchanged`).

These calls take a few seconds on a large history (they rewrite every file) and block: run
them off the UI thread, with nothing else using the database meanwhile (flush the note
autosaver and wait for the writer thread first). They replace `opened.engine` and
`opened.key`; whoever kept the old engine must take the new one from `opened`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from belonging.storage.database import create_database_engine
from belonging.storage.encryption.drivers import SQLITE_ERRORS, connect
from belonging.storage.encryption.keys import (
    DatabaseKey,
    WrongPassphraseError,
    has_sqlite_header,
    new_key,
)
from belonging.storage.encryption.reencrypt import (
    RekeyError,
    copies_result,
    copy_source,
    database_copies,
    discard_old,
    remove_with_sidecars,
    stage_copy,
)
from belonging.storage.encryption.rekey_plan import (
    RekeyKind,
    RekeyPlan,
    old_path,
    plan_path,
    swap_in,
)
from belonging.storage.faults import storage_problem
from belonging.storage.files.durability import fsync_dir
from belonging.storage.files.locations import backups_dir
from belonging.storage.migrations import current_revision
from belonging.storage.opening.file_state import sidecar_paths
from belonging.storage.opening.integrity import key_opens
from belonging.storage.opening.opened import OpenedDataFolder


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
    return _rekey(opened, new_key(passphrase), RekeyKind.SET, progress)


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
    return _rekey(opened, new_key(new_passphrase), RekeyKind.CHANGE, progress)


def remove_passphrase(
    opened: OpenedDataFolder, passphrase: str, *, progress: ProgressCallback | None = None
) -> RekeyResult:
    """Decrypt the notes and every backup made under `passphrase`: back to plain SQLite.

    Anyone who can read the files can then read the notes. Raises WrongPassphraseError if
    `passphrase` is not the current one, ValueError if the notes have none; nothing is
    changed then.
    """
    _require_current(opened, passphrase)
    return _rekey(opened, None, RekeyKind.REMOVE, progress)


def _require_current(opened: OpenedDataFolder, passphrase: str) -> None:
    if opened.key is None:
        raise ValueError("the notes have no passphrase")
    if not opened.key.matches(passphrase):
        raise WrongPassphraseError(opened.database)


def _rekey(
    opened: OpenedDataFolder,
    key: DatabaseKey | None,
    kind: RekeyKind,
    progress: ProgressCallback | None,
) -> RekeyResult:
    old_key = opened.key
    db_path = opened.database
    copies = database_copies(opened.data_dir)
    total = 1 + len(copies)
    if progress is not None:
        progress(RekeyProgress(0, total, db_path))
    plan = RekeyPlan(opened.data_dir, kind)
    staged: list[tuple[Path, Path]] = []
    unchanged: list[Path] = []
    opened.engine.dispose()
    try:
        _as_single_file(db_path, old_key)
        plan.begin()
        staged.append((db_path, stage_copy(db_path, old_key=old_key, new_key=key)))
        for done, copy in enumerate(copies, start=1):
            choice = copy_source(copy, old_key=old_key, new_key=key)
            if choice is None:
                continue
            if not choice[0]:
                unchanged.append(copy)
                continue
            if progress is not None:
                progress(RekeyProgress(done, total, copy))
            try:
                staged.append((copy, stage_copy(copy, old_key=choice[1], new_key=key)))
            except (RekeyError, *SQLITE_ERRORS) as error:
                if storage_problem(error) is not None:
                    raise  # the disk, not the copy: stop, and change nothing
                unchanged.append(copy)  # a damaged copy: left as it is, and named
        plan.commit(path for path, _partial in staged)
    except BaseException:
        _abandon(plan, staged)
        opened.engine = create_database_engine(db_path, key=old_key)
        raise
    _swap_all(opened, plan, staged, key)
    if progress is not None:
        progress(RekeyProgress(total, total, db_path))
    result = copies_result([path for path, _partial in staged[1:]], unchanged)
    return RekeyResult(
        encrypted=key is not None,
        rekeyed_copies=result.rekeyed,
        left_unchanged=result.left_unchanged,
        left_plaintext=result.left_plaintext,
    )


def _abandon(plan: RekeyPlan, staged: list[tuple[Path, Path]]) -> None:
    """Before the swaps: forget the plan, then remove the copies; every original is as it
    was. Should the plan not go, the copies stay too, for the next start to settle by it."""
    try:
        plan.end()
    except OSError:
        return
    with contextlib.suppress(OSError):  # unplanned copies are cleared at the next start
        for _path, partial in staged:
            remove_with_sidecars(partial)


def _swap_all(
    opened: OpenedDataFolder,
    plan: RekeyPlan,
    staged: list[tuple[Path, Path]],
    key: DatabaseKey | None,
) -> None:
    """After the commit: put every copy in place, open the database under `key`, and only
    then overwrite the originals. Undone here if anything fails before the originals go."""
    db_path = opened.database
    old_key = opened.key
    olds: list[tuple[Path, Path]] = []
    engine = None
    try:
        for path, partial in staged:
            olds.append((path, swap_in(partial, path)))
        for folder in (opened.data_dir, backups_dir(opened.data_dir)):
            if folder.is_dir():
                fsync_dir(folder)
        engine = create_database_engine(db_path, key=key)
        current_revision(engine)  # the new file opens with the new key, through the app's path
    except BaseException:
        if engine is not None:
            engine.dispose()
        try:
            for path, partial in reversed(staged):
                _put_back(path, partial)
            plan.end()
        except OSError:
            pass  # the plan stays committed, and the next start finishes it
        with contextlib.suppress(OSError):
            for _path, partial in staged:
                if not plan_path(opened.data_dir).exists():
                    remove_with_sidecars(partial)
        opened.key = _key_in_place(db_path, old_key, key)
        opened.engine = create_database_engine(db_path, key=opened.key)
        raise
    opened.engine, opened.key = engine, key
    # Done: what is left is tidying. Should it fail, the plan stays committed and the next
    # start finishes the tidying, and says the change was finished.
    with contextlib.suppress(OSError):
        for _path, old in olds:
            discard_old(old)
        plan.end()


def _put_back(path: Path, partial: Path) -> None:
    """Undo one swap, wherever it stopped: the original was never changed."""
    old = old_path(path)
    if not old.exists():
        return  # never swapped
    if partial.exists() and path.exists():
        old.unlink()  # a second name of the original, which is still in place
        return
    if not partial.exists():
        for sidecar in sidecar_paths(path):
            sidecar.unlink()  # the new file's, which goes: none may meet the original
    old.replace(path)


def _key_in_place(
    db_path: Path, old_key: DatabaseKey | None, new_key: DatabaseKey | None
) -> DatabaseKey | None:
    """Which of the two keys the database in place is under, after a failed swap."""
    plain = has_sqlite_header(db_path)
    if old_key is None or new_key is None:
        return None if plain else (old_key or new_key)
    try:
        return old_key if key_opens(db_path, old_key) else new_key
    except (OSError, *SQLITE_ERRORS):
        return old_key


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
