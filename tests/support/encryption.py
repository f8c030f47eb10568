"""Helpers for the encryption tests: a quicker key derivation and a realistic session written
through the storage API (the byte scan itself is `tests/privacy_scan.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine

from belonging.application.pending_writes import PendingWrites
from belonging.storage import repositories as repo
from belonging.storage.database import session_scope
from belonging.storage.encryption import keys
from belonging.storage.models import CheckInMoment, Visibility

PASSPHRASE = "lighthouse keeper at dawn, ü"
OTHER_PASSPHRASE = "a different sentence entirely"


def quick_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Derive keys with 1,000 PBKDF2 rounds instead of 256,000, so the suite stays quick.

    Everything else is real: SQLCipher, the raw key, the salt in each file. The one thing
    this changes is that files made under it do not open with SQLCipher's own passphrase
    form (which always uses 256,000); `test_encryption_keys` checks that form with the real
    count.
    """
    monkeypatch.setattr(keys, "KDF_ITERATIONS", 1_000)


@dataclass(frozen=True)
class Words:
    """Distinctive words for one round of writing, one per kind of thing people share."""

    owner: str
    partner: str
    topic: str
    shared_note: str
    private_note: str
    confidential_note: str
    typed_note: str
    follow_up: str
    prompt: str
    summary: str

    def all(self) -> list[str]:
        """Every word, for scanning."""
        return list(vars(self).values())


def words(tag: str) -> Words:
    """A set of made-up words that cannot occur in any file by chance."""
    return Words(
        owner=f"Zorbatrix{tag}",
        partner=f"Quillameen{tag}",
        topic=f"Vexillarium{tag}",
        shared_note=f"Plumbusfrond{tag}",
        private_note=f"Snorklewhist{tag}",
        confidential_note=f"Ñandúvolcán{tag}",
        typed_note=f"Glimmerquoth{tag}",
        follow_up=f"Wobbleferret{tag}",
        prompt=f"Lanternmoth{tag}",
        summary=f"Cragsplendour{tag}",
    )


def write_session(engine: Engine, w: Words, *, started: datetime | None = None) -> int:
    """A whole conversation as the app records it, with `w` in every place a word can go:
    names, off-limits topics, the prompt shown, shared, private and confidential notes, a
    note typed through the write-behind saving, a follow-up, check-ins and the closing summary."""
    started = started or datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    with session_scope(engine) as session:
        owner = repo.add_person(session=session, name=f"Ada {w.owner}", role="manager")
        partner = repo.add_person(session=session, name=f"Ben {w.partner}", role="report")
        pair = repo.create_pair(
            session=session,
            owner_id=owner.id,
            partner_id=partner.id,
        )
        repo.set_off_limits_topics(session=session, pair_id=pair.id, topics=[w.topic])
        conversation = repo.start_conversation(
            session=session,
            pair_id=pair.id,
            script_id="defining-moments",
            script_sha256="0" * 64,
            setup={"leader": "owner"},
            started_at=started,
        )
        repo.record_shown_prompt(
            session=session,
            conversation_id=conversation.id,
            prompt_id="p1",
            text=f"What did the {w.prompt} teach you?",
            depth=1,
            shown_at=started + timedelta(minutes=1),
        )
        repo.add_note(
            session=session,
            conversation_id=conversation.id,
            prompt_id="p1",
            text=f"Ben spoke about {w.shared_note} and his father.",
        )
        repo.add_note(
            session=session,
            conversation_id=conversation.id,
            text=f"I felt {w.private_note} listening.",
            visibility=Visibility.PRIVATE,
        )
        confidential = repo.add_note(
            session=session,
            conversation_id=conversation.id,
            text=f"The diagnosis: {w.confidential_note}.",
        )
        repo.set_confidential(session=session, note_id=confidential.id, confidential=True)
        repo.add_follow_up(
            session=session,
            pair_id=pair.id,
            conversation_id=conversation.id,
            owner_id=owner.id,
            text=f"Ask about {w.follow_up} next time",
        )
        for person in (owner, partner):
            repo.record_check_in(
                session=session,
                conversation_id=conversation.id,
                person_id=person.id,
                moment=CheckInMoment.BEFORE,
                closeness=4,
            )
        conversation_id = conversation.id
    writes = PendingWrites(conversation_id=conversation_id)
    writes.put_note(
        "typed", f"typed while talking: {w.typed_note}", prompt_id="p1", visibility="shared"
    )
    assert writes.flush(engine).ok
    with session_scope(engine) as session:
        repo.finish_conversation(
            session=session,
            conversation_id=conversation_id,
            summary={"appreciation": f"thank you for {w.summary}"},
            ended_at=started + timedelta(minutes=40),
        )
    return conversation_id
