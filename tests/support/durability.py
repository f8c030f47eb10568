"""Real databases holding real notes, made through the app's own engine, migrations and
repositories, for the tests of locking, integrity, backups and start-up."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
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
