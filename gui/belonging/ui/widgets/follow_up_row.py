"""One follow-up with its Done box, wherever follow-ups come up: Home, a pair's page, the
set-up's "From last time" and the wrap-up.

The box is ticked when the follow-up is done; its words beside it wrap (a check box's own
text would not), and clicking them ticks it too. Below, muted, whose it is and when it is
due — gently marked once it is overdue. An optional "Edit…" opens it for changing or
deleting.
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from belonging.application.continuity_rows import FollowUpItem
from belonging.ui.accessibility import name_in_context
from belonging.ui.views.describe import follow_up_details
from belonging.ui.widgets.styled import make_button, make_label, set_kind


class _ClickableLabel(QLabel):
    """The follow-up's words: a click on them ticks the box, as on a check box's text."""

    def __init__(self, box: QCheckBox) -> None:
        super().__init__()
        self._box = box

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Ticks (or unticks) the box, as a click on its own text would."""
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.click()
            return
        super().mousePressEvent(event)


class FollowUpRow(QWidget):
    """A follow-up: its Done box and words, whose and when, and "Edit…" when `editable`.

    Signals: `done_toggled(item_id, done)`, `edit_requested(item_id)`.
    """

    done_toggled = Signal(object, bool)
    edit_requested = Signal(object)

    def __init__(
        self,
        item: FollowUpItem,
        today: date | None = None,
        *,
        editable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self._setup_ui(item, today, editable)
        self._connect_signals()

    def _setup_ui(self, item: FollowUpItem, today: date | None, editable: bool) -> None:
        self.box = QCheckBox()
        self.box.setChecked(item.done)
        # Its label is the words beside it: what a screen reader says is what is shown.
        self.box.setAccessibleName(item.text)
        self.box.setAccessibleDescription(self.tr("Tick when done"))
        self.text_label = _ClickableLabel(self.box)
        self.text_label.setText(item.text)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        overdue = today is not None and item.overdue(today)
        self.details_label = make_label(
            follow_up_details(item, today), "accent" if overdue else "muted"
        )
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.text_label)
        words.addWidget(self.details_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(10)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)
        self.edit_button = None
        if editable:
            self.edit_button = make_button(self.tr("Edit…"), "quiet")
            name_in_context(self.edit_button, self.edit_button.text(), item.text)
            row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        self._mark(item.done)

    def _connect_signals(self) -> None:
        self.box.toggled.connect(self._on_box_toggled)
        if self.edit_button is not None:
            self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.item.item_id))

    @property
    def item_id(self) -> Hashable:
        """The follow-up's id."""
        return self.item.item_id

    def set_done(self, done: bool) -> None:
        """Shows it ticked or not, without emitting `done_toggled`."""
        self.box.blockSignals(True)
        self.box.setChecked(done)
        self.box.blockSignals(False)
        self._mark(done)

    def _mark(self, done: bool) -> None:
        set_kind(self.text_label, "struck" if done else None)

    @Slot(bool)
    def _on_box_toggled(self, done: bool) -> None:
        self._mark(done)
        self.done_toggled.emit(self.item.item_id, done)
