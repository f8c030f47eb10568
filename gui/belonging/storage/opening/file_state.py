"""What the database file says without being opened: its header, the files beside it, and
whether the last session closed cleanly and nothing touched the file since.

Reading these needs neither SQLite nor its drivers, so the first look at the data at start
(`first_look`) can ask them before anything heavy is loaded.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from belonging.storage.files.locations import daily_backup_path

#: The first bytes of every unencrypted SQLite database; an encrypted one starts with its salt.
SQLITE_HEADER = b"SQLite format 3\x00"
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")
#: Beside the database: its size and time of change when the last session closed cleanly.
CLEAN_CLOSE_SUFFIX = ".closed"


def header_consistent(db_path: Path) -> bool:
    """Whether a plain database file starts as SQLite's and is exactly as long as its own
    header says: what truncation, an overwrite or a file saved over it by another program
    would break. Reads 100 bytes, not the whole file as `check_database` does.

    SQLite rewrites the page count in the header whenever it writes the file (checkpoints
    included) and marks it valid with the change counter; a count it does not vouch for
    makes this False.
    """
    try:
        with Path(db_path).open("rb") as file:
            header = file.read(100)
        size = Path(db_path).stat().st_size
    except OSError:
        return False
    if len(header) < 100 or header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    vouched = header[24:28] == header[92:96]
    return vouched and pages > 0 and size == pages * page_size


def sidecar_paths(db_path: Path) -> list[Path]:
    """The -wal, -shm and -journal files that exist beside `db_path`."""
    db_path = Path(db_path)
    candidates = (db_path.with_name(db_path.name + suffix) for suffix in SIDECAR_SUFFIXES)
    return [path for path in candidates if path.exists()]


def same_day_clean_restart(db_path: Path, day: date) -> bool:
    """Whether the database can be trusted without reading every page: today's backup was
    made (and checked) at an earlier start, the last session closed cleanly (a crash leaves
    the write-ahead log behind, a clean close removes it), nothing has written to the file
    since (`untouched_since_close`), and the header is sound."""
    return (
        not sidecar_paths(db_path)
        and daily_backup_path(db_path.parent, day).is_file()
        and untouched_since_close(db_path)
        and header_consistent(db_path)
    )


def clean_close_path(db_path: Path) -> Path:
    """Where `record_clean_close` notes the file as the last session left it."""
    db_path = Path(db_path)
    return db_path.with_name(f".{db_path.name}{CLEAN_CLOSE_SUFFIX}")


def record_clean_close(db_path: Path) -> None:
    """Note the database's size and time of change once its last connection has closed.

    Nothing is noted when a -wal or -journal is still there: the session did not close
    cleanly, and the next start must check the whole file anyway. Raises OSError if the
    note cannot be written (a read-only folder); the next start then checks in full.
    """
    db_path = Path(db_path)
    if sidecar_paths(db_path) or not db_path.is_file():
        return
    fd = os.open(clean_close_path(db_path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, _fingerprint(db_path).encode("ascii"))
    finally:
        os.close(fd)


def forget_clean_close(db_path: Path) -> None:
    """Remove the note of the last clean close: a session is about to write to the file."""
    clean_close_path(db_path).unlink(missing_ok=True)


def untouched_since_close(db_path: Path) -> bool:
    """Whether the database is as the last clean close noted it: same size, same time of
    change. Another program writing a page in the middle of the file (which keeps its size
    and its header) changes its time, and the next start then reads every page."""
    try:
        noted = clean_close_path(db_path).read_text(encoding="ascii")
        return noted == _fingerprint(Path(db_path))
    except (OSError, ValueError):
        return False


def _fingerprint(db_path: Path) -> str:
    # Size and time of change survive a faithful copy (`cp -p`, a restore that keeps
    # times), which needs no new check; a write in place changes the time.
    status = db_path.stat()
    return f"{status.st_size} {status.st_mtime_ns}\n"
