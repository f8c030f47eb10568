"""Check-ins: closeness 1 to 7, one per person before and after, from the pair only."""

from __future__ import annotations

import pytest
from sqlalchemy import exc, text

from belonging.storage import repositories as repo
from belonging.storage.models import CheckInMoment


def test_each_person_checks_in_before_and_after(session, seed):
    """Both people's answers before and after are kept, before ones listed first."""
    cid = seed.conversation.id
    for person, moment, closeness in [
        (seed.owner.id, CheckInMoment.AFTER, 6),
        (seed.owner.id, CheckInMoment.BEFORE, 3),
        (seed.partner.id, CheckInMoment.BEFORE, 2),
    ]:
        repo.record_check_in(
            session=session,
            conversation_id=cid,
            person_id=person,
            moment=moment,
            closeness=closeness,
        )
    listed = repo.check_ins_for_conversation(session=session, conversation_id=cid)
    assert [(c.person_id, c.moment, c.closeness) for c in listed] == [
        (seed.owner.id, "before", 3),
        (seed.partner.id, "before", 2),
        (seed.owner.id, "after", 6),
    ]


def test_a_second_answer_replaces_the_first(session, seed):
    """Changing one's mind before moving on replaces the answer instead of adding one."""
    cid = seed.conversation.id
    for closeness in (2, 4):
        repo.record_check_in(
            session=session,
            conversation_id=cid,
            person_id=seed.partner.id,
            moment=CheckInMoment.BEFORE,
            closeness=closeness,
        )
    listed = repo.check_ins_for_conversation(session=session, conversation_id=cid)
    assert [c.closeness for c in listed] == [4]


@pytest.mark.parametrize("closeness", [0, 8, -1])
def test_closeness_outside_one_to_seven_is_refused(session, seed, closeness):
    """A closeness outside 1 to 7 is refused with a clear error."""
    with pytest.raises(ValueError, match="1 to 7"):
        repo.record_check_in(
            session=session,
            conversation_id=seed.conversation.id,
            person_id=seed.owner.id,
            moment=CheckInMoment.BEFORE,
            closeness=closeness,
        )


def test_the_database_itself_checks_closeness(session, seed):
    """Even a raw write cannot store a closeness of 9: a CHECK constraint refuses it."""
    with pytest.raises(exc.IntegrityError):
        session.execute(
            text(
                "INSERT INTO check_in (conversation_id, person_id, moment, closeness, recorded_at)"
                " VALUES (:c, :p, 'before', 9, '2024-01-01 00:00:00')"
            ),
            {"c": seed.conversation.id, "p": seed.owner.id},
        )


def test_only_the_pair_checks_in(session, seed):
    """Someone outside the conversation's pair cannot check in to it."""
    stranger = repo.add_person(session=session, name="Stranger")
    with pytest.raises(ValueError, match="not in this conversation"):
        repo.record_check_in(
            session=session,
            conversation_id=seed.conversation.id,
            person_id=stranger.id,
            moment=CheckInMoment.AFTER,
            closeness=4,
        )
