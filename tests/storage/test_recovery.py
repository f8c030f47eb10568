"""Recovery: a conversation a crash interrupted is found at the next start with what is
needed to replay it, and can be let go of without losing its notes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from belonging.core.conversation_events import ConversationEvent, EventKind
from belonging.core.scripts.model import Script
from belonging.storage import repositories as repo
from belonging.storage.database import (
    create_database_engine,
    database_path,
    new_session,
    session_scope,
)
from belonging.storage.migrations import upgrade_to_head
from belonging.storage.repositories.unfinished import (
    NOT_CONTINUED_SUMMARY,
    let_go_of_unfinished,
    load_unfinished,
    unfinished_conversations,
)

T0 = datetime(2024, 5, 6, 9, 30, tzinfo=UTC)
EVENTS = [
    ConversationEvent(seq=0, kind=EventKind.STARTED, at=T0),
    ConversationEvent(seq=1, kind=EventKind.LEVEL_ENTERED, at=T0 + timedelta(seconds=5), depth=1),
    ConversationEvent(
        seq=2,
        kind=EventKind.PROMPT_SHOWN,
        at=T0 + timedelta(seconds=6),
        depth=1,
        prompt_id="warm-up/ten",
        data={"first": "partner"},
    ),
]


def test_an_interrupted_conversation_is_rebuilt_after_a_restart(tmp_path):
    """Events and notes written before the app stopped come back from a fresh engine."""
    path = database_path(tmp_path)
    engine = create_database_engine(path)
    upgrade_to_head(engine)
    with session_scope(engine) as session:
        ada = repo.add_person(session=session, name="Ada")
        ben = repo.add_person(session=session, name="Ben")
        pair = repo.create_pair(session=session, owner_id=ada.id, partner_id=ben.id)
        conversation = repo.start_conversation(
            session=session,
            pair_id=pair.id,
            script_id="defining-moments",
            script_sha256="cd" * 32,
            setup={"leader": "partner", "minutes": 30},
            started_at=T0,
        )
        repo.append_events(session=session, conversation_id=conversation.id, events=EVENTS)
        repo.add_note(session=session, conversation_id=conversation.id, text="mid-sentence")
    engine.dispose()

    reopened = create_database_engine(path)
    with new_session(reopened) as session:
        (unfinished,) = unfinished_conversations(session=session)
        notes = repo.notes_for_conversation(
            session=session, conversation_id=unfinished.conversation_id, include_private=True
        )
    reopened.dispose()
    assert unfinished.events == tuple(EVENTS)
    assert unfinished.setup == {"leader": "partner", "minutes": 30}
    assert (unfinished.script_id, unfinished.script_sha256) == ("defining-moments", "cd" * 32)
    assert unfinished.last_activity_at == EVENTS[-1].at
    assert [note.text for note in notes] == ["mid-sentence"]


def test_only_unfinished_conversations_are_offered_newest_first(session, seed):
    """Ended conversations are not offered; unfinished ones come most recent first."""
    newer = repo.start_conversation(
        session=session,
        pair_id=seed.pair.id,
        script_id="s",
        script_sha256="0",
        setup={},
        started_at=T0 + timedelta(days=1),
    )
    ended = repo.start_conversation(
        session=session, pair_id=seed.pair.id, script_id="s", script_sha256="0", setup={}
    )
    repo.finish_conversation(session=session, conversation_id=ended.id, summary={})
    ids = [u.conversation_id for u in unfinished_conversations(session=session)]
    assert ids == [newer.id, seed.conversation.id]


def test_replay_is_offered_only_with_the_same_script_text(session, seed):
    """A script whose text changed since the start is told apart from the one it used."""
    unfinished = load_unfinished(session=session, conversation_id=seed.conversation.id)
    same = Script(id="defining-moments", title="Defining moments", levels=(), sha256="ab" * 32)
    edited = Script(id="defining-moments", title="Defining moments", levels=(), sha256="ef" * 32)
    assert unfinished.matches_script(same)
    assert not unfinished.matches_script(edited)


def test_letting_go_ends_it_at_its_last_event_and_keeps_its_notes(session, seed):
    """A conversation not continued is ended when it was last active, notes kept."""
    cid = seed.conversation.id
    repo.append_events(session=session, conversation_id=cid, events=EVENTS)
    repo.add_note(session=session, conversation_id=cid, text="worth keeping")
    ended = let_go_of_unfinished(session=session, conversation_id=cid)
    assert (ended.ended_at, ended.summary) == (EVENTS[-1].at, NOT_CONTINUED_SUMMARY)
    assert unfinished_conversations(session=session) == []
    notes = repo.notes_for_conversation(session=session, conversation_id=cid, include_private=True)
    assert [n.text for n in notes] == ["worth keeping"]
    with pytest.raises(ValueError, match="already ended"):
        load_unfinished(session=session, conversation_id=cid)
