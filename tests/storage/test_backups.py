"""Backups: consistent copies, one a day kept for a week, and restores that never destroy data."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from belonging.storage.database import create_database_engine, database_path
from belonging.storage.files.backups import (
    DAILY_BACKUPS_KEPT,
    BackupError,
    backups_dir,
    daily_backup_path,
    make_backup,
    manual_backup_path,
    newest_good_backup,
    restore_backup,
    rotate_daily_backup,
    verify_backup,
)
from belonging.storage.migrations import upgrade_to_head
from belonging.storage.opening.integrity import DatabaseState, check_database
from support.durability import (
    add_notes,
    digest,
    folder_snapshot,
    new_conversation,
    read_notes,
    seed_database,
)
from support.note_writer import note_text

WRITER = Path(__file__).parents[1] / "support" / "note_writer.py"
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX only")


@pytest.fixture
def data_dir(tmp_path):
    """A data folder holding a real database with a few notes."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    seed_database(database_path(folder))
    return folder


def _damage(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def test_a_backup_holds_every_note_even_those_still_in_the_log(tmp_path, data_dir):
    """Notes committed into the write-ahead log by an open connection are in the backup."""
    db_path = database_path(data_dir)
    writer = sqlite3.connect(db_path)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE note SET text = 'typed a moment ago' WHERE id = 1")
    writer.commit()
    try:
        dest = make_backup(db_path, tmp_path / "copy.sqlite3")
    finally:
        writer.close()
    assert read_notes(dest)[1] == "typed a moment ago"
    assert read_notes(dest) == read_notes(db_path)


def test_a_backup_is_one_self_contained_private_file(tmp_path, data_dir):
    """A backup needs no -wal beside it, is readable by this user only, and leaves no temp file."""
    dest = make_backup(database_path(data_dir), tmp_path / "copy.sqlite3")
    assert dest.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not write-ahead log
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["copy.sqlite3"]
    assert check_database(dest).state is DatabaseState.OK
    if os.name == "posix":
        assert stat.S_IMODE(dest.stat().st_mode) == 0o600


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the writer forks")
def test_backups_made_while_another_process_writes_are_consistent(tmp_path):
    """Backups taken while a writer saves notes pass their check and hold every earlier note."""
    db_path = database_path(tmp_path)
    engine = create_database_engine(db_path)
    upgrade_to_head(engine)
    conversation_id = new_conversation(engine)
    engine.dispose()
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), str(db_path), str(conversation_id)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    reported: dict[int, tuple[int, int]] = {}
    backups: list[tuple[Path, dict[int, tuple[int, int]]]] = []
    try:
        writer.stdin.write("go 0\n")
        writer.stdin.flush()
        pid = int(writer.stdout.readline().split()[1])
        first_id = None
        for number in range(40):
            word, _round, note_id, version = writer.stdout.readline().split()
            assert word == "saved"
            first_id = first_id if first_id is not None else int(note_id)
            reported[int(note_id)] = (int(note_id) - first_id, int(version))
            if number % 8 == 7:
                dest = make_backup(db_path, tmp_path / f"during-{number}.sqlite3")
                backups.append((dest, dict(reported)))
        os.kill(pid, signal.SIGKILL)
    finally:
        writer.stdin.close()
        writer.stdout.close()
        writer.wait()
    assert len(backups) == 5
    for dest, known in backups:
        assert check_database(dest).state is DatabaseState.OK
        stored = read_notes(dest)
        for note_id, (index, version) in known.items():
            assert stored[note_id] in {note_text(0, index, v) for v in range(version, 2)}


def test_a_damaged_source_never_replaces_a_good_backup(tmp_path, data_dir):
    """A failed backup leaves the previous file at the destination as it was, and no temp file."""
    db_path = database_path(data_dir)
    dest = make_backup(db_path, tmp_path / "copy.sqlite3")
    before = digest(dest)
    _damage(db_path)
    with pytest.raises(BackupError) as failed:
        make_backup(db_path, dest)
    assert "has not been changed" in str(failed.value)
    assert digest(dest) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["copy.sqlite3"]


def test_no_daily_backup_before_there_is_a_database(tmp_path):
    """A first start has nothing to back up, and makes no backups folder."""
    assert rotate_daily_backup(tmp_path, date(2026, 5, 9)) is None
    assert not backups_dir(tmp_path).exists()


@posix_only
def test_the_daily_backup_is_made_once_a_day_in_a_private_folder(data_dir):
    """The first start of a day makes a backup (folder 0700, file 0600); later starts keep it."""
    day = date(2026, 5, 9)
    first = rotate_daily_backup(data_dir, day)
    assert first == daily_backup_path(data_dir, day)
    assert stat.S_IMODE(backups_dir(data_dir).stat().st_mode) == 0o700
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert read_notes(first) == read_notes(database_path(data_dir))
    kept = digest(first)
    add_notes(database_path(data_dir), ["written later that day"])
    assert rotate_daily_backup(data_dir, day) == first
    assert digest(first) == kept


def test_the_newest_seven_daily_backups_are_kept(data_dir):
    """Ten days of starts leave the seven newest daily backups; other backups are never pruned."""
    manual = manual_backup_path(data_dir)
    backups_dir(data_dir).mkdir(mode=0o700)
    make_backup(database_path(data_dir), manual)
    first_day = date(2026, 5, 1)
    for offset in range(10):
        rotate_daily_backup(data_dir, first_day + timedelta(days=offset))
    daily = sorted(p.name for p in backups_dir(data_dir).glob("belonging-daily-*"))
    expected = [
        daily_backup_path(data_dir, first_day + timedelta(days=offset)).name
        for offset in range(10 - DAILY_BACKUPS_KEPT, 10)
    ]
    assert daily == expected
    assert manual.exists()


