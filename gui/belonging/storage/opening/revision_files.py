"""The schema revisions the app knows, read from the migration scripts' own lines.

Alembic is imported only to migrate, and SQLAlchemy not at all here: both the start-up
check (`migrations.needs_upgrade`) and the first look at the data (`first_look`) only need
to know which revision is the newest. A test checks that this reading agrees with Alembic's.
"""

from __future__ import annotations

import re
from pathlib import Path

#: The migration scripts shipped in the package.
VERSIONS_DIR = Path(__file__).resolve().parent.parent / "migrations" / "versions"

_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*=\s*(None|[\"']([^\"']+)[\"'])", re.M)


def revision_chain(versions_dir: Path = VERSIONS_DIR) -> tuple[str, ...]:
    """Every revision in `versions_dir`, oldest first, from the `revision` and
    `down_revision` lines. Reading the few small files takes well under a millisecond, so
    nothing is cached (tests point the folder elsewhere)."""
    parents: dict[str, str | None] = {}
    for path in versions_dir.glob("*.py"):
        found = {m[1]: m[3] for m in _REVISION_LINE.finditer(path.read_text(encoding="utf-8"))}
        if found.get("revision"):
            parents[found["revision"]] = found.get("down_revision")
    chain: list[str] = []
    current = next((r for r, parent in parents.items() if parent is None), None)
    while current is not None:
        chain.append(current)
        current = next((r for r, parent in parents.items() if parent == current), None)
    if len(chain) != len(parents):
        raise RuntimeError("the migrations do not form a single line of revisions")
    return tuple(chain)
