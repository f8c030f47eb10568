"""A database that cannot be trusted: the error that stops the start, and its words.

The app then offers the newest good backup or a fresh start (`startup.recover_damaged`),
keeping the damaged file aside, byte for byte.
"""

from __future__ import annotations

import enum
from pathlib import Path

from belonging.storage.encryption.keys import DatabaseKey
from belonging.storage.opening.instance_lock import InstanceLock
from belonging.storage.opening.integrity import CheckResult, DatabaseState


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
