"""Runs searches off the UI thread, and hands back only the newest one's results.

Searching a long history must not freeze typing, and it must not wait behind the writer
thread's queue of saves either: searches only read, and SQLite (in WAL mode) lets a reader
run beside the writer. So searches get a thread of their own. A search that is no longer
the newest when its turn comes is skipped, and one that finishes late is dropped, so a
slow answer never replaces a newer one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

#: (query, include_private) -> whatever the view shows; runs on the search thread.
SearchFunction = Callable[[str, bool], Any]


class SearchRunner(QObject):
    """Runs `search(query, include_private)` on one worker thread, newest request first.

    `request(query, include_private, ticket)` queues a search; `finished(ticket, result)` or
    `failed(ticket, message)` come back on the UI thread, only for the newest ticket.
    """

    finished = Signal(int, object)
    failed = Signal(int, str)
    #: Emitted from the worker thread; the queued connection brings it to the UI thread.
    _done = Signal(int, object, object)

    def __init__(self, search: SearchFunction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="belonging-search")
        self._lock = threading.Lock()
        self._newest = 0
        self._closed = False
        self._done.connect(self._on_done)

    def request(self, query: str, include_private: bool, ticket: int) -> Future[None] | None:
        """Queues a search; any older one still waiting will be skipped."""
        if self._closed:
            return None
        with self._lock:
            self._newest = max(self._newest, ticket)
        return self._executor.submit(self._run, query, include_private, ticket)

    def _is_newest(self, ticket: int) -> bool:
        with self._lock:
            return ticket == self._newest

    def _run(self, query: str, include_private: bool, ticket: int) -> None:
        if not self._is_newest(ticket):
            return
        try:
            result = self._search(query, include_private)
        except Exception as error:  # reported to the view, never lost
            self._done.emit(ticket, None, error)
            return
        self._done.emit(ticket, result, None)

    @Slot(int, object, object)
    def _on_done(self, ticket: int, result: object, error: object) -> None:
        if not self._is_newest(ticket):
            return
        if error is not None:
            self.failed.emit(ticket, str(error) or type(error).__name__)
        else:
            self.finished.emit(ticket, result)

    def shutdown(self) -> None:
        """Lets any running search finish and stops the thread; later requests are ignored."""
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)
