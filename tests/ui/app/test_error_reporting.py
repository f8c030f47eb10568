"""An unexpected error in a slot shows one calm sentence, never the traceback."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from belonging.ui.error_reporting import CalmErrorHook, calm_text


class _Emitter(QObject):
    fired = Signal()


def test_an_exception_in_a_slot_shows_a_calm_message(qtbot, capsys):
    """The person reads a calm sentence; the traceback goes to stderr only."""
    hook = CalmErrorHook()
    hook.install()
    try:
        emitter = _Emitter()

        def broken() -> None:
            raise RuntimeError("a bug deep inside")

        emitter.fired.connect(broken)
        emitter.fired.emit()
        qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
        assert hook.dialog.text() == calm_text()
        assert "Traceback" not in hook.dialog.text() and "RuntimeError" not in hook.dialog.text()
        assert "a bug deep inside" in capsys.readouterr().err
        hook.dialog.close()
    finally:
        hook.uninstall()
    assert sys.excepthook is not hook
