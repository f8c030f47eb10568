"""Autosave: notes written behind the typing, and never lost when the disk refuses them."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import event

from belonging.storage import repositories as repo
from belonging.storage.autosave import NoteAutosaver
from belonging.storage.database import (
    create_database_engine,
    database_path,
    new_session,
    session_scope,
)
from belonging.storage.faults import StorageProblem
from belonging.storage.migrations import upgrade_to_head
from belonging.storage.models import Visibility


def _saved_texts(engine, conversation_id) -> list[str]:
    with new_session(engine) as session:
        notes = repo.notes_for_conversation(
            session=session, conversation_id=conversation_id, include_private=True
        )
        return [note.text for note in notes]


@pytest.fixture
def saver(engine) -> NoteAutosaver:
    """An autosaver on the seeded in-memory database."""
    return NoteAutosaver(engine)


def _pragma(engine, statement: str) -> None:
    with engine.connect() as connection:
        connection.exec_driver_sql(statement)


def test_typing_is_saved_as_one_note_with_the_latest_text(engine, seed, saver):
    """Many keystrokes between flushes make one note holding the last text."""
    cid = seed.conversation.id
    for length in range(1, 12):
        saver.update("p1", "Hello world"[:length], conversation_id=cid, prompt_id="p1")
    result = saver.flush()
    assert (result.ok, result.saved, result.pending) == (True, 1, 0)
    saver.update("p1", "Hello world, again", conversation_id=cid, prompt_id="p1")
    saver.flush()
    assert _saved_texts(engine, cid) == ["Hello world, again"]
    assert result.note_ids["p1"] == saver.note_id("p1")


def test_a_new_note_keeps_its_visibility_and_prompt(engine, seed, saver):
    """A note first saved by autosave gets the prompt, visibility and mark it was typed with."""
    saver.update(
        "mine",
        "a private thought",
        conversation_id=seed.conversation.id,
        prompt_id="p2",
        visibility=Visibility.PRIVATE,
        confidential=True,
    )
    saver.flush()
    with new_session(engine) as session:
        note = repo.get_note(session=session, note_id=saver.note_id("mine"))
    assert (note.prompt_id, note.visibility, note.confidential) == ("p2", "private", True)


def test_nothing_typed_makes_no_note(engine, seed, saver):
    """A note box opened and left blank saves no empty note."""
    saver.update("blank", "   ", conversation_id=seed.conversation.id)
    assert saver.flush().pending == 0
    assert _saved_texts(engine, seed.conversation.id) == []


def test_a_full_disk_keeps_the_text_and_a_later_flush_saves_it(engine, seed, saver):
    """When the disk is full, the text stays in memory, the reason is told, and it is saved
    once there is room again: nothing typed is lost."""
    cid = seed.conversation.id
    saver.update("n", "short", conversation_id=cid)
    saver.flush()
    with engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    _pragma(engine, f"PRAGMA max_page_count = {pages}")  # SQLite now answers SQLITE_FULL
    long_text = "I never told anyone this. " * 4000
    saver.update("n", long_text, conversation_id=cid)

    failed = saver.flush()

    assert not failed.ok and failed.problem is StorageProblem.DISK_FULL
    assert "disk is full" in failed.message and "kept" in failed.message
    assert saver.pending_text("n") == long_text and saver.last_failure == failed
    assert _saved_texts(engine, cid) == ["short"]

    saver.update("n", long_text + "The end.", conversation_id=cid)
    assert not saver.flush().ok
    _pragma(engine, "PRAGMA max_page_count = 1073741823")
    retried = saver.flush()
    assert (retried.ok, retried.pending) == (True, 0) and saver.last_failure is None
    assert _saved_texts(engine, cid) == [long_text + "The end."]


def test_a_read_only_database_keeps_the_text_for_later(engine, seed, saver):
    """A database that refuses writes gets a read-only message and loses nothing."""
    cid = seed.conversation.id
    _pragma(engine, "PRAGMA query_only = ON")
    saver.update("a", "first words", conversation_id=cid)
    failed = saver.flush()
    assert failed.problem is StorageProblem.READ_ONLY and "cannot write" in failed.message
    _pragma(engine, "PRAGMA query_only = OFF")
    assert saver.flush().ok
    assert _saved_texts(engine, cid) == ["first words"]


def test_one_bad_note_does_not_hold_back_the_others(engine, seed, saver):
    """A note that cannot be saved (its conversation is gone) stays pending alone."""
    saver.update("good", "kept words", conversation_id=seed.conversation.id)
    saver.update("bad", "orphan words", conversation_id=999)
    result = saver.flush()
    assert (result.saved, result.pending, result.ok) == (1, 1, False)
    assert saver.pending_text("bad") == "orphan words"
    assert _saved_texts(engine, seed.conversation.id) == ["kept words"]


def test_text_typed_during_a_flush_waits_for_the_next(engine, seed, saver):
    """Keystrokes that land while a flush writes are not marked saved by it."""
    cid = seed.conversation.id
    saver.update("n", "before", conversation_id=cid)
    typed = []

    def type_during_write(*_args) -> None:
        if not typed:
            typed.append(True)
            saver.update("n", "before and during", conversation_id=cid)

    event.listen(engine, "before_cursor_execute", type_during_write)
    first = saver.flush()
    event.remove(engine, "before_cursor_execute", type_during_write)
    assert (first.saved, first.pending) == (1, 1)
    assert _saved_texts(engine, cid) == ["before"]
    assert saver.flush().pending == 0
    assert _saved_texts(engine, cid) == ["before and during"]


def test_a_struck_note_is_not_brought_back(engine, seed, saver):
    """Text still pending for a note struck meanwhile is dropped, not saved again."""
    cid = seed.conversation.id
    saver.update("n", "strike me", conversation_id=cid)
    saver.flush()
    saver.update("n", "strike me now", conversation_id=cid)
    with session_scope(engine) as session:
        repo.strike_note(session=session, note_id=saver.note_id("n"))
    result = saver.flush()
    assert (result.ok, result.pending, saver.note_id("n")) == (True, 0, None)
    assert _saved_texts(engine, cid) == []


def test_discard_forgets_unsaved_text(engine, seed, saver):
    """Discarding a note key drops its pending text before it is written."""
    saver.update("n", "never mind", conversation_id=seed.conversation.id)
    saver.discard("n")
    assert saver.pending_count == 0 and saver.flush().saved == 0
    assert _saved_texts(engine, seed.conversation.id) == []


def test_an_existing_note_is_edited_in_place(engine, seed, saver):
    """Passing a saved note's id makes autosave edit that note, not add another."""
    with session_scope(engine) as session:
        note = repo.add_note(session=session, conversation_id=seed.conversation.id, text="v1")
    saver.update(("note", note.id), "v2", conversation_id=seed.conversation.id, note_id=note.id)
    saver.flush()
    assert _saved_texts(engine, seed.conversation.id) == ["v2"]


