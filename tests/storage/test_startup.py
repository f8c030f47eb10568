"""Opening the data folder at start: locked, checked, backed up, migrated, or refused clearly."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError as SQLAlchemyOperationalError

from belonging.storage.database import create_database_engine, database_path
from belonging.storage.faults import StorageProblem, StorageUnavailableError
from belonging.storage.files.backups import (
    BackupError,
    backups_dir,
    daily_backup_path,
    list_backups,
)
from belonging.storage.migrations import current_revision, head_revision
from belonging.storage.opening import startup
from belonging.storage.opening.instance_lock import AlreadyRunningError
from belonging.storage.opening.startup import (
    DatabaseDamagedError,
    RecoveryChoice,
    open_data_folder,
    recover_damaged,
)
from support.durability import (
    add_notes,
    digest,
    fill_disk,
    folder_snapshot,
    read_notes,
    read_only_folder,
    small_disk,
)

DAY = date(2026, 5, 9)
FIXTURES = Path(__file__).with_name("fixtures")


@pytest.fixture
def data_dir(tmp_path):
    """A data folder a previous start left behind: notes, and yesterday's backup."""
    folder = tmp_path / "data"
    opened = open_data_folder(folder, today=DAY - timedelta(days=1))
    opened.close()
    add_notes(database_path(folder), ["yesterday's words", "Ben's story"])
    opened = open_data_folder(folder, today=DAY - timedelta(days=1))
    opened.close()
    return folder


def _garbage(path: Path) -> None:
    path.write_bytes(os.urandom(20_000))


def _truncated(path: Path) -> None:
    # Enough notes that half the file holds tables the rest of the file points into.
    add_notes(path, [f"note {n}: " + "words " * 400 for n in range(60)])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _text_file(path: Path) -> None:
    path.write_text("Notes I typed into a text editor and saved under this name.\n" * 50)


DAMAGE = pytest.mark.parametrize(
    "damage", [_garbage, _truncated, _text_file], ids=["garbage", "truncated", "text file"]
)


def test_a_first_start_makes_a_private_database_at_the_current_schema(tmp_path):
    """A new data folder (0700) gets a database (0600) at the head schema, and stays locked."""
    folder = tmp_path / "new"
    opened = open_data_folder(folder, today=DAY)
    try:
        assert opened.database == database_path(folder)
        assert current_revision(opened.engine) == head_revision()
        assert opened.lock.held
        assert opened.daily_backup is None
        if os.name == "posix":
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
            assert stat.S_IMODE(opened.database.stat().st_mode) == 0o600
    finally:
        opened.close()


def test_a_second_start_on_the_same_folder_is_refused(data_dir):
    """While the app has the folder open, another start is refused with a clear message."""
    opened = open_data_folder(data_dir, today=DAY)
    try:
        with pytest.raises(AlreadyRunningError, match="already open with this data folder"):
            open_data_folder(data_dir, today=DAY)
    finally:
        opened.close()
    open_data_folder(data_dir, today=DAY).close()


