"""Schema migrations with Alembic, run from code at start: no alembic.ini is needed.

The scripts ship inside the package (`versions/`). The app calls `upgrade_to_head(engine)`
after the start-up backup. Every migration runs in one transaction with foreign keys off,
as SQLite asks for schema changes: batch mode rebuilds a table by copy, drop and rename,
and dropping a parent table with foreign keys on would cascade-delete its children's rows
(or fail halfway). Foreign keys are checked before the commit, so a migration that breaks
one is rolled back.

To draft the next migration, write an ini file with `script_location` set to this folder and
`sqlalchemy.url` to a scratch database upgraded to head, run `alembic -c that.ini revision
--autogenerate -m "..."`, then review the result by hand: autogenerate ignores the search
tables, so anything touching `note` or `shown_prompt` must recreate their triggers
(`search_schema`). Add a fixture made by the new version beside `belonging-v1.sqlite3`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect

from belonging.storage.opening.revision_files import revision_chain

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer version of Belonging than this one."""

    def __init__(self, revision: str) -> None:
        self.revision = revision
        super().__init__(
            f"This data was saved by a newer version of Belonging (schema {revision}). "
            "Install that version or a later one to open it; nothing has been changed."
        )


class MigrationError(RuntimeError):
    """A migration left the data inconsistent and was rolled back; the file is unchanged."""


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _revision_chain() -> tuple[str, ...]:
    """Every revision, oldest first (`revision_files`): Alembic itself is imported only to
    migrate, since on a database already at the head importing it cost a tenth of a second
    and 17 MB."""
    return revision_chain(MIGRATIONS_DIR / "versions")


def head_revision() -> str:
    """The schema revision this version of the app writes."""
    chain = _revision_chain()
    if not chain:
        raise RuntimeError("no migrations found in the package")
    return chain[-1]


def known_revisions() -> list[str]:
    """Every schema revision this app knows, oldest first."""
    return list(_revision_chain())


def current_revision(engine: Engine) -> str | None:
    """The schema revision of the database, or None if it has never been migrated (new file)."""
    with engine.connect() as connection:
        return _read_revision(connection)


def _read_revision(connection: Connection) -> str | None:
    # What Alembic's MigrationContext.get_current_revision reads, without importing Alembic.
    if not inspect(connection).has_table("alembic_version"):
        return None
    rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) > 1:
        raise RuntimeError("the database records more than one schema revision")
    return rows[0][0] if rows else None


def needs_upgrade(engine: Engine) -> bool:
    """Whether `upgrade_to_head` would change the database (a backup should come first).

    Raises SchemaTooNewError for a database from a newer version of the app.
    """
    current = current_revision(engine)
    _refuse_unknown(current)
    return current != head_revision()


def _refuse_unknown(revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise SchemaTooNewError(revision)


def upgrade_to_head(engine: Engine) -> None:
    """Bring the database to the current schema, creating it from nothing if it is new.

    All pending migrations run in a single transaction: either the database reaches the head
    or it is left exactly as it was. Raises SchemaTooNewError (before touching anything) for a
    database from a newer app, and MigrationError if foreign keys would be left broken.
    """
    upgrade_to(engine, head_revision())


def upgrade_to(engine: Engine, revision: str) -> None:
    """Bring the database up to `revision` exactly as `upgrade_to_head` does; for test
    fixtures made by an older schema version."""
    with engine.connect() as connection:
        current = _read_revision(connection)
        _refuse_unknown(current)
        if current == revision:
            return
        connection.rollback()
        # PRAGMA foreign_keys is a no-op inside a transaction, so it goes first.
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            from alembic import command

            command.upgrade(_config(connection), revision)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise MigrationError(f"migration would break {len(broken)} foreign key(s)")
            connection.commit()
        except BaseException:
            connection.rollback()
            raise
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.commit()
