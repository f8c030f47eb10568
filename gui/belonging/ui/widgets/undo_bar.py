"""A short notice after something is undone easily — a follow-up ticked done, deleted, a
talking point let go — with Undo for a few seconds (Alt+U), then gone by itself.

What was done is already kept (or already deleted, for good): Undo does it the other way,
it never waits to write. The notice is announced to screen readers as it appears.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QWidget

from belonging.ui.accessibility import announce
from belonging.ui.widgets.styled import make_button, make_card, make_label

#: How long Undo is offered.
UNDO_SECONDS = 8


class UndoBar(QWidget):
    """A banner with what just happened and an Undo button; hidden until `offer` shows it.

    `offer(message, undo)` replaces any earlier offer (whose Undo is then no longer
    possible); `undo()` is called at most once, when Undo is pressed in time.
    """

    def __init__(self, parent: QWidget | None = None, seconds: int = UNDO_SECONDS) -> None:
        super().__init__(parent)
        self._undo: Callable[[], None] | None = None
        self._setup_ui(seconds)
        self._connect_signals()
        self.hide()

    def _setup_ui(self, seconds: int) -> None:
        self.card = make_card("banner")
        row = QHBoxLayout(self.card)
        row.setContentsMargins(16, 6, 8, 6)
        self.message_label = make_label("")
        self.undo_button = make_button(self.tr("&Undo"), "quiet")
        row.addWidget(self.message_label, 1)
        row.addWidget(self.undo_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(seconds * 1000)

    def _connect_signals(self) -> None:
        self.undo_button.clicked.connect(self._on_undo_clicked)
        self.timer.timeout.connect(self.dismiss)

    def offer(self, message: str, undo: Callable[[], None]) -> None:
        """Says `message` and offers Undo for a few seconds."""
        self._undo = undo
        self.message_label.setText(message)
        self.show()
        self.timer.start()
        announce(self, message)

    def message(self) -> str:
        """What the notice says now ("" when it is hidden)."""
        return self.message_label.text() if self.isVisible() else ""

    @Slot()
    def dismiss(self) -> None:
        """Takes the notice away; Undo is no longer possible."""
        self._undo = None
        self.timer.stop()
        self.hide()

    @Slot()
    def _on_undo_clicked(self) -> None:
        undo = self._undo
        self.dismiss()
        if undo is not None:
            undo()
