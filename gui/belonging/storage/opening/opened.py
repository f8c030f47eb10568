"""The data folder once open: its engine, where things are, the lock held on it, and what
the start has to tell the person once."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from belonging.storage.encryption.keys import DatabaseKey
from belonging.storage.encryption.rekey_plan import SettledRekeying
from belonging.storage.files.file_modes import tighten_database_files, tighten_modes
from belonging.storage.opening.file_state import record_clean_close
from belonging.storage.opening.instance_lock import InstanceLock


@dataclass
class OpenedDataFolder:
    """A data folder ready for use: the engine, where things are, and the lock held on it.

    `key` is the key of encrypted notes (None when they have no passphrase); it lives in
    memory only. Setting, changing or removing the passphrase (`storage.passphrase`) replaces
    `engine` and `key` here: read them from this object after one, not from an older copy.

    `kept_aside`, `restored_from`, `rekeying` and `log_kept_aside` are what this start did
    that the person must be told, once (`has_news`).
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
    #: A change of passphrase a crash cut short, finished or undone at this start.
    rekeying: SettledRekeying | None = None
    #: Where a write-ahead log that had lost saved changes was copied, byte for byte, at
    #: this start (`log_damage`): the last words typed before the crash may be missing.
    log_kept_aside: Path | None = None

    @property
    def encrypted(self) -> bool:
        """Whether the notes are protected by a passphrase."""
        return self.key is not None

    @property
    def has_news(self) -> bool:
        """Whether this start did something the person must be told about once."""
        return any(
            value is not None
            for value in (self.kept_aside, self.restored_from, self.rekeying, self.log_kept_aside)
        )

    def passphrase_matches(self, passphrase: str) -> bool:
        """Whether `passphrase` is the notes' passphrase (to unlock a locked window).

        False when the notes have none. Takes a fraction of a second: call it off the UI
        thread.
        """
        return self.key is not None and self.key.matches(passphrase)

    def close(self) -> None:
        """Close every database connection, note the clean close, then let the folder go."""
        self.engine.dispose()
        with contextlib.suppress(OSError):
            tighten_modes(self.data_dir)
        with contextlib.suppress(OSError):
            tighten_database_files(self.database)
        with contextlib.suppress(OSError):
            # After the modes: changing one would change the file's time of change.
            record_clean_close(self.database)
        self.lock.release()
