"""A data folder Belonging cannot make private is said in plain words, never a traceback
(a read-only one: `test_startup`); and a database linked from elsewhere keeps every file
beside it private."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from belonging.storage.database import database_path, session_scope
from belonging.storage.faults import StorageProblem, StorageUnavailableError
from belonging.storage.opening.startup import open_data_folder
from belonging.storage.repositories import add_person
from support.unwritable import immutable

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX only")


@posix_only
def test_a_folder_whose_mode_cannot_be_changed_is_said_plainly(tmp_path):
    """A folder open to others that cannot be made private (it is not ours to change)
    stops the start with the plain message, not an error from chmod."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    with immutable(folder), pytest.raises(StorageUnavailableError) as refused:
        open_data_folder(folder)
    assert refused.value.problem is StorageProblem.READ_ONLY


def _modes(folder: Path) -> dict[str, int]:
    return {path.name: stat.S_IMODE(path.stat().st_mode) for path in folder.iterdir()}


@posix_only
def test_a_database_linked_from_elsewhere_has_private_files_where_it_lives(tmp_path):
    """The database, its -wal and its -shm are 0600 beside the real file, even when that
    file was readable by others and a crash had left a -wal open to others beside it."""
    elsewhere = tmp_path / "synced"
    elsewhere.mkdir()
    folder = tmp_path / "data"
    folder.mkdir()
    real = elsewhere / "notes.sqlite3"
    database_path(folder).symlink_to(real)
    open_data_folder(folder).close()
    # A session that crashed, under a loose umask: the files beside the real one are 0644.
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from belonging.storage.database import create_database_engine, session_scope\n"
        "from belonging.storage.repositories import add_person\n"
        "os.umask(0o022)\n"
        "engine = create_database_engine(Path(sys.argv[1]))\n"
        "with session_scope(engine) as session:\n"
        "    add_person(session=session, name='Ada')\n"
        "for path in Path(sys.argv[2]).iterdir():\n"
        "    path.chmod(0o644)\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(database_path(folder)), str(elsewhere)])
    assert set(_modes(elsewhere).values()) == {0o644}
    opened = open_data_folder(folder)
    try:
        with session_scope(opened.engine) as session:
            add_person(session=session, name="Ben")
        assert {"notes.sqlite3-wal", "notes.sqlite3-shm"} <= set(_modes(elsewhere))
        assert set(_modes(elsewhere).values()) == {0o600}
    finally:
        opened.close()
    assert set(_modes(elsewhere).values()) == {0o600}
