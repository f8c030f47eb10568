"""Is the database file sound? Checked at start, before anything writes to it.

The check opens the file read-only, so a damaged file is never "repaired" behind the user's
back: its bytes stay exactly as they were for `set_aside` to keep, and for an expert to
recover later. A damaged file is never deleted, only renamed beside the data. An encrypted
file is checked the same way, through SQLCipher, when its key is given.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from belonging.storage.encryption.drivers import (
    DATABASE_ERRORS,
    OPERATIONAL_ERRORS,
    Connection,
    connect,
)
from belonging.storage.encryption.keys import DatabaseKey, WrongPassphraseError
from belonging.storage.opening.file_state import SIDECAR_SUFFIXES, SQLITE_HEADER, sidecar_paths

# SQLite keeps recent writes in these files beside the database; they belong to it.


class DatabaseState(enum.Enum):
    """What `check_database` found."""

    MISSING = "missing"
    EMPTY = "empty"
    OK = "ok"
    NOT_A_DATABASE = "not a database"
    CORRUPT = "corrupt"


@dataclass(frozen=True)
class CheckResult:
    """The state of one database file, with SQLite's own words in `detail` for experts."""

    path: Path
    state: DatabaseState
    detail: str = ""

    @property
    def usable(self) -> bool:
        """Whether the app may open the file as it is (a missing one is simply created)."""
        return self.state in (DatabaseState.OK, DatabaseState.MISSING, DatabaseState.EMPTY)

    @property
    def damaged(self) -> bool:
        """Whether the file exists but cannot be trusted: it must be kept aside, not opened."""
        return self.state in (DatabaseState.NOT_A_DATABASE, DatabaseState.CORRUPT)


def check_database(db_path: Path, *, key: DatabaseKey | None = None) -> CheckResult:
    """Look at the header, then run `PRAGMA quick_check`, without changing the file.

    Only SQLite's corruption errors count as damage. A file that cannot be opened or read
    (permissions, an I/O error) raises `sqlite3.OperationalError` (or SQLCipher's) or
    `OSError` instead, so a sound database is never called damaged because of where it sits.

    A zero-byte file is `EMPTY`: SQLite treats it as a new database, but it can also be what
    is left of a database that was lost, so the caller decides whether a backup is worth
    offering.

    A file without SQLite's header is `NOT_A_DATABASE` unless `key` opens it as an encrypted
    database, which is then checked like any other. `key` is not used for a plain file. To
    tell a wrong passphrase from damage, ask `drivers.key_opens` first.
    """
    db_path = Path(db_path)
    try:
        with db_path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return CheckResult(db_path, DatabaseState.MISSING)
    if not header:
        return CheckResult(db_path, DatabaseState.EMPTY)
    if header != SQLITE_HEADER and key is None:
        return CheckResult(db_path, DatabaseState.NOT_A_DATABASE, "the file has no SQLite header")
    try:
        rows = _quick_check(db_path, None if header == SQLITE_HEADER else key)
    except WrongPassphraseError:
        return CheckResult(
            db_path, DatabaseState.NOT_A_DATABASE, "the file does not open with this passphrase"
        )
    except OPERATIONAL_ERRORS:
        raise  # cannot open or read (permissions, I/O): not evidence of damage
    except DATABASE_ERRORS as error:
        state = DatabaseState.NOT_A_DATABASE if _not_a_database(error) else DatabaseState.CORRUPT
        return CheckResult(db_path, state, str(error))
    problems = [str(row[0]) for row in rows if row[0] != "ok"]
    if problems:
        return CheckResult(db_path, DatabaseState.CORRUPT, "; ".join(problems[:5]))
    return CheckResult(db_path, DatabaseState.OK)


