"""When the disk, not the data, is the problem: a read-only data folder or a full disk.

Operating-system errors, SQLite errors and SQLAlchemy's wrappers of them all end up here and
come out as one `StorageUnavailableError` whose message a person can act on. None of these
problems damages what is already saved, and the messages say so.
"""

from __future__ import annotations

import enum
import errno
from pathlib import Path

from belonging.storage.encryption.drivers import SQLITE_ERRORS

_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


class StorageProblem(enum.Enum):
    """Why the data folder cannot be used."""

    READ_ONLY = "read-only"
    DISK_FULL = "disk full"
    OTHER = "unavailable"


class StorageUnavailableError(Exception):
    """The data folder cannot be written to; the message is shown to the user as is."""

    def __init__(self, problem: StorageProblem, folder: Path, detail: str = "") -> None:
        self.problem = problem
        self.folder = folder
        self.detail = detail
        super().__init__(unavailable_message(problem, folder, detail))


def unavailable_message(problem: StorageProblem, folder: Path, detail: str = "") -> str:
    """The plain-language message for `problem` in `folder`."""
    if problem is StorageProblem.READ_ONLY:
        return (
            f"Belonging cannot save in its data folder, {folder}: the folder is read-only, or "
            "you do not have permission to write there. Nothing has been lost or deleted. "
            "Make the folder writable (or choose another one with --data-dir), then try again."
        )
    if problem is StorageProblem.DISK_FULL:
        return (
            f"The disk that holds Belonging's data folder, {folder}, is full. Nothing has been "
            "lost or deleted. Free some space on it, then try again."
        )
    reason = f" ({detail})" if detail else ""
    return (
        f"Belonging cannot read or write its data folder, {folder}{reason}. Nothing has been "
        "lost or deleted. Check that the disk is connected and working, then try again."
    )


def unreadable_message(folder: Path) -> str:
    """The plain-language message for a data folder this user may not even read."""
    return (
        f"Belonging cannot read its data folder, {folder}: you do not have permission to "
        "read it (it may belong to another user account). Nothing was changed."
    )


def storage_problem(error: BaseException) -> StorageProblem | None:
    """What kind of storage problem `error` reports, or None if it is not one.

    Looks through SQLAlchemy's wrappers (`.orig`) and the exception chain, since a full disk
    often surfaces as a database error raised while handling an `OSError`.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        problem = _direct_problem(current)
        if problem is not None:
            return problem
        original = getattr(current, "orig", None)
        if isinstance(original, BaseException):
            problem = storage_problem(original)
            if problem is not None:
                return problem
        current = current.__cause__ or current.__context__
    return None


def is_damage(error: BaseException) -> bool:
    """Whether `error` says the database file itself is damaged (SQLite's "database disk
    image is malformed", or a file that is no longer a database), not that the disk refused.

    Looks through SQLAlchemy's wrappers and the exception chain like `storage_problem`.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, SQLITE_ERRORS) and _damage_error(current):
            return True
        original = getattr(current, "orig", None)
        if isinstance(original, BaseException) and is_damage(original):
            return True
        current = current.__cause__ or current.__context__
    return False


def as_unavailable(error: BaseException, folder: Path) -> StorageUnavailableError | None:
    """`error` as a `StorageUnavailableError` about `folder`, if it is a storage problem."""
    if isinstance(error, StorageUnavailableError):
        return error
    problem = storage_problem(error)
    if problem is None:
        return None
    return StorageUnavailableError(problem, folder, _detail(error))


def _direct_problem(error: BaseException) -> StorageProblem | None:
    if isinstance(error, SQLITE_ERRORS):
        name = getattr(error, "sqlite_errorname", "") or ""
        text = str(error).lower()
        if name.startswith("SQLITE_READONLY") or "readonly database" in text:
            return StorageProblem.READ_ONLY
        # SHMSIZE: the -shm index beside a write-ahead log could not grow, which on a full
        # disk is the first thing to fail, before any note is written.
        if name in ("SQLITE_FULL", "SQLITE_IOERR_SHMSIZE") or "disk is full" in text:
            return StorageProblem.DISK_FULL
        if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or "unable to open" in text:
            return StorageProblem.OTHER
        return None
    if isinstance(error, OSError) and error.errno is not None:
        if error.errno in _READ_ONLY_ERRNOS:
            return StorageProblem.READ_ONLY
        if error.errno in _FULL_ERRNOS:
            return StorageProblem.DISK_FULL
        if error.errno in {errno.EIO, errno.ENODEV, errno.ENXIO, errno.ENOENT}:
            return StorageProblem.OTHER
    return None


def _damage_error(error: BaseException) -> bool:
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return True
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def _detail(error: BaseException) -> str:
    original = getattr(error, "orig", None)
    return str(original if isinstance(original, BaseException) else error)
