"""At start, when the notes are encrypted: the passphrase, or Quit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from belonging.ui.accessibility import announce, label_field
from belonging.ui.privacy.passphrase_fields import password_field
from belonging.ui.widgets.styled import make_button, make_label


class PassphrasePrompt(QDialog):
    """Asks for the passphrase that opens the notes.

    Signals: `submitted(passphrase)`, `quit_requested()`, `never_set_requested()` (the user
    never set a passphrase: the file must be damaged). Setters: `set_busy(bool)`,
    `show_wrong(text)`, `set_note(text)` (what the person must know before typing, such as
    which passphrase opens the notes after a change of it was cut short). Closing the
    dialog is Quit.
    """

    submitted = Signal(str)
    quit_requested = Signal()
    never_set_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Belonging"))
        self.setModal(True)
        self._setup_ui()
        self._connect_signals()
        self.set_busy(False)

    def _setup_ui(self) -> None:
        self.title_label = make_label(self.tr("Your notes are protected by a passphrase"), "title")
        self.detail_label = make_label(
            self.tr("Enter it to open them. A forgotten passphrase cannot be recovered."),
            "muted",
        )
        self.note_label = make_label("", "banner")
        self.note_label.setContentsMargins(12, 8, 12, 8)
        self.note_label.setVisible(False)
        self.passphrase_field = password_field()
        self.passphrase_label = make_label(self.tr("&Passphrase:"), wrap=False)
        label_field(self.passphrase_label, self.passphrase_field)
        # Named by what it says (a label's text is its name), and announced when it changes.
        self.error_label = make_label("", "hint")
        self.open_button = make_button(self.tr("&Open"), "primary")
        self.open_button.setDefault(True)
        self.quit_button = make_button(self.tr("&Quit"))
        self.never_set_button = make_button(self.tr("I never set a passphrase"), "quiet")

        form = QFormLayout()
        form.addRow(self.passphrase_label, self.passphrase_field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.never_set_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.setMinimumWidth(520)
        layout.addWidget(self.title_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.note_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.passphrase_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _connect_signals(self) -> None:
        self.open_button.clicked.connect(self._on_open)
        self.passphrase_field.returnPressed.connect(self._on_open)
        self.quit_button.clicked.connect(self.quit_requested)
        self.never_set_button.clicked.connect(self.never_set_requested)

    def set_busy(self, busy: bool) -> None:
        """While the notes are being opened, nothing more can be sent."""
        for widget in (self.passphrase_field, self.open_button, self.never_set_button):
            widget.setEnabled(not busy)
        if busy:
            self.error_label.setText(self.tr("Opening…"))

    def set_note(self, text: str) -> None:
        """Shows `text` above the field (nothing when empty)."""
        self.note_label.setText(text)
        self.note_label.setAccessibleName(text)
        self.note_label.setVisible(bool(text))

    def show_wrong(self, text: str) -> None:
        """Says what went wrong, empties the field and puts the cursor back in it."""
        self.set_busy(False)
        self.error_label.setText(text)
        self.passphrase_field.clear()
        self.passphrase_field.setFocus()
        self._make_room()
        announce(self.error_label, text)

    def _make_room(self) -> None:
        # A message that wraps to two lines makes the dialog taller; left alone, the layout
        # would squeeze Quit and Open below it into blank slivers.
        self.layout().activate()
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    @Slot()
    def _on_open(self) -> None:
        text = self.passphrase_field.text()
        if not self.open_button.isEnabled():
            return
        if not text:
            self.show_wrong(self.tr("Type the passphrase first."))
            return
        self.set_busy(True)
        self.submitted.emit(text)

    def reject(self) -> None:
        """Escape is Quit."""
        self.quit_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window is Quit too."""
        event.ignore()
        self.quit_requested.emit()
