"""Migrations: a new file reaches the current schema, every released version's fixture opens
in it with everything in it, and a failing migration leaves the file as it was."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

import belonging.storage.migrations as migrations
from belonging.core.conversation_events import EventKind
from belonging.storage import repositories as repo
from belonging.storage.database import create_database_engine, new_session
from belonging.storage.migrations import (
    SchemaTooNewError,
    current_revision,
    head_revision,
    needs_upgrade,
    upgrade_to_head,
)
from belonging.storage.migrations.search_schema import is_search_table
from belonging.storage.models import CheckInMoment, Relationship, Visibility
from belonging.storage.repositories.unfinished import unfinished_conversations
from belonging.storage.search import plain_snippet, search

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_FILES = sorted(FIXTURES.glob("belonging-v*.sqlite3"))


def _copy(fixture: Path, tmp_path: Path) -> Path:
    target = tmp_path / "belonging.sqlite3"
    shutil.copyfile(fixture, target)
    return target


def test_a_new_database_is_created_at_head():
    """An empty database is built to the current schema from the first migration on."""
    engine = create_database_engine(None)
    assert current_revision(engine) is None and needs_upgrade(engine)
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()
    assert not needs_upgrade(engine)


def test_migrated_schema_matches_the_models(engine):
    """The tables the migrations build are exactly the tables the models describe."""

    def include(name, type_, _parent):
        return not (type_ == "table" and is_search_table(name))

    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_name": include, "compare_type": True}
        )
        assert compare_metadata(context, SQLModel.metadata) == []


def test_upgrading_twice_changes_nothing(engine):
    """Running the migrations at every start is harmless once the schema is current."""
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()


def test_foreign_keys_are_back_on_after_migrating(engine):
    """Migrations switch foreign keys off while they run and on again afterwards."""
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_database_from_a_newer_app_is_refused_untouched(tmp_path):
    """A schema this app does not know stops the start with a clear error, file unchanged."""
    path = tmp_path / "belonging.sqlite3"
    engine = create_database_engine(path)
    upgrade_to_head(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    before = path.read_bytes()
    engine = create_database_engine(path)
    with pytest.raises(SchemaTooNewError, match="newer version"):
        upgrade_to_head(engine)
    engine.dispose()
    assert path.read_bytes() == before


def test_there_is_a_fixture_for_every_released_schema():
    """Each released schema version keeps a fixture database to migrate from."""
    versions = {path.stem.removeprefix("belonging-v") for path in FIXTURE_FILES}
    assert versions == {str(n) for n in range(1, len(migrations.known_revisions()) + 1)}


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda path: path.stem)
def test_each_fixture_opens_at_head_with_everything_in_it(fixture, tmp_path):
    """A database from every released version migrates and keeps every row it held."""
    engine = create_database_engine(_copy(fixture, tmp_path))
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()
    with new_session(engine) as session:
        _assert_fixture_content(session)
    engine.dispose()


def _assert_fixture_content(session) -> None:
    overview = repo.list_pairs_with_last_conversation(session=session)
    assert [(o.owner.name, o.partner.name) for o in overview] == [("Ada Owner", "Ben Partner")]
    pair = overview[0].pair
    assert (pair.comfortable_depth, pair.off_limits_topics) == (2, ["health"])
    assert pair.relationship == Relationship.MANAGER_REPORT  # read from "manager", "report"
    assert pair.archived_at is None, "no pair was archived before schema 5: all stay on Home"
    assert overview[0].last_conversation.id == 2 and overview[0].open_follow_ups == 1

    finished = repo.get_conversation(session=session, conversation_id=1)
    assert finished.setup == {"leader": "owner", "minutes": 40}
    assert finished.summary == {"appreciation": "Thank you"}
    assert finished.ended_at == datetime(2024, 3, 1, 10, 40, tzinfo=UTC)
    events = repo.load_events(session=session, conversation_id=1)
    assert [e.kind for e in events] == [
        EventKind.STARTED,
        EventKind.LEVEL_ENTERED,
        EventKind.PROMPT_SHOWN,
        EventKind.ANSWERED,
        EventKind.TOO_MUCH,
        EventKind.ENDED,
    ]
    assert events[2].data == {"first": "owner"} and events[3].actor == "partner"
    assert events[4].actor is None, "nothing kept says who said too much"
    shown = repo.shown_prompts(session=session, conversation_id=1)
    assert [p.text for p in shown] == ["What did you want to be when you were ten?"]

    notes = repo.notes_for_conversation(session=session, conversation_id=1, include_private=True)
    assert [(n.visibility, n.confidential) for n in notes] == [
        (Visibility.SHARED, False),
        (Visibility.SHARED, True),
        (Visibility.PRIVATE, False),
    ]
    assert [n.edited_at for n in notes] == [None] * 3, "nothing was edited afterwards before"
    assert (
        len(repo.notes_for_conversation(session=session, conversation_id=1, include_private=False))
        == 2
    )

    assert [f.text for f in repo.open_follow_ups(session=session, pair_id=1)] == [
        "Send Ben the mentoring book"
    ]
    assert repo.open_follow_ups(session=session, pair_id=1)[0].due == date(2024, 3, 15)
    follow_ups = repo.follow_ups_for_conversation(session=session, conversation_id=1)
    assert [f.done for f in follow_ups] == [False, True]

    check_ins = repo.check_ins_for_conversation(session=session, conversation_id=1)
    assert sorted((c.person_id, c.moment, c.closeness) for c in check_ins) == [
        (1, CheckInMoment.AFTER, 5),
        (1, CheckInMoment.BEFORE, 3),
        (2, CheckInMoment.AFTER, 6),
        (2, CheckInMoment.BEFORE, 2),
    ]
    script = "defining-moments"
    assert repo.withheld_prompt_ids(session=session, pair_id=1, script_id=script) == {
        "turning/lowest-point",
        "deep/regret",
    }
    assert repo.parked_prompt_ids(session=session, pair_id=1, script_id=script) == {
        "turning/first-job"
    }

    hits = search(session=session, query="lighthouse", include_private=True)
    assert [plain_snippet(h.snippet) for h in hits] == ["Ben wanted to be a *lighthouse keeper*."]
    assert search(session=session, query="reflection", include_private=False) == []
    assert [h.note_id for h in search(session=session, query="listen", include_private=True)] == [2]
    assert [h.kind for h in search(session=session, query="ten", include_private=True)] == [
        "prompt"
    ]

    unfinished = unfinished_conversations(session=session)
    assert [(u.conversation_id, u.setup["minutes"]) for u in unfinished] == [(2, 20)]
    assert [e.kind for e in unfinished[0].events][-1] == EventKind.PAUSED


def test_the_fixture_script_still_makes_a_version_1_database(tmp_path):
    """The script that made the v1 fixture still runs and gives the same content."""
    spec = importlib.util.spec_from_file_location(
        "make_fixture_v1", FIXTURES / "make_fixture_v1.py"
    )
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    made = maker.make_fixture(tmp_path / "v1.sqlite3")
    engine = create_database_engine(made)
    assert current_revision(engine) == "0001"
    upgrade_to_head(engine)
    with new_session(engine) as session:
        _assert_fixture_content(session)
    engine.dispose()


def test_the_revisions_read_from_the_files_are_alembics():
    """The revision chain read without Alembic (so a start at head never imports it) is
    exactly Alembic's own, oldest first."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrations._config())
    alembic_order = [script.revision for script in reversed(list(scripts.walk_revisions()))]
    assert migrations.known_revisions() == alembic_order
    assert head_revision() == scripts.get_current_head()


def test_opening_a_database_at_head_does_not_import_alembic(tmp_path):
    """Checking a database already at the head reads its revision without Alembic: the
    import costs every start a tenth of a second and 17 MB."""
    path = tmp_path / "belonging.sqlite3"
    engine = create_database_engine(path)
    upgrade_to_head(engine)
    engine.dispose()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from belonging.storage.database import create_database_engine\n"
        "from belonging.storage.migrations import needs_upgrade, upgrade_to_head\n"
        f"engine = create_database_engine(Path({str(path)!r}))\n"
        "assert not needs_upgrade(engine)\n"
        "upgrade_to_head(engine)\n"
        "print(sorted(name for name in sys.modules if name.startswith('alembic')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
