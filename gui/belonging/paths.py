"""Where Belonging keeps its data: `--data-dir`, then `BELONGING_DATA_DIR`, then the platform's
user data folder. No Qt here, so the command line and the tests can use it too."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

APP_NAME = "Belonging"
DATA_DIR_VARIABLE = "BELONGING_DATA_DIR"


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The data folder chosen by the user, without creating it."""
    chosen = cli_value or os.environ.get(DATA_DIR_VARIABLE)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def ensure_private_dir(path: Path) -> Path:
    """Create `path` if needed, readable by this user only (0700): it holds people's words.

    Raises OSError when the folder cannot be made or made private (a read-only disk, a folder
    of another user account): callers say so in plain words (`storage.faults`). A folder
    that is private already is left alone, so a read-only one that is fails later, on the
    first write, with the same plain words.
    """
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != 0o700:
        path.chmod(0o700)
    return path


def user_scripts_dir(data_dir: Path) -> Path:
    """The folder of the user's own and imported scripts inside the data folder."""
    return data_dir / "scripts"