def open_read_only(
    db_path: Path,
    *,
    key: DatabaseKey | None = None,
    sqlcipher: bool = False,
    check_same_thread: bool = True,
) -> Connection:
    """A read-only connection: it reads the write-ahead log but never checkpoints into the file.

    A write-ahead-log database needs a -shm index beside it, which SQLite cannot create in a
    read-only place (it says "unable to open", or "attempt to write a readonly database");
    when there is no -wal to read there, the file is opened as immutable. Raises
    sqlite3.DatabaseError if the file is not a database at all. With `key`, the file is
    opened through SQLCipher, and `WrongPassphraseError` says the key does not open it;
    `sqlcipher` opens a plain file through SQLCipher too (to copy it into an encrypted one).
    """
    options = {"key": key, "sqlcipher": sqlcipher, "check_same_thread": check_same_thread}
    try:
        connection = connect(db_path, query="mode=ro", **options)
        try:
            connection.execute("PRAGMA schema_version").fetchone()
        except BaseException:
            connection.close()
            raise
    except OPERATIONAL_ERRORS as error:
        wal = Path(db_path).with_name(Path(db_path).name + "-wal")
        name = getattr(error, "sqlite_errorname", "") or ""
        if not name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY")) or wal.exists():
            raise
        return connect(db_path, query="immutable=1", **options)
    return connection


def key_opens(db_path: Path, key: DatabaseKey) -> bool:
    """Whether `key` opens the encrypted file at `db_path`; read-only, nothing is written.

    A file that cannot be read at all (permissions, I/O) raises, so it is never mistaken for
    a wrong passphrase. A file the key decrypts but whose pages further in are missing or
    damaged ("database disk image is malformed") does open with it: the key is right, and
    `check_database` then says the file is damaged.
    """
    try:
        connection = _open_untouched(db_path, key)
    except WrongPassphraseError:
        return False
    except OPERATIONAL_ERRORS:
        raise
    except DATABASE_ERRORS:
        return True  # SQLCipher checked the first page with this key; the damage is further in
    connection.close()
    return True


def _open_untouched(db_path: Path, key: DatabaseKey | None) -> Connection:
    # Without a -wal (or -journal) file there is nothing beyond the main file to read, and
    # opening it as immutable leaves no empty -wal and -shm files behind next to a file that
    # may be damaged. With one, "mode=ro" reads it too, and so sees the last committed notes.
    if any(path.name.endswith(("-wal", "-journal")) for path in sidecar_paths(db_path)):
        return open_read_only(db_path, key=key)
    return connect(db_path, key=key, query="immutable=1")


def _quick_check(db_path: Path, key: DatabaseKey | None) -> list[tuple[str]]:
    connection = _open_untouched(db_path, key)
    try:
        return connection.execute("PRAGMA quick_check").fetchall()
    finally:
        connection.close()


def aside_path(db_path: Path, reason: str = "damaged", when: datetime | None = None) -> Path:
    """A free name beside `db_path` to keep it aside under.

    For example `belonging-damaged-2026-05-09-153000.sqlite3`: the name keeps the `.sqlite3`
    suffix so the file still opens in any SQLite tool.
    """
    db_path = Path(db_path)
    stamp = (when or datetime.now()).strftime("%Y-%m-%d-%H%M%S")
    base = f"{db_path.stem}-{reason}-{stamp}"
    candidate = db_path.with_name(f"{base}{db_path.suffix}")
    counter = 2
    while _taken(candidate):
        candidate = db_path.with_name(f"{base}-{counter}{db_path.suffix}")
        counter += 1
    return candidate


def set_aside(db_path: Path, target: Path | None = None, reason: str = "damaged") -> Path:
    """Rename `db_path` and its -wal/-shm files to `target` (or a fresh name); return the new path.

    The bytes are not touched. The write-ahead log moves first: should the move be cut short,
    a new database must never start next to an old log and replay it as its own.
    """
    db_path = Path(db_path)
    target = Path(target) if target is not None else aside_path(db_path, reason)
    if _taken(target):
        raise FileExistsError(f"{target} already exists; nothing was moved")
    for suffix in SIDECAR_SUFFIXES:
        sidecar = db_path.with_name(db_path.name + suffix)
        if sidecar.exists():
            sidecar.rename(target.with_name(target.name + suffix))
    db_path.rename(target)
    return target


def _taken(path: Path) -> bool:
    return path.exists() or any(
        path.with_name(path.name + suffix).exists() for suffix in SIDECAR_SUFFIXES
    )


def _not_a_database(error: BaseException) -> bool:
    return "not a database" in str(error).lower()
