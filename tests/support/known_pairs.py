"""Pairs as an earlier day of use left them, written straight through storage."""

from __future__ import annotations

from datetime import UTC, datetime

from belonging.storage import repositories as repo

#: When those conversations began: a day before any test's today.
STARTED = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def add_pair(session, partner: str, *, talked: bool = True, ended: bool = True) -> None:
    """Ada (a manager) and `partner` (an engineer), with a conversation of a test script
    when they `talked`, finished when it `ended`."""
    owner = repo.add_person(session=session, name="Ada", role="Manager")
    other = repo.add_person(session=session, name=partner, role="Engineer")
    pair = repo.create_pair(session=session, owner_id=owner.id, partner_id=other.id)
    if not talked:
        return
    conversation = repo.start_conversation(
        session=session,
        pair_id=pair.id,
        script_id="test-walk",
        script_sha256="ab" * 32,
        setup={},
        script_title="A test walk",
        started_at=STARTED,
    )
    if ended:
        repo.finish_conversation(session=session, conversation_id=conversation.id, summary={})
