"""Copying a database file into another, encrypted or not, and proving the copy holds it all.

Backups, restores and re-keying all copy one database file into a new one. When both sides
are plain, or both encrypted, SQLite's backup API copies one consistent snapshot page by page
(SQLCipher decrypts with one key and encrypts with the other). Between a plain file and an
encrypted one the backup API refuses, so SQLCipher's `sqlcipher_export` rebuilds the database
inside one read transaction instead. Either way the copy is a single file with no -wal beside
it, and `content_digest` lets the caller prove it holds exactly what the source held before
anything is replaced.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from belonging.storage.encryption.drivers import Connection, connect
from belonging.storage.encryption.keys import DatabaseKey
from belonging.storage.opening.integrity import open_read_only


def copy_database(
    source: Path,
    dest: Path,
    *,
    source_key: DatabaseKey | None = None,
    dest_key: DatabaseKey | None = None,
) -> None:
    """Copy the database at `source` (opened with `source_key`) into `dest` (under `dest_key`).

    `dest` must be missing or empty (the caller creates it 0600). An encrypted `dest` gets the
    salt of `dest_key`, so the same passphrase-derived key opens it. Raises what SQLite raises;
    `WrongPassphraseError` if `source_key` does not open `source`.
    """
    if (source_key is None) == (dest_key is None):
        _copy_pages(source, dest, source_key, dest_key)
    else:
        _export(source, dest, source_key, dest_key)


def _copy_pages(
    source: Path, dest: Path, source_key: DatabaseKey | None, dest_key: DatabaseKey | None
) -> None:
    reader = open_read_only(source, key=source_key)
    try:
        writer = connect(dest, key=dest_key)
        try:
            # One step (pages=-1) copies a single consistent snapshot, whatever else writes.
            reader.backup(writer, pages=-1)
            # A rollback-journal file carries everything in itself: no -wal to lose on the way.
            writer.execute("PRAGMA journal_mode = DELETE")
        finally:
            writer.close()
    finally:
        reader.close()


def _export(
    source: Path, dest: Path, source_key: DatabaseKey | None, dest_key: DatabaseKey | None
) -> None:
    reader = open_read_only(source, key=source_key, sqlcipher=True)
    try:
        reader.isolation_level = None  # the transaction below is begun and ended by hand
        literal = dest_key.sql_literal() if dest_key is not None else ""
        reader.execute("ATTACH DATABASE ? AS copy KEY ?", (str(dest), literal))
        try:
            reader.execute("PRAGMA copy.journal_mode = DELETE")
            versions = {
                pragma: reader.execute(f"PRAGMA main.{pragma}").fetchone()[0]
                for pragma in ("user_version", "application_id")
            }
            # One read transaction: every table is copied from the same moment.
            reader.execute("BEGIN")
            try:
                reader.execute("SELECT sqlcipher_export('copy')")
                # sqlcipher_export copies tables, not the header fields; these go by hand.
                for pragma, value in versions.items():
                    reader.execute(f"PRAGMA copy.{pragma} = {int(value)}")
                reader.execute("COMMIT")
            except BaseException:
                reader.execute("ROLLBACK")
                raise
        finally:
            reader.execute("DETACH DATABASE copy")
    finally:
        reader.close()


def content_digest(path: Path, *, key: DatabaseKey | None = None) -> str:
    """A SHA-256 over the schema and every row of every table, independent of page layout.

    Two files with the same digest hold the same data, whether plain or encrypted, however
    their pages are arranged. Reads the file read-only.
    """
    connection = open_read_only(path, key=key)
    try:
        return _digest(connection)
    finally:
        connection.close()


def _digest(connection: Connection) -> str:
    digest = hashlib.sha256()
    schema = connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_autoindex_%' ORDER BY type, name"
    ).fetchall()
    for pragma in ("user_version", "application_id"):
        digest.update(repr(connection.execute(f"PRAGMA {pragma}").fetchone()).encode())
    for kind, name, _table, sql in schema:
        digest.update(repr((kind, name, sql)).encode())
        if kind != "table" or (sql or "").upper().startswith("CREATE VIRTUAL"):
            continue
        quoted = '"' + name.replace('"', '""') + '"'
        # Sorted in Python: some tables (FTS5's) have no rowid to order by.
        rows = sorted(repr(row) for row in connection.execute(f"SELECT * FROM {quoted}"))
        digest.update(f"{name}:{len(rows)}".encode())
        for row in rows:
            digest.update(row.encode())
    return digest.hexdigest()


def full_check(path: Path, *, key: DatabaseKey | None = None) -> list[str]:
    """SQLite's full `integrity_check` of the file, through SQLCipher's newer SQLite, which
    also checks the full-text index against its notes. An empty list means sound."""
    connection = open_read_only(path, key=key, sqlcipher=True)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()
    return [str(row[0]) for row in rows if row[0] != "ok"]
