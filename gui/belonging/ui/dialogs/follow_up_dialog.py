"""Changing a follow-up after the conversation: its words, whose it is, by when — or
deleting it (the page then offers Undo for a few seconds)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from belonging.application.continuity_rows import FollowUpItem
from belonging.application.rows import OWNER, PARTNER
from belonging.ui.accessibility import label_field
from belonging.ui.widgets.date_field import date_field
from belonging.ui.widgets.styled import make_button, make_label


class FollowUpDialog(QDialog):
    """Edits one follow-up. Signals: `saved(text, whose, due)` (whose: OWNER, PARTNER or
    None for both; due: a date or None), `delete_requested()`. Opened with `open()`."""

    saved = Signal(str, object, object)
    delete_requested = Signal()

    def __init__(
        self,
        item: FollowUpItem,
        owner_name: str,
        partner_name: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("follow_up_dialog")
        self.setWindowTitle(self.tr("Follow-up"))
        self._setup_ui(item, owner_name, partner_name, today)
        self._connect_signals()

    def _setup_ui(
        self, item: FollowUpItem, owner_name: str, partner_name: str, today: date
    ) -> None:
        self.text_edit = QLineEdit(item.text)
        self.owner_combo = QComboBox()
        for name, key in ((owner_name, OWNER), (partner_name, PARTNER)):
            self.owner_combo.addItem(name, key)
        self.owner_combo.addItem(self.tr("Both of you"), None)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(item.owner_key)))
        self.due_check = QCheckBox(self.tr("&Due date"))
        self.due_check.setChecked(item.due is not None)
        self.due_edit = date_field(
            QDate(item.due or today), self.tr("Due date"), enabled=item.due is not None
        )
        text_label = make_label(self.tr("&What"), wrap=False)
        owner_label = make_label(self.tr("W&ho"), wrap=False)
        label_field(text_label, self.text_edit)
        label_field(owner_label, self.owner_combo)
        form = QGridLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        form.addWidget(text_label, 0, 0)
        form.addWidget(self.text_edit, 0, 1, 1, 2)
        form.addWidget(owner_label, 1, 0)
        form.addWidget(self.owner_combo, 1, 1, 1, 2)
        form.addWidget(self.due_check, 2, 0)
        form.addWidget(self.due_edit, 2, 1)
        form.setColumnStretch(1, 1)
        self.delete_button = make_button(self.tr("De&lete follow-up"), "quiet")
        self.cancel_button = make_button(self.tr("Cancel"))
        self.save_button = make_button(self.tr("&Save"), "primary")
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(14)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def _connect_signals(self) -> None:
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.text_edit.textChanged.connect(self._on_text_changed)
        self.text_edit.returnPressed.connect(self._on_save_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.delete_button.clicked.connect(self._on_delete_clicked)

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        self.save_button.setEnabled(bool(text.strip()))

    @Slot()
    def _on_save_clicked(self) -> None:
        text = self.text_edit.text().strip()
        if not text:
            return
        due = self.due_edit.date().toPython() if self.due_check.isChecked() else None
        self.saved.emit(text, self.owner_combo.currentData(), due)
        self.accept()

    @Slot()
    def _on_delete_clicked(self) -> None:
        self.delete_requested.emit()
        self.accept()
