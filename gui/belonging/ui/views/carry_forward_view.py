"""From last time: what the pair parked and the follow-ups still open, before they begin.

Each can be taken up in this conversation, kept for later (the default: nothing changes),
or let go. Nothing is decided for them, and either can change a choice before going on.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from belonging.application.continuity_rows import CarryChoice, CarryItem, CarryKind
from belonging.ui.accessibility import name_in_context
from belonging.ui.views.describe import short_date
from belonging.ui.widgets.page import ScrollPage, clear_layout
from belonging.ui.widgets.styled import make_button, make_card, make_label


class CarryForwardView(ScrollPage):
    """The page between set-up and the ground rules when there is something from last time.

    Setters: `set_items(parked, follow_ups)` (each choice back to Keep for later),
    `set_choice(item_id, choice)`. Reading: `choices() -> {item_id: CarryChoice}`.
    Signals: `choice_changed(item_id, CarryChoice)`, `continue_requested(choices)`,
    `back_requested()`.
    """

    choice_changed = Signal(object, object)
    #: `object`, not `dict`: Qt would turn a dict into a map with text keys only.
    continue_requested = Signal(object)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: dict[Hashable, tuple[QButtonGroup, dict[CarryChoice, QRadioButton]]] = {}
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.body.addWidget(make_label(self.tr("From last time"), "title"))
        self.body.addWidget(
            make_label(
                self.tr(
                    "A conversation carries into the next one. Take up what feels right "
                    "today, keep the rest for later, or let it go: no reason needed."
                ),
                "muted",
            )
        )
        self.parked_heading = make_label(self.tr("Last time you parked:"), "heading")
        self.parked_layout = QVBoxLayout()
        self.parked_layout.setSpacing(10)
        self.follow_ups_heading = make_label(self.tr("Follow-ups still open:"), "heading")
        self.follow_ups_layout = QVBoxLayout()
        self.follow_ups_layout.setSpacing(10)
        self.body.addWidget(self.parked_heading)
        self.body.addLayout(self.parked_layout)
        self.body.addWidget(self.follow_ups_heading)
        self.body.addLayout(self.follow_ups_layout)
        self.body.addStretch(1)
        self.back_button = make_button(self.tr("&Back"), "quiet")
        self.continue_button = make_button(self.tr("&Continue"), "primary")
        self.footer.addWidget(self.back_button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.continue_button)

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.back_requested)
        self.continue_button.clicked.connect(self._on_continue_clicked)

    def set_items(self, parked: Sequence[CarryItem], follow_ups: Sequence[CarryItem]) -> None:
        """Lists what was parked and what is still open, each kept for later until chosen."""
        self._groups = {}
        for layout, heading, items in (
            (self.parked_layout, self.parked_heading, parked),
            (self.follow_ups_layout, self.follow_ups_heading, follow_ups),
        ):
            clear_layout(layout)
            heading.setVisible(bool(items))
            for item in items:
                layout.addWidget(self._item_card(item))

    def _detail(self, item: CarryItem) -> str:
        """When it was parked; or whose follow-up it is and when it is due."""
        if item.kind is CarryKind.PARKED:
            if item.parked_on is None:
                return ""
            return self.tr("Parked on {date}").format(date=short_date(item.parked_on))
        details = [item.owner_name or self.tr("Both of you")]
        if item.due is not None:
            details.append(self.tr("due {date}").format(date=short_date(item.due)))
        return " · ".join(details)

    def _item_card(self, item: CarryItem) -> QWidget:
        card = make_card()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(6)
        text = f"“{item.text}”" if item.kind is CarryKind.PARKED else item.text
        layout.addWidget(make_label(text, "calm" if item.kind is CarryKind.PARKED else "heading"))
        detail = self._detail(item)
        if detail:
            layout.addWidget(make_label(detail, "muted"))
        row = QHBoxLayout()
        row.setSpacing(18)
        group = QButtonGroup(card)
        buttons: dict[CarryChoice, QRadioButton] = {}
        labels = {
            CarryChoice.TAKE_UP: self.tr("Take up"),
            CarryChoice.KEEP: self.tr("Keep for later"),
            CarryChoice.LET_GO: self.tr("Let go"),
        }
        for choice, label in labels.items():
            button = QRadioButton(label)
            name_in_context(button, label, item.text)
            group.addButton(button)
            buttons[choice] = button
            row.addWidget(button)
            button.toggled.connect(partial(self._on_choice_toggled, item.item_id, choice))
        row.addStretch(1)
        buttons[CarryChoice.KEEP].setChecked(True)
        layout.addLayout(row)
        self._groups[item.item_id] = (group, buttons)
        return card

    def buttons_for(self, item_id: Hashable) -> dict[CarryChoice, QRadioButton]:
        """The three choices of an item (for tests and focus)."""
        return self._groups[item_id][1]

    def set_choice(self, item_id: Hashable, choice: CarryChoice) -> None:
        """Shows `choice` picked for an item, without emitting `choice_changed`."""
        buttons = self._groups[item_id][1]
        button = buttons[choice]
        button.blockSignals(True)
        button.setChecked(True)
        button.blockSignals(False)

    def choices(self) -> dict[Hashable, CarryChoice]:
        """Each item's choice, by id."""
        chosen = {}
        for item_id, (_group, buttons) in self._groups.items():
            chosen[item_id] = next(
                (choice for choice, button in buttons.items() if button.isChecked()),
                CarryChoice.KEEP,
            )
        return chosen

    def _on_choice_toggled(self, item_id: Hashable, choice: CarryChoice, checked: bool) -> None:
        if checked:
            self.choice_changed.emit(item_id, choice)

    def _on_continue_clicked(self) -> None:
        self.continue_requested.emit(self.choices())
