"""Fixtures every test shares: Qt draws offscreen, no test touches the real user data, and
an in-memory database built by the real migrations, seeded with a pair of real people and a
conversation between them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from belonging.storage import repositories as repo
from belonging.storage.database import create_database_engine, new_session
from belonging.storage.migrations import upgrade_to_head
from belonging.storage.models import ConversationRecord, Pair, Person

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Point the data folder at a temporary one, so no test reads or writes real notes, and
    speak English."""
    data_dir = tmp_path_factory.mktemp("belonging-data")
    monkeypatch.setenv("BELONGING_DATA_DIR", str(data_dir))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("xdg-config")))
    # The command line speaks the system's language: tests run in English wherever they run,
    # and the ones about Spanish ask for it.
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return data_dir


@pytest.fixture
def quick_keys(monkeypatch) -> None:
    """1,000 PBKDF2 rounds instead of 256,000, for tests about something else than the key
    (the storage tests check the real count)."""
    from belonging.storage.encryption import keys

    monkeypatch.setattr(keys, "KDF_ITERATIONS", 1_000)


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """An empty data folder of the test's own."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


STARTED = datetime(2024, 5, 6, 9, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Seed:
    """The rows every storage test can build on."""

    owner: Person
    partner: Person
    pair: Pair
    conversation: ConversationRecord


@pytest.fixture
def engine() -> Iterator[Engine]:
    """A private in-memory database at the current schema."""
    engine = create_database_engine(None)
    upgrade_to_head(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """One session on the in-memory database, closed after the test."""
    with new_session(engine) as session:
        yield session


@pytest.fixture
def seed(session: Session) -> Seed:
    """A manager and a report paired up, with one conversation started."""
    owner = repo.add_person(session=session, name="Ada", role="manager")
    partner = repo.add_person(session=session, name="Ben", role="report")
    pair = repo.create_pair(session=session, owner_id=owner.id, partner_id=partner.id)
    conversation = repo.start_conversation(
        session=session,
        pair_id=pair.id,
        script_id="defining-moments",
        script_sha256="ab" * 32,
        script_title="Defining moments",
        planned_minutes=40,
        setup={"leader": "owner", "minutes": 40},
        started_at=STARTED,
    )
    session.commit()
    return Seed(owner=owner, partner=partner, pair=pair, conversation=conversation)
