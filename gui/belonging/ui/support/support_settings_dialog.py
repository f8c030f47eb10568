"""File ▸ Settings: the owner's own words on where to find support at their organisation.

They are shown at the end of the "When something heavy comes up" card, so that the listener,
in the moment, has the employee assistance programme or the HR contact in front of them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from belonging.ui.accessibility import label_field
from belonging.ui.widgets.styled import make_label

#: Enough for a few contacts and a sentence each; a card is read in a minute.
MAX_SUPPORT_CHARS = 2000


class SupportSettingsDialog(QDialog):
    """Settings (see the module docstring). Setter: `set_support_text(text)`.
    Signal: `saved(text)` with the words as written (blank: none)."""

    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(640, 460)
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        heading = make_label(self.tr("Where to find support"), "heading")
        intro = make_label(
            self.tr(
                'Shown at the end of the card "When something heavy comes up", for whoever '
                "is listening. Write what your organisation offers and how to reach it: an "
                "employee assistance programme, an HR contact, a wellbeing team. A list "
                "with - at the start of each line works."
            ),
            "muted",
        )
        self.support_label = make_label(self.tr("Your organisation's &support"))
        self.support_edit = QPlainTextEdit()
        self.support_edit.setObjectName("support_edit")
        self.support_edit.setTabChangesFocus(True)
        self.support_edit.setPlaceholderText(
            self.tr("- Employee assistance programme: phone number, hours\n- HR: name, email")
        )
        label_field(self.support_label, self.support_edit)
        self.count_label = make_label("", "muted")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.support_label)
        layout.addWidget(self.support_edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.support_edit.textChanged.connect(self._on_text_changed)

    def showEvent(self, event: QShowEvent) -> None:
        """Starts in the field (a dialog would otherwise start on its default button)."""
        super().showEvent(event)
        self.support_edit.setFocus()

    def set_support_text(self, text: str) -> None:
        """Fills the field with what is saved."""
        self.support_edit.setPlainText(text)
        self._on_text_changed()

    def _on_text_changed(self) -> None:
        length = len(self.support_edit.toPlainText())
        too_long = length > MAX_SUPPORT_CHARS
        self.count_label.setText(
            self.tr("{count} of {limit} characters: shorten it a little.").format(
                count=length, limit=MAX_SUPPORT_CHARS
            )
            if too_long
            else ""
        )
        self.count_label.setVisible(too_long)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not too_long)

    def _on_save(self) -> None:
        self.saved.emit(self.support_edit.toPlainText().strip())
        self.accept()
