"""The pause cover: while it shows, neither the prompt nor any note is on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from belonging.ui.widgets.styled import make_button, make_label


class PauseOverlay(QWidget):
    """What the conversation page shows while paused: how long, and Resume.

    The conversation view swaps its whole content for this widget (rather than painting over
    it), so the words are not merely covered: they are not on screen at all, and a screen
    reader cannot reach them either. Signal: `resume_requested()`. Setter: `set_elapsed(s)`.
    """

    resume_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("kind", "pause")
        self._setup_ui()
        self.resume_button.clicked.connect(self.resume_requested)
        self.set_elapsed(0)

    def _setup_ui(self) -> None:
        self.title_label = make_label(self.tr("Paused"), "title")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label = make_label(
            self.tr("Everything is hidden until you resume. Take the time you need."), "muted"
        )
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.elapsed_label = make_label("", "heading")
        self.elapsed_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.resume_button = make_button(self.tr("&Resume"), "primary")
        self.resume_button.setMinimumWidth(180)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(16)
        layout.addStretch(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.detail_label)
        layout.addSpacing(8)
        layout.addWidget(self.elapsed_label)
        layout.addSpacing(16)
        layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def set_elapsed(self, seconds: float) -> None:
        """Shows how long the pause has lasted, to the minute."""
        minutes = max(0, int(seconds)) // 60
        if minutes < 1:
            text = self.tr("Paused for less than a minute")
        elif minutes < 60:
            text = self.tr("Paused for {minutes} min").format(minutes=minutes)
        else:
            text = self.tr("Paused for {hours} h {minutes} min").format(
                hours=minutes // 60, minutes=minutes % 60
            )
        self.elapsed_label.setText(text)
