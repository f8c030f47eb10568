"""Python's cyclic garbage collector held back while an export reads a long history.

Reading a thousand conversations makes about a million objects that live until the export
is written. Each time that many new objects have outlived two younger collections, Python
runs a full collection over every object of the app, holding the interpreter lock for some
50 ms, on whichever thread happened to allocate: the window then misses its frames, though
the export runs on a thread of its own. Held back for the few seconds of the export (the
objects it makes are freed by their reference counts when it ends), the collector resumes
as it was when the last export running ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Automatic collection off for the block; exports running at once share the pause."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