def test_a_second_start_in_another_process_is_refused(data_dir):
    """A second app process on the same data folder is told Belonging is already open."""
    code = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from belonging.storage.opening.instance_lock import AlreadyRunningError
        from belonging.storage.opening.startup import open_data_folder
        try:
            open_data_folder(Path(sys.argv[1]))
        except AlreadyRunningError as error:
            print(error)
            sys.exit(3)
        """
    )
    opened = open_data_folder(data_dir, today=DAY)
    try:
        result = subprocess.run(
            [sys.executable, "-c", code, str(data_dir)],
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        opened.close()
    assert result.returncode == 3, result.stderr
    assert "Belonging is already open with this data folder" in result.stdout


def test_each_day_starts_with_a_backup_of_the_notes(data_dir):
    """The first start of a day backs up the notes as they were before anything writes."""
    before = read_notes(database_path(data_dir))
    opened = open_data_folder(data_dir, today=DAY)
    opened.close()
    assert opened.daily_backup == daily_backup_path(data_dir, DAY)
    assert read_notes(opened.daily_backup) == before


def test_an_older_schema_is_backed_up_before_it_is_upgraded(tmp_path):
    """Opening a database of an older version keeps a copy of it as it was, then upgrades."""
    fixture = FIXTURES / "belonging-v1.sqlite3"
    connection = sqlite3.connect(f"{fixture.resolve().as_uri()}?mode=ro", uri=True)
    fixture_revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    connection.close()
    if fixture_revision == head_revision():
        pytest.skip("only one schema version exists yet; nothing to upgrade from")
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    shutil.copyfile(fixture, database_path(folder))
    opened = open_data_folder(folder, today=DAY)
    opened.close()
    upgrade_backups = [p for p in list_backups(folder) if "before-upgrade" in p.name]
    assert len(upgrade_backups) == 1
    assert read_notes(upgrade_backups[0]) == read_notes(fixture)


@DAMAGE
def test_a_damaged_database_is_reported_and_left_untouched(data_dir, damage):
    """A bad file stops the start with a clear message; no file changes; the folder stays locked."""
    db_path = database_path(data_dir)
    damage(db_path)
    before = folder_snapshot(data_dir)
    with pytest.raises(DatabaseDamagedError) as stopped:
        open_data_folder(data_dir, today=DAY)
    damaged = stopped.value
    try:
        message = str(damaged)
        assert str(db_path) in message
        assert "Nothing has been deleted" in message
        assert damaged.aside_path.name in message
        assert damaged.newest_backup == daily_backup_path(data_dir, DAY - timedelta(days=1))
        assert str(damaged.newest_backup) in message
        assert folder_snapshot(data_dir) == before
        with pytest.raises(AlreadyRunningError):
            open_data_folder(data_dir, today=DAY)
    finally:
        damaged.release()


@DAMAGE
def test_restoring_the_newest_backup_after_damage_keeps_the_bad_file(data_dir, damage):
    """Choosing the backup brings its notes back and keeps the bad file byte for byte."""
    db_path = database_path(data_dir)
    backed_up = read_notes(daily_backup_path(data_dir, DAY - timedelta(days=1)))
    damage(db_path)
    bad = digest(db_path)
    with pytest.raises(DatabaseDamagedError) as stopped:
        open_data_folder(data_dir, today=DAY)
    opened = recover_damaged(stopped.value, RecoveryChoice.RESTORE_NEWEST_BACKUP, today=DAY)
    try:
        assert opened.kept_aside == stopped.value.aside_path
        assert digest(opened.kept_aside) == bad
        assert opened.restored_from == stopped.value.newest_backup
        assert read_notes(db_path) == backed_up
        assert "yesterday's words" in backed_up.values()
        assert current_revision(opened.engine) == head_revision()
    finally:
        opened.close()


def test_starting_fresh_after_damage_keeps_the_bad_file(data_dir):
    """Choosing a fresh start opens an empty database and keeps the bad file as it was."""
    db_path = database_path(data_dir)
    _garbage(db_path)
    bad = digest(db_path)
    with pytest.raises(DatabaseDamagedError) as stopped:
        open_data_folder(data_dir, today=DAY)
    opened = recover_damaged(stopped.value, RecoveryChoice.START_FRESH, today=DAY)
    try:
        assert digest(opened.kept_aside) == bad
        assert opened.restored_from is None
        assert read_notes(db_path) == {}
    finally:
        opened.close()
    assert list_backups(data_dir), "the older backups are still there"


def test_a_backup_gone_bad_before_the_restore_moves_nothing(data_dir):
    """If the offered backup fails its check when chosen, the damaged file stays in place."""
    db_path = database_path(data_dir)
    _garbage(db_path)
    before = folder_snapshot(data_dir)
    with pytest.raises(DatabaseDamagedError) as stopped:
        open_data_folder(data_dir, today=DAY)
    stopped.value.newest_backup.write_bytes(b"gone bad")
    with pytest.raises(BackupError):
        recover_damaged(stopped.value, RecoveryChoice.RESTORE_NEWEST_BACKUP, today=DAY)
    after = folder_snapshot(data_dir)
    assert after.pop(str(db_path.relative_to(data_dir))) == before.pop(
        str(db_path.relative_to(data_dir))
    )
    assert not list(data_dir.glob("belonging-damaged-*"))


def test_damage_without_any_backup_offers_only_a_fresh_start(tmp_path):
    """With no backup the message says so, and restoring is not offered."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    _text_file(database_path(folder))
    with pytest.raises(DatabaseDamagedError) as stopped:
        open_data_folder(folder, today=DAY)
    assert stopped.value.newest_backup is None
    assert "no good backup" in str(stopped.value)
    with pytest.raises(ValueError):
        recover_damaged(stopped.value, RecoveryChoice.RESTORE_NEWEST_BACKUP, today=DAY)
    recover_damaged(stopped.value, RecoveryChoice.START_FRESH, today=DAY).close()


def test_an_emptied_database_offers_the_backup(data_dir):
    """A database file emptied to zero bytes is treated as lost data when a backup exists."""
    database_path(data_dir).write_bytes(b"")
    with pytest.raises(DatabaseDamagedError, match="is empty") as stopped:
        open_data_folder(data_dir, today=DAY)
    opened = recover_damaged(stopped.value, RecoveryChoice.RESTORE_NEWEST_BACKUP, today=DAY)
    try:
        assert "Ben's story" in read_notes(opened.database).values()
    finally:
        opened.close()


