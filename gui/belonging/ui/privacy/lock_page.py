"""What the window shows while locked: nothing of the notes, and a way back in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from belonging.ui.accessibility import announce, label_field
from belonging.ui.privacy.passphrase_fields import password_field
from belonging.ui.widgets.styled import make_button, make_label


class LockPage(QWidget):
    """The locked window's only content: "Locked", and the passphrase field when there is one.

    It replaces the window's content rather than painting over it, so no word of the notes is
    on screen or within reach of a screen reader. Signal: `unlock_requested(passphrase)`
    ("" when the notes have no passphrase). Setters: `set_protected(bool)`, `set_busy(bool)`,
    `show_wrong(text)`.
    """

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("kind", "pause")
        self._protected = False
        self._setup_ui()
        self._connect_signals()
        self.set_protected(False)

    def _setup_ui(self) -> None:
        self.title_label = make_label(self.tr("Locked"), "title")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label = make_label("", "muted")
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase_field = password_field()
        self.passphrase_label = make_label(self.tr("&Passphrase:"), wrap=False)
        label_field(self.passphrase_label, self.passphrase_field)
        self.error_label = make_label("", "hint")
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = make_button(self.tr("&Unlock"), "primary")
        self.unlock_button.setMinimumWidth(180)

        field_row = QHBoxLayout()
        field_row.addStretch(1)
        field_row.addWidget(self.passphrase_label)
        field_row.addWidget(self.passphrase_field, 2)
        field_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(16)
        layout.addStretch(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.detail_label)
        layout.addLayout(field_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def _connect_signals(self) -> None:
        self.unlock_button.clicked.connect(self._on_unlock)
        self.passphrase_field.returnPressed.connect(self._on_unlock)

    def set_protected(self, protected: bool) -> None:
        """With a passphrase, ask for it; without, a button is all it takes."""
        self._protected = protected
        self.passphrase_label.setVisible(protected)
        self.passphrase_field.setVisible(protected)
        self.detail_label.setText(
            self.tr("Everything is hidden. Enter the passphrase to go on.")
            if protected
            else self.tr("Everything is hidden until you unlock.")
        )
        self.error_label.clear()

    def set_busy(self, busy: bool) -> None:
        """While the passphrase is being checked, nothing more can be sent."""
        self.unlock_button.setEnabled(not busy)
        self.passphrase_field.setEnabled(not busy)

    def show_wrong(self, text: str) -> None:
        """Says the passphrase was not right, empties the field and puts the cursor back."""
        self.error_label.setText(text)
        self.passphrase_field.clear()
        self.set_busy(False)
        self.passphrase_field.setFocus()
        announce(self.error_label, text)

    def focus_first(self) -> None:
        """Puts the keyboard focus where the user starts: the field, or the button."""
        (self.passphrase_field if self._protected else self.unlock_button).setFocus()

    @Slot()
    def _on_unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        self.unlock_requested.emit(self.passphrase_field.text() if self._protected else "")
