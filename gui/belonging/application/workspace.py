"""The open data folder as the application layer uses it: the database, the scripts, the
clock the conversations read, and where it all lives."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from belonging.core.engine import Clock
from belonging.core.scripts.library import ScriptLibrary
from belonging.storage.database import session_scope
from belonging.storage.opening.startup import OpenedDataFolder


@dataclass
class Workspace:
    """What every use case starts from once the data folder is open.

    `db` is read from the opened folder each time, since setting, changing or removing the
    passphrase replaces the engine. `clock` is what the conversation engine reads (a
    `ManualClock` in tests).
    """

    opened: OpenedDataFolder
    library: ScriptLibrary
    clock: Clock

    @property
    def data_dir(self) -> Path:
        """The data folder."""
        return self.opened.data_dir

    @property
    def db(self) -> Engine:
        """The database engine as it is now."""
        return self.opened.engine

    @property
    def encrypted(self) -> bool:
        """Whether the notes are protected by a passphrase."""
        return self.opened.encrypted

    def passphrase_matches(self, passphrase: str) -> bool:
        """Whether `passphrase` opens the notes (False when they have none). Takes a
        fraction of a second on purpose: call it off the screen's thread."""
        return self.opened.passphrase_matches(passphrase)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed if the block finishes, rolled back if it raises."""
        with session_scope(self.db) as session:
            yield session

    def close(self) -> None:
        """Closes every database connection and lets the data folder go."""
        self.opened.close()
