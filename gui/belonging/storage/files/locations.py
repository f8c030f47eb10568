"""Where things live inside the data folder: the database and its backups.

Kept apart from the modules that open and copy those files so that the first look at the
data at start (`first_look`) can find them without loading SQLAlchemy.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

DATABASE_FILE_NAME = "belonging.sqlite3"
BACKUPS_DIR_NAME = "backups"


def database_path(data_dir: Path) -> Path:
    """The database file inside the data folder."""
    return data_dir / DATABASE_FILE_NAME


def backups_dir(data_dir: Path) -> Path:
    """The folder of backups inside the data folder."""
    return data_dir / BACKUPS_DIR_NAME


def daily_backup_path(data_dir: Path, day: date) -> Path:
    """Where the start-up backup of `day` goes."""
    return backups_dir(data_dir) / f"belonging-daily-{day.isoformat()}.sqlite3"
