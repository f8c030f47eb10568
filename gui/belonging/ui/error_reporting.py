"""An unexpected error while the window is open: a calm sentence for the person, the
traceback for the developer's terminal only.

Qt calls Python slots from C++, and an exception escaping one would otherwise print a
traceback and carry on silently. The hook installed here still prints it to stderr (that is
where a bug report starts) but shows the person one sentence instead: what they wrote is
saved as they type, and the next start offers to continue.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from belonging.paths import APP_NAME

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def calm_text() -> str:
    """What the person reads after an unexpected error."""
    return QCoreApplication.translate(
        "Errors",
        "Something went wrong inside Belonging. What you wrote is saved as you type, so "
        "nothing should be lost. If the window does not behave as it should, close it and "
        "open Belonging again: it will offer to continue where you left off.",
    )


class CalmErrorHook:
    """A `sys.excepthook` that prints the traceback and shows `calm_text()` once at a time.

    `install()` puts it in place and `uninstall()` restores the previous hook.
    """

    def __init__(self, parent: Callable[[], QWidget | None] = lambda: None) -> None:
        self._parent = parent
        self._previous: ExceptHook | None = None
        self.dialog: QMessageBox | None = None

    def install(self) -> None:
        """Becomes `sys.excepthook`."""
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        """Puts the previous hook back."""
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        traceback.print_exception(kind, error, tb, file=sys.stderr)
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.exit(130)
            return
        if self.dialog is not None and self.dialog.isVisible():
            return
        box = QMessageBox(self._parent())
        box.setObjectName("unexpected_error")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(APP_NAME)
        box.setText(calm_text())
        box.addButton(QMessageBox.StandardButton.Ok)
        box.open()
        self.dialog = box
