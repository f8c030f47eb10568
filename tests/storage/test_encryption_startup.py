"""Opening encrypted notes at start: ask for the passphrase, refuse a wrong one clearly, tell
damage from a wrong passphrase, and leave no plain-text copy or half-done re-keying behind."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from belonging.storage.database import database_path, session_scope
from belonging.storage.encryption.keys import (
    PassphraseNotSetError,
    PassphraseRequiredError,
    WrongPassphraseError,
    has_sqlite_header,
)
from belonging.storage.files.backups import (
    backups_dir,
    daily_backup_path,
    list_backups,
    make_backup,
)
from belonging.storage.opening.startup import (
    DatabaseDamagedError,
    RecoveryChoice,
    open_data_folder,
    recover_damaged,
)
from belonging.storage.repositories import add_person, list_people
from support.durability import folder_snapshot
from support.encryption import OTHER_PASSPHRASE, PASSPHRASE, quick_key_derivation

DAY = date(2026, 5, 9)


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch):
    """Quick key derivation (see `quick_key_derivation`)."""
    quick_key_derivation(monkeypatch)


@pytest.fixture
def encrypted_dir(tmp_path):
    """A data folder whose notes were encrypted from the first start, opened on two days, so
    it holds an encrypted daily backup."""
    folder = tmp_path / "data"
    opened = open_data_folder(folder, today=DAY - timedelta(days=1), passphrase=PASSPHRASE)
    with session_scope(opened.engine) as session:
        add_person(session=session, name="Marguerite")
    opened.close()
    open_data_folder(folder, today=DAY, passphrase=PASSPHRASE).close()
    return folder


def _names(opened):
    with session_scope(opened.engine) as session:
        return [person.name for person in list_people(session=session)]


def test_a_new_data_folder_opened_with_a_passphrase_is_encrypted_from_the_start(tmp_path):
    """The database is SQLCipher's from its first page; the name is not in the file."""
    folder = tmp_path / "data"
    opened = open_data_folder(folder, today=DAY, passphrase=PASSPHRASE)
    try:
        assert opened.encrypted
        with session_scope(opened.engine) as session:
            add_person(session=session, name="Marguerite")
    finally:
        opened.close()
    assert not has_sqlite_header(database_path(folder))
    assert b"Marguerite" not in database_path(folder).read_bytes()


def test_encrypted_notes_without_a_passphrase_ask_for_it(encrypted_dir):
    """No passphrase: a typed error the UI turns into a prompt; the folder is let go."""
    with pytest.raises(PassphraseRequiredError) as asked:
        open_data_folder(encrypted_dir, today=DAY)
    assert asked.value.data_dir == encrypted_dir
    opened = open_data_folder(encrypted_dir, today=DAY, passphrase=PASSPHRASE)
    try:
        assert _names(opened) == ["Marguerite"]
    finally:
        opened.close()


def test_a_wrong_passphrase_is_refused_and_changes_nothing(encrypted_dir):
    """A clear error to try again with; every file stays byte for byte as it was."""
    before = folder_snapshot(encrypted_dir)
    with pytest.raises(WrongPassphraseError, match="try again"):
        open_data_folder(encrypted_dir, today=DAY + timedelta(days=1), passphrase="wrong one")
    assert folder_snapshot(encrypted_dir) == before
    open_data_folder(encrypted_dir, today=DAY, passphrase=PASSPHRASE).close()


def test_a_passphrase_for_notes_that_have_none_is_refused(tmp_path):
    """The user is told there is no passphrase to enter, rather than believing the notes
    are protected when they are not."""
    folder = tmp_path / "data"
    open_data_folder(folder, today=DAY).close()
    with pytest.raises(PassphraseNotSetError):
        open_data_folder(folder, today=DAY, passphrase=PASSPHRASE)
    open_data_folder(folder, today=DAY).close()


def test_every_daily_backup_of_encrypted_notes_is_encrypted(encrypted_dir):
    """The start-up backup is made under the same key and salt as the database."""
    backup = daily_backup_path(encrypted_dir, DAY)
    assert backup.is_file()
    assert not has_sqlite_header(backup)
    assert backup.read_bytes()[:16] == database_path(encrypted_dir).read_bytes()[:16]


def test_a_plain_backup_found_at_start_is_encrypted(encrypted_dir, tmp_path):
    """A plain copy in the backups folder (a crash while setting the passphrase, a plain
    backup copied in) is encrypted at the next start, keeping its notes and its place."""
    plain_dir = tmp_path / "plain"
    opened = open_data_folder(plain_dir, today=DAY)
    with session_scope(opened.engine) as session:
        add_person(session=session, name="Plaintextia")
    opened.close()
    copy = backups_dir(encrypted_dir) / "belonging-2026-01-01-120000.sqlite3"
    make_backup(database_path(plain_dir), copy)
    os.utime(copy, (1_000_000, 1_000_000))
    opened = open_data_folder(encrypted_dir, today=DAY, passphrase=PASSPHRASE)
    opened.close()
    assert not has_sqlite_header(copy)
    assert b"Plaintextia" not in copy.read_bytes()
    assert list_backups(encrypted_dir)[-1] == copy
    assert opened.plaintext_copies == ()


def test_a_damaged_plain_backup_that_cannot_be_encrypted_is_named(encrypted_dir):
    """A plain copy too damaged to rewrite is kept (never deleted) and named to the user."""
    broken = backups_dir(encrypted_dir) / "belonging-2026-01-01-120000.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8176)
    opened = open_data_folder(encrypted_dir, today=DAY, passphrase=PASSPHRASE)
    opened.close()
    assert opened.plaintext_copies == (broken,)
    assert broken.exists()


