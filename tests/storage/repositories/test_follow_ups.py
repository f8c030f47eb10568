"""Follow-ups: owned by one of the pair, listed while open, completed and reopened."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import exc, text

from belonging.storage import repositories as repo


def test_open_follow_ups_come_soonest_due_first(session, seed):
    """Open follow-ups are listed by due date, undated ones last, done ones left out."""
    pid = seed.pair.id
    undated = repo.add_follow_up(session=session, pair_id=pid, text="Think it over")
    later = repo.add_follow_up(session=session, pair_id=pid, text="Book", due=date(2024, 7, 1))
    sooner = repo.add_follow_up(session=session, pair_id=pid, text="Call", due=date(2024, 6, 1))
    done = repo.add_follow_up(session=session, pair_id=pid, text="Done already")
    repo.complete_follow_up(session=session, follow_up_id=done.id)
    listed = repo.open_follow_ups(session=session, pair_id=pid)
    assert [f.id for f in listed] == [sooner.id, later.id, undated.id]


def test_a_follow_up_keeps_where_it_came_from_and_who_owns_it(session, seed):
    """A follow-up records its conversation and its owner, who must be one of the pair."""
    follow_up = repo.add_follow_up(
        session=session,
        pair_id=seed.pair.id,
        text="  Send the article  ",
        conversation_id=seed.conversation.id,
        owner_id=seed.partner.id,
    )
    assert (follow_up.text, follow_up.owner_id) == ("Send the article", seed.partner.id)
    assert repo.follow_ups_for_conversation(
        session=session, conversation_id=seed.conversation.id
    ) == [follow_up]
    stranger = repo.add_person(session=session, name="Stranger")
    with pytest.raises(ValueError, match="not one of pair"):
        repo.add_follow_up(session=session, pair_id=seed.pair.id, text="x", owner_id=stranger.id)


def test_completing_and_reopening(session, seed):
    """Completing records when; completing again keeps that time; reopening clears it."""
    follow_up = repo.add_follow_up(session=session, pair_id=seed.pair.id, text="Call")
    first = datetime(2024, 6, 2, 8, 0, tzinfo=UTC)
    repo.complete_follow_up(session=session, follow_up_id=follow_up.id, at=first)
    again = repo.complete_follow_up(
        session=session, follow_up_id=follow_up.id, at=datetime(2024, 6, 3, tzinfo=UTC)
    )
    assert (again.done, again.done_at) == (True, first)
    reopened = repo.reopen_follow_up(session=session, follow_up_id=follow_up.id)
    assert (reopened.done, reopened.done_at) == (False, None)


def test_done_and_done_at_cannot_disagree(session, seed):
    """The database refuses a follow-up marked done without a time."""
    follow_up = repo.add_follow_up(session=session, pair_id=seed.pair.id, text="Call")
    session.commit()
    with pytest.raises(exc.IntegrityError):
        session.execute(text("UPDATE follow_up SET done = 1 WHERE id = :id"), {"id": follow_up.id})


def test_a_follow_up_made_by_mistake_can_be_deleted(session, seed):
    """Deleting a follow-up removes it; deleting it again reports it was gone."""
    follow_up = repo.add_follow_up(session=session, pair_id=seed.pair.id, text="Oops")
    assert repo.delete_follow_up(session=session, follow_up_id=follow_up.id)
    assert repo.open_follow_ups(session=session, pair_id=seed.pair.id) == []
    assert not repo.delete_follow_up(session=session, follow_up_id=follow_up.id)
