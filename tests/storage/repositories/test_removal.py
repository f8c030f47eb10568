"""Deleting a conversation, a pair or a person: everything of it goes, nothing else does; the
copy kept for Undo puts back the very same rows; and once scrubbed the words are nowhere in
the file. Archiving keeps a pair whole but off Home; a corrected note says when."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlmodel import SQLModel

from belonging.core.conversation_events import ConversationEvent, EventKind
from belonging.storage import repositories as repo
from belonging.storage.database import create_database_engine, database_path, session_scope
from belonging.storage.migrations import upgrade_to_head
from belonging.storage.migrations.search_schema import is_search_table
from belonging.storage.models import CheckInMoment, PromptMark, Visibility
from belonging.storage.search import search

T0 = datetime(2024, 5, 6, 10, 0, tzinfo=UTC)


def _history(session, owner="Ada", partner="Ben", word="lighthouse"):
    """A pair with two conversations, each with an event, a prompt, notes, a follow-up,
    check-ins and a talking point brought up in it, and a parked prompt and a talking point
    still to bring up; every text carries `word` and the conversation number."""
    ada = repo.add_person(session=session, name=owner)
    ben = repo.add_person(session=session, name=partner)
    pair = repo.create_pair(session=session, owner_id=ada.id, partner_id=ben.id)
    ids = []
    for number in (1, 2):
        conversation = repo.start_conversation(
            session=session, pair_id=pair.id, script_id="s", script_sha256="0", setup={}
        )
        cid = conversation.id
        repo.append_events(
            session=session,
            conversation_id=cid,
            events=[ConversationEvent(1, EventKind.STARTED, T0, depth=1)],
        )
        repo.record_shown_prompt(
            session=session, conversation_id=cid, prompt_id="p1", text=f"{word} prompt {number}?"
        )
        repo.add_note(session=session, conversation_id=cid, text=f"{word} shared {number}")
        repo.add_note(
            session=session,
            conversation_id=cid,
            text=f"{word} private {number}",
            visibility=Visibility.PRIVATE,
        )
        repo.add_follow_up(
            session=session, pair_id=pair.id, conversation_id=cid, text=f"{word} task {number}"
        )
        for person in (ada, ben):
            repo.record_check_in(
                session=session,
                conversation_id=cid,
                person_id=person.id,
                moment=CheckInMoment.BEFORE,
                closeness=4,
            )
        point = repo.add_talking_point(
            session=session, pair_id=pair.id, text=f"{word} topic {number}"
        )
        repo.use_talking_point(session=session, talking_point_id=point.id, conversation_id=cid)
        ids.append(cid)
    repo.add_follow_up(session=session, pair_id=pair.id, text=f"{word} for the pair")
    repo.add_talking_point(session=session, pair_id=pair.id, text=f"{word} to bring up")
    repo.mark_prompt(
        session=session, pair_id=pair.id, script_id="s", prompt_id="p9", mark=PromptMark.PARKED
    )
    return pair, ada, ben, ids


def _everything(session) -> dict[str, list[tuple]]:
    """Every row of every table but the search index's, by table, in id order."""
    dump = {}
    for name, table in SQLModel.metadata.tables.items():
        if not is_search_table(name):
            dump[name] = [tuple(row) for row in session.execute(select(table)).all()]
    return dump


def _found(session, word):
    return {hit.snippet for hit in search(session=session, query=word, include_private=True)}


def test_removing_a_conversation_takes_everything_of_it_and_nothing_else(session):
    """Its events, prompts, notes, follow-ups, check-ins and the talking point brought up in it
    go; the other conversation, and what the pair still means to bring up, stay."""
    pair, _ada, _ben, (first, second) = _history(session)
    session.commit()

    removed = repo.remove_conversation(session=session, conversation_id=first)
    session.commit()

    with pytest.raises(repo.NotFoundError):
        repo.get_conversation(session=session, conversation_id=first)
    assert repo.load_events(session=session, conversation_id=first) == []
    assert (
        repo.notes_for_conversation(session=session, conversation_id=first, include_private=True)
        == []
    )
    assert [f.text for f in repo.open_follow_ups(session=session, pair_id=pair.id)] == [
        "lighthouse task 2",
        "lighthouse for the pair",
    ]
    assert repo.check_ins_for_conversation(session=session, conversation_id=first) == []
    assert len(repo.check_ins_for_conversation(session=session, conversation_id=second)) == 2
    assert removed.counts == {
        "conversation": 1,
        "conversation_event": 1,
        "shown_prompt": 1,
        "note": 2,
        "follow_up": 1,
        "check_in": 2,
        "talking_point": 1,
    }
    assert [p.text for p in repo.open_talking_points(session=session, pair_id=pair.id)] == [
        "lighthouse to bring up"
    ]
    assert not any("1" in snippet for snippet in _found(session, "lighthouse"))


def test_undo_puts_back_the_very_same_rows(session):
    """Restoring what a deletion took gives back every row as it was, and search finds it."""
    pair, _ada, _ben, _ids = _history(session)
    _other, *_ = _history(session, "Cleo", "Dev", "orchard")
    session.commit()
    before = _everything(session)

    removed = repo.remove_pair(session=session, pair_id=pair.id)
    session.commit()
    assert _found(session, "lighthouse") == set()
    repo.restore_removed(session=session, removed=removed)
    session.commit()

    assert _everything(session) == before
    assert len(_found(session, "lighthouse")) == 6


