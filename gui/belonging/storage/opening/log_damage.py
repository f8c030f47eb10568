"""A write-ahead log that lost committed changes: found before SQLite drops them, and kept.

After a crash the -wal beside the database holds the last saves not yet copied into the file.
SQLite replays its frames in order and stops at the first one whose checksum does not match;
everything after it is dropped without a word, and the next write overwrites it. A frame
cut short by the crash itself is normal: its transaction never committed, and no one was
told it was saved. A *commit* frame of the log's current generation after the stopping point
is not: it proves a save that was reported done and is now about to be lost, so the log was
damaged after it was written (a bad sector, another program).

Such a log is copied aside, byte for byte, before anything opens the database, under a
dated name beside it (`belonging-damaged-log-2026-05-09-153000.sqlite3-wal`), so an expert
can still read the lost pages; the start then goes on with what SQLite can replay, and the
window says what was kept. The format read here is SQLite's own
(https://sqlite.org/fileformat2.html#the_write_ahead_log). Encrypted logs have the same
frame headers and checksums (SQLCipher encrypts the pages inside them), so this reads both.
"""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path

from belonging.storage.files.durability import fsync_dir, fsync_file
from belonging.storage.opening.integrity import aside_path

_HEADER = 32
_FRAME_HEADER = 24
_MAGIC_LITTLE = 0x377F0682
_MAGIC_BIG = 0x377F0683


def log_path(db_path: Path) -> Path:
    """The write-ahead log beside the database."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + "-wal")


def log_lost_commits(wal: Path) -> bool:
    """Whether replaying `wal` would drop a committed transaction (see the module docstring).

    Reads the file only. An empty log, a missing one, or one that ends in a frame a crash cut
    short says False.
    """
    try:
        data = Path(wal).read_bytes()
    except FileNotFoundError:
        return False
    if len(data) < _HEADER:
        return False
    magic, _version, page_size, _sequence, salt1, salt2 = struct.unpack(">6I", data[:24])
    frame_size = _FRAME_HEADER + page_size
    has_frame = len(data) >= _HEADER + _FRAME_HEADER + 512
    if magic not in (_MAGIC_LITTLE, _MAGIC_BIG) or not _valid_page_size(page_size):
        # SQLite ignores a log whose header it cannot read: every frame in it is lost.
        return has_frame
    order = "<" if magic == _MAGIC_LITTLE else ">"
    sums = _checksum(order, data[:24], (0, 0))
    if sums != struct.unpack(">2I", data[24:32]):
        return has_frame
    offset = _HEADER
    while offset + frame_size <= len(data):
        frame = data[offset : offset + frame_size]
        frame_salts = struct.unpack(">2I", frame[8:16])
        if frame_salts == (salt1, salt2):
            sums = _checksum(order, frame[:8] + frame[_FRAME_HEADER:], sums)
        if frame_salts != (salt1, salt2) or sums != struct.unpack(">2I", frame[16:24]):
            # SQLite stops here. What follows is normally an older generation of the log, or
            # the frame a crash cut short; a commit of this generation after it is a loss.
            return _commit_follows(data, offset + frame_size, frame_size, salt1, salt2)
        offset += frame_size
    return False


def keep_damaged_log(db_path: Path) -> Path:
    """Copy the database's -wal aside, byte for byte, under a dated name; return the copy.

    The log itself stays where it is, so SQLite still replays every save before the damage.
    A copy of these very bytes kept at an earlier start that went no further (a passphrase
    asked, a full disk) is returned instead of a second one.
    """
    wal = log_path(db_path)
    data = wal.read_bytes()
    pattern = f"{Path(db_path).stem}-damaged-log-*{Path(db_path).suffix}-wal"
    for earlier in sorted(Path(db_path).parent.glob(pattern)):
        if earlier.stat().st_size == len(data) and earlier.read_bytes() == data:
            return earlier
    kept = aside_path(Path(db_path), "damaged-log")
    target = kept.with_name(kept.name + "-wal")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        shutil.copyfile(wal, target)
        fsync_file(target)
        fsync_dir(target.parent)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def _commit_follows(data: bytes, offset: int, frame_size: int, salt1: int, salt2: int) -> bool:
    """Whether a commit frame of this generation of the log lies at or after `offset`."""
    while offset + _FRAME_HEADER <= len(data):
        _page, commit, frame_salt1, frame_salt2 = struct.unpack(">4I", data[offset : offset + 16])
        if commit and (frame_salt1, frame_salt2) == (salt1, salt2):
            return True
        offset += frame_size
    return False


def _valid_page_size(size: int) -> bool:
    return 512 <= size <= 65536 and size & (size - 1) == 0


def _checksum(order: str, data: bytes, sums: tuple[int, int]) -> tuple[int, int]:
    """SQLite's log checksum: Fibonacci-weighted sums of 32-bit words, taken in pairs."""
    s0, s1 = sums
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1
