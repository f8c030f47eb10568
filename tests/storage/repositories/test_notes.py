"""Notes: shared and private kept apart, confidential marks, struck lines not kept."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from belonging.storage import repositories as repo
from belonging.storage.database import create_database_engine, database_path, session_scope
from belonging.storage.migrations import upgrade_to_head
from belonging.storage.models import Visibility
from belonging.storage.search import search

T0 = datetime(2024, 5, 6, 10, 0, tzinfo=UTC)


def _note(session, seed, text, **kw):
    return repo.add_note(session=session, conversation_id=seed.conversation.id, text=text, **kw)


def test_private_notes_stay_off_a_shared_screen(session, seed):
    """Asking without private notes returns only the shared ones, in the order taken."""
    _note(session, seed, "shared one", at=T0)
    _note(session, seed, "mine only", visibility=Visibility.PRIVATE, at=T0 + timedelta(seconds=1))
    _note(session, seed, "shared two", prompt_id="p1", at=T0 + timedelta(seconds=2))
    cid = seed.conversation.id
    shared = repo.notes_for_conversation(
        session=session, conversation_id=cid, include_private=False
    )
    everything = repo.notes_for_conversation(
        session=session, conversation_id=cid, include_private=True
    )
    assert [n.text for n in shared] == ["shared one", "shared two"]
    assert [n.text for n in everything] == ["shared one", "mine only", "shared two"]


def test_saving_updates_text_and_time_but_not_creation(session, seed):
    """Saving a note again replaces its text and update time; its creation time stays."""
    note = repo.save_note(
        session=session, note_id=None, conversation_id=seed.conversation.id, text="Fir", at=T0
    )
    later = T0 + timedelta(seconds=5)
    repo.save_note(
        session=session,
        note_id=note.id,
        conversation_id=seed.conversation.id,
        text="First thoughts",
        at=later,
    )
    session.commit()
    session.expire_all()
    saved = repo.get_note(session=session, note_id=note.id)
    assert (saved.text, saved.created_at, saved.updated_at) == ("First thoughts", T0, later)


def test_a_note_cannot_be_saved_into_another_conversation(session, seed):
    """Saving a note id under the wrong conversation is refused."""
    note = _note(session, seed, "words")
    other = repo.start_conversation(
        session=session, pair_id=seed.pair.id, script_id="s", script_sha256="0", setup={}
    )
    with pytest.raises(ValueError, match="another conversation"):
        repo.save_note(session=session, note_id=note.id, conversation_id=other.id, text="x")


def test_confidential_mark_can_be_set_and_lifted(session, seed):
    """A note can be marked confidential at read-back and unmarked again."""
    note = _note(session, seed, "about the accident")
    assert repo.set_confidential(session=session, note_id=note.id, confidential=True).confidential
    session.commit()
    session.expire_all()
    assert repo.get_note(session=session, note_id=note.id).confidential
    repo.set_confidential(session=session, note_id=note.id, confidential=False)
    assert not repo.get_note(session=session, note_id=note.id).confidential


def test_a_struck_note_is_not_kept(session, seed):
    """Striking a note deletes it: not listed, not found, not saved back by a late save."""
    kept = _note(session, seed, "we both laughed")
    struck = _note(session, seed, "the divorce details")
    assert repo.strike_note(session=session, note_id=struck.id)
    session.commit()
    cid = seed.conversation.id
    notes = repo.notes_for_conversation(session=session, conversation_id=cid, include_private=True)
    assert [n.id for n in notes] == [kept.id]
    assert search(session=session, query="divorce", include_private=True) == []
    late = repo.save_note(session=session, note_id=struck.id, conversation_id=cid, text="again")
    assert late is None
    with pytest.raises(repo.NotFoundError):
        repo.get_note(session=session, note_id=struck.id)
    assert not repo.strike_note(session=session, note_id=struck.id)


def test_struck_words_leave_no_trace_in_the_file(tmp_path):
    """After a strike and a checkpoint, the struck words are nowhere in the database file."""
    path = database_path(tmp_path)
    engine = create_database_engine(path)
    upgrade_to_head(engine)
    secret = "zanzibarquokka"
    with session_scope(engine) as session:
        ada = repo.add_person(session=session, name="Ada")
        ben = repo.add_person(session=session, name="Ben")
        pair = repo.create_pair(session=session, owner_id=ada.id, partner_id=ben.id)
        conversation = repo.start_conversation(
            session=session, pair_id=pair.id, script_id="s", script_sha256="0", setup={}
        )
        note = repo.add_note(
            session=session, conversation_id=conversation.id, text=f"the {secret} story"
        )
    with session_scope(engine) as session:
        repo.strike_note(session=session, note_id=note.id)
    engine.dispose()  # the last connection checkpoints the WAL into the file
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    assert secret.encode() not in path.read_bytes()
