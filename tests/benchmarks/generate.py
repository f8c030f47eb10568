"""The benchmark's data folder: made once on the real schema, then kept between runs.

The schema comes from the app's own migrations (search tables and triggers included); the
rows go in through plain `executemany` in one transaction, so the triggers index every note
and shown prompt as the app would. The finished folder is kept in the temporary folder under
a name made of `GENERATOR_VERSION`, the schema revision, a digest of the built-in scripts
and the scale, and is reused until one of them changes. Nothing here is committed: runs work
on a copy (`working_copy`), so the kept folder never sees an app start.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sqlite3
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from belonging.paths import ensure_private_dir
from belonging.resources import builtin_scripts_dir
from belonging.storage.database import create_database_engine, database_path
from belonging.storage.migrations import head_revision, upgrade_to_head

from .rows import RowBuilder, Rows, Scale, iter_counts
from .walks import make_walks

#: Bump when the generated data changes in any way, so kept folders are made again.
GENERATOR_VERSION = 4
_READY = "generated.json"

INSERTS = {
    "person": "INSERT INTO person (id, name, role, created_at) VALUES (?, ?, ?, ?)",
    "pair": "INSERT INTO pair (id, owner_id, partner_id, comfortable_depth, off_limits_topics, "
    "created_at) VALUES (?, ?, ?, ?, ?, ?)",
    "conversation": "INSERT INTO conversation (id, pair_id, script_id, script_sha256, "
    "script_title, planned_minutes, setup, started_at, ended_at, summary, depth_reached) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "conversation_event": "INSERT INTO conversation_event (conversation_id, seq, kind, at, "
    "depth, prompt_id, actor, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "shown_prompt": "INSERT INTO shown_prompt (conversation_id, prompt_id, depth, text, "
    "shown_at) VALUES (?, ?, ?, ?, ?)",
    "note": "INSERT INTO note (conversation_id, prompt_id, visibility, confidential, text, "
    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    "check_in": "INSERT INTO check_in (conversation_id, person_id, moment, closeness, "
    "recorded_at) VALUES (?, ?, ?, ?, ?)",
    "follow_up": "INSERT INTO follow_up (pair_id, conversation_id, owner_id, text, due, done, "
    "done_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "pair_prompt_mark": "INSERT INTO pair_prompt_mark (pair_id, script_id, prompt_id, mark, "
    "conversation_id, created_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
}


@dataclass(frozen=True)
class Generated:
    """A kept data folder and what is in it."""

    data_dir: Path
    counts: dict[str, int]
    big_pair_id: int
    database_mb: float
    seconds: float
    reused: bool


def _scripts_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted(builtin_scripts_dir().glob("*.md")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cache_key(scale: Scale) -> str:
    """The kept folder's name: what the data depends on."""
    return f"v{GENERATOR_VERSION}-r{head_revision()}-{_scripts_digest()}-{scale.key}"


def default_cache_root() -> Path:
    """Where kept folders live: the temporary folder, outside the repository."""
    return Path(tempfile.gettempdir()) / "belonging-benchmark"


def data_folder(
    scale: Scale | None = None, *, cache_root: Path | None = None, regenerate: bool = False
) -> Generated:
    """The kept data folder for `scale`, made now if missing (or if `regenerate`)."""
    scale = scale or Scale()
    root = cache_root or default_cache_root()
    folder = root / cache_key(scale)
    ready = folder / _READY
    if ready.is_file() and not regenerate:
        facts = json.loads(ready.read_text(encoding="utf-8"))
        return Generated(folder / "data", facts["counts"], facts["big_pair_id"],
                         facts["database_mb"], facts["seconds"], reused=True)  # fmt: skip
    partial = root / f"{folder.name}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    rows, big_pair_id = _build(scale)
    data_dir = ensure_private_dir(partial / "data")
    _write(data_dir, rows)
    seconds = time.perf_counter() - started
    size = database_path(data_dir).stat().st_size / 2**20
    facts = {
        "counts": dict(iter_counts(rows)),
        "big_pair_id": big_pair_id,
        "database_mb": round(size, 1),
        "seconds": round(seconds, 1),
        "scale": asdict(scale),
    }
    (partial / _READY).write_text(json.dumps(facts, indent=2), encoding="utf-8")
    partial.rename(folder)
    return Generated(folder / "data", facts["counts"], big_pair_id, facts["database_mb"],
                     facts["seconds"], reused=False)  # fmt: skip


def _build(scale: Scale) -> tuple[Rows, int]:
    builder = RowBuilder(scale, make_walks(_walk_rng(scale), scale.walks_per_script))
    return builder.build(), builder.big_pair_id


def _walk_rng(scale: Scale) -> random.Random:
    return random.Random(scale.seed + 1)


def _write(data_dir: Path, rows: Rows) -> None:
    """Creates the schema with the app's migrations, then inserts every row at once."""
    path = database_path(data_dir)
    engine = create_database_engine(path)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    connection = sqlite3.connect(path)
    try:
        # Safe only here: a half-made folder is thrown away, never kept.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        connection.execute("BEGIN")
        for table, sql in INSERTS.items():
            connection.executemany(sql, getattr(rows, table))
        connection.commit()
        # Back to the mode the app keeps the file in.
        connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()


def working_copy(generated: Generated, into: Path) -> Path:
    """A copy of the kept data folder under `into`, for one run to start the app on."""
    target = into / "data"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(generated.data_dir, target)
    return ensure_private_dir(target)