def test_a_damaged_first_page_is_told_apart_from_a_wrong_passphrase(encrypted_dir):
    """When the passphrase opens a backup, a database it does not open is damaged: the user
    is offered that backup, and restoring it brings the notes back, still encrypted."""
    db_path = database_path(encrypted_dir)
    data = bytearray(db_path.read_bytes())
    data[100:400] = os.urandom(300)
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamagedError) as damaged:
        open_data_folder(encrypted_dir, today=DAY, passphrase=PASSPHRASE)
    assert damaged.value.newest_backup == daily_backup_path(encrypted_dir, DAY)
    opened = recover_damaged(damaged.value, RecoveryChoice.RESTORE_NEWEST_BACKUP, today=DAY)
    try:
        assert opened.encrypted
        assert _names(opened) == ["Marguerite"]
        assert opened.kept_aside is not None and opened.kept_aside.exists()
    finally:
        opened.close()
    assert not has_sqlite_header(db_path)
    with pytest.raises(WrongPassphraseError):
        open_data_folder(encrypted_dir, today=DAY, passphrase=OTHER_PASSPHRASE)


def test_starting_fresh_after_damage_keeps_the_new_notes_encrypted(encrypted_dir):
    """A fresh start after damage does not silently drop the passphrase."""
    db_path = database_path(encrypted_dir)
    data = bytearray(db_path.read_bytes())
    data[100:400] = os.urandom(300)
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamagedError) as damaged:
        open_data_folder(encrypted_dir, today=DAY, passphrase=PASSPHRASE)
    opened = recover_damaged(damaged.value, RecoveryChoice.START_FRESH, today=DAY)
    try:
        assert opened.encrypted and _names(opened) == []
    finally:
        opened.close()
    assert not has_sqlite_header(db_path)


def test_random_bytes_the_user_never_encrypted_can_be_treated_as_damage(tmp_path):
    """Random whole pages look like encryption; "I never set a passphrase" turns them into
    the usual damaged-file choice, with the newest plain backup offered."""
    folder = tmp_path / "data"
    open_data_folder(folder, today=DAY - timedelta(days=1)).close()
    open_data_folder(folder, today=DAY).close()
    database_path(folder).write_bytes(os.urandom(8192))
    with pytest.raises(PassphraseRequiredError):
        open_data_folder(folder, today=DAY)
    with pytest.raises(DatabaseDamagedError) as damaged:
        open_data_folder(folder, today=DAY, passphrase_never_set=True)
    assert damaged.value.newest_backup == daily_backup_path(folder, DAY)
    recover_damaged(damaged.value, RecoveryChoice.RESTORE_NEWEST_BACKUP, today=DAY).close()
    assert has_sqlite_header(database_path(folder))


def test_a_plain_database_whose_header_was_hit_is_damage_not_encryption(tmp_path):
    """A few flipped bytes in the magic words of a plain file do not make Belonging ask for
    a passphrase that was never set: the file is reported damaged."""
    folder = tmp_path / "data"
    open_data_folder(folder, today=DAY).close()
    db_path = database_path(folder)
    data = bytearray(db_path.read_bytes())
    data[0:3] = b"\x00\xff\x13"
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamagedError):
        open_data_folder(folder, today=DAY)


def test_leftovers_of_an_interrupted_rekeying_are_cleared_at_start(encrypted_dir):
    """A partial copy and a plain original left by a crash are gone after the next start;
    the database in place is the one that opens."""
    db_path = database_path(encrypted_dir)
    partial = db_path.with_name(f".{db_path.name}.rekeying")
    partial.write_bytes(b"SQLite format 3\x00 half a copy of Marguerite")
    original = db_path.with_name(f".{db_path.name}.before-rekey")
    original.write_bytes(b"SQLite format 3\x00 the plain original: Marguerite")
    opened = open_data_folder(encrypted_dir, today=DAY, passphrase=PASSPHRASE)
    try:
        assert _names(opened) == ["Marguerite"]
    finally:
        opened.close()
    assert not partial.exists() and not original.exists()


def test_a_crash_between_link_and_swap_leaves_the_database_whole(encrypted_dir):
    """If the original's second name exists but the swap never happened, clearing it must
    not touch the database it shares its bytes with."""
    db_path = database_path(encrypted_dir)
    before = db_path.read_bytes()
    os.link(db_path, db_path.with_name(f".{db_path.name}.before-rekey"))
    opened = open_data_folder(encrypted_dir, today=DAY, passphrase=PASSPHRASE)
    try:
        assert _names(opened) == ["Marguerite"]
    finally:
        opened.close()
    assert db_path.read_bytes()[:16] == before[:16]


def test_a_restore_cut_short_after_the_old_file_moved_is_completed(tmp_path):
    """A checked copy waiting under `.restoring`, with no database in place, is put in place
    at the next start instead of starting with no notes."""
    folder = tmp_path / "data"
    opened = open_data_folder(folder, today=DAY)
    with session_scope(opened.engine) as session:
        add_person(session=session, name="Restorina")
    opened.close()
    db_path = database_path(folder)
    db_path.rename(db_path.with_name(f".{db_path.name}.restoring"))
    opened = open_data_folder(folder, today=DAY)
    try:
        assert _names(opened) == ["Restorina"]
    finally:
        opened.close()


def test_plain_notes_open_with_python_sqlite_exactly_as_before(tmp_path):
    """Without a passphrase nothing changes: a plain SQLite file any tool reads."""
    folder = tmp_path / "data"
    opened = open_data_folder(folder, today=DAY)
    try:
        assert not opened.encrypted and opened.key is None
        with opened.engine.connect() as connection:
            assert connection.execute(text("SELECT 1")).scalar_one() == 1
            assert type(connection.connection.dbapi_connection) is sqlite3.Connection
    finally:
        opened.close()
    assert has_sqlite_header(database_path(folder))
