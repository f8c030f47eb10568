"""Why something could not be saved, in one vocabulary for every screen.

Storage says why the disk refused (`StorageProblem`) and whether the file itself is
damaged (`is_damage`); a busy database is told apart from the message SQLite gives. Screens
choose their own words for each `SaveProblem`, so every "could not save" in the app reads
the same.
"""

from __future__ import annotations

import enum

from belonging.storage.faults import StorageProblem, is_damage, storage_problem


class SaveProblem(enum.Enum):
    """Why a save did not go through (it is kept and tried again)."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    BUSY = "busy"
    #: The database file is damaged: retrying cannot help; the window leads to the same
    #: recovery as a damaged file at start (`application.opening.damage_found`).
    DAMAGED = "damaged"
    OTHER = "other"


def save_problem(error: BaseException) -> tuple[SaveProblem, str]:
    """The kind of problem behind `error`, and its own words (for a developer's log)."""
    detail = str(error) or type(error).__name__
    if is_damage(error):
        return SaveProblem.DAMAGED, detail
    problem = storage_problem(error)
    if problem is StorageProblem.DISK_FULL:
        return SaveProblem.DISK_FULL, detail
    if problem is StorageProblem.READ_ONLY:
        return SaveProblem.READ_ONLY, detail
    lowered = detail.lower()
    if "busy" in lowered or "locked" in lowered:
        return SaveProblem.BUSY, detail
    return SaveProblem.OTHER, detail
