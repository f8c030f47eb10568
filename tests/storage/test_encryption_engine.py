"""An encrypted database works like a plain one through the app's engine, checks and backups,
and nothing in it (log and search index included) can be read without the key."""

from __future__ import annotations

import os
import sqlite3

import pytest
from sqlalchemy import text

from belonging.storage import repositories as repo
from belonging.storage.database import create_database_engine, database_path, session_scope
from belonging.storage.encryption.keys import WrongPassphraseError, has_sqlite_header, new_key
from belonging.storage.files.backups import (
    BackupError,
    make_backup,
    newest_good_backup,
    restore_backup,
    verify_backup,
)
from belonging.storage.files.copying import copy_database
from belonging.storage.migrations import upgrade_to_head
from belonging.storage.opening.integrity import DatabaseState, check_database, key_opens
from belonging.storage.search import search
from support.encryption import quick_key_derivation


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch):
    """Quick key derivation (see `quick_key_derivation`)."""
    quick_key_derivation(monkeypatch)


@pytest.fixture
def key():
    """A key from a passphrase, with a fresh salt."""
    return new_key("the words only we know")


@pytest.fixture
def encrypted_db(tmp_path, key):
    """An encrypted database at the current schema with a pair, a conversation and notes."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    path = database_path(folder)
    engine = create_database_engine(path, key=key)
    upgrade_to_head(engine)
    with session_scope(engine) as session:
        ada = repo.add_person(session=session, name="Ada")
        ben = repo.add_person(session=session, name="Ben")
        pair = repo.create_pair(session=session, owner_id=ada.id, partner_id=ben.id)
        conversation = repo.start_conversation(
            session=session, pair_id=pair.id, script_id="s", script_sha256="0" * 64, setup={}
        )
        for words in ("the marathon in June", "moving countries alone", "a lighthouse keeper"):
            repo.add_note(session=session, conversation_id=conversation.id, text=words)
    engine.dispose()
    return path


def _notes(path, key):
    engine = create_database_engine(path, key=key, read_only=True)
    try:
        with engine.connect() as connection:
            return [row[0] for row in connection.execute(text("SELECT text FROM note ORDER BY id"))]
    finally:
        engine.dispose()


def test_an_encrypted_database_has_no_plain_header_and_keeps_its_salt(encrypted_db, key):
    """The file is SQLCipher's, not SQLite's: it starts with the key's salt."""
    assert not has_sqlite_header(encrypted_db)
    assert encrypted_db.read_bytes()[:16] == key.salt


def test_full_text_search_works_on_encrypted_notes(encrypted_db, key):
    """The search index lives in the same encrypted file and answers as usual."""
    engine = create_database_engine(encrypted_db, key=key)
    try:
        with session_scope(engine) as session:
            hits = search(session=session, query="lighthouse", include_private=True)
        assert [hit.kind for hit in hits] and "lighthouse" in hits[0].snippet.lower()
    finally:
        engine.dispose()


def test_the_write_ahead_log_is_encrypted_too(encrypted_db, key):
    """Words committed but not yet checkpointed sit in the -wal file, encrypted."""
    engine = create_database_engine(encrypted_db, key=key)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
            connection.exec_driver_sql("UPDATE note SET text = 'Xylophonebrook' WHERE id = 1")
            connection.commit()
            wal = encrypted_db.with_name(encrypted_db.name + "-wal")
            assert wal.stat().st_size > 0
            assert b"xylophonebrook" not in wal.read_bytes().lower()
    finally:
        engine.dispose()
    assert _notes(encrypted_db, key)[0] == "Xylophonebrook"


def test_the_engine_refuses_a_wrong_key_with_a_typed_error(encrypted_db):
    """A wrong passphrase is a clear error on the first connection, and changes nothing."""
    before = encrypted_db.read_bytes()
    engine = create_database_engine(encrypted_db, key=new_key("not these words"))
    try:
        with pytest.raises(WrongPassphraseError):
            engine.connect()
    finally:
        engine.dispose()
    assert encrypted_db.read_bytes() == before


def test_plain_sqlite_cannot_read_an_encrypted_database(encrypted_db):
    """Without the key the file is not a database at all to SQLite."""
    connection = sqlite3.connect(encrypted_db)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            connection.execute("SELECT * FROM note").fetchall()
    finally:
        connection.close()


