"""The single-instance lock: one Belonging per data folder, and no stale lock after a crash."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap

import pytest

from belonging.storage.opening.instance_lock import (
    AlreadyRunningError,
    InstanceLock,
    lock_file_path,
)

# A second Belonging in its own process: it takes the lock, says so, and holds it until its
# stdin closes or it is killed. Asked to, it instead reports whether it could take the lock.
_HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from belonging.storage.opening.instance_lock import AlreadyRunningError, InstanceLock

    lock = InstanceLock(Path(sys.argv[1]))
    try:
        lock.acquire()
    except AlreadyRunningError as error:
        print("refused:", error, flush=True)
        sys.exit(3)
    print("locked", flush=True)
    sys.stdin.read()
    """
)


def _start_holder(data_dir) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_lock_is_taken_and_released(tmp_path):
    """The lock can be taken, is reported held, and once released can be taken again."""
    lock = InstanceLock(tmp_path)
    lock.acquire()
    assert lock.held
    lock.release()
    assert not lock.held
    with InstanceLock(tmp_path) as again:
        assert again.held


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX only")
def test_lock_file_is_private(tmp_path):
    """The lock file is readable by this user only, like everything in the data folder."""
    with InstanceLock(tmp_path):
        assert stat.S_IMODE(lock_file_path(tmp_path).stat().st_mode) == 0o600


def test_second_lock_in_the_same_process_is_refused(tmp_path):
    """Even within one process, a second holder of the same folder is refused."""
    with InstanceLock(tmp_path), pytest.raises(AlreadyRunningError) as refused:
        InstanceLock(tmp_path).acquire()
    assert "already open with this data folder" in str(refused.value)
    assert str(tmp_path) in str(refused.value)


def test_other_data_folders_are_independent(tmp_path):
    """Holding one data folder does not stop another data folder being opened."""
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    with InstanceLock(first), InstanceLock(second) as other:
        assert other.held


def test_a_second_process_is_refused_while_the_first_holds_the_lock(tmp_path):
    """A second real process cannot take the lock this process holds, and is told why."""
    with InstanceLock(tmp_path):
        result = subprocess.run(
            [sys.executable, "-c", _HOLDER, str(tmp_path)],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            check=False,
        )
    assert result.returncode == 3, result.stderr
    assert "Belonging is already open with this data folder" in result.stdout


def test_this_process_is_refused_while_another_process_holds_the_lock(tmp_path):
    """A lock held by another process refuses this one, naming the holder's process id."""
    holder = _start_holder(tmp_path)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(AlreadyRunningError) as refused:
            InstanceLock(tmp_path).acquire()
        assert refused.value.holder_pid == holder.pid
    finally:
        holder.stdin.close()
        holder.wait()
    with InstanceLock(tmp_path) as lock:
        assert lock.held


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX only")
def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    """After the holding process is killed outright, the next start takes the lock at once."""
    holder = _start_holder(tmp_path)
    try:
        assert holder.stdout.readline().strip() == "locked"
        os.kill(holder.pid, signal.SIGKILL)
        assert holder.wait() == -signal.SIGKILL
    finally:
        holder.stdout.close()
        holder.stdin.close()
    assert lock_file_path(tmp_path).exists()
    with InstanceLock(tmp_path) as lock:
        assert lock.held
