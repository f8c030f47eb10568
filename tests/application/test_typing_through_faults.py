"""Typing on while the disk fills up or the folder turns read-only: every word is kept.

End to end: the app's real start-up, engine, repositories and `PendingWrites`, on a real
database. Text that cannot be saved stays in memory, the failure is explained, the next
flush retries, and once the disk takes writes again everything typed is in the database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import Engine, event

from belonging.application.pending_writes import PendingWrites
from belonging.application.save_problems import SaveProblem
from belonging.storage.models import Visibility
from belonging.storage.opening.startup import open_data_folder
from support.durability import fill_disk, integrity_check, new_conversation, read_notes, small_disk

DAY = date(2026, 5, 9)
READ_ONLY_MESSAGE = "attempt to write a readonly database"


SHARED = {"prompt_id": None, "visibility": Visibility.SHARED}


def _type_and_fail(writes: PendingWrites) -> dict[str, str]:
    """Type into a saved note and a new one; return what was typed, by key."""
    typed = {
        "story": "The year we moved, I told no one. " * 4000,  # far more than the disk has left
        "follow-up": "Ask about the move next time. ✍️",
    }
    for key, text in typed.items():
        writes.put_note(key, text, **SHARED)
    return typed


def _assert_nothing_lost(writes: PendingWrites, engine, typed: dict[str, str], problem) -> None:
    for attempt in range(3):
        result = writes.flush(engine)
        assert not result.ok, f"attempt {attempt} should have failed"
        assert result.problem is problem
        assert result.pending == len(typed)
        for key, text in typed.items():
            assert writes.pending_text(key) == text


def test_a_full_disk_while_typing_keeps_every_word_until_there_is_space(tmp_path):
    """On a real tmpfs filled to the last byte, saves fail and are retried; after space is
    freed the next flush stores exactly what was typed, in a sound database."""
    with small_disk(tmp_path / "disk", size_kib=4096) as disk:
        opened = open_data_folder(disk / "data", today=DAY)
        try:
            conversation_id = new_conversation(opened.engine)
            writes = PendingWrites(conversation_id=conversation_id)
            writes.put_note("story", "First words.", **SHARED)
            assert writes.flush(opened.engine).ok
            filler = fill_disk(disk)
            typed = _type_and_fail(writes)
            _assert_nothing_lost(writes, opened.engine, typed, SaveProblem.DISK_FULL)
            filler.unlink()
            result = writes.flush(opened.engine)
            assert result.ok and result.pending == 0
            stored = read_notes(opened.database)
            assert stored[writes.note_id("story")] == typed["story"]
            assert stored[writes.note_id("follow-up")] == typed["follow-up"]
        finally:
            opened.close()
        assert integrity_check(opened.database) == "ok"


@contextmanager
def _refusing_writes(engine: Engine, error: sqlite3.OperationalError) -> Iterator[None]:
    """Make every write statement on `engine` fail with SQLite's own `error` in the block."""

    def refuse(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise error

    event.listen(engine, "before_cursor_execute", refuse)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", refuse)


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (
            sqlite3.OperationalError("attempt to write a readonly database"),
            SaveProblem.READ_ONLY,
        ),
        (sqlite3.OperationalError("database or disk is full"), SaveProblem.DISK_FULL),
    ],
    ids=["read-only", "disk full"],
)
def test_a_write_refused_while_typing_keeps_every_word(tmp_path, error, problem):
    """Injected at the SQL boundary (the engine's before_cursor_execute raises SQLite's error):
    a folder cannot be made read-only under an open database for real (Linux refuses to
    remount with files open for writing, and root ignores file modes), and this also covers
    the full disk where mounting a small file system is not permitted."""
    opened = open_data_folder(tmp_path / "data", today=DAY)
    try:
        conversation_id = new_conversation(opened.engine)
        writes = PendingWrites(conversation_id=conversation_id)
        writes.put_note("story", "First words.", **SHARED)
        assert writes.flush(opened.engine).ok
        with _refusing_writes(opened.engine, error):
            typed = _type_and_fail(writes)
            _assert_nothing_lost(writes, opened.engine, typed, problem)
        assert writes.flush(opened.engine).ok
        stored = read_notes(opened.database)
        assert stored[writes.note_id("story")] == typed["story"]
        assert stored[writes.note_id("follow-up")] == typed["follow-up"]
    finally:
        opened.close()
