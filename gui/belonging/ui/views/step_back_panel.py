"""What replaces the prompt after "Too much?": thanks, and a step back. No reason asked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from belonging.ui.widgets.styled import make_button, make_card, make_label


class StepBackPanel(QWidget):
    """A calm line of thanks in place of the prompt, and "Go on" for when you are ready.

    Signal: `finished()` when "Go on" is pressed. Setter: `set_message(text)`.
    """

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()
        self.go_on_button.clicked.connect(self.finished)

    def _setup_ui(self) -> None:
        card = make_card()
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(36, 32, 36, 28)
        card_layout.setSpacing(14)
        self.calm_label = make_label(self.tr("Thank you for saying so."), "calm")
        self.detail_label = make_label(self.default_detail(), "muted")
        self.go_on_button = make_button(self.tr("&Go on"), "primary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.go_on_button)
        buttons.addStretch(1)
        card_layout.addStretch(1)
        card_layout.addWidget(self.calm_label)
        card_layout.addWidget(self.detail_label)
        card_layout.addSpacing(12)
        card_layout.addLayout(buttons)
        card_layout.addStretch(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card)

    def default_detail(self) -> str:
        """The line under the thanks when the controller gives none."""
        return self.tr(
            "Let's step back to something lighter. Take a breath; go on when you are ready."
        )

    def set_message(self, detail: str = "") -> None:
        """Sets the line under the thanks; empty restores the default."""
        self.detail_label.setText(detail or self.default_detail())

    def message(self) -> str:
        """All the panel says, as one sentence for a screen reader."""
        return f"{self.calm_label.text()} {self.detail_label.text()}"
