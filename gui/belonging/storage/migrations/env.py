"""Alembic's environment: migrates the connection handed over by `upgrade_to_head`.

Run from the command line (`alembic -c ... revision --autogenerate`) it falls back to the
`sqlalchemy.url` option, so developers can draft the next migration against a scratch copy.
"""

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import belonging.storage.models  # noqa: F401  (registers every table)
from belonging.storage.migrations.search_schema import is_search_table


def _include_name(name: str | None, type_: str, _parent: object) -> bool:
    # The FTS5 tables are made with raw SQL; autogenerate must neither drop nor re-create them.
    return not (type_ == "table" and name is not None and is_search_table(name))


def _run(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=True,
        include_name=_include_name,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


_connection = context.config.attributes.get("connection")
if _connection is not None:
    _run(_connection)
else:
    with create_engine(context.config.get_main_option("sqlalchemy.url")).begin() as _own:
        _run(_own)