def test_an_in_memory_database_takes_no_key(key):
    """A key for a database that never touches the disk is a mistake, said at once."""
    with pytest.raises(ValueError, match="in-memory"):
        create_database_engine(None, key=key)


def test_the_integrity_check_reads_an_encrypted_file_with_its_key(encrypted_db, key):
    """quick_check runs through SQLCipher; without the key the file is not a database."""
    assert check_database(encrypted_db, key=key).state is DatabaseState.OK
    assert check_database(encrypted_db).state is DatabaseState.NOT_A_DATABASE
    wrong = check_database(encrypted_db, key=new_key("other"))
    assert wrong.state is DatabaseState.NOT_A_DATABASE
    assert key_opens(encrypted_db, key)


def test_a_damaged_page_of_an_encrypted_database_is_reported_corrupt(encrypted_db, key):
    """A page whose bytes changed fails its HMAC: damage, not a wrong passphrase."""
    data = bytearray(encrypted_db.read_bytes())
    assert len(data) >= 3 * 4096
    data[2 * 4096 + 100 : 2 * 4096 + 200] = bytes(100)
    encrypted_db.write_bytes(bytes(data))
    assert key_opens(encrypted_db, key)
    assert check_database(encrypted_db, key=key).state is DatabaseState.CORRUPT


def test_a_backup_of_an_encrypted_database_is_encrypted_with_the_same_key(
    tmp_path, encrypted_db, key
):
    """The copy is encrypted, carries the same salt, holds every note and passes its check."""
    dest = make_backup(encrypted_db, tmp_path / "copy.sqlite3", key=key)
    assert dest.read_bytes()[:16] == key.salt
    assert b"lighthouse" not in dest.read_bytes()
    assert _notes(dest, key) == _notes(encrypted_db, key)
    verify_backup(dest, key=key)


def test_a_plain_database_backed_up_with_a_key_is_encrypted_on_the_way(tmp_path, key):
    """Backing up plain notes under a key gives an encrypted copy (as when a plain backup is
    restored into notes with a passphrase)."""
    plain = tmp_path / "plain.sqlite3"
    engine = create_database_engine(plain)
    upgrade_to_head(engine)
    with session_scope(engine) as session:
        repo.add_person(session=session, name="Quintessa")
    engine.dispose()
    dest = make_backup(plain, tmp_path / "copy.sqlite3", key=key)
    assert not has_sqlite_header(dest)
    assert b"Quintessa" not in dest.read_bytes()
    verify_backup(dest, key=key)


def test_an_encrypted_backup_without_its_key_is_not_restorable(tmp_path, encrypted_db, key):
    """Without a key the backup is refused as unreadable; with another key, as a wrong
    passphrase; neither changes anything."""
    dest = make_backup(encrypted_db, tmp_path / "copy.sqlite3", key=key)
    with pytest.raises(BackupError, match="not a Belonging backup"):
        verify_backup(dest)
    with pytest.raises(WrongPassphraseError):
        verify_backup(dest, key=new_key("other"))


def test_restoring_an_encrypted_backup_keeps_it_encrypted(tmp_path, encrypted_db, key):
    """The restored database opens with the backup's key and holds the backup's notes."""
    backup = make_backup(encrypted_db, tmp_path / "copy.sqlite3", key=key)
    fresh = tmp_path / "fresh"
    fresh.mkdir(mode=0o700)
    result = restore_backup(fresh, backup, key=key)
    assert not has_sqlite_header(result.database)
    assert _notes(result.database, key) == _notes(encrypted_db, key)


def test_the_newest_good_backup_counts_only_backups_the_key_opens(encrypted_db, key):
    """A newer backup under another passphrase is passed over for an older one of ours."""
    backups = encrypted_db.parent / "backups"
    backups.mkdir(mode=0o700)
    mine = make_backup(encrypted_db, backups / "belonging-2026-01-01-000000.sqlite3", key=key)
    other_key = new_key("someone else's words")
    foreign = backups / "belonging-2026-01-02-000000.sqlite3"
    copy_database(encrypted_db, foreign, source_key=key, dest_key=other_key)
    os.utime(mine, (1_000_000, 1_000_000))
    assert newest_good_backup(encrypted_db.parent, key=key).path == mine
    assert newest_good_backup(encrypted_db.parent, key=other_key).path == foreign
    assert newest_good_backup(encrypted_db.parent) is None
