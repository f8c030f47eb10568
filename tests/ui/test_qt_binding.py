"""The Qt binding itself must be sound: a long conversation calls Qt setters many thousand
times, and a binding that leaks references to None or to booleans aborts the app mid-talk
(PySide6 6.12.0 on Python 3.11 did; pyproject.toml excludes it)."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

# Few enough that a leaking binding fails this test instead of aborting the whole run.
CALLS = 1_000


class _Emitter(QObject):
    changed = Signal(bool)


def test_void_calls_do_not_leak_references_to_none(qapp):
    """Calling a void Qt method keeps None's reference count steady."""
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("the same words")
    assert sys.getrefcount(None) - before > -CALLS // 2


def test_bool_signals_do_not_leak_references_to_booleans(qapp):
    """Emitting a bool signal keeps True's reference count steady."""
    emitter = _Emitter()
    received = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        emitter.changed.emit(True)
    received.clear()
    assert sys.getrefcount(True) - before > -CALLS // 2
