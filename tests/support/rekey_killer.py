"""A process that sets, changes or removes the passphrase and dies after its Nth file operation.

Run as `python rekey_killer.py`. It imports the app's storage once (with the tests' quick key
derivation), then for every line `go FOLDER KIND N DAY` on stdin forks a child that opens
FOLDER (with `PASSPHRASE` unless KIND is `set`), then counts every file operation the
re-keying makes (create, write, link, rename, replace, unlink, fsync, utime) and kills itself
with SIGKILL right after the Nth, as a crash or a power cut would stop it: no clean-up code
runs. With `fail` instead of `go`, the Nth operation raises OSError(EIO) instead, and the
child checks what it holds afterwards. The zygote answers each line with `killed`, `failed
KEY` (whether the open folder holds the `old` or the `new` key after the failure) or
`finished` (the re-keying ended before its Nth operation).

Forking from one warm process keeps dozens of kills within seconds; each child is a real,
separate process.
"""

from __future__ import annotations

import errno
import os
import signal
import sys
import traceback
from datetime import date
from pathlib import Path

_COUNTED = ("link", "rename", "replace", "unlink", "fsync", "utime", "write")


def _install(limit: int, *, fail: bool) -> list[int]:
    """Count the file operations of this process from now on; stop at the `limit`th.
    Returns the count so far, as a one-item list that goes on counting."""
    count = 0
    seen = [0]

    def after_one() -> None:
        nonlocal count
        count += 1
        seen[0] = count
        if count != limit:
            return
        if fail:
            raise OSError(errno.EIO, "injected disk error")
        os.kill(os.getpid(), signal.SIGKILL)

    def counted(real):
        def wrapper(*args, **kwargs):
            result = real(*args, **kwargs)
            after_one()
            return result

        return wrapper

    for name in _COUNTED:
        setattr(os, name, counted(getattr(os, name)))
    real_open = os.open

    def opening(path, flags, *args, **kwargs):
        fd = real_open(path, flags, *args, **kwargs)
        if flags & os.O_CREAT:
            after_one()
        return fd

    os.open = opening
    return seen


def _child(folder: Path, kind: str, limit: int, day: date, *, fail: bool) -> int:
    from belonging.storage.encryption.passphrase import (
        change_passphrase,
        remove_passphrase,
        set_passphrase,
    )
    from belonging.storage.opening.startup import open_data_folder
    from support.encryption import OTHER_PASSPHRASE, PASSPHRASE

    opened = open_data_folder(folder, today=day, passphrase=None if kind == "set" else PASSPHRASE)
    old_key = opened.key
    seen = _install(limit, fail=fail)
    try:
        if kind == "set":
            set_passphrase(opened, PASSPHRASE)
        elif kind == "change":
            change_passphrase(opened, PASSPHRASE, OTHER_PASSPHRASE)
        else:
            remove_passphrase(opened, PASSPHRASE)
    except OSError:
        if not fail:
            raise
        held = "old" if opened.key == old_key else "new"
        with opened.engine.connect() as connection:  # the open folder still works
            connection.exec_driver_sql("SELECT count(*) FROM note").scalar_one()
        opened.close()
        _say(f"failed {held}")
        return 3
    opened.close()
    if seen[0] >= limit:  # the error came after the point of no return, and was absorbed
        _say("failed new")
        return 3
    return 0


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode("utf-8"))


def _warm_up() -> None:
    """Open, re-key and close a folder once, so every module the children use is loaded
    (some load on first use) before the first fork, not once in every child."""
    import tempfile

    from belonging.storage.encryption.passphrase import change_passphrase
    from belonging.storage.opening.startup import open_data_folder
    from support.encryption import OTHER_PASSPHRASE, PASSPHRASE

    with tempfile.TemporaryDirectory() as folder:
        opened = open_data_folder(Path(folder) / "data", passphrase=PASSPHRASE)
        change_passphrase(opened, PASSPHRASE, OTHER_PASSPHRASE)
        opened.close()


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from belonging.storage.encryption import keys

    keys.KDF_ITERATIONS = 1_000  # as `support.encryption.quick_key_derivation`
    _warm_up()

    for line in sys.stdin:
        word, folder, kind, limit, day = line.split()
        fail = word == "fail"
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = _child(Path(folder), kind, int(limit), date.fromisoformat(day), fail=fail)
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(code)
        _pid, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
            _say("killed")
        elif os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
            _say("finished")
        elif not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 3):
            _say(f"crashed {status}")


if __name__ == "__main__":
    main()
