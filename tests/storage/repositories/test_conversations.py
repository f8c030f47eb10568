"""Conversations: started, their events stored and replayed in order, shown prompts, ended."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import exc

from belonging.core.conversation_events import ConversationEvent, EventKind
from belonging.storage import repositories as repo

T0 = datetime(2024, 5, 6, 9, 30, tzinfo=UTC)


def _event(seq: int, kind: EventKind, **kw) -> ConversationEvent:
    return ConversationEvent(seq=seq, kind=kind, at=T0 + timedelta(seconds=seq), **kw)


def test_a_started_conversation_keeps_its_setup(session, seed):
    """The script, its hash, planned length and the engine's setup are kept as given."""
    session.expire_all()
    conversation = repo.get_conversation(session=session, conversation_id=seed.conversation.id)
    assert conversation.script_id == "defining-moments"
    assert conversation.script_sha256 == "ab" * 32
    assert conversation.planned_minutes == 40
    assert conversation.setup == {"leader": "owner", "minutes": 40}
    assert conversation.started_at == T0 and conversation.ended_at is None


def test_events_come_back_in_seq_order_as_they_were(session, seed):
    """Stored events replay in seq order with every field intact, whatever the write order."""
    events = [
        _event(2, EventKind.PROMPT_SHOWN, depth=1, prompt_id="p1", data={"first": "owner"}),
        _event(0, EventKind.STARTED),
        _event(1, EventKind.LEVEL_ENTERED, depth=1),
        _event(3, EventKind.TOO_MUCH, depth=2, prompt_id="p2", actor="partner"),
    ]
    cid = seed.conversation.id
    assert repo.append_events(session=session, conversation_id=cid, events=events) == 4
    session.commit()
    loaded = repo.load_events(session=session, conversation_id=cid)
    assert loaded == sorted(events, key=lambda e: e.seq)
    assert repo.last_event_seq(session=session, conversation_id=cid) == 3


def test_depth_reached_follows_the_deepest_event(session, seed):
    """Appending events raises the conversation's depth reached, never lowers it."""
    cid = seed.conversation.id
    repo.append_events(
        session=session, conversation_id=cid, events=[_event(0, EventKind.STARTED, depth=2)]
    )
    repo.append_events(
        session=session, conversation_id=cid, events=[_event(1, EventKind.STAYED, depth=1)]
    )
    assert repo.get_conversation(session=session, conversation_id=cid).depth_reached == 2


def test_a_seq_is_never_stored_twice(session, seed):
    """Events are a log: a second event with a stored seq is refused by the database."""
    cid = seed.conversation.id
    repo.append_events(session=session, conversation_id=cid, events=[_event(0, EventKind.STARTED)])
    with pytest.raises(exc.IntegrityError):
        repo.append_events(
            session=session, conversation_id=cid, events=[_event(0, EventKind.PAUSED)]
        )


def test_a_shown_prompt_text_is_kept_once(session, seed):
    """The text of a prompt is kept the first time it is shown, even if shown again."""
    cid = seed.conversation.id
    first = repo.record_shown_prompt(
        session=session, conversation_id=cid, prompt_id="p1", text="Old text", depth=1
    )
    again = repo.record_shown_prompt(
        session=session, conversation_id=cid, prompt_id="p1", text="New text", depth=1
    )
    assert again.id == first.id
    assert [p.text for p in repo.shown_prompts(session=session, conversation_id=cid)] == [
        "Old text"
    ]


def test_finishing_keeps_the_summary_and_cannot_happen_twice(session, seed):
    """A conversation ends once, with its summary and end time."""
    cid = seed.conversation.id
    ended = T0 + timedelta(minutes=42)
    repo.finish_conversation(
        session=session,
        conversation_id=cid,
        summary={"appreciation": "Thanks"},
        ended_at=ended,
        depth_reached=3,
    )
    session.commit()
    session.expire_all()
    conversation = repo.get_conversation(session=session, conversation_id=cid)
    assert (conversation.ended_at, conversation.summary, conversation.depth_reached) == (
        ended,
        {"appreciation": "Thanks"},
        3,
    )
    with pytest.raises(ValueError, match="already ended"):
        repo.finish_conversation(session=session, conversation_id=cid, summary={})


def test_a_pairs_conversations_are_listed_newest_first(session, seed):
    """History lists a pair's conversations from the most recent."""
    newer = repo.start_conversation(
        session=session,
        pair_id=seed.pair.id,
        script_id="s",
        script_sha256="0",
        setup={},
        started_at=T0 + timedelta(days=7),
    )
    listed = repo.conversations_for_pair(session=session, pair_id=seed.pair.id)
    assert [c.id for c in listed] == [newer.id, seed.conversation.id]


def test_deleting_a_pair_takes_its_conversations_with_it(session, seed):
    """Removing a pair cascades to its conversations, events and notes."""
    cid = seed.conversation.id
    repo.append_events(session=session, conversation_id=cid, events=[_event(0, EventKind.STARTED)])
    repo.add_note(session=session, conversation_id=cid, text="words")
    session.delete(repo.get_pair(session=session, pair_id=seed.pair.id))
    session.commit()
    assert repo.load_events(session=session, conversation_id=cid) == []
    assert (
        repo.notes_for_conversation(session=session, conversation_id=cid, include_private=True)
        == []
    )
