"""A migration either completes or leaves the file as it was, and rebuilding a parent table
in batch mode never cascade-deletes the rows that depend on it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

import belonging.storage.migrations as migrations
from belonging.storage import repositories as repo
from belonging.storage.database import create_database_engine, new_session, session_scope
from belonging.storage.migrations import current_revision, upgrade_to_head

_HEADER = """
import sqlalchemy as sa
from alembic import op

revision = "next"
down_revision = "{head}"
branch_labels = None
depends_on = None


def downgrade():
    pass

"""

FAILING = (
    _HEADER
    + """
def upgrade():
    op.create_table("scratch", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("UPDATE person SET name = 'changed'")
    raise RuntimeError("migration failed halfway")
"""
)

REBUILD_CONVERSATION = (
    _HEADER
    + """
def upgrade():
    with op.batch_alter_table("conversation", recreate="always") as batch:
        batch.add_column(sa.Column("mood", sa.String(), nullable=True))
"""
)


@pytest.fixture
def database_at_head(tmp_path) -> Path:
    """A file database at the newest real revision: a conversation with a note and an event."""
    path = tmp_path / "belonging.sqlite3"
    engine = create_database_engine(path)
    upgrade_to_head(engine)
    with session_scope(engine) as session:
        owner = repo.add_person(session=session, name="Ada")
        partner = repo.add_person(session=session, name="Ben")
        pair = repo.create_pair(session=session, owner_id=owner.id, partner_id=partner.id)
        conversation = repo.start_conversation(
            session=session, pair_id=pair.id, script_id="s", script_sha256="0", setup={}
        )
        repo.add_note(session=session, conversation_id=conversation.id, text="kept words")
    engine.dispose()
    return path


def _with_second_migration(tmp_path: Path, monkeypatch, source: str) -> None:
    folder = tmp_path / "migrations"
    shutil.copytree(migrations.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    # The test's migration comes after whatever the newest real one is.
    source = source.replace("{head}", migrations.head_revision())
    (folder / "versions" / "9999_test.py").write_text(source)
    monkeypatch.setattr(migrations, "MIGRATIONS_DIR", folder)


def test_a_failing_migration_leaves_the_database_unchanged(database_at_head, tmp_path, monkeypatch):
    """A migration that raises halfway rolls back every change it made, schema included."""
    before = migrations.head_revision()
    _with_second_migration(tmp_path, monkeypatch, FAILING)
    engine = create_database_engine(database_at_head)
    with pytest.raises(RuntimeError, match="halfway"):
        upgrade_to_head(engine)
    assert current_revision(engine) == before
    with engine.connect() as connection:
        tables = connection.execute(text("SELECT name FROM sqlite_master")).scalars().all()
        names = connection.execute(text("SELECT name FROM person")).scalars().all()
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
    assert "scratch" not in tables
    assert names == ["Ada", "Ben"]


def test_rebuilding_a_parent_table_keeps_its_children(database_at_head, tmp_path, monkeypatch):
    """Batch mode's copy-drop-rename of `conversation` keeps its notes and their search."""
    _with_second_migration(tmp_path, monkeypatch, REBUILD_CONVERSATION)
    engine = create_database_engine(database_at_head)
    upgrade_to_head(engine)
    assert current_revision(engine) == "next"
    with new_session(engine) as session:
        notes = repo.notes_for_conversation(
            session=session, conversation_id=1, include_private=True
        )
        assert [note.text for note in notes] == ["kept words"]
    engine.dispose()
    connection = sqlite3.connect(database_at_head)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()
