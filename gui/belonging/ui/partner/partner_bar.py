"""The line at the foot of the window while a conversation is set up or held: whether the
partner's own screen is connected, and the button that opens it."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QWidget

from belonging.ui.accessibility import announce
from belonging.ui.widgets.command_button import CommandButton
from belonging.ui.widgets.styled import make_label


class PartnerBar(QWidget):
    """A status line and the "Join on your own screen…" button (bound to `action`).
    Setter: `set_status(text)` (announced when it changes; empty: nothing to say)."""

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_label = make_label("", "muted", wrap=False)
        self.button = CommandButton(action, "quiet")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 0, 8, 0)
        layout.setSpacing(12)
        layout.addWidget(self.status_label, 1)
        layout.addWidget(self.button)

    def set_status(self, text: str) -> None:
        """Says where the partner's screen stands."""
        if text != self.status_label.text():
            self.status_label.setText(text)
            self.status_label.setVisible(bool(text))
            announce(self.status_label, text)
