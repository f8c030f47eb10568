"""Typing a new passphrase twice, with the rules it must meet said before, not after."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from belonging.ui.accessibility import label_field
from belonging.ui.widgets.styled import make_label

#: Shorter than this is refused: a passphrase guards people's most personal words.
MIN_LENGTH = 8


def new_passphrase_problem(first: str, second: str) -> str | None:
    """Why `first` (typed again as `second`) cannot be the new passphrase, or None if it can."""
    if not first:
        return QCoreApplication.translate("Privacy", "Type a passphrase.")
    if len(first) < MIN_LENGTH:
        return QCoreApplication.translate(
            "Privacy", "Use at least {count} characters; a short sentence is best."
        ).format(count=MIN_LENGTH)
    if first.strip() != first:
        return QCoreApplication.translate(
            "Privacy",
            "The passphrase starts or ends with a space; remove it, or it is easy to "
            "mistype later.",
        )
    if first != second:
        return QCoreApplication.translate("Privacy", "The two passphrases are not the same.")
    return None


def password_field(placeholder: str = "") -> QLineEdit:
    """A field that hides what is typed; in password mode Qt also keeps it from the clipboard
    and from input-method prediction."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


class NewPassphraseFields(QWidget):
    """Two fields, "New passphrase" and "Type it again", and what is wrong with them so far.

    `changed()` is emitted on every edit; `problem()` says what still stops the passphrase
    (None once it can be used) and `passphrase()` gives it.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.first_field = password_field()
        self.second_field = password_field()
        self.first_label = make_label(self.tr("&New passphrase:"), wrap=False)
        self.second_label = make_label(self.tr("&Type it again:"), wrap=False)
        label_field(self.first_label, self.first_field)
        label_field(self.second_label, self.second_field)
        self.problem_label = make_label("", "hint")
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.first_label, self.first_field)
        layout.addRow(self.second_label, self.second_field)
        layout.addRow(self.problem_label)

    def _connect_signals(self) -> None:
        self.first_field.textChanged.connect(self._on_text_changed)
        self.second_field.textChanged.connect(self._on_text_changed)

    def passphrase(self) -> str:
        """The new passphrase as typed."""
        return self.first_field.text()

    def problem(self) -> str | None:
        """What stops this passphrase being used, or None."""
        return new_passphrase_problem(self.first_field.text(), self.second_field.text())

    def clear(self) -> None:
        """Empties both fields (after use: the words should not linger in a widget)."""
        self.first_field.clear()
        self.second_field.clear()

    @Slot()
    def _on_text_changed(self) -> None:
        # Only say what is wrong once both have been typed into; nagging after one key is not
        # helpful.
        started = bool(self.first_field.text()) and bool(self.second_field.text())
        self.problem_label.setText((self.problem() or "") if started else "")
        self.changed.emit()
