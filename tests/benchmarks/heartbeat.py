"""How long the UI thread goes without turning its event loop: the stalls a person feels.

A 1 ms precise timer records the time between its beats. A beat that comes late means the
event loop was held up: by work on the UI thread (its processor time in the gap says so),
by another thread holding the interpreter lock, or by the machine giving the process no
processor at all (neither the thread nor the process used any time in the gap).
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer


class Heartbeat:
    """A 1 ms timer on the UI thread that keeps how long each turn of the event loop took."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        #: Processor time the UI thread used in each gap: a long gap with little of it was
        #: spent waiting (for the interpreter lock, or for a processor), not working.
        self.busy: list[float] = []
        #: Processor time of the whole process (the writer thread too) in each gap.
        self.process_busy: list[float] = []
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._last_process = time.process_time()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._beat)

    def start(self) -> None:
        """Starts beating (the first gap counts from now)."""
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._last_process = time.process_time()
        self.timer.start()

    def _beat(self) -> None:
        now, cpu, process = time.perf_counter(), time.thread_time(), time.process_time()
        self.gaps.append((now - self._last) * 1000)
        self.busy.append((cpu - self._last_cpu) * 1000)
        self.process_busy.append((process - self._last_process) * 1000)
        self._last, self._last_cpu, self._last_process = now, cpu, process

    def stop(self) -> None:
        """Stops beating."""
        self.timer.stop()

    def longest(self) -> int:
        """The index of the longest gap (the first, which includes starting, is skipped)."""
        return max(range(1, len(self.gaps)), key=self.gaps.__getitem__)
