"""A push button that stands for a QAction: same text, same enabled state, same tooltip.

The conversation's commands are actions (so their keys work from inside the note editors)
and buttons (so they can be clicked and tabbed to). Binding the two keeps them in step.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget

from belonging.ui.widgets.styled import set_kind


class CommandButton(QPushButton):
    """A button that triggers `action` when clicked and mirrors its text, state and tooltip."""

    def __init__(self, action: QAction, kind: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._action = action
        self.setAutoDefault(False)
        if kind:
            set_kind(self, kind)
        self._sync()
        action.changed.connect(self._sync)
        self.clicked.connect(self._on_clicked)

    def action(self) -> QAction:
        """The action this button stands for."""
        return self._action

    @Slot()
    def _sync(self) -> None:
        self.setText(self._action.text())
        self.setToolTip(self._action.toolTip())
        self.setEnabled(self._action.isEnabled())
        self.setCheckable(self._action.isCheckable())
        self.setChecked(self._action.isChecked())

    @Slot()
    def _on_clicked(self) -> None:
        self._action.trigger()
