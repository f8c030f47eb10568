"""What either of you wants to bring up next time: added here at any time, offered at the
next set-up, carried until it is used or let go."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from functools import partial

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from belonging.application.continuity_rows import TalkingPointItem
from belonging.application.rows import OWNER, PARTNER
from belonging.ui.accessibility import label_field, name_in_context
from belonging.ui.widgets.page import clear_layout
from belonging.ui.widgets.styled import make_button, make_card, make_label


class TalkingPointsCard(QWidget):
    """Setters: `set_people(owner_name, partner_name)`, `set_points(items)`.
    Signals: `point_added(text, whose)` (whose: OWNER, PARTNER or None for both),
    `point_let_go(item_id)`."""

    point_added = Signal(str, object)
    point_let_go = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: tuple[TalkingPointItem, ...] | None = None
        self._setup_ui()
        self._connect_signals()
        self.set_points([])

    def _setup_ui(self) -> None:
        card = make_card()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.setSpacing(8)
        layout.addWidget(make_label(self.tr("To bring up next time"), "heading"))
        self.points_layout = QVBoxLayout()
        self.points_layout.setSpacing(4)
        layout.addLayout(self.points_layout)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("For example: the conference in May"))
        text_label = make_label(self.tr("Bring u&p"), wrap=False)
        label_field(text_label, self.text_edit)
        self.whose_combo = QComboBox()
        whose_label = make_label(self.tr("&Whose"), wrap=False)
        label_field(whose_label, self.whose_combo)
        self.add_button = make_button(self.tr("&Add"))
        self.add_button.setEnabled(False)
        form = QHBoxLayout()
        form.setSpacing(10)
        form.addWidget(text_label)
        form.addWidget(self.text_edit, 3)
        form.addWidget(whose_label)
        form.addWidget(self.whose_combo, 1)
        form.addWidget(self.add_button)
        layout.addLayout(form)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card)

    def _connect_signals(self) -> None:
        self.text_edit.textChanged.connect(self._on_text_changed)
        self.text_edit.returnPressed.connect(self._on_add_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)

    def set_people(self, owner_name: str, partner_name: str) -> None:
        """Whose a talking point can be: either of the two, or both."""
        # The same choice stays chosen when the page is read again (the partner's first).
        current = self.whose_combo.currentIndex()
        self.whose_combo.clear()
        self.whose_combo.addItem(partner_name, PARTNER)
        self.whose_combo.addItem(owner_name, OWNER)
        self.whose_combo.addItem(self.tr("Both of you"), None)
        self.whose_combo.setCurrentIndex(max(0, current))

    def set_points(self, items: Sequence[TalkingPointItem]) -> None:
        """Lists what is to be brought up, oldest first (the same list again changes
        nothing)."""
        items = tuple(items)
        if items == self._points:
            return
        self._points = items
        clear_layout(self.points_layout)
        if not items:
            self.points_layout.addWidget(
                make_label(self.tr("Nothing yet. Either of you can add a topic here."), "muted")
            )
        for item in items:
            self.points_layout.addWidget(self._row(item))

    def _row(self, item: TalkingPointItem) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        words = make_label(item.text)
        whose = make_label(item.raised_by_name or self.tr("Both of you"), "muted", wrap=False)
        let_go = make_button(self.tr("Let go"), "quiet")
        name_in_context(let_go, let_go.text(), item.text)
        let_go.clicked.connect(partial(self.point_let_go.emit, item.item_id))
        layout.addWidget(words, 1)
        layout.addWidget(whose)
        layout.addWidget(let_go)
        return row

    def point_texts(self) -> list[str]:
        """The talking points listed, in order."""
        return [item.text for item in self._points or ()]

    def let_go_button(self, item_id: Hashable):
        """The Let go button of a talking point (for tests and focus)."""
        for index, item in enumerate(self._points or ()):
            if item.item_id == item_id:
                return (
                    self.points_layout.itemAt(index).widget().findChildren(type(self.add_button))[0]
                )
        return None

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        self.add_button.setEnabled(bool(text.strip()))

    @Slot()
    def _on_add_clicked(self) -> None:
        text = self.text_edit.text().strip()
        if not text:
            return
        self.point_added.emit(text, self.whose_combo.currentData())
        self.text_edit.clear()
        self.text_edit.setFocus()
