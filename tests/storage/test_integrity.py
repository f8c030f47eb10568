"""The start-up check of the database file, and keeping a bad file aside untouched."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime

import pytest

from belonging.storage.database import database_path
from belonging.storage.opening.integrity import (
    DatabaseState,
    aside_path,
    check_database,
    set_aside,
)
from support.durability import digest, folder_snapshot, read_notes, seed_database


@pytest.fixture
def good_db(tmp_path):
    """A real Belonging database with a few notes, checkpointed into its main file."""
    db_path = database_path(tmp_path)
    seed_database(db_path, [f"note {n} " + "words " * 300 for n in range(40)])
    return db_path


def test_a_missing_file_is_reported_missing(tmp_path):
    """No database yet is not damage: the app will create one."""
    result = check_database(tmp_path / "belonging.sqlite3")
    assert result.state is DatabaseState.MISSING
    assert result.usable and not result.damaged


def test_an_empty_file_is_reported_empty(tmp_path):
    """A zero-byte file is told apart, so start-up can offer a backup if there is one."""
    path = tmp_path / "belonging.sqlite3"
    path.write_bytes(b"")
    assert check_database(path).state is DatabaseState.EMPTY


def test_a_sound_database_passes(good_db):
    """A database written by the app passes the check."""
    result = check_database(good_db)
    assert result.state is DatabaseState.OK
    assert result.usable and not result.damaged


def test_a_text_file_renamed_is_not_a_database(tmp_path):
    """A text file given the database's name is reported as not a database."""
    path = tmp_path / "belonging.sqlite3"
    path.write_text("Meeting notes, typed in another program.\n" * 20, encoding="utf-8")
    result = check_database(path)
    assert result.state is DatabaseState.NOT_A_DATABASE
    assert result.damaged


def test_garbage_bytes_are_not_a_database(tmp_path):
    """Random bytes are reported as not a database."""
    path = tmp_path / "belonging.sqlite3"
    path.write_bytes(os.urandom(64 * 1024))
    assert check_database(path).state is DatabaseState.NOT_A_DATABASE


def test_garbage_behind_a_valid_header_is_damaged(tmp_path):
    """A file that starts like SQLite but holds garbage is damaged, whichever way SQLite puts it."""
    path = tmp_path / "belonging.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(32 * 1024))
    assert check_database(path).damaged


def test_a_truncated_database_is_corrupt(good_db):
    """A database cut short (a copy interrupted, a disk failing) is reported corrupt."""
    data = good_db.read_bytes()
    good_db.write_bytes(data[: len(data) // 2])
    result = check_database(good_db)
    assert result.state is DatabaseState.CORRUPT
    assert result.detail


def test_an_overwritten_page_is_corrupt(good_db):
    """The notes table's root page overwritten with garbage is found by the check."""
    connection = sqlite3.connect(good_db)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'note'").fetchone()
    connection.close()
    data = bytearray(good_db.read_bytes())
    start = (root[0] - 1) * page_size
    data[start : start + page_size] = os.urandom(page_size)
    good_db.write_bytes(bytes(data))
    assert check_database(good_db).damaged


def test_checking_a_damaged_file_changes_nothing_and_creates_nothing(tmp_path, good_db):
    """The check only reads: no byte changes and no -wal or -shm appears beside a bad file."""
    data = good_db.read_bytes()
    good_db.write_bytes(data[: len(data) // 3])
    before = folder_snapshot(tmp_path)
    check_database(good_db)
    assert folder_snapshot(tmp_path) == before


def test_the_check_sees_notes_still_in_the_write_ahead_log(tmp_path, good_db):
    """Notes committed but not yet copied into the main file are read, not ignored."""
    writer = sqlite3.connect(good_db)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("UPDATE note SET text = 'changed in the log' WHERE id = 1")
    writer.commit()
    try:
        assert good_db.with_name(good_db.name + "-wal").stat().st_size > 0
        assert check_database(good_db).state is DatabaseState.OK
    finally:
        writer.close()
    assert read_notes(good_db)[1] == "changed in the log"


def test_set_aside_keeps_the_file_and_its_log_byte_for_byte(tmp_path, good_db):
    """A bad file and its -wal and -shm are renamed, not changed, and nothing is left behind."""
    wal = good_db.with_name(good_db.name + "-wal")
    shm = good_db.with_name(good_db.name + "-shm")
    wal.write_bytes(os.urandom(4096))
    shm.write_bytes(os.urandom(1024))
    digests = {path.name: digest(path) for path in (good_db, wal, shm)}
    kept = set_aside(good_db)
    assert kept.parent == good_db.parent
    assert kept.suffix == ".sqlite3"
    assert not good_db.exists() and not wal.exists() and not shm.exists()
    assert digest(kept) == digests[good_db.name]
    assert digest(kept.with_name(kept.name + "-wal")) == digests[wal.name]
    assert digest(kept.with_name(kept.name + "-shm")) == digests[shm.name]


def test_a_database_kept_aside_still_opens_with_its_log(tmp_path, good_db):
    """The kept file keeps SQLite's sidecar naming, so its unsaved log is read with it."""
    writer = sqlite3.connect(good_db)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE note SET text = 'only in the log' WHERE id = 2")
    writer.commit()
    # Copy the live pair of files, as a crash would leave them, then set the copy aside.
    copy = tmp_path / "copy" / "belonging.sqlite3"
    copy.parent.mkdir()
    copy.write_bytes(good_db.read_bytes())
    copy.with_name(copy.name + "-wal").write_bytes(
        good_db.with_name(good_db.name + "-wal").read_bytes()
    )
    writer.close()
    kept = set_aside(copy)
    assert read_notes(kept)[2] == "only in the log"


def test_aside_names_never_collide(tmp_path):
    """Two files set aside in the same second get different names; none is overwritten."""
    db_path = tmp_path / "belonging.sqlite3"
    when = datetime(2026, 5, 9, 15, 30, 0)
    db_path.write_bytes(b"first")
    first = set_aside(db_path, aside_path(db_path, when=when))
    db_path.write_bytes(b"second")
    second = set_aside(db_path, aside_path(db_path, when=when))
    assert first != second
    assert first.name == "belonging-damaged-2026-05-09-153000.sqlite3"
    assert first.read_bytes() == b"first" and second.read_bytes() == b"second"


def test_set_aside_refuses_a_taken_name(tmp_path):
    """Setting aside onto an existing file is refused before anything moves."""
    db_path = tmp_path / "belonging.sqlite3"
    db_path.write_bytes(b"data")
    taken = tmp_path / "taken.sqlite3"
    taken.write_bytes(b"someone else's")
    with pytest.raises(FileExistsError):
        set_aside(db_path, taken)
    assert db_path.read_bytes() == b"data"
    assert taken.read_bytes() == b"someone else's"
