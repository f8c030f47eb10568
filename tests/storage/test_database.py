"""The engine factory: durable, private, foreign keys on, and no engine at import time."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import exc, text
from sqlmodel import select

import belonging.storage.database as database
from belonging.storage import repositories as repo
from belonging.storage.database import (
    create_database_engine,
    database_path,
    new_session,
    session_scope,
)
from belonging.storage.migrations import upgrade_to_head
from belonging.storage.models import Note, Person


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_lives_in_the_data_folder(tmp_path):
    """The database file is belonging.sqlite3 inside the data folder."""
    assert database_path(tmp_path) == tmp_path / "belonging.sqlite3"


def test_no_engine_is_built_at_import():
    """Importing the module builds no engine: the data folder is only known at start."""
    assert not any(type(value).__name__ == "Engine" for value in vars(database).values())


def test_database_and_its_wal_files_are_private(tmp_path, monkeypatch):
    """The database, -wal and -shm files are 0600 even under a permissive umask."""
    old_umask = os.umask(0o022)
    try:
        path = database_path(tmp_path)
        engine = create_database_engine(path)
        upgrade_to_head(engine)
        with session_scope(engine) as session:
            repo.add_person(session=session, name="Ada")
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM person")).one()
            sidecars = [Path(f"{path}-wal"), Path(f"{path}-shm")]
            assert all(sidecar.exists() for sidecar in sidecars)
            assert [_mode(p) for p in [path, *sidecars]] == [0o600, 0o600, 0o600]
        engine.dispose()
    finally:
        os.umask(old_umask)


def test_an_existing_world_readable_file_is_made_private(tmp_path):
    """A database file left readable by others is tightened to 0600 when opened."""
    path = database_path(tmp_path)
    path.touch(mode=0o644)
    path.chmod(0o644)
    create_database_engine(path).dispose()
    assert _mode(path) == 0o600


def test_every_connection_is_durable_and_strict(tmp_path):
    """Connections use WAL, synchronous=FULL, foreign keys, a busy timeout and secure delete."""
    engine = create_database_engine(database_path(tmp_path))
    with engine.connect() as connection:

        def pragma(name: str) -> object:
            return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == database.BUSY_TIMEOUT_MS
        assert pragma("secure_delete") == 1
    engine.dispose()


def test_foreign_keys_are_enforced(session):
    """A note for a conversation that does not exist is refused by the database itself."""
    session.add(Note(conversation_id=999, text="orphan"))
    with pytest.raises(exc.IntegrityError):
        session.flush()


def test_session_scope_commits_or_rolls_back(engine):
    """A unit of work is kept whole when it finishes and not at all when it raises."""
    with session_scope(engine) as session:
        repo.add_person(session=session, name="Kept")
    with pytest.raises(RuntimeError), session_scope(engine) as session:
        repo.add_person(session=session, name="Dropped")
        raise RuntimeError("boom")
    with new_session(engine) as session:
        assert [p.name for p in session.exec(select(Person))] == ["Kept"]


def test_objects_stay_readable_after_their_session(engine):
    """Rows returned from a unit of work can be read after it ends, as the UI does."""
    with session_scope(engine) as session:
        person = repo.add_person(session=session, name="Ada", role="mentor")
    assert (person.id, person.name, person.role) == (1, "Ada", "mentor")


def test_times_come_back_aware_and_equal_in_any_zone(session):
    """A time written in any zone reads back as the same instant, tagged UTC."""
    written = datetime(2024, 1, 2, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    person = Person(name="Ada", created_at=written)
    session.add(person)
    session.commit()
    session.expire_all()
    read = session.get(Person, person.id).created_at
    assert read == written and read.tzinfo is UTC


def test_naive_times_are_refused(session):
    """A time without a zone is refused instead of being stored ambiguously."""
    session.add(Person(name="Ada", created_at=datetime(2024, 1, 2, 3, 4)))
    with pytest.raises(exc.StatementError, match="timezone-aware"):
        session.flush()


def test_read_only_engine_reads_but_never_writes(tmp_path):
    """A read-only engine sees the data and cannot change it."""
    path = database_path(tmp_path)
    writer = create_database_engine(path)
    upgrade_to_head(writer)
    with session_scope(writer) as session:
        repo.add_person(session=session, name="Ada")
    writer.dispose()
    reader = create_database_engine(path, read_only=True)
    with reader.connect() as connection:
        assert connection.execute(text("SELECT name FROM person")).scalars().all() == ["Ada"]
        with pytest.raises(exc.OperationalError, match="readonly"):
            connection.execute(
                text(
                    "INSERT INTO person (name, role, created_at) "
                    "VALUES ('x', '', '2024-01-01 00:00:00')"
                )
            )
    reader.dispose()


def test_read_only_engine_needs_an_existing_file(tmp_path):
    """Opening a missing file read-only fails instead of creating an empty database."""
    with pytest.raises(FileNotFoundError):
        create_database_engine(tmp_path / "missing.sqlite3", read_only=True)
    assert not (tmp_path / "missing.sqlite3").exists()
