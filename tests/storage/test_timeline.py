"""A pair's timeline, parked prompts, open follow-ups and closeness over time: what each row
says, what is left out, and that a long history is read quickly."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert

from belonging.core.conversation_events import ConversationEvent, EventKind
from belonging.storage import repositories as repo
from belonging.storage.models import (
    CheckInMoment,
    ConversationRecord,
    EventRecord,
    PromptMark,
    ShownPromptRecord,
)
from belonging.storage.repositories.timeline import (
    closeness_by_conversation,
    conversation_count,
    open_follow_ups_with_origin,
    pair_timeline,
    parked_prompts,
)

DAY = timedelta(days=1)


def _events(conversation_id, start, kinds, session):
    """Appends events of `kinds` (kind, depth, prompt_id) one second apart."""
    events = [
        ConversationEvent(
            seq=n + 1,
            kind=kind,
            at=start + timedelta(seconds=n),
            depth=depth,
            prompt_id=prompt_id,
        )
        for n, (kind, depth, prompt_id) in enumerate(kinds)
    ]
    repo.append_events(session=session, conversation_id=conversation_id, events=events)


def _conversation(session, pair_id, started_at, script_id="defining-moments", title="Defining"):
    return repo.start_conversation(
        session=session,
        pair_id=pair_id,
        script_id=script_id,
        script_sha256="cd" * 32,
        script_title=title,
        setup={},
        started_at=started_at,
    )


def _finished_summary(**extra):
    """A summary shaped as the wrap-up stores it."""
    return {
        "outcome": "finished",
        "talking_seconds": 1500.5,
        "paused_seconds": 120.0,
        "too_much_prompt_ids": [],
        **extra,
    }


def test_rows_say_what_each_conversation_was(session, seed):
    """Each row has the date, script, depth of how many levels, "too much?" count and depth,
    and the talking and paused time of its summary; the most recent comes first."""
    first = seed.conversation
    repo.record_shown_prompt(
        session=session, conversation_id=first.id, prompt_id="b", text="B?", depth=2
    )
    _events(
        first.id,
        first.started_at,
        [
            (EventKind.STARTED, 1, None),
            (EventKind.PROMPT_SHOWN, 1, "a"),
            (EventKind.LEVEL_ENTERED, 2, None),
            (EventKind.PROMPT_SHOWN, 2, "b"),
            (EventKind.TOO_MUCH, 2, "b"),
        ],
        session,
    )
    repo.finish_conversation(
        session=session,
        conversation_id=first.id,
        summary=_finished_summary(too_much_prompt_ids=["b"]),
        ended_at=first.started_at + DAY / 24,
    )
    second = _conversation(session, seed.pair.id, first.started_at + 7 * DAY, "career", "Career")

    rows = pair_timeline(
        session=session, pair_id=seed.pair.id, level_counts={"defining-moments": 5}
    )

    assert [row.conversation_id for row in rows] == [second.id, first.id]
    latest, earlier = rows
    assert earlier.started_at == first.started_at
    assert earlier.script_title == "Defining moments"
    assert (earlier.depth_reached, earlier.level_count) == (2, 5)
    assert earlier.shallowest_too_much_depth == 2
    assert not hasattr(earlier, "too_much_count")  # nothing may count them
    assert (earlier.talking_seconds, earlier.paused_seconds) == (1500.5, 120.0)
    assert earlier.outcome == "finished" and earlier.finished
    assert latest.script_title == "Career" and latest.level_count is None
    assert (latest.depth_reached, latest.talking_seconds) == (None, None)
    assert latest.shallowest_too_much_depth is None
    assert not latest.finished


def test_summary_and_event_log_give_the_same_depth(session, seed):
    """A finished conversation is read from its summary, an unfinished one from its events;
    the same "too much?" moments give the same shallowest depth either way."""
    moments = [
        (EventKind.STARTED, 2, None),
        (EventKind.TOO_MUCH, 3, "deep"),
        (EventKind.TOO_MUCH, 2, "middle"),
        (EventKind.TOO_MUCH, 2, "closing"),
    ]
    conversations = [
        seed.conversation,
        _conversation(session, seed.pair.id, seed.conversation.started_at + DAY),
    ]
    for conversation in conversations:
        for prompt_id, depth in (("deep", 3), ("middle", 2), ("closing", 2)):
            repo.record_shown_prompt(
                session=session,
                conversation_id=conversation.id,
                prompt_id=prompt_id,
                text=prompt_id,
                depth=depth,
            )
        _events(conversation.id, conversation.started_at, moments, session)
    repo.finish_conversation(
        session=session,
        conversation_id=conversations[0].id,
        summary=_finished_summary(too_much_prompt_ids=["deep", "middle"]),
    )
    unfinished, finished = pair_timeline(session=session, pair_id=seed.pair.id)
    assert finished.finished and not unfinished.finished
    assert {row.shallowest_too_much_depth for row in (unfinished, finished)} == {2}


def test_too_much_depth_is_the_prompts_level_not_the_closing(session, seed):
    """The shallowest "too much?" is read at the level of the prompt shown (a lighter level
    revisited while staying deeper); one on the closing prompt is not read."""
    conversation = seed.conversation
    repo.record_shown_prompt(
        session=session, conversation_id=conversation.id, prompt_id="light", text="L", depth=1
    )
    repo.record_shown_prompt(
        session=session, conversation_id=conversation.id, prompt_id="closing", text="C", depth=3
    )
    _events(
        conversation.id,
        conversation.started_at,
        [
            (EventKind.STARTED, 3, None),
            (EventKind.TOO_MUCH, 3, "light"),
            (EventKind.TOO_MUCH, 3, "closing"),
        ],
        session,
    )
    (row,) = pair_timeline(session=session, pair_id=seed.pair.id)
    assert row.shallowest_too_much_depth == 1


def test_only_this_pairs_conversations_are_listed(session, seed):
    """Another pair's conversations, events and check-ins never appear in this pair's."""
    carl = repo.add_person(session=session, name="Carl")
    other = repo.create_pair(session=session, owner_id=seed.owner.id, partner_id=carl.id)
    theirs = _conversation(session, other.id, seed.conversation.started_at + DAY)
    _events(theirs.id, theirs.started_at, [(EventKind.TOO_MUCH, 1, "x")], session)
    repo.record_check_in(
        session=session,
        conversation_id=theirs.id,
        person_id=carl.id,
        moment=CheckInMoment.BEFORE,
        closeness=2,
    )
    rows = pair_timeline(session=session, pair_id=seed.pair.id)
    assert [row.conversation_id for row in rows] == [seed.conversation.id]
    assert rows[0].shallowest_too_much_depth is None
    people = (seed.owner.id, seed.partner.id)
    assert closeness_by_conversation(session=session, pair_id=seed.pair.id, people=people) == []
    assert conversation_count(session=session, pair_id=seed.pair.id) == 1


def test_parked_prompts_come_with_their_words(session, seed):
    """Parked prompts not taken up are listed newest first with the words shown; a resolved
    one is gone, and one whose conversation was deleted finds its words in another."""
    conversation = seed.conversation
    for prompt_id, words in (("p1", "What surprised you?"), ("p2", "Who shaped you?")):
        repo.record_shown_prompt(
            session=session,
            conversation_id=conversation.id,
            prompt_id=prompt_id,
            text=words,
            depth=2,
        )
    old = repo.mark_prompt(
        session=session,
        pair_id=seed.pair.id,
        script_id="defining-moments",
        prompt_id="p1",
        mark=PromptMark.PARKED,
        conversation_id=conversation.id,
        at=conversation.started_at,
    )
    orphan = repo.mark_prompt(
        session=session,
        pair_id=seed.pair.id,
        script_id="defining-moments",
        prompt_id="p2",
        mark=PromptMark.PARKED,
        at=conversation.started_at + DAY,
    )
    taken = repo.mark_prompt(
        session=session,
        pair_id=seed.pair.id,
        script_id="defining-moments",
        prompt_id="p3",
        mark=PromptMark.PARKED,
        conversation_id=conversation.id,
    )
    repo.mark_prompt(
        session=session,
        pair_id=seed.pair.id,
        script_id="defining-moments",
        prompt_id="p1",
        mark=PromptMark.TOO_MUCH,
        conversation_id=conversation.id,
    )
    repo.resolve_mark(session=session, mark_id=taken.id)

    parked = parked_prompts(session=session, pair_id=seed.pair.id)

    assert [p.mark_id for p in parked] == [orphan.id, old.id]
    assert [p.text for p in parked] == ["Who shaped you?", "What surprised you?"]
    assert parked[1].depth == 2 and parked[0].depth is None
    assert parked_prompts(session=session, pair_id=seed.pair.id, script_id="career") == []


def test_closeness_over_time_for_both_people(session, seed):
    """Check-ins come one row per conversation, oldest first, (owner, partner) before and
    after, None where someone skipped one; a conversation without any is left out."""
    later = _conversation(session, seed.pair.id, seed.conversation.started_at + 7 * DAY)
    values = [
        (seed.conversation, seed.owner, CheckInMoment.AFTER, 5),
        (seed.conversation, seed.partner, CheckInMoment.BEFORE, 3),
        (seed.conversation, seed.owner, CheckInMoment.BEFORE, 4),
        (later, seed.partner, CheckInMoment.AFTER, 6),
    ]
    for conversation, person, moment, closeness in values:
        repo.record_check_in(
            session=session,
            conversation_id=conversation.id,
            person_id=person.id,
            moment=moment,
            closeness=closeness,
        )
    _conversation(session, seed.pair.id, seed.conversation.started_at + 14 * DAY)
    points = closeness_by_conversation(
        session=session, pair_id=seed.pair.id, people=(seed.owner.id, seed.partner.id)
    )
    assert [(p.conversation_id, p.before, p.after) for p in points] == [
        (seed.conversation.id, (4, 3), (5, None)),
        (later.id, (None, None), (None, 6)),
    ]
    assert points[-1].started_at == later.started_at
    swapped = closeness_by_conversation(
        session=session, pair_id=seed.pair.id, people=(seed.partner.id, seed.owner.id)
    )
    assert swapped[0].before == (3, 4)


def test_the_timeline_is_read_a_page_at_a_time(session, seed):
    """Pages of the timeline follow one another newest first without a gap or a repeat
    (conversations started at the same moment too), and the count covers them all."""
    start = seed.conversation.started_at
    starts = [start + n * DAY for n in (1, 2, 2, 2, 3, 5, 8)]
    for moment in starts:
        _conversation(session, seed.pair.id, moment)
    everything = [
        row.conversation_id for row in pair_timeline(session=session, pair_id=seed.pair.id)
    ]
    pages, after_id = [], None
    while True:
        page = pair_timeline(session=session, pair_id=seed.pair.id, limit=3, after_id=after_id)
        if not page:
            break
        assert len(page) <= 3
        pages.extend(row.conversation_id for row in page)
        after_id = page[-1].conversation_id
    assert pages == everything
    assert len(everything) == conversation_count(session=session, pair_id=seed.pair.id) == 8
    assert pair_timeline(session=session, pair_id=seed.pair.id, limit=0) == []


def test_open_follow_ups_say_whose_and_from_when(session, seed):
    """Open follow-ups carry their owner's name (None for both) and their conversation's
    start; done ones are left out."""
    mine = repo.add_follow_up(
        session=session,
        pair_id=seed.pair.id,
        text="Send the article",
        owner_id=seed.owner.id,
        conversation_id=seed.conversation.id,
        due=date(2024, 5, 10),
    )
    ours = repo.add_follow_up(session=session, pair_id=seed.pair.id, text="Book a walk")
    done = repo.add_follow_up(session=session, pair_id=seed.pair.id, text="Done already")
    repo.complete_follow_up(session=session, follow_up_id=done.id)
    listed = open_follow_ups_with_origin(session=session, pair_id=seed.pair.id)
    assert [(o.follow_up.id, o.owner_name) for o in listed] == [(mine.id, "Ada"), (ours.id, None)]
    assert listed[0].from_conversation_at == seed.conversation.started_at
    assert listed[1].from_conversation_at is None


def _bulk_history(session, pair_id, count, events_each):
    """`count` finished conversations with `events_each` events each, written in bulk."""
    start = datetime(2020, 1, 6, 9, tzinfo=UTC)
    conversations = [
        {
            "pair_id": pair_id,
            "script_id": "defining-moments",
            "script_sha256": "ef" * 32,
            "script_title": "Defining moments",
            "setup": {},
            "started_at": start + n * DAY,
            "ended_at": start + n * DAY + DAY / 24,
            "summary": {
                "outcome": "finished",
                "talking_seconds": 1800.0,
                "paused_seconds": 60.0,
                "answered_prompt_ids": [f"p{seq}" for seq in range(events_each)],
                "too_much_prompt_ids": [f"p{seq}" for seq in range(3, events_each, 4)],
            },
            "depth_reached": 1 + n % 4,
        }
        for n in range(count)
    ]
    session.execute(insert(ConversationRecord), conversations)
    ids = [c.id for c in repo.conversations_for_pair(session=session, pair_id=pair_id)]
    kinds = [EventKind.PROMPT_SHOWN, EventKind.ANSWERED, EventKind.PAUSED, EventKind.TOO_MUCH]
    events, shown = [], []
    for conversation_id in ids:
        for seq in range(1, events_each + 1):
            kind = kinds[seq % len(kinds)]
            events.append(
                {
                    "conversation_id": conversation_id,
                    "seq": seq,
                    "kind": kind.value,
                    "at": start,
                    "depth": 1 + seq % 3,
                    "prompt_id": f"p{seq}",
                    "data": {},
                }
            )
            shown.append(
                {
                    "conversation_id": conversation_id,
                    "prompt_id": f"p{seq}",
                    "depth": 1 + seq % 3,
                    "text": f"Prompt {seq}",
                    "shown_at": start,
                }
            )
    session.execute(insert(EventRecord), events)
    session.execute(insert(ShownPromptRecord), shown)
    session.commit()
    return ids


def test_a_thousand_conversations_are_read_quickly(session, seed):
    """The timeline of 1,000 finished conversations of 40 events each is read in well under
    a quarter of a second (one query that never reads their events: about 10 ms here)."""
    _bulk_history(session, seed.pair.id, 1000, 40)
    pair_timeline(session=session, pair_id=seed.pair.id)  # the first read warms the cache
    timings = []
    for _ in range(5):
        began = time.perf_counter()
        rows = pair_timeline(session=session, pair_id=seed.pair.id)
        timings.append(time.perf_counter() - began)
    assert len(rows) == 1001
    assert all(row.shallowest_too_much_depth == 1 for row in rows[:1000])
    assert min(timings) < 0.25, f"timeline took {min(timings) * 1000:.0f} ms"
