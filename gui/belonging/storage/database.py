"""The engine factory: where the database file lives and how every connection to it is set up.

No engine exists at import time; the app builds one at start (after the single-instance lock,
the integrity check, the backup and the migration) and the tests build in-memory ones.
Every connection writes durably (WAL, synchronous=FULL), enforces foreign keys, waits for a
busy database instead of failing at once, and overwrites deleted text (a struck note must not
linger in free pages of the file). With a key, every connection goes through SQLCipher and is
keyed before anything is read: the file, its write-ahead log and its search index are all
encrypted page by page, and temporary tables stay in memory.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool
from sqlmodel import Session

import belonging.storage.models  # noqa: F401  (registers every table on SQLModel.metadata)
from belonging.storage.encryption.drivers import Connection, connect, sqlcipher_module
from belonging.storage.encryption.keys import DatabaseKey
from belonging.storage.files.locations import database_path as database_path
from belonging.storage.opening.integrity import open_read_only

#: Milliseconds a connection waits for another writer before giving up with "database is locked".
BUSY_TIMEOUT_MS = 5000
#: Database, -wal and -shm files are readable by this user only: they hold people's words.
FILE_MODE = 0o600

_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA secure_delete = ON",
)


def create_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if it is missing, and tighten it to 0600 if not.

    SQLite gives the -wal and -shm files the mode of the main file, so creating the main file
    ourselves first is what keeps all three private.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    try:
        if os.name == "posix":
            os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)


def create_database_engine(
    path: Path | None, *, read_only: bool = False, key: DatabaseKey | None = None
) -> Engine:
    """An engine on the database file at `path`, or on a private in-memory database if None.

    The file is created 0600 if missing (its folder must exist; `paths.ensure_private_dir`
    makes it 0700). With `read_only` the file is opened without any write, for checks and
    backups of a database that may be damaged or in a folder that cannot be written to; it
    must then exist. The in-memory database lives in one shared connection (StaticPool), so
    all sessions of a test see the same data.

    With `key` the file is an SQLCipher database (a new or empty file becomes one, with the
    key's salt); the first connection raises `WrongPassphraseError` if the key does not
    open it. Without a key the file is plain SQLite, exactly as before any passphrase existed.
    """
    if path is None:
        if key is not None:
            raise ValueError("an in-memory database is never written to disk; it needs no key")
        engine = _new_engine(
            "sqlite://",
            poolclass=StaticPool,
            connect_args={"check_same_thread": False},
        )
        _install_pragmas(engine, wal=False)
        return engine
    if key is not None:
        return _encrypted_engine(path, key, read_only=read_only)
    if read_only:
        if not path.is_file():
            raise FileNotFoundError(path)
        engine = _new_engine(
            "sqlite://",
            creator=lambda: _connect_read_only(path),
        )
        _install_pragmas(engine, wal=False)
        return engine
    create_private_file(path)
    engine = _new_engine(
        f"sqlite:///{path}",
        # Autosave flushes from a worker thread; SQLAlchemy's pool hands each thread its own.
        connect_args={"check_same_thread": False},
    )
    _install_pragmas(engine, wal=True)
    return engine


def _new_engine(url: str, **options: Any) -> Engine:
    # Errors name the SQL, never its values: those are people's words, and a traceback can
    # end up in a terminal or a system log.
    return create_engine(url, hide_parameters=True, **options)


def _encrypted_engine(path: Path, key: DatabaseKey, *, read_only: bool) -> Engine:
    if read_only:
        if not path.is_file():
            raise FileNotFoundError(path)
        engine = _new_engine(
            "sqlite://",
            creator=lambda: open_read_only(path, key=key, check_same_thread=False),
            module=sqlcipher_module(),
        )
        _install_pragmas(engine, wal=False)
        return engine
    create_private_file(path)
    engine = _new_engine(
        # The URL only picks the pool (one connection per thread, as for a plain file);
        # `creator` opens and keys each connection, so the key is never part of a URL.
        f"sqlite:///{path}",
        creator=lambda: connect(path, key=key, check_same_thread=False),
        module=sqlcipher_module(),
    )
    _install_pragmas(engine, wal=True)
    return engine


def _connect_read_only(path: Path) -> Connection:
    # Immutable when the folder cannot be written to at all (no -shm can be made there).
    return open_read_only(path, check_same_thread=False)


def _install_pragmas(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            if wal:
                cursor.execute("PRAGMA journal_mode = WAL")
            for pragma in _PRAGMAS:
                cursor.execute(pragma)
        finally:
            cursor.close()


def new_session(engine: Engine) -> Session:
    """A session whose objects stay readable after commit, for handing to the UI."""
    return Session(engine, expire_on_commit=False)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commits if the block finishes, rolls back if it raises.

    Repository functions never commit; wrap the calls that belong together in one of these.
    Objects returned stay readable after the block (they are not expired on commit).
    """
    with new_session(engine) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def truncate_wal(engine: Engine) -> None:
    """Copy the write-ahead log into the database file and empty it.

    Called after the wrap-up, so that struck text does not linger in old log frames; it
    also keeps the -wal file small. Harmless (and skipped by SQLite) while another
    connection is reading.
    """
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
