"""The pairs Home lists, read at start before the rest of storage has loaded.

Loading SQLAlchemy, SQLModel and pydantic takes most of a start (a third of a second and
60 MB on the reference machine), while the list of pairs is one query. So the app reads that
list first with the standard library's sqlite3, read-only, shows it, and opens the data
folder in full (`startup.open_data_folder`: the check, the day's backup, the migration) on
its database thread meanwhile. Nothing writes to the file before that check says it is
sound: this look never writes, and the app's own writes wait for the full opening.

The look is taken at every start of a plain (not encrypted) database the app knows:
- a same-day restart, a first start of the day: the file as it is (`immutable`: no -wal or
  -shm is made beside it);
- after a crash, the write-ahead log read too, through the -shm index left beside it, opened
  read-only (`readonly_shm`): SQLite then rebuilds the index in memory if it must, and writes
  nothing. Without a -shm to read (or with a rollback -journal) the look is not taken;
- at an older schema, the columns that revision has (a later one's are given their default);
- with an unfinished conversation, which `FirstLook.unfinished` says, for the full opening
  to offer.
Encrypted notes are looked at the same way once their key is known (`first_look_encrypted`).
Anything unexpected — a newer schema, a file SQLite will not read — returns None, and the
start takes the usual way, which explains or asks.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from belonging.storage.files.locations import database_path
from belonging.storage.opening.file_state import SQLITE_HEADER, sidecar_paths
from belonging.storage.opening.revision_files import revision_chain


@dataclass(frozen=True)
class PairGlance:
    """One pair as Home lists it: the two people, their last conversation, open follow-ups
    (and the most pressing one: its id, words, due day and whose it is, None: both's), the
    deepest level they were comfortable at, and when they plan to talk next."""

    pair_id: int
    owner_name: str
    partner_name: str
    owner_role: str
    partner_role: str
    last_started_at: datetime | None
    last_script_title: str
    open_follow_ups: int
    comfortable_depth: int | None
    relationship: str = "other"
    next_conversation_at: datetime | None = None
    first_follow_up_id: int | None = None
    first_follow_up_text: str = ""
    first_follow_up_due: date | None = None
    first_follow_up_owner: str | None = None


@dataclass(frozen=True)
class FirstLook:
    """What Home shows at once: the pairs, and whether a conversation was left unfinished
    (the full opening offers to continue it; a click on Home meanwhile must not start
    another behind the offer's back)."""

    pairs: list[PairGlance]
    unfinished: bool


#: Every pair on Home (not archived) with its people, its latest conversation, its count of
#: open follow-ups and the first of them: what `repositories.list_pairs_with_last_conversation`
#: reads (a test holds them equal). `{depth}`, `{relationship}`, `{next_conversation_at}` and
#: `{archived_at}` are the columns, or their defaults at an older schema.
_PAIRS = """
SELECT pair.id, owner.name, partner.name, owner.role, partner.role, pair.created_at,
       conversation.started_at, conversation.script_title,
       COALESCE(open_counts.open_count, 0), {depth}, {relationship},
       {next_conversation_at}, first.id, first.text, first.due, first_owner.name
FROM pair
JOIN person AS owner ON owner.id = pair.owner_id
JOIN person AS partner ON partner.id = pair.partner_id
LEFT JOIN (SELECT pair_id, MAX(id) AS conversation_id FROM conversation GROUP BY pair_id)
     AS latest ON latest.pair_id = pair.id
LEFT JOIN conversation ON conversation.id = latest.conversation_id
LEFT JOIN (SELECT pair_id, COUNT(*) AS open_count FROM follow_up WHERE NOT done
           GROUP BY pair_id) AS open_counts ON open_counts.pair_id = pair.id
LEFT JOIN (SELECT id, pair_id, text, due, owner_id,
                  row_number() OVER (PARTITION BY pair_id
                                     ORDER BY due IS NULL, due, created_at, id) AS rank
           FROM follow_up WHERE NOT done) AS first
     ON first.pair_id = pair.id AND first.rank = 1
LEFT JOIN person AS first_owner ON first_owner.id = first.owner_id
WHERE {archived_at} IS NULL
"""

#: Columns later revisions added to `pair`, and what an older file means by their absence.
_LATER_COLUMNS = {
    "comfortable_depth": "NULL",
    "relationship": "'other'",
    "next_conversation_at": "NULL",
    "archived_at": "NULL",  # no pair was archived before revision 0005
}

_UNFINISHED = "SELECT EXISTS (SELECT 1 FROM conversation WHERE ended_at IS NULL)"


def first_look(data_dir: Path) -> FirstLook | None:
    """The pairs, most recently met first (pairs that never met last, newest first), or None
    when this start must take the usual way (see the module docstring).

    Never writes: the file is opened read-only, and any error at all means None.
    """
    db_path = database_path(Path(data_dir))
    query = read_only_query(db_path)
    if query is None or not _plain_database(db_path):
        return None
    try:
        uri = f"{db_path.resolve().as_uri()}?{query}"
        with closing(sqlite3.connect(uri, uri=True, check_same_thread=False)) as connection:
            return read_first_look(connection)
    except (sqlite3.Error, OSError, ValueError, RuntimeError):
        return None


def first_look_encrypted(db_path: Path, key) -> FirstLook | None:
    """The same look at encrypted notes, through SQLCipher with their `key` (a
    `DatabaseKey`), once the passphrase has been checked. Runs on the database thread, where
    SQLCipher is loaded anyway; never writes, and any error means None."""
    from belonging.storage.encryption.drivers import SQLITE_ERRORS, connect
    from belonging.storage.encryption.keys import PassphraseError

    db_path = Path(db_path)
    query = read_only_query(db_path)
    if query is None:
        return None
    try:
        connection = connect(db_path, key=key, query=query, check_same_thread=False)
        with closing(connection):
            return read_first_look(connection)
    except (*SQLITE_ERRORS, PassphraseError, OSError, ValueError, RuntimeError):
        return None


def read_only_query(db_path: Path) -> str | None:
    """How to open `db_path` so that reading it writes nothing, not even beside it; None
    when that cannot be done (no file, a rollback journal to replay, a -wal without the
    -shm index that reads it without writing)."""
    sidecars = {path.name[len(db_path.name) :]: path for path in sidecar_paths(db_path)}
    if not db_path.is_file() or "-journal" in sidecars:
        return None
    wal = sidecars.get("-wal")
    if wal is None or wal.stat().st_size == 0:
        # The file holds everything; `immutable`: no locks, and no -wal or -shm made beside
        # it, which the check would take for the traces of a crash. The folder's lock is held
        # and nothing writes until the full opening, which comes after.
        return "mode=ro&immutable=1"
    if "-shm" not in sidecars:
        return None
    # A crash left the log and its index: read both, the index only read (SQLite builds its
    # own copy in memory when the one on disk is stale), and never checkpoint.
    return "mode=ro&readonly_shm=1"


def read_first_look(connection) -> FirstLook | None:
    """Home's pairs and whether a conversation is unfinished, read on `connection` (Python's
    sqlite3 or SQLCipher's, opened read-only); None at a schema this version does not know."""
    columns = _pair_columns(connection)
    if columns is None:
        return None
    unfinished = bool(connection.execute(_UNFINISHED).fetchone()[0])
    rows = connection.execute(_PAIRS.format(**columns)).fetchall()
    glances = sorted(rows, key=_recency, reverse=True)
    return FirstLook([_glance(row) for row in glances], unfinished)


def _plain_database(db_path: Path) -> bool:
    try:
        with db_path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _pair_columns(connection) -> dict[str, str] | None:
    """The pair's later columns as the query names them, or None when the file is at a
    revision this version does not know (newer, or not Belonging's)."""
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if found is None:
        return None
    revisions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    chain = revision_chain()
    if len(revisions) != 1 or revisions[0][0] not in chain:
        return None
    present = {row[1] for row in connection.execute("PRAGMA table_info(pair)")}
    return {
        "depth" if name == "comfortable_depth" else name: (
            f"pair.{name}" if name in present else default
        )
        for name, default in _LATER_COLUMNS.items()
    }


def _utc(text: str | None) -> datetime | None:
    # Stored as naive UTC text by `models.columns.UtcDateTime`.
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def _recency(row: tuple) -> tuple[bool, datetime, int]:
    pair_id, created_at, started_at = row[0], row[5], row[6]
    if started_at is None:
        return (False, _utc(created_at), pair_id)
    return (True, _utc(started_at), pair_id)


def _glance(row: tuple) -> PairGlance:
    (pair_id, owner, partner, owner_role, partner_role, _created, started, title, open_count,
     depth, relationship, next_at, first_id, first_text, first_due, first_owner) = row  # fmt: skip
    return PairGlance(
        pair_id=pair_id,
        owner_name=owner,
        partner_name=partner,
        owner_role=owner_role or "",
        partner_role=partner_role or "",
        last_started_at=_utc(started),
        last_script_title=(title or "") if started is not None else "",
        open_follow_ups=open_count,
        comfortable_depth=depth,
        relationship=relationship,
        next_conversation_at=_utc(next_at),
        first_follow_up_id=first_id,
        first_follow_up_text=first_text or "",
        first_follow_up_due=None if first_due is None else date.fromisoformat(first_due),
        first_follow_up_owner=first_owner,
    )