def test_removing_a_pair_takes_its_people_but_not_another_pair(session):
    """A pair goes with its conversations, follow-ups and marks, and both its people."""
    pair, _ada, _ben, _ids = _history(session)
    other, _cleo, _dev, _ = _history(session, "Cleo", "Dev", "orchard")
    session.commit()

    repo.remove_pair(session=session, pair_id=pair.id)
    session.commit()

    overview = repo.list_pairs_with_last_conversation(session=session)
    assert [(o.owner.name, o.partner.name) for o in overview] == [("Cleo", "Dev")]
    assert [p.name for p in repo.list_people(session=session)] == ["Cleo", "Dev"]
    assert repo.marks_for_pair(session=session, pair_id=other.id) != []
    assert repo.open_follow_ups(session=session, pair_id=pair.id) == []
    assert len(_found(session, "orchard")) == 6


def test_removing_a_person_takes_every_pair_they_are_in(session):
    """A person in two pairs goes with both; someone still in another pair stays."""
    _pair, ada, _ben, _ids = _history(session)
    cleo = repo.add_person(session=session, name="Cleo")
    repo.create_pair(session=session, owner_id=ada.id, partner_id=cleo.id)
    dev = repo.add_person(session=session, name="Dev")
    repo.create_pair(session=session, owner_id=cleo.id, partner_id=dev.id)
    session.commit()

    removed = repo.remove_person(session=session, person_id=ada.id)
    session.commit()

    assert sorted(p.name for p in repo.list_people(session=session)) == ["Cleo", "Dev"]
    assert removed.counts["pair"] == 2 and removed.counts["person"] == 2  # Ada and Ben


def test_once_scrubbed_the_deleted_words_are_nowhere_in_the_file(tmp_path):
    """After a deletion, the index merge and a checkpoint, no byte of the file holds them."""
    path = database_path(tmp_path)
    engine = create_database_engine(path)
    upgrade_to_head(engine)
    with session_scope(engine) as session:
        pair, *_ = _history(session, word="zanzibarquokka")
        _history(session, "Cleo", "Dev", "orchard")
    with session_scope(engine) as session:
        repo.remove_pair(session=session, pair_id=pair.id)
        repo.scrub_after_removal(session=session)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes() + path.with_name(path.name + "-wal").read_bytes()
    engine.dispose()
    assert b"zanzibarquokka" not in data and b"Ben" not in data
    assert b"orchard" in data


def test_an_archived_pair_leaves_home_whole_and_comes_back(session):
    """Archived, a pair is listed apart with everything it had; brought back, on Home again."""
    pair, *_ = _history(session)
    _history(session, "Cleo", "Dev", "orchard")

    repo.set_archived(session=session, pair_id=pair.id, archived=True, at=T0)

    home = repo.list_pairs_with_last_conversation(session=session)
    archived = repo.list_pairs_with_last_conversation(session=session, archived=True)
    assert [o.partner.name for o in home] == ["Dev"]
    assert [(o.partner.name, o.open_follow_ups) for o in archived] == [("Ben", 3)]
    assert archived[0].pair.archived_at == T0
    repo.set_archived(session=session, pair_id=pair.id, archived=False)
    assert len(repo.list_pairs_with_last_conversation(session=session)) == 2


def test_a_corrected_note_says_when_it_was_edited(session, seed):
    """Correcting a note's text marks it edited then; the same text again changes nothing."""
    note = repo.add_note(session=session, conversation_id=seed.conversation.id, text="teh")
    assert note.edited_at is None
    later = datetime(2024, 6, 1, 9, 0, tzinfo=UTC)

    repo.correct_note(session=session, note_id=note.id, text="the", at=later)
    repo.correct_note(session=session, note_id=note.id, text="the")

    again = repo.get_note(session=session, note_id=note.id)
    assert (again.text, again.edited_at, again.updated_at) == ("the", later, later)
    assert search(session=session, query="teh", include_private=True) == []


def test_correcting_a_deleted_note_is_refused(session, seed):
    """A note gone meanwhile cannot be corrected back into existence."""
    note = repo.add_note(session=session, conversation_id=seed.conversation.id, text="x")
    repo.strike_note(session=session, note_id=note.id)
    with pytest.raises(repo.NotFoundError):
        repo.correct_note(session=session, note_id=note.id, text="y")


def test_rows_put_back_are_in_the_file_for_any_reader(tmp_path):
    """Rows put back by Undo are in the file itself, as plain sqlite3 reads them."""
    path = database_path(tmp_path)
    engine = create_database_engine(path)
    upgrade_to_head(engine)
    with session_scope(engine) as session:
        _pair, _ada, _ben, (first, _second) = _history(session)
    with session_scope(engine) as session:
        removed = repo.remove_conversation(session=session, conversation_id=first)
    with session_scope(engine) as session:
        repo.restore_removed(session=session, removed=removed)
    engine.dispose()
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT text FROM note WHERE conversation_id = ? ORDER BY id", (first,)
        ).fetchall()
    assert rows == [("lighthouse shared 1",), ("lighthouse private 1",)]