def test_typing_and_flushing_on_two_threads_loses_nothing(tmp_path):
    """With a typist thread and a flushing thread on a real file, the last text is saved
    once per note and no note is duplicated."""
    engine = create_database_engine(database_path(tmp_path))
    upgrade_to_head(engine)
    with session_scope(engine) as session:
        ada = repo.add_person(session=session, name="Ada")
        ben = repo.add_person(session=session, name="Ben")
        pair = repo.create_pair(session=session, owner_id=ada.id, partner_id=ben.id)
        cid = repo.start_conversation(
            session=session, pair_id=pair.id, script_id="s", script_sha256="0", setup={}
        ).id
    saver = NoteAutosaver(engine)
    done = threading.Event()
    final = {key: f"note {key}: " + "x" * 300 for key in range(5)}

    def typist() -> None:
        for length in range(1, 301):
            for key in final:
                saver.update(key, final[key][: len(f"note {key}: ") + length], conversation_id=cid)
        done.set()

    thread = threading.Thread(target=typist)
    thread.start()
    flushes = 0
    while not done.is_set() or saver.pending_count:
        assert saver.flush().ok
        flushes += 1
    thread.join()
    assert sorted(_saved_texts(engine, cid)) == sorted(final.values())
    assert flushes >= 1
    engine.dispose()
