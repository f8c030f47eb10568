"""The first look at the data at start: Home's pairs read with the standard library at every
start that can read them without writing (the first of the day, after a crash, at an older
schema, with a conversation to continue), the same as storage lists, and never a write."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belonging.storage import repositories as repo
from belonging.storage.database import database_path, session_scope
from belonging.storage.opening.first_look import first_look
from belonging.storage.opening.startup import open_data_folder

BASE = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def _ready_folder(folder: Path) -> Path:
    """A data folder as a second start of the day leaves it: made by the first, backed up
    (today) by the second, closed cleanly."""
    open_data_folder(folder).close()
    open_data_folder(folder).close()
    return folder


@pytest.fixture(scope="module")
def empty_folder(tmp_path_factory) -> Path:
    """A data folder with no pairs yet, opened and closed once; tests copy it."""
    return _ready_folder(tmp_path_factory.mktemp("first-look") / "data")


def _copy(folder: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "data"
    shutil.copytree(folder, dest)
    return dest


def _add(folder: Path, work) -> None:
    opened = open_data_folder(folder)
    try:
        with session_scope(opened.engine) as session:
            work(session)
    finally:
        opened.close()


def _pair(session, owner: str, partner: str, roles=("", "")):
    a = repo.add_person(session=session, name=owner, role=roles[0])
    b = repo.add_person(session=session, name=partner, role=roles[1])
    return repo.create_pair(session=session, owner_id=a.id, partner_id=b.id)


def _conversation(session, pair_id: int, title: str, started: datetime, *, ended: bool = True):
    conversation = repo.start_conversation(
        session=session,
        pair_id=pair_id,
        script_id="defining-moments",
        script_sha256="ab" * 32,
        setup={},
        script_title=title,
        started_at=started,
    )
    if ended:
        repo.finish_conversation(
            session=session,
            conversation_id=conversation.id,
            summary={},
            ended_at=started + timedelta(minutes=40),
        )
    return conversation


def _as_repository_lists(folder: Path) -> list[tuple]:
    opened = open_data_folder(folder)
    try:
        with session_scope(opened.engine) as session:
            overviews = repo.list_pairs_with_last_conversation(session=session)
            return [
                (
                    o.pair.id,
                    o.owner.name,
                    o.partner.name,
                    o.owner.role,
                    o.partner.role,
                    None if o.last_conversation is None else o.last_conversation.started_at,
                    "" if o.last_conversation is None else o.last_conversation.script_title,
                    o.open_follow_ups,
                    o.pair.comfortable_depth,
                )
                for o in overviews
            ]
    finally:
        opened.close()


def _as_tuples(glances) -> list[tuple]:
    return [
        (
            g.pair_id,
            g.owner_name,
            g.partner_name,
            g.owner_role,
            g.partner_role,
            g.last_started_at,
            g.last_script_title,
            g.open_follow_ups,
            g.comfortable_depth,
        )
        for g in glances
    ]


def test_lists_the_pairs_most_recently_met_first(empty_folder, tmp_path):
    """Home's pairs come in the order and with the details storage gives them."""
    folder = _copy(empty_folder, tmp_path)

    def fill(session):
        ada_ben = _pair(session, "Ada", "Ben", ("Manager", "Engineer"))
        ada_cy = _pair(session, "Ada L.", "Cy")
        _pair(session, "Ada M.", "Dee")  # never met
        _conversation(session, ada_ben.id, "Defining moments", BASE)
        _conversation(session, ada_cy.id, "A first one-on-one", BASE + timedelta(days=2))
        repo.add_follow_up(session=session, pair_id=ada_ben.id, text="Send the book")
        done = repo.add_follow_up(session=session, pair_id=ada_ben.id, text="Book the room")
        repo.complete_follow_up(session=session, follow_up_id=done.id)
        repo.set_comfortable_depth(session=session, pair_id=ada_ben.id, depth=3)

    _add(folder, fill)
    look = first_look(folder)
    assert look is not None and not look.unfinished
    glances = look.pairs
    assert [(g.partner_name, g.open_follow_ups) for g in glances] == [
        ("Cy", 0),
        ("Ben", 1),
        ("Dee", 0),
    ]
    ben = glances[1]
    assert (ben.owner_role, ben.partner_role, ben.comfortable_depth) == ("Manager", "Engineer", 3)
    assert ben.last_started_at == BASE
    assert ben.last_script_title == "Defining moments"
    assert _as_tuples(glances) == _as_repository_lists(folder)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    pairs=st.lists(
        st.tuples(
            st.lists(st.integers(min_value=0, max_value=400), max_size=4),  # conversation days
            st.integers(min_value=0, max_value=3),  # open follow-ups
            st.integers(min_value=0, max_value=2),  # done follow-ups
            st.one_of(st.none(), st.integers(min_value=1, max_value=5)),  # comfort
            st.booleans(),  # archived
        ),
        min_size=1,
        max_size=6,
    )
)
def test_agrees_with_storage_for_any_history(empty_folder, tmp_path_factory, pairs):
    """Whatever the pairs have done, and whichever are archived, the first look lists exactly
    what storage lists for Home."""
    folder = _copy(empty_folder, tmp_path_factory.mktemp("any"))

    def fill(session):
        for index, (days, open_count, done_count, comfort, archived) in enumerate(pairs):
            pair = _pair(session, f"Owner {index}", f"Partner {index}", ("Lead", ""))
            for day in days:
                _conversation(session, pair.id, f"Script {day}", BASE + timedelta(days=day))
            for n in range(open_count + done_count):
                follow_up = repo.add_follow_up(session=session, pair_id=pair.id, text=f"F{n}")
                if n >= open_count:
                    repo.complete_follow_up(session=session, follow_up_id=follow_up.id)
            repo.set_comfortable_depth(session=session, pair_id=pair.id, depth=comfort)
            repo.set_archived(session=session, pair_id=pair.id, archived=archived)

    _add(folder, fill)
    look = first_look(folder)
    assert look is not None
    assert _as_tuples(look.pairs) == _as_repository_lists(folder)
    assert len(look.pairs) == sum(not archived for *_rest, archived in pairs)


