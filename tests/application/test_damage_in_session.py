"""A damaged page met by a read or a save is called damage (not a disk that did not answer),
and leads to the same recovery as a damaged file at start."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest
from sqlalchemy.exc import DBAPIError, OperationalError

from belonging.application.home import read_home
from belonging.application.opening import (
    DatabaseDamagedError,
    RecoveryChoice,
    check_for_damage,
    open_workspace,
    recover_workspace,
)
from belonging.application.save_problems import SaveProblem, save_problem
from belonging.storage.database import database_path
from belonging.storage.opening.instance_lock import InstanceLock
from belonging.storage.repositories import add_person, create_pair

PAGE = 4096


def _wrapped(error: BaseException) -> DBAPIError:
    return DBAPIError.instance("SELECT 1", (), error, sqlite3.DatabaseError)


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (_wrapped(sqlite3.DatabaseError("database disk image is malformed")), SaveProblem.DAMAGED),
        (_wrapped(sqlite3.DatabaseError("file is not a database")), SaveProblem.DAMAGED),
        (OSError(errno.ENOSPC, "No space left on device"), SaveProblem.DISK_FULL),
        (OSError(errno.EROFS, "Read-only file system"), SaveProblem.READ_ONLY),
        (
            OperationalError("INSERT", (), sqlite3.OperationalError("database is locked")),
            SaveProblem.BUSY,
        ),
    ],
    ids=["malformed", "not-a-database", "disk-full", "read-only", "busy"],
)
def test_each_save_problem_is_named_for_what_it_is(error, problem):
    """Damage is told apart from a full disk, a read-only folder and a busy database."""
    assert save_problem(error)[0] is problem


def test_a_damaged_page_a_same_day_start_missed_leads_to_the_backup(tmp_path):
    """Home's read fails on a page damaged with its file's time put back (no start could
    see it); the failure is DAMAGED, the check finds the damage, and choosing the newest
    backup gives a workspace whose Home lists the pair again."""
    folder = tmp_path / "data"
    lock = InstanceLock(folder)
    workspace = open_workspace(folder, lock=lock)
    with workspace.session() as session:
        for index in range(300):
            owner = add_person(session=session, name=f"Owner {index} " + "x" * 60)
            partner = add_person(session=session, name=f"Partner {index}")
            create_pair(session=session, owner_id=owner.id, partner_id=partner.id)
    workspace.close()
    # The backup of today, then a clean close: the next start today skips the full check.
    open_workspace(folder, lock=lock).close()
    db_path = database_path(folder)
    times = db_path.stat()
    with sqlite3.connect(f"file:{db_path}?immutable=1", uri=True) as look:
        pages = [row[0] for row in look.execute("SELECT pageno FROM dbstat WHERE name='person'")]
    look.close()
    with db_path.open("r+b") as file:
        file.seek((pages[len(pages) // 2] - 1) * PAGE)
        file.write(b"\x0d" + os.urandom(63))
    os.utime(db_path, ns=(times.st_atime_ns, times.st_mtime_ns))

    workspace = open_workspace(folder, lock=lock)
    with pytest.raises(DBAPIError) as failed:
        read_home(workspace)
    assert save_problem(failed.value)[0] is SaveProblem.DAMAGED
    damaged = check_for_damage(workspace)
    assert isinstance(damaged, DatabaseDamagedError) and damaged.newest_backup is not None
    recovered = recover_workspace(damaged, RecoveryChoice.RESTORE_NEWEST_BACKUP)
    try:
        assert len(read_home(recovered).pairs) == 300
        assert recovered.opened.kept_aside is not None
    finally:
        recovered.close()
