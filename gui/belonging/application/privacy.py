"""The passphrase that encrypts the notes: set, changed or removed from the window.

Each re-keys everything without losing a word (`storage.encryption.passphrase`): the
database and every backup are copied under the new key, checked, and swapped in. It runs on
the database thread, as one job, so nothing else writes meanwhile; `progress` hears each
file done. Afterwards `workspace.db` is the new engine.

A FORGOTTEN PASSPHRASE CANNOT BE RECOVERED: the screens say so before one is set.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from belonging.application.workspace import Workspace
from belonging.storage.encryption import passphrase as rekeying
from belonging.storage.encryption.keys import WrongPassphraseError
from belonging.storage.encryption.passphrase import RekeyProgress, RekeyResult
from belonging.storage.faults import as_unavailable

__all__ = [
    "RekeyProgress",
    "RekeyResult",
    "WrongPassphraseError",
    "change_passphrase",
    "remove_passphrase",
    "set_passphrase",
    "unavailable_text",
]

Progress = Callable[[RekeyProgress], None]


def set_passphrase(workspace: Workspace, passphrase: str, progress: Progress) -> RekeyResult:
    """Encrypts the notes and every backup with `passphrase`."""
    return rekeying.set_passphrase(workspace.opened, passphrase, progress=progress)


def change_passphrase(
    workspace: Workspace, current: str, new: str, progress: Progress
) -> RekeyResult:
    """Re-encrypts everything under `new`; WrongPassphraseError if `current` is not it."""
    return rekeying.change_passphrase(workspace.opened, current, new, progress=progress)


def remove_passphrase(workspace: Workspace, current: str, progress: Progress) -> RekeyResult:
    """Decrypts everything; WrongPassphraseError if `current` is not the passphrase."""
    return rekeying.remove_passphrase(workspace.opened, current, progress=progress)


def unavailable_text(error: BaseException, folder: Path) -> str | None:
    """The plain sentence for a full disk or a read-only folder behind `error`, if it is one."""
    unavailable = as_unavailable(error, folder)
    return None if unavailable is None else str(unavailable)
