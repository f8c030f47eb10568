"""What the database file says without being opened: its header, the files beside it, and
whether the last session closed cleanly.

Reading these needs neither SQLite nor its drivers, so the first look at the data at start
(`first_look`) can ask them before anything heavy is loaded.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from belonging.storage.files.locations import daily_backup_path

#: The first bytes of every unencrypted SQLite database; an encrypted one starts with its salt.
SQLITE_HEADER = b"SQLite format 3\x00"
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")


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
    the write-ahead log behind, a clean close removes it), and the header is sound."""
    return (
        not sidecar_paths(db_path)
        and daily_backup_path(db_path.parent, day).is_file()
        and header_consistent(db_path)
    )
