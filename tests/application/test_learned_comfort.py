"""The comfort learned from a pair's recent conversations, read a page at a time, is the one
the rule gives over the whole history (the wrap-up keeps it on the pair this way)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st

from belonging.application.pair_page import learned_comfort
from belonging.core.comfort import learn_comfort
from belonging.core.conversation_events import ConversationEvent, EventKind
from belonging.storage import repositories as repo
from belonging.storage.database import create_database_engine, session_scope
from belonging.storage.migrations import upgrade_to_head
from belonging.storage.repositories.timeline import pair_timeline

START = datetime(2024, 1, 1, 9, tzinfo=UTC)

#: One conversation: the deepest level reached (None: none), the levels "too much?" was said
#: at, and whether it was finished.
#: Mostly finished conversations at ease, as most are, so the older ones the rule looks back
#: to often matter.
conversation = st.tuples(
    st.integers(min_value=1, max_value=5) | st.none(),
    st.just(()) | st.lists(st.integers(min_value=1, max_value=5), min_size=1, max_size=2),
    st.just(True) | st.booleans(),
)
conversations = st.lists(conversation, max_size=14)


def _record(session, pair_id: int, index: int, depth, too_much, finished) -> None:
    at = START + timedelta(days=7 * index)
    conversation = repo.start_conversation(
        session=session,
        pair_id=pair_id,
        script_id="s",
        script_sha256="0",
        setup={},
        started_at=at,
    )
    events = [ConversationEvent(0, EventKind.STARTED, at)]
    if depth is not None:
        events.append(ConversationEvent(1, EventKind.LEVEL_ENTERED, at, depth=depth))
    for seq, level in enumerate(too_much, start=len(events)):
        events.append(
            ConversationEvent(seq, EventKind.TOO_MUCH, at, depth=level, prompt_id=f"p{seq}")
        )
    repo.append_events(session=session, conversation_id=conversation.id, events=events)
    if finished:
        repo.finish_conversation(
            session=session,
            conversation_id=conversation.id,
            summary={},
            ended_at=at + timedelta(minutes=30),
        )


@settings(max_examples=80, deadline=None)
@given(history=conversations, page=st.integers(min_value=1, max_value=4))
@example(history=[(4, (), True), (2, (), True)], page=1)
def test_reading_page_by_page_learns_what_the_whole_history_teaches(history, page):
    """However the history is cut into pages, the learned comfort is the rule's over it all."""
    engine = create_database_engine(None)
    upgrade_to_head(engine)
    try:
        with session_scope(engine) as session:
            ada = repo.add_person(session=session, name="Ada")
            ben = repo.add_person(session=session, name="Ben")
            pair = repo.create_pair(session=session, owner_id=ada.id, partner_id=ben.id)
            for index, (depth, too_much, finished) in enumerate(history):
                _record(session, pair.id, index, depth, too_much, finished)
        with session_scope(engine) as session:
            everything = [
                row.depth_record()
                for row in reversed(pair_timeline(session=session, pair_id=pair.id))
                if row.finished
            ]
            assert learned_comfort(session, pair.id, page=page) == learn_comfort(everything)
    finally:
        engine.dispose()
