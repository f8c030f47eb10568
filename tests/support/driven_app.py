"""The test's side of `app_child.py`: start the real app in its own process, read what its
driver says as it says it, and end the process from outside."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

CHILD = Path(__file__).with_name("app_child.py")


class DrivenApp:
    """`belonging --data-dir DATA_DIR` in a child process, typing as `app_child.py` says.

    `lines` are the driver's lines so far (each split in words), read by a thread as they
    come; `wait_for(word)` waits for the first line starting with `word`.
    """

    def __init__(self, data_dir: Path, *args: str, log: Path) -> None:
        self._log = log.open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD), str(data_dir), *args],
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
            encoding="utf-8",
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        self.lines: list[list[str]] = []
        self._arrived = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._arrived:
                self.lines.append(line.split())
                self._arrived.notify_all()
        with self._arrived:
            self.lines.append(["<ended>"])
            self._arrived.notify_all()

    def wait_for(self, word: str, timeout: float = 120.0) -> list[str]:
        """The first line that starts with `word`, once it has come."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while True:
                for line in self.lines:
                    if line and line[0] == word:
                        return line
                    if line == ["<ended>"]:
                        raise AssertionError(f"the app ended before {word!r}: {self.errors()}")
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"no {word!r} within {timeout} s: {self.errors()}")
                self._arrived.wait(remaining)

    def signal(self, signum: int) -> float:
        """Sends `signum` now; the moment it was sent (`time.monotonic()`)."""
        sent = time.monotonic()
        os.kill(self.process.pid, signum)
        return sent

    def ended(self, timeout: float = 60.0) -> int:
        """Waits for the process to end and for its last line to be read; its exit code."""
        code = self.process.wait(timeout)
        self._reader.join(timeout)
        self._log.close()
        return code

    def errors(self) -> str:
        """What the app wrote to its standard error so far."""
        self._log.flush()
        return Path(self._log.name).read_text(encoding="utf-8")[-3000:]

    def stop(self) -> None:
        """Kills the process if it is still running (a failed test's clean-up)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(30)
        if not self._log.closed:
            self._log.close()
