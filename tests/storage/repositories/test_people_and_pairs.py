"""People and pairs, and the home screen's overview of pairs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from belonging.storage import repositories as repo


def test_people_are_added_with_trimmed_names(session):
    """Names and roles are kept without surrounding spaces, listed by name."""
    repo.add_person(session=session, name="  Zoe ", role=" mentor ")
    repo.add_person(session=session, name="Ada")
    assert [(p.name, p.role) for p in repo.list_people(session=session)] == [
        ("Ada", ""),
        ("Zoe", "mentor"),
    ]


def test_a_person_needs_a_name(session):
    """A blank name is refused with a clear error."""
    with pytest.raises(ValueError, match="name"):
        repo.add_person(session=session, name="   ")


def test_renaming_keeps_the_role_unless_given(seed, session):
    """Renaming someone changes their name, and their role only when one is passed."""
    renamed = repo.rename_person(session=session, person_id=seed.owner.id, name="Adaline")
    assert (renamed.name, renamed.role) == ("Adaline", "manager")


def test_a_pair_needs_two_different_existing_people(session, seed):
    """A pair of one person, or with someone unknown, is refused."""
    with pytest.raises(ValueError, match="two different"):
        repo.create_pair(session=session, owner_id=seed.owner.id, partner_id=seed.owner.id)
    with pytest.raises(repo.NotFoundError):
        repo.create_pair(session=session, owner_id=seed.owner.id, partner_id=404)


def test_comfort_and_off_limits_topics_are_kept(session, seed):
    """A pair's comfortable depth and its off-limits topics (cleaned, unique) are saved."""
    repo.set_comfortable_depth(session=session, pair_id=seed.pair.id, depth=3)
    repo.set_off_limits_topics(
        session=session, pair_id=seed.pair.id, topics=["Health", " family ", "health", ""]
    )
    session.commit()
    session.expire_all()
    pair = repo.get_pair(session=session, pair_id=seed.pair.id)
    assert (pair.comfortable_depth, pair.off_limits_topics) == (3, ["health", "family"])
    with pytest.raises(ValueError):
        repo.set_comfortable_depth(session=session, pair_id=seed.pair.id, depth=0)


def test_overview_shows_latest_conversation_and_open_follow_ups(session, seed):
    """Each pair appears with its latest conversation and count of open follow-ups,
    the pair that met most recently first and pairs that never met last."""
    carla = repo.add_person(session=session, name="Carla")
    dan = repo.add_person(session=session, name="Dan")
    quiet = repo.create_pair(session=session, owner_id=seed.owner.id, partner_id=carla.id)
    recent = repo.create_pair(session=session, owner_id=seed.owner.id, partner_id=dan.id)
    later = repo.start_conversation(
        session=session,
        pair_id=seed.pair.id,
        script_id="s",
        script_sha256="0",
        setup={},
        started_at=datetime(2024, 6, 1, tzinfo=UTC),
    )
    repo.start_conversation(
        session=session,
        pair_id=recent.id,
        script_id="s",
        script_sha256="0",
        setup={},
        started_at=datetime(2024, 6, 1, tzinfo=UTC) + timedelta(days=1),
    )
    repo.add_follow_up(session=session, pair_id=seed.pair.id, text="Read the book")
    done = repo.add_follow_up(session=session, pair_id=seed.pair.id, text="Call HR")
    repo.complete_follow_up(session=session, follow_up_id=done.id)

    overview = repo.list_pairs_with_last_conversation(session=session)

    assert [o.pair.id for o in overview] == [recent.id, seed.pair.id, quiet.id]
    mine = overview[1]
    assert (mine.owner.name, mine.partner.name) == ("Ada", "Ben")
    assert mine.last_conversation.id == later.id
    assert mine.open_follow_ups == 1
    assert overview[2].last_conversation is None and overview[2].open_follow_ups == 0
