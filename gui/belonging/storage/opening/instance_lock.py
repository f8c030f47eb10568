"""One Belonging at a time per data folder: a lock file held with an operating-system lock.

Two instances writing the same database would each autosave over the other's notes, so the
second one is refused. The lock is taken with `flock` (POSIX) or `msvcrt.locking` (Windows),
which the operating system drops the moment the holding process ends, however it ends: a crash
or a kill never leaves a stale lock behind, and no one has to delete a file by hand.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path
from types import TracebackType

if os.name == "nt":
    import msvcrt
else:
    import fcntl

LOCK_FILE_NAME = "belonging.lock"

# Errors the OS gives when someone else holds the lock, as opposed to a real I/O failure.
_HELD_ELSEWHERE = {errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK}


class AlreadyRunningError(Exception):
    """Another Belonging holds the data folder; the message is shown to the user as is."""

    def __init__(self, data_dir: Path, holder_pid: int | None = None) -> None:
        self.data_dir = data_dir
        self.holder_pid = holder_pid
        super().__init__(
            f"Belonging is already open with this data folder ({data_dir}). "
            "Switch to the window that is open, or close it and try again. "
            "Two copies writing the same notes could overwrite each other, so this one "
            "has not opened them."
        )


def lock_file_path(data_dir: Path) -> Path:
    """Where the lock file of `data_dir` lives."""
    return data_dir / LOCK_FILE_NAME


class InstanceLock:
    """The single-instance lock on a data folder; use it as a context manager or acquire/release.

    Locks are per open file, so a second `InstanceLock` on the same folder is refused even
    inside the same process. The lock file itself is never deleted: removing it while another
    process waits on it would let two processes each lock a different file of the same name.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = lock_file_path(self.data_dir)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock now."""
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock without waiting; raise `AlreadyRunningError` if another holder has it.

        Other `OSError`s (a read-only folder, a full disk) propagate for the caller to explain.
        """
        if self._fd is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError as error:
            holder = _read_pid(fd)
            os.close(fd)
            if error.errno in _HELD_ELSEWHERE:
                raise AlreadyRunningError(self.data_dir, holder) from None
            raise
        self._fd = fd
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        _write_pid(fd)

    def release(self) -> None:
        """Let the lock go; harmless if it is not held."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()

    def __del__(self) -> None:
        if getattr(self, "_fd", None) is not None:
            self.release()


def _lock(fd: int) -> None:
    if os.name == "nt":
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fd: int) -> None:
    if os.name == "nt":
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)


# On Windows the locked first byte cannot be read by others, so the pid is written after it.
_PID_OFFSET = 1 if os.name == "nt" else 0


def _write_pid(fd: int) -> None:
    """Record who holds the lock, for whoever is refused; best effort only."""
    with contextlib.suppress(OSError):
        os.ftruncate(fd, _PID_OFFSET)
        os.lseek(fd, _PID_OFFSET, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, _PID_OFFSET, os.SEEK_SET)
        text = os.read(fd, 64).decode("ascii", errors="ignore").strip(" \x00\n")
    except OSError:
        return None
    return int(text) if text.isdigit() else None
