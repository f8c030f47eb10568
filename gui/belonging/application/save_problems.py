"""Why something could not be saved, in one vocabulary for every screen.

Storage says why the disk refused (`StorageProblem`); a busy database is told apart from
the message SQLite gives. Screens choose their own words for each `SaveProblem`, so every
"could not save" in the app reads the same.
"""

from __future__ import annotations

import enum

from belonging.storage.faults import StorageProblem, storage_problem


class SaveProblem(enum.Enum):
    """Why a save did not go through (it is kept and tried again)."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    BUSY = "busy"
    OTHER = "other"


def save_problem(error: BaseException) -> tuple[SaveProblem, str]:
    """The kind of problem behind `error`, and its own words (for a developer's log)."""
    detail = str(error) or type(error).__name__
    problem = storage_problem(error)
    if problem is StorageProblem.DISK_FULL:
        return SaveProblem.DISK_FULL, detail
    if problem is StorageProblem.READ_ONLY:
        return SaveProblem.READ_ONLY, detail
    lowered = detail.lower()
    if "busy" in lowered or "locked" in lowered:
        return SaveProblem.BUSY, detail
    return SaveProblem.OTHER, detail