def test_an_empty_file_without_backups_is_simply_a_new_database(tmp_path):
    """A zero-byte file and no backup is a start that was cut short: it just opens."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    database_path(folder).write_bytes(b"")
    open_data_folder(folder, today=DAY).close()
    assert read_notes(database_path(folder)) == {}


def test_a_read_only_data_folder_is_refused_clearly(data_dir):
    """A truly read-only folder (chmod as a user, a read-only bind mount as root) gives a clear
    message and changes nothing."""
    before = folder_snapshot(data_dir)
    with read_only_folder(data_dir), pytest.raises(StorageUnavailableError) as refused:
        open_data_folder(data_dir, today=DAY)
    assert refused.value.problem is StorageProblem.READ_ONLY
    assert "read-only" in str(refused.value)
    assert "Nothing has been lost or deleted" in str(refused.value)
    assert folder_snapshot(data_dir) == before
    open_data_folder(data_dir, today=DAY).close()


def test_a_read_only_database_found_while_migrating_is_refused_clearly(data_dir, monkeypatch):
    """Injected at the migration step (SQLAlchemy wrapping SQLite's "readonly database", as
    when only the database file is read-only): a clear message and the folder let go."""

    def refuse(engine):
        raise SQLAlchemyOperationalError(
            "UPDATE", {}, sqlite3.OperationalError("attempt to write a readonly database")
        )

    monkeypatch.setattr(startup, "upgrade_to_head", refuse)
    with pytest.raises(StorageUnavailableError) as refused:
        open_data_folder(data_dir, today=DAY)
    assert refused.value.problem is StorageProblem.READ_ONLY
    monkeypatch.undo()
    open_data_folder(data_dir, today=DAY).close()


def test_a_full_disk_at_start_is_refused_clearly(tmp_path):
    """On a real, full tmpfs the start-up backup cannot be written: a clear message, the
    database and older backups unchanged, no partial file; with space freed it opens."""
    with small_disk(tmp_path / "disk") as disk:
        folder = disk / "data"
        open_data_folder(folder, today=DAY - timedelta(days=1)).close()
        add_notes(database_path(folder), ["words " * 2000])
        open_data_folder(folder, today=DAY - timedelta(days=1)).close()
        filler = fill_disk(disk)
        # Reading a write-ahead-log database leaves SQLite's scratch -shm (and an empty -wal)
        # behind; the notes live in the main file and the backups, which must not change.
        scratch = ("belonging.lock", "belonging.sqlite3-shm", "belonging.sqlite3-wal")
        before = folder_snapshot(folder, ignore=scratch)
        with pytest.raises(StorageUnavailableError) as refused:
            open_data_folder(folder, today=DAY)
        assert refused.value.problem is StorageProblem.DISK_FULL
        assert "is full" in str(refused.value)
        assert "Nothing has been lost or deleted" in str(refused.value)
        assert folder_snapshot(folder, ignore=scratch) == before
        assert not list(folder.rglob("*.partial"))
        filler.unlink()
        opened = open_data_folder(folder, today=DAY)
        opened.close()
        assert opened.daily_backup is not None


def test_a_full_disk_during_the_backup_is_refused_clearly(data_dir, monkeypatch):
    """Injected at the start-up backup (OSError ENOSPC): a clear message, the folder let go."""

    def no_space(data_dir, today=None):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(startup, "rotate_daily_backup", no_space)
    with pytest.raises(StorageUnavailableError) as refused:
        open_data_folder(data_dir, today=DAY)
    assert refused.value.problem is StorageProblem.DISK_FULL
    assert str(data_dir) in str(refused.value)
    monkeypatch.undo()
    open_data_folder(data_dir, today=DAY).close()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX only")
def test_the_backups_folder_is_private(data_dir):
    """Backups made at start live in a folder only this user can open."""
    assert stat.S_IMODE(backups_dir(data_dir).stat().st_mode) == 0o700


def _count_full_checks(monkeypatch) -> list[Path]:
    checked: list[Path] = []
    real = startup.check_database

    def counting(path, **kwargs):
        checked.append(path)
        return real(path, **kwargs)

    monkeypatch.setattr(startup, "check_database", counting)
    return checked


def test_a_clean_restart_on_the_same_day_does_not_read_the_whole_file(data_dir, monkeypatch):
    """Only the first start of a day and starts after a crash run the full check: it reads
    every page, the longest step of starting on a long history."""
    opened = open_data_folder(data_dir, today=DAY)
    opened.close()
    checked = _count_full_checks(monkeypatch)
    opened = open_data_folder(data_dir, today=DAY)
    opened.close()
    assert checked == []
    # A session that does not close leaves its write-ahead log, as a crash would.
    engine = create_database_engine(database_path(data_dir))
    with engine.connect() as connection:
        connection.exec_driver_sql("SELECT count(*) FROM note").scalar_one()
        opened = open_data_folder(data_dir, today=DAY)
        opened.close()
    engine.dispose()
    assert checked == [database_path(data_dir)]


@DAMAGE
def test_damage_between_two_starts_of_one_day_is_still_caught(data_dir, damage):
    """A file truncated, overwritten or replaced after a clean close fails the header check
    of a same-day start, and the full check then reports it."""
    opened = open_data_folder(data_dir, today=DAY)
    opened.close()
    damage(database_path(data_dir))
    with pytest.raises(DatabaseDamagedError) as stopped:
        open_data_folder(data_dir, today=DAY)
    stopped.value.release()
