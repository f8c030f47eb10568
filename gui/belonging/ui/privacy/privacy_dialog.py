"""Settings ▸ Privacy: set, change or remove the passphrase, and when the window locks itself.

Layout only; `PrivacyController` does the work. Before a passphrase is set (or changed) the
dialog says plainly, above the fields and again beside the box that must be ticked, that a
forgotten passphrase cannot be recovered and the notes would be lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from belonging.ui.accessibility import label_field
from belonging.ui.privacy.lock_settings import LOCK_AFTER_CHOICES, lock_after_label
from belonging.ui.privacy.passphrase_fields import NewPassphraseFields, password_field
from belonging.ui.widgets.fit import grow_to_fit
from belonging.ui.widgets.styled import make_button, make_card, make_label


class PrivacyDialog(QDialog):
    """The Privacy settings.

    Signals: `set_requested(new)`, `change_requested(current, new)`, `remove_requested(current)`,
    `lock_after_changed(minutes)`. Setters: `set_protected(bool)`, `set_working(bool)`,
    `set_progress(done, total)`, `show_message(text)`, `set_lock_after(minutes)`.
    """

    set_requested = Signal(str)
    change_requested = Signal(str, str)
    remove_requested = Signal(str)
    lock_after_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Privacy"))
        self.setModal(True)
        self._protected = False
        self._working = False
        self._setup_ui()
        self._connect_signals()
        self.set_working(False)
        self.set_protected(False)

    # Building -------------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.status_label = make_label("", "heading")
        self.warning_card = make_card("banner")
        self.warning_label = make_label(
            self.tr(
                "Before you choose a passphrase: a forgotten passphrase cannot be recovered, "
                "not by you, not by Belonging, not by anyone. If you forget it, your notes and "
                "every backup of them are lost for good. Write it down and keep it somewhere "
                "safe, away from this computer."
            )
        )
        warning_layout = QVBoxLayout(self.warning_card)
        warning_layout.addWidget(self.warning_label)

        self.current_field = password_field()
        self.current_label = make_label(self.tr("&Current passphrase:"), wrap=False)
        label_field(self.current_label, self.current_field)
        current_form = QFormLayout()
        current_form.addRow(self.current_label, self.current_field)
        self.current_row = QWidget()
        self.current_row.setLayout(current_form)
        current_form.setContentsMargins(0, 0, 0, 0)

        self.new_fields = NewPassphraseFields()
        self.understood_box = QCheckBox(
            self.tr("I understand that a forgotten passphrase cannot be recovered")
        )
        self.set_button = make_button(self.tr("&Set passphrase"), "primary")
        self.change_button = make_button(self.tr("C&hange passphrase"), "primary")
        self.remove_button = make_button(self.tr("&Remove passphrase"))
        self.remove_hint = make_label(
            self.tr(
                "Removing the passphrase decrypts the notes and their backups: anyone who can "
                "open your files could then read them."
            ),
            "hint",
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)

        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Re-encrypting the notes"))
        self.progress_label = make_label("", "muted")
        self.message_label = make_label("", "calm")
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.lock_combo = QComboBox()
        for minutes in LOCK_AFTER_CHOICES:
            self.lock_combo.addItem(lock_after_label(minutes), minutes)
        self.lock_label = make_label(self.tr("&Lock the window when unused:"), wrap=False)
        label_field(self.lock_label, self.lock_combo)
        self.lock_hint = make_label(
            self.tr("Ctrl+L locks it at once. Locking hides everything on screen."), "hint"
        )
        lock_form = QFormLayout()
        lock_form.addRow(self.lock_label, self.lock_combo)

        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(make_label(self.tr("Passphrase"), "title"))
        layout.addWidget(self.status_label)
        layout.addWidget(self.warning_card)
        layout.addWidget(self.current_row)
        layout.addWidget(self.new_fields)
        layout.addWidget(self.understood_box)
        layout.addLayout(buttons)
        layout.addWidget(self.remove_hint)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.message_label)
        layout.addSpacing(8)
        layout.addWidget(make_label(self.tr("Locking"), "title"))
        layout.addLayout(lock_form)
        layout.addWidget(self.lock_hint)
        layout.addWidget(self.button_box)

    def showEvent(self, event: QShowEvent) -> None:
        """Opens tall enough for its wrapped warnings, whatever the text size and language."""
        super().showEvent(event)
        grow_to_fit(self)

    def _connect_signals(self) -> None:
        self.new_fields.changed.connect(self._update_buttons)
        self.current_field.textChanged.connect(self._update_buttons)
        self.understood_box.toggled.connect(self._update_buttons)
        self.set_button.clicked.connect(self._on_set_clicked)
        self.change_button.clicked.connect(self._on_change_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.lock_combo.currentIndexChanged.connect(self._on_lock_index_changed)
        self.button_box.rejected.connect(self.reject)

    # Setters --------------------------------------------------------------------------------

    def set_protected(self, protected: bool) -> None:
        """Shows the set-up for plain notes, or change and remove for protected ones."""
        self._protected = protected
        self.status_label.setText(
            self.tr("Your notes and their backups are encrypted with a passphrase.")
            if protected
            else self.tr("Your notes are not protected by a passphrase.")
        )
        self.current_row.setVisible(protected)
        self.set_button.setVisible(not protected)
        self.change_button.setVisible(protected)
        self.remove_button.setVisible(protected)
        self.remove_hint.setVisible(protected)
        self._update_buttons()

    def set_working(self, working: bool) -> None:
        """While the notes are re-encrypted: a progress bar, and nothing else can be pressed."""
        self._working = working
        self.progress_bar.setVisible(working)
        self.progress_label.setVisible(working)
        for widget in (self.current_row, self.new_fields, self.understood_box, self.button_box):
            widget.setEnabled(not working)
        if working:
            self.progress_bar.setRange(0, 0)
            self.progress_label.setText(self.tr("Re-encrypting your notes and backups…"))
        self._update_buttons()

    def set_progress(self, done: int, total: int) -> None:
        """Shows how many of the files are done."""
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_label.setText(
            self.tr("Re-encrypting: {done} of {total} files done").format(done=done, total=total)
        )

    def show_message(self, text: str) -> None:
        """Says how the last request went."""
        self.message_label.setText(text)

    def set_lock_after(self, minutes: int) -> None:
        """Shows the chosen idle time without emitting `lock_after_changed`."""
        index = self.lock_combo.findData(minutes)
        self.lock_combo.blockSignals(True)
        self.lock_combo.setCurrentIndex(max(index, 0))
        self.lock_combo.blockSignals(False)

    def clear_fields(self) -> None:
        """Empties every passphrase field and the box (after a request, done or not)."""
        self.current_field.clear()
        self.new_fields.clear()
        self.understood_box.setChecked(False)

    # Slots ----------------------------------------------------------------------------------

    @Slot()
    def _update_buttons(self) -> None:
        new_ok = self.new_fields.problem() is None and self.understood_box.isChecked()
        current_ok = bool(self.current_field.text())
        idle = not self._working
        self.set_button.setEnabled(idle and not self._protected and new_ok)
        self.change_button.setEnabled(idle and self._protected and new_ok and current_ok)
        self.remove_button.setEnabled(idle and self._protected and current_ok)

    @Slot()
    def _on_set_clicked(self) -> None:
        self.set_requested.emit(self.new_fields.passphrase())

    @Slot()
    def _on_change_clicked(self) -> None:
        self.change_requested.emit(self.current_field.text(), self.new_fields.passphrase())

    @Slot()
    def _on_remove_clicked(self) -> None:
        self.remove_requested.emit(self.current_field.text())

    @Slot(int)
    def _on_lock_index_changed(self, index: int) -> None:
        self.lock_after_changed.emit(int(self.lock_combo.itemData(index)))

    def reject(self) -> None:
        """Closing is refused while the notes are being re-encrypted."""
        if not self._working:
            super().reject()
