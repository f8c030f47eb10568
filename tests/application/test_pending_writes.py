"""Pending writes: a conversation's steps and notes kept in memory until the database has
them, written behind the typing, and never lost when the disk refuses them."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import event

from belonging.application.pending_writes import PendingWrites, WriteContext
from belonging.application.save_problems import SaveProblem
from belonging.storage import repositories as repo
from belonging.storage.database import (
    create_database_engine,
    database_path,
    new_session,
    session_scope,
)
from belonging.storage.migrations import upgrade_to_head
from belonging.storage.models import Visibility

SHARED = {"prompt_id": None, "visibility": Visibility.SHARED}


def _saved_texts(engine, conversation_id) -> list[str]:
    with new_session(engine) as session:
        notes = repo.notes_for_conversation(
            session=session, conversation_id=conversation_id, include_private=True
        )
        return [note.text for note in notes]


@pytest.fixture
def writes(seed) -> PendingWrites:
    """The pending writes of the seeded conversation."""
    return PendingWrites(conversation_id=seed.conversation.id)


def _pragma(engine, statement: str) -> None:
    with engine.connect() as connection:
        connection.exec_driver_sql(statement)


def test_typing_is_saved_as_one_note_with_the_latest_text(engine, seed, writes):
    """Many keystrokes between flushes make one note holding the last text."""
    for length in range(1, 12):
        writes.put_note("p1", "Hello world"[:length], prompt_id="p1", visibility="shared")
    result = writes.flush(engine)
    assert (result.ok, result.pending) == (True, 0)
    first_id = writes.note_id("p1")
    writes.put_note("p1", "Hello world, again", prompt_id="p1", visibility="shared")
    writes.flush(engine)
    assert _saved_texts(engine, seed.conversation.id) == ["Hello world, again"]
    assert first_id is not None and writes.note_id("p1") == first_id


def test_a_new_note_keeps_its_visibility_and_prompt(engine, seed, writes):
    """A note first saved behind the typing gets the prompt, visibility and mark it was
    typed with."""
    writes.put_note(
        "mine", "a private thought", prompt_id="p2", visibility=Visibility.PRIVATE,
        confidential=True,
    )  # fmt: skip
    writes.flush(engine)
    with new_session(engine) as session:
        note = repo.get_note(session=session, note_id=writes.note_id("mine"))
    assert (note.prompt_id, note.visibility, note.confidential) == ("p2", "private", True)


def test_nothing_typed_makes_no_note(engine, seed, writes):
    """A note box opened and left blank saves no empty note."""
    writes.put_note("blank", "   ", **SHARED)
    assert writes.flush(engine).pending == 0
    assert _saved_texts(engine, seed.conversation.id) == []


def test_steps_and_notes_go_in_one_transaction_in_order(engine, seed, writes):
    """Ordered writes run in the order given, before the notes, and each `on_done` hears its
    own result once committed."""
    heard: list[object] = []

    def follow_up(text):
        def write(session, context: WriteContext) -> int:
            row = repo.add_follow_up(
                session=session, pair_id=seed.pair.id, text=text,
                conversation_id=context.require_conversation(),
            )  # fmt: skip
            return row.id

        return write

    writes.add(follow_up("first"), heard.append)
    writes.add(follow_up("second"), heard.append)
    writes.put_note("n", "beside them", **SHARED)
    flushed = writes.flush(engine)
    assert heard == []  # callbacks wait for the screen's thread
    flushed.deliver()
    with new_session(engine) as session:
        stored = repo.follow_ups_for_conversation(
            session=session, conversation_id=seed.conversation.id
        )
    assert [f.text for f in stored] == ["first", "second"]
    assert heard == [f.id for f in stored]
    assert _saved_texts(engine, seed.conversation.id) == ["beside them"]


def test_a_full_disk_keeps_the_text_and_a_later_flush_saves_it(engine, seed, writes):
    """When the disk is full, the text stays in memory, the reason is told, and it is saved
    once there is room again: nothing typed is lost."""
    cid = seed.conversation.id
    writes.put_note("n", "short", **SHARED)
    writes.flush(engine)
    with engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    _pragma(engine, f"PRAGMA max_page_count = {pages}")  # SQLite now answers SQLITE_FULL
    long_text = "I never told anyone this. " * 4000
    writes.put_note("n", long_text, **SHARED)

    failed = writes.flush(engine)

    assert not failed.ok and failed.problem is SaveProblem.DISK_FULL
    assert writes.pending_text("n") == long_text
    assert _saved_texts(engine, cid) == ["short"]

    writes.put_note("n", long_text + "The end.", **SHARED)
    assert not writes.flush(engine).ok
    _pragma(engine, "PRAGMA max_page_count = 1073741823")
    retried = writes.flush(engine)
    assert (retried.ok, retried.pending) == (True, 0)
    assert _saved_texts(engine, cid) == [long_text + "The end."]


def test_a_failed_flush_keeps_the_steps_too(engine, seed, writes):
    """A step refused by a read-only database stays queued, with the notes, until it goes in."""
    cid = seed.conversation.id
    _pragma(engine, "PRAGMA query_only = ON")
    writes.add(lambda session, context: repo.record_check_in(
        session=session, conversation_id=context.require_conversation(),
        person_id=seed.owner.id, moment="before", closeness=4,
    ))  # fmt: skip
    writes.put_note("a", "first words", **SHARED)
    failed = writes.flush(engine)
    assert failed.problem is SaveProblem.READ_ONLY and failed.pending == 2
    _pragma(engine, "PRAGMA query_only = OFF")
    assert writes.flush(engine).ok and writes.count == 0
    assert _saved_texts(engine, cid) == ["first words"]
    with new_session(engine) as session:
        assert len(repo.check_ins_for_conversation(session=session, conversation_id=cid)) == 1


def test_one_bad_note_does_not_hold_back_the_others(engine, seed, writes):
    """A note that cannot be saved (it names another conversation's note) stays pending
    alone, while the others are saved."""
    with session_scope(engine) as session:
        other = repo.start_conversation(
            session=session, pair_id=seed.pair.id, script_id="s", script_sha256="0", setup={}
        )
        foreign = repo.add_note(session=session, conversation_id=other.id, text="theirs")
    writes.put_note("good", "kept words", **SHARED)
    writes.adopt_note("bad", foreign.id)
    writes.put_note("bad", "orphan words", **SHARED)
    result = writes.flush(engine)
    assert (result.ok, result.pending) == (False, 1)
    assert writes.pending_text("bad") == "orphan words"
    assert _saved_texts(engine, seed.conversation.id) == ["kept words"]


def test_text_typed_during_a_flush_waits_for_the_next(engine, seed, writes):
    """Keystrokes that land while a flush writes are not marked saved by it."""
    cid = seed.conversation.id
    writes.put_note("n", "before", **SHARED)
    typed = []

    def type_during_write(*_args) -> None:
        if not typed:
            typed.append(True)
            writes.put_note("n", "before and during", **SHARED)

    event.listen(engine, "before_cursor_execute", type_during_write)
    first = writes.flush(engine)
    event.remove(engine, "before_cursor_execute", type_during_write)
    assert (first.ok, first.pending) == (True, 1)
    assert _saved_texts(engine, cid) == ["before"]
    assert writes.flush(engine).pending == 0
    assert _saved_texts(engine, cid) == ["before and during"]


def test_a_struck_note_is_not_brought_back(engine, seed, writes):
    """Text still pending for a note struck meanwhile is dropped, not saved again."""
    cid = seed.conversation.id
    writes.put_note("n", "strike me", **SHARED)
    writes.flush(engine)
    writes.put_note("n", "strike me now", **SHARED)
    with session_scope(engine) as session:
        repo.strike_note(session=session, note_id=writes.note_id("n"))
    result = writes.flush(engine)
    assert (result.ok, result.pending, writes.note_id("n")) == (True, 0, None)
    assert _saved_texts(engine, cid) == []


def test_discard_forgets_unsaved_text(engine, seed, writes):
    """Discarding a note key drops its pending text before it is written."""
    writes.put_note("n", "never mind", **SHARED)
    writes.discard_note("n")
    assert writes.count == 0 and writes.flush(engine).ok
    assert _saved_texts(engine, seed.conversation.id) == []


def test_an_existing_note_is_edited_in_place(engine, seed, writes):
    """A note adopted from the database (a conversation continued) is edited, not added."""
    with session_scope(engine) as session:
        note = repo.add_note(session=session, conversation_id=seed.conversation.id, text="v1")
    writes.adopt_note(("note", note.id), note.id)
    writes.put_note(("note", note.id), "v2", **SHARED)
    writes.flush(engine)
    assert _saved_texts(engine, seed.conversation.id) == ["v2"]


def test_notes_wait_for_the_conversation_row(engine, seed):
    """Notes typed before the conversation's row exists are saved with the flush that makes
    it, not lost and not refused."""
    writes = PendingWrites()
    writes.put_note("n", "early words", **SHARED)

    def make_row(session, context: WriteContext) -> int:
        row = repo.start_conversation(
            session=session, pair_id=seed.pair.id, script_id="s", script_sha256="0", setup={}
        )
        context.conversation_id = row.id
        return row.id

    writes.add(make_row)
    assert writes.flush(engine).ok
    assert _saved_texts(engine, writes.conversation_id) == ["early words"]


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
    writes = PendingWrites(conversation_id=cid)
    done = threading.Event()
    final = {key: f"note {key}: " + "x" * 300 for key in range(5)}

    def typist() -> None:
        for length in range(1, 301):
            for key in final:
                writes.put_note(key, final[key][: len(f"note {key}: ") + length], **SHARED)
        done.set()

    thread = threading.Thread(target=typist)
    thread.start()
    flushes = 0
    while not done.is_set() or writes.count:
        assert writes.flush(engine).ok
        flushes += 1
    thread.join()
    assert sorted(_saved_texts(engine, cid)) == sorted(final.values())
    assert flushes >= 1
    engine.dispose()
