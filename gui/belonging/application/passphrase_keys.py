"""The key of an encrypted file, from a passphrase typed at the command line: whether a file
is encrypted, and whether a passphrase opens it. (The window asks through `opening`.)"""

from __future__ import annotations

from pathlib import Path

from belonging.storage.encryption.keys import DatabaseKey, key_for_file, looks_encrypted
from belonging.storage.faults import StorageProblem, storage_problem, unreadable_message
from belonging.storage.files.locations import database_path
from belonging.storage.opening.integrity import key_opens

__all__ = ["DatabaseKey", "cannot_read", "checked_key", "looks_encrypted", "notes_file"]


def notes_file(data_dir: Path) -> Path:
    """The notes database of a data folder."""
    return database_path(data_dir)


def checked_key(path: Path, passphrase: str) -> DatabaseKey | None:
    """The key `passphrase` gives for the encrypted file at `path`, or None if it does not
    open it."""
    key = key_for_file(path, passphrase)
    return key if key_opens(path, key) else None


def cannot_read(path: Path, error: OSError) -> str:
    """Why the data folder (or a backup) at `path` could not be read, in plain words."""
    if storage_problem(error) is StorageProblem.READ_ONLY:
        return unreadable_message(path)
    return f"{path} could not be read ({error.strerror or error}). Nothing was changed."
