"""The two SQLite libraries: Python's own for plain files, SQLCipher's for encrypted ones.

Notes without a passphrase are read and written exactly as before, by the `sqlite3` module
that ships with Python, so nothing changes for anyone who never sets one. Encrypted files go
through `sqlcipher3`. One file is only ever open through one of the two at a time: two copies
of SQLite in one process do not see each other's POSIX locks, and a file open in both could
be damaged (https://sqlite.org/howtocorrupt.html, section 2.2.1). The only moments a plain
file is read by SQLCipher are re-keying and re-encrypting backups, when nothing else has it
open.

Errors from either library are caught with the tuples below; their `sqlite_errorname` is the
same, so `faults` reads both alike.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3

from belonging.storage.encryption.keys import DatabaseKey, WrongPassphraseError

SQLITE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher3.Error)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (
    sqlite3.OperationalError,
    sqlcipher3.OperationalError,
)

#: A connection from either library; both follow the DB-API and Python's sqlite3 interface.
Connection = Any

_quiet = False


def _quiet_sqlcipher() -> None:
    """Stop SQLCipher printing its own log lines (a wrong passphrase is an error we report)."""
    global _quiet
    if not _quiet:
        probe = sqlcipher3.connect(":memory:")
        try:
            probe.execute("PRAGMA cipher_log_level = NONE")
        finally:
            probe.close()
        _quiet = True


def sqlcipher_module() -> Any:
    """The SQLCipher DB-API module, for SQLAlchemy's `module=`."""
    return sqlcipher3


def connect(
    path: Path,
    *,
    key: DatabaseKey | None = None,
    query: str | None = None,
    sqlcipher: bool = False,
    check_same_thread: bool = True,
    isolation_level: str | None = "",
) -> Connection:
    """A connection to the database file at `path`.

    With `key`, through SQLCipher, keyed before anything else is read, and checked: a key
    that does not open the file raises `WrongPassphraseError` (and nothing is written).
    Without one, through Python's sqlite3, unless `sqlcipher` asks for SQLCipher on a plain
    file (to copy it into an encrypted one). `query` opens by URI (`mode=ro`, `immutable=1`).
    """
    path = Path(path)
    target = f"{path.resolve().as_uri()}?{query}" if query else str(path)
    if key is None and not sqlcipher:
        return sqlite3.connect(
            target,
            uri=bool(query),
            check_same_thread=check_same_thread,
            isolation_level=isolation_level,
        )
    _quiet_sqlcipher()
    connection = sqlcipher3.connect(
        target,
        uri=bool(query),
        check_same_thread=check_same_thread,
        isolation_level=isolation_level,
    )
    try:
        if key is not None:
            # The key must come first: SQLCipher reads nothing before it has one.
            connection.execute(f'PRAGMA key = "{key.sql_literal()}"')
            connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        connection.close()
        if key is not None and _not_a_database(error):
            raise WrongPassphraseError(path) from None
        raise
    except BaseException:
        connection.close()
        raise
    return connection


def _not_a_database(error: BaseException) -> bool:
    name = getattr(error, "sqlite_errorname", "") or ""
    return name == "SQLITE_NOTADB" or "not a database" in str(error).lower()
