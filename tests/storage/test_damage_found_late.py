"""Damage the quick start would not see, and a write-ahead log that lost saves: each leads to
the damaged-file recovery or is kept aside and told, never passed over in silence."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from belonging.storage.database import database_path, session_scope
from belonging.storage.faults import StorageUnavailableError, is_damage
from belonging.storage.files.backups import daily_backup_path
from belonging.storage.opening import startup
from belonging.storage.opening.log_damage import log_lost_commits, log_path
from belonging.storage.opening.startup import (
    DatabaseDamagedError,
    RecoveryChoice,
    damage_found,
    open_data_folder,
    recover_damaged,
)
from belonging.storage.repositories import add_person, list_people
from support.durability import (
    crash_after_saving,
    garble_log_frame,
    garble_page,
    page_of,
    read_notes,
    seed_database,
)

DAY = date(2026, 5, 9)
SUPPORT = Path(__file__).parents[1]


@pytest.fixture
def used_today(tmp_path) -> Path:
    """A data folder with people in it, opened on the day before and once today (so the
    next start today is a same-day start, which skips the full check)."""
    folder = tmp_path / "data"
    opened = open_data_folder(folder, today=DAY - timedelta(days=1))
    with session_scope(opened.engine) as session:
        for index in range(400):
            add_person(session=session, name=f"Person {index} " + "words " * 20)
    opened.close()
    open_data_folder(folder, today=DAY).close()
    return folder


def test_a_page_written_out_of_sight_between_two_starts_of_a_day_is_caught_at_start(used_today):
    """A same-day start notices the file changed since the last clean close and checks it
    in full: the damaged page leads to the damaged-file choice, with today's backup."""
    db_path = database_path(used_today)
    garble_page(db_path, page_of(db_path, "person"), keep_time=False)
    with pytest.raises(DatabaseDamagedError) as stopped:
        open_data_folder(used_today, today=DAY)
    stopped.value.release()
    assert stopped.value.newest_backup == daily_backup_path(used_today, DAY)


def test_damage_a_read_runs_into_leads_to_the_same_recovery(used_today):
    """Damage no start could see (its time put back) surfaces in a read; a full check then
    stops with the damaged-file error, and restoring the backup brings the people back."""
    db_path = database_path(used_today)
    garble_page(db_path, page_of(db_path, "person"), keep_time=True)
    opened = open_data_folder(used_today, today=DAY)
    with pytest.raises(DBAPIError) as failed, session_scope(opened.engine) as session:
        list_people(session=session)
    assert is_damage(failed.value)
    damaged = damage_found(opened)
    assert isinstance(damaged, DatabaseDamagedError)
    assert damaged.newest_backup == daily_backup_path(used_today, DAY)
    recovered = recover_damaged(damaged, RecoveryChoice.RESTORE_NEWEST_BACKUP, today=DAY)
    try:
        with session_scope(recovered.engine) as session:
            assert len(list_people(session=session)) == 400
        assert recovered.kept_aside is not None and recovered.kept_aside.exists()
    finally:
        recovered.close()


def test_a_sound_database_checked_after_a_failed_read_goes_on_working(used_today):
    """`damage_found` on a sound file says so, and the folder stays usable."""
    opened = open_data_folder(used_today, today=DAY)
    try:
        assert damage_found(opened) is None
        with session_scope(opened.engine) as session:
            assert len(list_people(session=session)) == 400
    finally:
        opened.close()


def test_damage_met_while_migrating_is_the_damaged_file_choice(used_today):
    """A damaged schema-version page met by the migration step of a same-day start stops
    with the damaged-file choice, not a "check the disk" message."""
    db_path = database_path(used_today)
    garble_page(db_path, page_of(db_path, "alembic_version"), keep_time=True)
    with pytest.raises(DatabaseDamagedError) as stopped:
        open_data_folder(used_today, today=DAY)
    stopped.value.release()


# A write-ahead log that lost saves ---------------------------------------------------------

TEXTS = tuple(f"note {index}: " + "the words of a conversation " * 30 for index in range(40))


@pytest.fixture
def crashed(tmp_path) -> Path:
    """A data folder whose last session saved 40 notes and then crashed."""
    folder = tmp_path / "data"
    folder.mkdir()
    seed_database(database_path(folder), texts=())
    open_data_folder(folder, today=DAY).close()
    crash_after_saving(database_path(folder), TEXTS)
    assert log_path(database_path(folder)).stat().st_size > 0
    return folder


def test_a_log_garbled_after_a_crash_is_kept_aside_byte_for_byte_and_told(crashed):
    """A byte hit in the middle of the -wal would silently drop every save after it; the
    start copies the log aside first, names it once, and keeps every save before it."""
    garbled = garble_log_frame(log_path(database_path(crashed)))
    opened = open_data_folder(crashed, today=DAY)
    try:
        kept = opened.log_kept_aside
        assert kept is not None and opened.has_news
        assert kept.parent == crashed and kept.name.startswith("belonging-damaged-log-")
        assert kept.read_bytes() == garbled
        with opened.engine.connect() as connection:
            saved = connection.exec_driver_sql("SELECT count(*) FROM note").scalar_one()
        assert 0 < saved < len(TEXTS)
    finally:
        opened.close()
    again = open_data_folder(crashed, today=DAY)
    assert again.log_kept_aside is None  # told once
    again.close()


def test_a_start_that_stops_after_keeping_the_log_does_not_keep_it_twice(crashed, monkeypatch):
    """A start that keeps the log, then stops (a full disk at the backup), keeps one copy;
    the next start that gets through names that copy."""
    garbled = garble_log_frame(log_path(database_path(crashed)))

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(startup, "rotate_daily_backup", no_space)
    with pytest.raises(StorageUnavailableError):
        open_data_folder(crashed, today=DAY + timedelta(days=1))
    monkeypatch.undo()
    opened = open_data_folder(crashed, today=DAY + timedelta(days=1))
    opened.close()
    kept = list(crashed.glob("*damaged-log*"))
    assert kept == [opened.log_kept_aside] and kept[0].read_bytes() == garbled


def test_a_sound_log_after_a_crash_keeps_every_save_and_nothing_aside(crashed):
    """A crash alone loses nothing: every save is there, and no log is kept aside."""
    opened = open_data_folder(crashed, today=DAY)
    try:
        assert opened.log_kept_aside is None
    finally:
        opened.close()
    assert sorted(read_notes(database_path(crashed)).values()) == sorted(TEXTS)
    assert not list(crashed.glob("*damaged-log*"))


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX only")
def test_a_writer_killed_mid_save_never_makes_the_log_look_damaged(tmp_path):
    """Killed again and again while it saves (`support/note_writer.py`), a writer leaves at
    worst a log cut short inside a save it never reported: never one the start keeps aside."""
    db_path = database_path(tmp_path)
    seed_database(db_path, texts=())
    zygote = subprocess.Popen(
        [sys.executable, str(SUPPORT / "support" / "note_writer.py"), str(db_path), "1"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    rng = random.Random(7)
    try:
        for round_number in range(10):
            zygote.stdin.write(f"go {round_number}\n")
            zygote.stdin.flush()
            pid, saved, kill_after = None, 0, rng.randrange(3, 40)
            while True:
                word, *rest = zygote.stdout.readline().split()
                if word == "child":
                    pid = int(rest[0])
                elif word == "saved":
                    saved += 1
                elif word == "reaped":
                    break
                if pid is not None and saved == kill_after:
                    os.kill(pid, signal.SIGKILL)
            assert log_path(db_path).stat().st_size > 0
            assert not log_lost_commits(log_path(db_path))
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
