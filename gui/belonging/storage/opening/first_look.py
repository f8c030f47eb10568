"""The pairs Home lists, read at start before the rest of storage has loaded.

Loading SQLAlchemy, SQLModel and pydantic takes most of a start (a third of a second and
60 MB on the reference machine), while the list of pairs is one query. So the app reads that
list first with the standard library's sqlite3, read-only, shows it, and opens the data
folder in full (`startup.open_data_folder`) on its database thread meanwhile.

The look is taken only when the full opening is certain to show the same thing and to ask
nothing first: a plain (not encrypted) database that closed cleanly, already checked and
backed up today, at the schema this version writes, with no unfinished conversation to
offer. Any other start — the first of the day, after a crash, with a passphrase, after an
update, with anything unexpected at all — returns None and takes the usual way.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from belonging.storage.files.locations import database_path
from belonging.storage.opening.file_state import same_day_clean_restart
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


#: Every pair on Home (not archived) with its people, its latest conversation, its count of
#: open follow-ups and the first of them: what `repositories.list_pairs_with_last_conversation`
#: reads (a test holds them equal).
_PAIRS = """
SELECT pair.id, owner.name, partner.name, owner.role, partner.role, pair.created_at,
       conversation.started_at, conversation.script_title,
       COALESCE(open_counts.open_count, 0), pair.comfortable_depth, pair.relationship,
       pair.next_conversation_at, first.id, first.text, first.due, first_owner.name
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
WHERE pair.archived_at IS NULL
"""

_UNFINISHED = "SELECT EXISTS (SELECT 1 FROM conversation WHERE ended_at IS NULL)"


def first_look(data_dir: Path, *, today: date | None = None) -> list[PairGlance] | None:
    """The pairs, most recently met first (pairs that never met last, newest first), or None
    when this start must take the usual way (see the module docstring).

    Never writes: the file is opened read-only, and any error at all means None.
    """
    db_path = database_path(Path(data_dir))
    if not same_day_clean_restart(db_path, today or date.today()):
        return None
    try:
        with closing(_connect_read_only(db_path)) as connection:
            if not _at_head(connection):
                return None
            if connection.execute(_UNFINISHED).fetchone()[0]:
                return None
            rows = connection.execute(_PAIRS).fetchall()
    except (sqlite3.Error, OSError, ValueError, RuntimeError):
        return None
    glances = sorted(rows, key=_recency, reverse=True)
    return [_glance(row) for row in glances]


def _connect_read_only(db_path: Path) -> sqlite3.Connection:
    # `immutable`: no locks, and no -wal or -shm made beside the file, which the next check
    # would take for the traces of a crash. Right here: the folder's lock is held, the last
    # session closed cleanly (so the file holds everything), and nothing writes until the
    # full opening, which comes after.
    uri = f"{db_path.resolve().as_uri()}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def _at_head(connection: sqlite3.Connection) -> bool:
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if found is None:
        return False
    revisions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    chain = revision_chain()
    return len(revisions) == 1 and bool(chain) and revisions[0][0] == chain[-1]


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