def _files(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file of the data folder, with its bytes and time of change."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file()}


def test_an_unfinished_conversation_is_looked_at_and_said(empty_folder, tmp_path):
    """Home is shown with a conversation to continue too; the look says it is there, for
    the full opening's offer to come first."""
    folder = _copy(empty_folder, tmp_path)

    def fill(session):
        pair = _pair(session, "Ada", "Ben")
        _conversation(session, pair.id, "Defining moments", BASE, ended=False)

    _add(folder, fill)
    look = first_look(folder)
    assert look is not None and look.unfinished
    assert [g.partner_name for g in look.pairs] == ["Ben"]


def test_the_first_start_of_a_day_is_looked_at(empty_folder, tmp_path):
    """With no backup made today (the check and the backup still to come), Home is read
    all the same."""
    folder = _copy(empty_folder, tmp_path)
    _add(folder, lambda session: _pair(session, "Ada", "Ben"))
    for backup in (folder / "backups").glob("*.sqlite3"):
        backup.unlink()
    look = first_look(folder)
    assert look is not None and [g.partner_name for g in look.pairs] == ["Ben"]


_CRASH = """
import os, sys
from belonging.storage import repositories as repo
from belonging.storage.database import session_scope
from belonging.storage.opening.startup import open_data_folder
opened = open_data_folder(sys.argv[1])
with session_scope(opened.engine) as session:
    a = repo.add_person(session=session, name="Ada")
    b = repo.add_person(session=session, name="Saved just before the crash")
    repo.create_pair(session=session, owner_id=a.id, partner_id=b.id)
os._exit(0)  # no clean close: the -wal and -shm stay, holding the last save
"""


def test_after_a_crash_the_log_is_read_and_nothing_written(empty_folder, tmp_path):
    """After a crash, Home shows what was saved last (still in the write-ahead log), and
    the look writes nothing: not the file, not the log, not its index."""
    folder = _copy(empty_folder, tmp_path)
    subprocess.run([sys.executable, "-c", _CRASH, str(folder)], check=True, timeout=120)
    db = database_path(folder)
    assert db.with_name(db.name + "-wal").stat().st_size > 0
    before = _files(folder)
    look = first_look(folder)
    assert look is not None
    assert [g.partner_name for g in look.pairs] == ["Saved just before the crash"]
    assert _files(folder) == before


def test_a_log_without_its_index_is_not_looked_at(empty_folder, tmp_path):
    """A -wal whose -shm is gone cannot be read without writing one: the usual way."""
    folder = _copy(empty_folder, tmp_path)
    subprocess.run([sys.executable, "-c", _CRASH, str(folder)], check=True, timeout=120)
    db = database_path(folder)
    db.with_name(db.name + "-shm").unlink()
    before = _files(folder)
    assert first_look(folder) is None
    assert _files(folder) == before


def test_an_older_schema_is_read_with_the_columns_it_has(empty_folder, tmp_path):
    """After an update, a file at an earlier revision is read as it is (a later column
    given its default), before the migration."""
    folder = _copy(empty_folder, tmp_path)
    _add(folder, lambda session: _pair(session, "Ada", "Ben", ("Manager", "Engineer")))
    db = database_path(folder)
    connection = sqlite3.connect(db)
    connection.execute("ALTER TABLE pair DROP COLUMN relationship")
    connection.execute("UPDATE alembic_version SET version_num = '0002'")
    connection.commit()
    connection.close()
    look = first_look(folder)
    assert look is not None
    assert [(g.partner_name, g.relationship) for g in look.pairs] == [("Ben", "other")]


def test_an_unknown_schema_takes_the_usual_way(empty_folder, tmp_path):
    """A file at a revision this version does not know (a newer app wrote it) is not read:
    the full opening explains."""
    folder = _copy(empty_folder, tmp_path)
    connection = sqlite3.connect(database_path(folder))
    connection.execute("UPDATE alembic_version SET version_num = 'newer'")
    connection.commit()
    connection.close()
    assert first_look(folder) is None


def test_no_database_or_not_a_database_means_no_first_look(tmp_path, empty_folder):
    """A new data folder, or a file that is not a plain database (encrypted, damaged), takes
    the usual way, which explains or asks."""
    assert first_look(tmp_path / "nothing-here") is None
    folder = _copy(empty_folder, tmp_path)
    db = database_path(folder)
    db.write_bytes(b"\x8f" * db.stat().st_size)
    assert first_look(folder) is None


def test_the_first_look_writes_nothing(empty_folder, tmp_path):
    """Reading Home's pairs leaves every file of the data folder as it was."""
    folder = _copy(empty_folder, tmp_path)
    _add(folder, lambda session: _pair(session, "Ada", "Ben"))
    before = _files(folder)
    assert first_look(folder) is not None
    assert _files(folder) == before


def test_finding_an_unfinished_conversation_reads_the_index_not_every_row(empty_folder):
    """The question asked at every start and every showing of Home is answered from the
    index of unfinished conversations, however long the history."""
    from belonging.storage.opening.first_look import _UNFINISHED

    connection = sqlite3.connect(database_path(empty_folder))
    try:
        plan = " ".join(row[-1] for row in connection.execute("EXPLAIN QUERY PLAN " + _UNFINISHED))
    finally:
        connection.close()
    assert "USING INDEX ix_conversation_unfinished" in plan
