"""Rewriting database files under another key without ever losing one: copy, prove, swap.

Each file (the database, then every backup) is copied under the new key beside itself, the
copy is checked in full and compared row by row with the original, and only then is it renamed
over the original in one atomic step. Until that rename the original is untouched; a hard link
keeps it reachable a moment longer, so the database can be put back if the new file does not
open. The replaced bytes are then overwritten with zeros before the file is removed.

The overwrite is best effort, and the docstrings say so rather than promise more: on SSDs and
copy-on-write file systems (APFS, btrfs, ZFS) the old blocks may survive in free space until
the drive reuses them. Full-disk encryption is what protects those.

A crash at any point leaves either the old file or the new one in place, each complete; what
it leaves behind besides (`.NAME.rekeying`, `.NAME.before-rekey`) is cleared by
`clear_leftovers` at the next start. A change of passphrase copies every file first and
swaps them only then (`stage_copy`, `rekey_plan`), so that a crash never leaves some files
under one passphrase and some under another.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from belonging.storage.database import database_path
from belonging.storage.encryption.drivers import SQLITE_ERRORS
from belonging.storage.encryption.keys import DatabaseKey, has_sqlite_header
from belonging.storage.encryption.rekey_plan import (
    OLD_SUFFIX,
    PARTIAL_SUFFIX,
    partial_path,
    settle,
    swap_in,
)
from belonging.storage.files.backups import backups_dir, list_backups
from belonging.storage.files.copying import content_digest, copy_database, full_check
from belonging.storage.files.durability import fsync_dir, fsync_file
from belonging.storage.opening.file_state import sidecar_paths
from belonging.storage.opening.integrity import key_opens

_ZEROS = b"\0" * 65536


class RekeyError(Exception):
    """A re-encrypted copy did not match its original; nothing was replaced."""


@dataclass(frozen=True)
class CopiesResult:
    """What happened to the copies of the database (backups, files kept aside)."""

    rekeyed: tuple[Path, ...] = ()
    #: Copies left exactly as they were: under another passphrase, damaged, or with a
    #: write-ahead log beside them that makes them unsafe to rewrite.
    left_unchanged: tuple[Path, ...] = ()
    #: Of those, the ones that are not encrypted; the UI should name them to the user.
    left_plaintext: tuple[Path, ...] = ()


def reencrypt_file(path: Path, *, old_key: DatabaseKey | None, new_key: DatabaseKey | None) -> Path:
    """Rewrite the database file at `path` from `old_key` to `new_key` (None: plain).

    `stage_copy`, then `rekey_plan.swap_in` at once. Returns the name that still holds the
    original bytes; pass it to `discard_old` once the new file has been opened, or
    `os.replace` it back over `path` to undo. Raises what `stage_copy` raises; the original
    is untouched then.
    """
    partial = stage_copy(path, old_key=old_key, new_key=new_key)
    try:
        old = swap_in(partial, path)
        fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            remove_with_sidecars(partial)
        raise
    return old


def stage_copy(path: Path, *, old_key: DatabaseKey | None, new_key: DatabaseKey | None) -> Path:
    """Write `path` under `new_key` beside itself (`rekey_plan.partial_path`); return the copy.

    The file must have no -wal or -journal beside it (switch the database to DELETE journal
    mode first). The copy is checked in full, compared row by row with the original, flushed
    to the disk and given the original's times; the original is not touched. Raises
    RekeyError (no copy left) if the copy does not hold the same data, and what SQLite or
    the disk raises otherwise.
    """
    path = Path(path)
    if sidecar_paths(path):
        raise RekeyError(f"{path} is still in use (a log file is beside it); nothing was changed")
    partial = partial_path(path)
    remove_with_sidecars(partial)
    times = path.stat()
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        copy_database(path, partial, source_key=old_key, dest_key=new_key)
        problems = full_check(partial, key=new_key)
        if problems:
            raise RekeyError(f"the re-encrypted copy of {path.name} is not sound: {problems[0]}")
        if content_digest(partial, key=new_key) != content_digest(path, key=old_key):
            raise RekeyError(f"the re-encrypted copy of {path.name} does not hold the same data")
        fsync_file(partial)
        # Backups are listed newest first by time: a re-encrypted one keeps its place.
        os.utime(partial, ns=(times.st_atime_ns, times.st_mtime_ns))
    except BaseException:
        with contextlib.suppress(OSError):
            remove_with_sidecars(partial)
        raise
    return partial


def discard_old(old: Path) -> None:
    """Overwrite with zeros, then remove, the original a re-encryption replaced.

    Only a file with no other name is overwritten: a link that still shares its bytes with a
    live file (a crash between link and swap) is merely removed.
    """
    old = Path(old)
    with contextlib.suppress(FileNotFoundError):
        if old.stat().st_nlink == 1:
            _overwrite_with_zeros(old)
        old.unlink()


def rekey_copies(
    data_dir: Path,
    *,
    old_key: DatabaseKey | None,
    new_key: DatabaseKey | None,
    progress: Callable[[Path], None] | None = None,
) -> CopiesResult:
    """Rewrite every copy of the database under `new_key`: backups and files kept aside.

    Plain copies are encrypted when `new_key` is given; copies under `old_key` move to
    `new_key` (or to plain when it is None). Anything else is left exactly as it was and
    named in the result. `progress` is called with each file before it is rewritten. Each
    copy is swapped as soon as it is made: use it where a crash half way leaves nothing
    inconsistent (plain backups found at start are encrypted again at the next one).
    """
    rekeyed: list[Path] = []
    unchanged: list[Path] = []
    for copy in database_copies(data_dir):
        choice = copy_source(copy, old_key=old_key, new_key=new_key)
        if choice is None:
            continue
        rewrite, source_key = choice
        if not rewrite:
            unchanged.append(copy)
            continue
        if progress is not None:
            progress(copy)
        try:
            discard_old(reencrypt_file(copy, old_key=source_key, new_key=new_key))
        except (RekeyError, OSError, *SQLITE_ERRORS):
            unchanged.append(copy)
            continue
        rekeyed.append(copy)
    return copies_result(rekeyed, unchanged)


def copy_source(
    copy: Path, *, old_key: DatabaseKey | None, new_key: DatabaseKey | None
) -> tuple[bool, DatabaseKey | None] | None:
    """How to re-key one copy of the database: None when there is nothing to do (it is plain
    and plain is wanted), `(False, None)` when it must be left as it is (under another
    passphrase, or damaged), `(True, key)` to rewrite it, reading it with `key`."""
    plain = has_sqlite_header(copy)
    if plain and new_key is None:
        return None
    if plain:
        return True, None
    if old_key is None or not _opens(copy, old_key):
        return False, None
    return True, old_key


def copies_result(rekeyed: list[Path], unchanged: list[Path]) -> CopiesResult:
    """The result of re-keying the copies, naming the ones left in plain text."""
    plaintext = tuple(path for path in unchanged if has_sqlite_header(path))
    return CopiesResult(tuple(rekeyed), tuple(unchanged), plaintext)


def database_copies(data_dir: Path) -> list[Path]:
    """Every backup, and every database kept aside beside the live one (after damage or a
    restore), that a change of passphrase concerns."""
    kept_aside = sorted(Path(data_dir).glob("belonging-*.sqlite3"))
    return [*list_backups(data_dir), *(path for path in kept_aside if path.is_file())]


def clear_leftovers(data_dir: Path) -> None:
    """Tidy what a re-encryption, a backup or a restore cut short by a crash left behind.

    Call it under the data folder's lock, before the database is opened. A change of
    passphrase cut short is finished or undone first (`rekey_plan.settle`). Unchecked partial
    copies are removed (they could hold plain text of notes now encrypted). A `.before-rekey`
    link is the original of a file that is in place, whether the swap happened or not, so it
    is discarded; were its file missing, it would be put back instead. A restore cut short
    after the old database was moved aside is completed with its checked copy.
    """
    settle(data_dir)
    db_path = database_path(data_dir)
    restoring = db_path.with_name(f".{db_path.name}.restoring")
    if restoring.is_file() and not db_path.exists():
        restoring.replace(db_path)
    for folder in (Path(data_dir), backups_dir(data_dir)):
        if not folder.is_dir():
            continue
        for partial in (
            *folder.glob(f".*{PARTIAL_SUFFIX}"),
            *folder.glob(".*.partial"),
            *folder.glob(".*.restoring"),
        ):
            remove_with_sidecars(partial)
        for old in folder.glob(f".*{OLD_SUFFIX}"):
            live = old.with_name(old.name[1 : -len(OLD_SUFFIX)])
            if live.exists():
                discard_old(old)
            else:
                old.replace(live)


def _opens(path: Path, key: DatabaseKey) -> bool:
    try:
        return key_opens(path, key)
    except (OSError, *SQLITE_ERRORS):
        return False


def remove_with_sidecars(path: Path) -> None:
    """Remove `path` and any -journal, -wal or -shm beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _overwrite_with_zeros(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY)
    try:
        remaining = os.fstat(fd).st_size
        while remaining > 0:
            remaining -= os.write(fd, _ZEROS[: min(len(_ZEROS), remaining)])
        os.fsync(fd)
    finally:
        os.close(fd)
