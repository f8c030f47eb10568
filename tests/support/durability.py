"""Real databases holding real notes, made through the app's own engine, migrations and
repositories, for the tests of locking, integrity, backups and start-up."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from sqlalchemy import Engine

from belonging.storage.database import create_database_engine, session_scope
from belonging.storage.migrations import upgrade_to_head
from belonging.storage.repositories import (
    add_note,
    add_person,
    create_pair,
    start_conversation,
)

#: SQLite's page size, which the app's databases keep.
PAGE_SIZE = 4096

SAMPLE_TEXTS = (
    "Ben wanted to be a *lighthouse keeper*.",
    "The year we moved countries, I told no one how lonely it was.",
    "Ada: «I thought I was the only one» — and she wasn't. 🌱",
    "Follow-up: ask about the marathon in June.\n\nSecond paragraph.",
)


def new_conversation(engine: Engine) -> int:
    """A person, a partner, their pair and one conversation; returns the conversation id."""
    with session_scope(engine) as session:
        owner = add_person(session=session, name="Ada Owner", role="manager")
        partner = add_person(session=session, name="Ben Partner", role="report")
        pair = create_pair(session=session, owner_id=owner.id, partner_id=partner.id)
        conversation = start_conversation(
            session=session,
            pair_id=pair.id,
            script_id="defining-moments",
            script_sha256="0" * 64,
            setup={},
        )
        return conversation.id


def seed_database(db_path: Path, texts: Sequence[str] = SAMPLE_TEXTS) -> dict[int, str]:
    """Create the database at `db_path` at the current schema with one note per text."""
    engine = create_database_engine(db_path)
    try:
        upgrade_to_head(engine)
        conversation_id = new_conversation(engine)
        saved = {}
        with session_scope(engine) as session:
            for text in texts:
                note = add_note(session=session, conversation_id=conversation_id, text=text)
                saved[note.id] = text
        return saved
    finally:
        engine.dispose()


def add_notes(db_path: Path, texts: Sequence[str]) -> dict[int, str]:
    """Add notes to the first conversation of an existing database (made if there is none)."""
    engine = create_database_engine(db_path)
    try:
        with engine.connect() as connection:
            conversation_id = connection.exec_driver_sql(
                "SELECT min(id) FROM conversation"
            ).scalar_one()
        if conversation_id is None:
            conversation_id = new_conversation(engine)
        saved = {}
        with session_scope(engine) as session:
            for text in texts:
                note = add_note(session=session, conversation_id=conversation_id, text=text)
                saved[note.id] = text
        return saved
    finally:
        engine.dispose()


def read_notes(db_path: Path) -> dict[int, str]:
    """Every note's text by id, read the way the next start would read them."""
    connection = sqlite3.connect(db_path)
    try:
        return dict(connection.execute("SELECT id, text FROM note ORDER BY id").fetchall())
    finally:
        connection.close()


def integrity_check(db_path: Path) -> str:
    """SQLite's full `PRAGMA integrity_check`, its lines joined ("ok" when sound)."""
    connection = sqlite3.connect(db_path)
    try:
        return "; ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


def page_of(db_path: Path, table: str) -> int:
    """A page in the middle of `table` (SQLite's `dbstat`, numbered from 1)."""
    with sqlite3.connect(f"file:{db_path}?immutable=1", uri=True) as connection:
        pages = [row[0] for row in connection.execute(
            "SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", (table,)
        )]  # fmt: skip
    connection.close()
    return pages[len(pages) // 2]


def garble_page(db_path: Path, page: int, *, keep_time: bool) -> None:
    """Overwrite the first 64 bytes of `page` (its header and cell pointers) in place, as a
    bad sector or another program would; with `keep_time`, the file's time of change is put
    back as it was."""
    times = db_path.stat()
    with db_path.open("r+b") as file:
        file.seek((page - 1) * PAGE_SIZE)
        file.write(bytes(random.Random(page).randrange(256) for _ in range(64)))
    if keep_time:
        os.utime(db_path, ns=(times.st_atime_ns, times.st_mtime_ns))


def crash_after_saving(db_path: Path, texts: Sequence[str]) -> None:
    """Saves each text as a note of the first conversation, as the app saves (one unit of work
    each), in another process that then dies without closing: the write-ahead log stays
    behind, as after a crash."""
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from belonging.storage.database import create_database_engine, session_scope\n"
        "from belonging.storage.repositories import add_note\n"
        "engine = create_database_engine(Path(sys.argv[1]))\n"
        "for text in sys.argv[2:]:\n"
        "    with session_scope(engine) as session:\n"
        "        add_note(session=session, conversation_id=1, text=text)\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(db_path), *texts], check=True)


def garble_log_frame(wal: Path) -> bytes:
    """Flips one byte inside the frame in the middle of the write-ahead log `wal`, as a bad
    sector would; returns the log's bytes as they are now."""
    data = bytearray(wal.read_bytes())
    frames = (len(data) - 32) // (24 + PAGE_SIZE)
    data[32 + (frames // 2) * (24 + PAGE_SIZE) + 24 + 100] ^= 0xFF
    wal.write_bytes(bytes(data))
    return bytes(data)


def digest(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_snapshot(folder: Path, *, ignore: Sequence[str] = ("belonging.lock",)) -> dict:
    """Every file under `folder` (but `ignore`) with its digest, to prove nothing changed."""
    return {
        str(path.relative_to(folder)): digest(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name not in ignore
    }


def _mount(*args: str) -> None:
    """Run `mount`, skipping the test (with the reason) where this machine does not allow it."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root and mount(8) to make a real read-only or full file system")
    result = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"mount is not permitted here: {result.stderr.strip()}")


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """`folder` made truly read-only for the length of the block.

    As a normal user, chmod 0500 does it. Root ignores file modes, so as root the folder is
    bind-mounted onto itself and remounted read-only; the test is skipped if that is refused.
    """
    if os.name == "posix" and os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            yield folder
        finally:
            folder.chmod(0o700)
        return
    _mount("--bind", str(folder), str(folder))
    try:
        _mount("-o", "remount,ro,bind", str(folder))
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@contextlib.contextmanager
def small_disk(folder: Path, size_kib: int = 2048) -> Iterator[Path]:
    """A real, tiny file system (tmpfs of `size_kib`) mounted on `folder` for the block."""
    folder.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def fill_disk(folder: Path) -> Path:
    """Write a filler file in `folder` until its file system has no byte left; returns it."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 65536
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            try:
                os.write(fd, chunk)
            except OSError as error:
                if error.errno != errno.ENOSPC:
                    raise
                if len(chunk) == 1:
                    break
                chunk = chunk[: len(chunk) // 2]
    finally:
        os.close(fd)
    return filler