def test_old_backups_stay_when_todays_backup_fails(data_dir):
    """If today's backup cannot be made, no older backup is deleted."""
    first_day = date(2026, 5, 1)
    for offset in range(DAILY_BACKUPS_KEPT):
        rotate_daily_backup(data_dir, first_day + timedelta(days=offset))
    before = folder_snapshot(backups_dir(data_dir))
    _damage(database_path(data_dir))
    with pytest.raises(BackupError):
        rotate_daily_backup(data_dir, first_day + timedelta(days=DAILY_BACKUPS_KEPT))
    assert folder_snapshot(backups_dir(data_dir)) == before


def test_the_newest_good_backup_skips_bad_and_foreign_files(data_dir):
    """A damaged backup or another program's database is passed over for an older good one."""
    folder = backups_dir(data_dir)
    good = rotate_daily_backup(data_dir, date(2026, 5, 1))
    damaged = make_backup(database_path(data_dir), folder / "belonging-damaged-copy.sqlite3")
    _damage(damaged)
    foreign = folder / "another-app.sqlite3"
    _foreign_database(foreign)
    text = folder / "notes.sqlite3"
    text.write_text("not a database", encoding="utf-8")
    for age, path in enumerate((text, foreign, damaged, good)):
        os.utime(path, (2_000_000_000 - age * 60, 2_000_000_000 - age * 60))
    assert newest_good_backup(data_dir).path == good


def test_no_good_backup_is_none(tmp_path):
    """With no backups at all there is nothing to offer."""
    assert newest_good_backup(tmp_path) is None


def _foreign_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.close()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda path: path.write_text("hello", encoding="utf-8"), "not a Belonging backup"),
        (_foreign_database, "not one made by"),
        (lambda path: None, "There is no file"),
    ],
    ids=["text file", "another program's database", "missing"],
)
def test_files_that_are_not_belonging_backups_are_refused(tmp_path, make, words):
    """Restoring anything but a Belonging database is refused, saying why."""
    path = tmp_path / "candidate.sqlite3"
    make(path)
    with pytest.raises(BackupError) as refused:
        verify_backup(path)
    assert words in str(refused.value)


def test_a_backup_from_a_newer_app_is_refused(tmp_path, data_dir):
    """A backup whose schema this version does not know is refused with the reason."""
    newer = make_backup(database_path(data_dir), tmp_path / "newer.sqlite3")
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(BackupError, match="newer version of Belonging"):
        verify_backup(newer)


def test_a_damaged_backup_is_refused(tmp_path, data_dir):
    """A backup that fails its check is refused as damaged."""
    copy = make_backup(database_path(data_dir), tmp_path / "copy.sqlite3")
    _damage(copy)
    with pytest.raises(BackupError, match="damaged"):
        verify_backup(copy)


def test_restore_keeps_the_current_data_aside_and_puts_the_backup_in_place(tmp_path, data_dir):
    """The backup's notes come back; the current file and its log are kept byte for byte."""
    db_path = database_path(data_dir)
    backup = make_backup(db_path, tmp_path / "backup.sqlite3")
    backed_up = read_notes(backup)
    add_notes(db_path, ["written after the backup"])
    current = digest(db_path)
    source = digest(backup)
    result = restore_backup(data_dir, backup)
    assert read_notes(db_path) == backed_up
    assert result.kept_aside is not None and result.kept_aside.parent == data_dir
    assert digest(result.kept_aside) == current
    assert "written after the backup" in read_notes(result.kept_aside).values()
    assert digest(backup) == source


def test_restore_keeps_the_current_log_with_the_file(tmp_path, data_dir):
    """Notes only in the current -wal are kept aside with it, not dropped by the restore."""
    db_path = database_path(data_dir)
    backup = make_backup(db_path, tmp_path / "backup.sqlite3")
    # A crash left the newest notes in the log, as after a killed app.
    crash = (
        "import sqlite3, os, signal, sys\n"
        "c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA wal_autocheckpoint=0')\n"
        "c.execute(\"UPDATE note SET text = 'only in the log' WHERE id = 1\"); c.commit()\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(db_path)], check=False)
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0
    result = restore_backup(data_dir, backup)
    assert read_notes(result.kept_aside)[1] == "only in the log"
    assert read_notes(db_path)[1] != "only in the log"


def test_a_refused_restore_changes_nothing(tmp_path, data_dir):
    """Restoring a bad file leaves every file in the data folder exactly as it was."""
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(os.urandom(8192))
    before = folder_snapshot(data_dir)
    with pytest.raises(BackupError):
        restore_backup(data_dir, bad)
    assert folder_snapshot(data_dir) == before


def test_restore_refuses_the_live_database_itself(data_dir):
    """The database in use cannot be restored onto itself."""
    with pytest.raises(BackupError, match="the database Belonging uses"):
        restore_backup(data_dir, database_path(data_dir))


def test_restore_into_an_empty_data_folder(tmp_path, data_dir):
    """On a new computer a restore simply puts the backup in place; nothing is set aside."""
    backup = make_backup(database_path(data_dir), tmp_path / "backup.sqlite3")
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    result = restore_backup(fresh, backup)
    assert result.kept_aside is None
    assert read_notes(database_path(fresh)) == read_notes(backup)
