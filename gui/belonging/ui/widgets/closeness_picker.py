"""How close one person feels, 1 to 7: seven radio buttons under a question with their name.

Radio buttons rather than a slider: each value is a visible, named target, arrow keys move
between them, and a screen reader says "3, radio button, 3 of 7" with the question around it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QHBoxLayout, QRadioButton, QVBoxLayout

from belonging.ui.widgets.styled import make_label

SCALE = range(1, 8)


class ClosenessPicker(QGroupBox):
    """A 1-to-7 closeness picker for one person; `value_changed(object)` carries int or None."""

    value_changed = Signal(object)

    def __init__(self, title: str = "", parent=None) -> None:
        super().__init__(title, parent)
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.group = QButtonGroup(self)
        self.buttons: dict[int, QRadioButton] = {}
        row = QHBoxLayout()
        row.setSpacing(18)
        for value in SCALE:
            button = QRadioButton(str(value))
            self.group.addButton(button, value)
            self.buttons[value] = button
            row.addWidget(button)
        row.addStretch(1)
        self.buttons[1].setAccessibleDescription(self.tr("Distant"))
        self.buttons[7].setAccessibleDescription(self.tr("Very close"))

        ends = QHBoxLayout()
        ends.addWidget(make_label(self.tr("1 is distant"), "muted", wrap=False))
        ends.addSpacing(24)
        ends.addWidget(make_label(self.tr("7 is very close"), "muted", wrap=False))
        ends.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addLayout(ends)

    def _connect_signals(self) -> None:
        self.group.idToggled.connect(self._on_group_id_toggled)

    def value(self) -> int | None:
        """The value picked, or None if none is."""
        checked = self.group.checkedId()
        return checked if checked in SCALE else None

    def set_value(self, value: int | None) -> None:
        """Shows `value` (1 to 7) picked, or none picked, without emitting `value_changed`."""
        self.group.blockSignals(True)
        try:
            if value is None:
                self.group.setExclusive(False)
                for button in self.buttons.values():
                    button.setChecked(False)
                self.group.setExclusive(True)
            else:
                self.buttons[value].setChecked(True)
        finally:
            self.group.blockSignals(False)

    @Slot(int, bool)
    def _on_group_id_toggled(self, value: int, checked: bool) -> None:
        if checked:
            self.value_changed.emit(value)
