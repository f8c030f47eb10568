"""At set-up, the prompts a pair parked recently with any script: choosing one chooses its
script, and the next page offers to take it up."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from belonging.application.continuity_rows import ParkedItem
from belonging.ui.accessibility import label_field
from belonging.ui.views.describe import short_date
from belonging.ui.widgets.styled import make_card, make_label

_SCRIPT_ROLE = Qt.ItemDataRole.UserRole
#: Rows shown before the list scrolls.
_VISIBLE_ROWS = 4


class _FittedList(QListWidget):
    """A list as tall as its first few rows, wrapped at the width it has: a long prompt
    takes two lines, and larger text taller ones, never cut off."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fit(self) -> None:
        """Takes the height of the rows shown before it scrolls, as laid out now."""
        self.doItemsLayout()
        rows = range(min(self.count(), _VISIBLE_ROWS))
        height = sum(self.visualItemRect(self.item(row)).height() for row in rows)
        self.setFixedHeight(max(height, self.fontMetrics().height()) + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wraps again at the new width, and fits the height to it."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()

    def changeEvent(self, event: QEvent) -> None:
        """Fits again when the text grows or shrinks."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()


class RecentParkedCard(QWidget):
    """The list of recently parked prompts (hidden when there are none). Setter:
    `set_items(items)`. Signal: `script_chosen(script_id)`."""

    script_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()
        self.parked_list.itemActivated.connect(self._on_chosen)
        self.parked_list.itemClicked.connect(self._on_chosen)
        self.hide()

    def _setup_ui(self) -> None:
        card = make_card()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(22, 18, 22, 18)
        heading = make_label(self.tr("Par&ked recently, with any script"), "heading")
        self.parked_list = _FittedList()
        label_field(heading, self.parked_list)
        hint = self.tr("Choose one to use its script; you can take it up on the next page.")
        self.parked_list.setAccessibleDescription(hint)
        layout.addWidget(heading)
        layout.addWidget(make_label(hint, "muted"))
        layout.addWidget(self.parked_list)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card)

    def set_items(self, items: Sequence[ParkedItem]) -> None:
        """Lists the parked prompts with their script and day; none hides the card."""
        self.parked_list.clear()
        for parked in items:
            day = short_date(parked.parked_on) if parked.parked_on else ""
            details = " · ".join(part for part in (parked.script_title, day) if part)
            item = QListWidgetItem(f"“{parked.text}” — {details}" if details else parked.text)
            item.setData(_SCRIPT_ROLE, parked.script_id)
            self.parked_list.addItem(item)
        self.setVisible(bool(items))
        self.parked_list.fit()

    @Slot(QListWidgetItem)
    def _on_chosen(self, item: QListWidgetItem) -> None:
        script_id = item.data(_SCRIPT_ROLE)
        if script_id:
            self.script_chosen.emit(script_id)
