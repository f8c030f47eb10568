"""Only this user may read the data folder: folders 0700, files 0600, whoever made them.

Storage creates its own files private (`database.create_private_file`, backups, the lock).
Other files land in the folder too: the window's settings written by Qt, scripts imported by
the command line, files a user copies in. `use_private_umask` makes every file the process
creates private from the start (the app calls it first thing), and `tighten_modes` puts right
anything looser, at every opening and closing of the data folder.

On Windows, files are private through the user's profile folder's access lists, not modes,
so these do nothing there.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from belonging.storage.opening.file_state import SIDECAR_SUFFIXES

FOLDER_MODE = 0o700
FILE_MODE = 0o600
PRIVATE_UMASK = 0o077


def use_private_umask() -> int:
    """Make every file and folder this process creates from now on private to this user.

    Returns the previous umask. Exports the user saves elsewhere are private too, which is
    what notes about people call for; the user can share them on purpose.
    """
    return os.umask(PRIVATE_UMASK)


def loose_modes(data_dir: Path) -> list[tuple[Path, int]]:
    """Every folder and file under `data_dir` (itself included) that others could read or
    write, with its mode. Symbolic links are not followed: what they point at is not ours."""
    if os.name != "posix":
        return []
    loose = []
    for path in _walk(Path(data_dir)):
        mode = stat.S_IMODE(path.lstat().st_mode)
        wanted = FOLDER_MODE if path.is_dir() else FILE_MODE
        if mode & ~wanted:
            loose.append((path, mode))
    return loose


def tighten_modes(data_dir: Path) -> list[Path]:
    """Take away from group and others every right on the files and folders of `data_dir`.

    Returns what was changed. A file that vanishes meanwhile is skipped; one that cannot be
    changed (owned by someone else) raises PermissionError.
    """
    changed = []
    for path, mode in loose_modes(data_dir):
        try:
            path.chmod(mode & (FOLDER_MODE if path.is_dir() else FILE_MODE))
        except FileNotFoundError:
            continue
        changed.append(path)
    return changed


def tighten_database_files(db_path: Path) -> list[Path]:
    """Make the database and its -wal, -shm and -journal private where the file really lives.

    `tighten_modes` does not follow links, so a database linked from elsewhere (another
    disk, a synced folder) is seen to here. SQLite makes its -wal and -shm beside the real
    file with the real file's mode, so the real file must be private before any connection
    opens it. Returns what was changed; raises PermissionError for a file of another user.
    """
    if os.name != "posix":
        return []
    real = Path(db_path).resolve()
    changed = []
    for path in (real, *(real.with_name(real.name + suffix) for suffix in SIDECAR_SUFFIXES)):
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & ~FILE_MODE:
                path.chmod(mode & FILE_MODE)
                changed.append(path)
        except FileNotFoundError:
            continue
    return changed


def _walk(root: Path) -> list[Path]:
    if not root.is_dir() or root.is_symlink():
        return []
    found = [root]
    for folder, folders, files in os.walk(root, followlinks=False):
        base = Path(folder)
        for name in (*folders, *files):
            path = base / name
            if not path.is_symlink():
                found.append(path)
    return found
