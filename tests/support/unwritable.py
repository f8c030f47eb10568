"""Real folders Belonging cannot change: an immutable folder, and a folder of another user
account (the `belonging` command run as `nobody`). A read-only folder is
`durability.read_only_folder`.

Each needs powers only root has; each skips, saying why, where the machine cannot do it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

NOBODY = 65534
_RUN_AS = Path(__file__).with_name("run_as_user.py")


def _root_or_skip(what: str) -> None:
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip(f"{what} needs root (run the suite as root to cover it)")


@contextmanager
def immutable(folder: Path) -> Iterator[Path]:
    """`folder` with the immutable attribute: no one, root included, may change its mode or
    add or remove a file in it."""
    _root_or_skip("an immutable folder")
    if shutil.which("chattr") is None:
        pytest.skip("no chattr command here")
    made = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"this file system has no immutable flag: {made.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def run_as_nobody(args: Sequence[str]) -> subprocess.CompletedProcess[str]:
    """The `belonging` command with `args`, run as the user `nobody` (who owns nothing)."""
    _root_or_skip("running as another user")
    return subprocess.run(
        [sys.executable, str(_RUN_AS), str(NOBODY), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
