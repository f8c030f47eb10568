"""From last time: what the pair parked, the follow-ups still open and what either wants to
bring up, before they begin.

Each can be taken up in this conversation, kept for later (the default: nothing changes),
or let go; a follow-up that is done is ticked right here. Nothing is decided for them, and
either can change a choice before going on.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from belonging.application.continuity_rows import (
    CarryChoice,
    CarryItem,
    CarryKind,
    FollowUpItem,
)
from belonging.ui.accessibility import name_in_context
from belonging.ui.views.describe import short_date
from belonging.ui.widgets.follow_up_row import FollowUpRow
from belonging.ui.widgets.page import ScrollPage, clear_layout
from belonging.ui.widgets.styled import make_button, make_card, make_label


class CarryForwardView(ScrollPage):
    """The page between set-up and the ground rules when there is something from last time.

    Setters: `set_items(parked, follow_ups, talking_points, today, parked_recently)` (each
    choice back to Keep for later), `set_choice(item_id, choice)`, `set_follow_up_done(
    item_id, done)`. Reading: `choices() -> {item_id: CarryChoice}` (a follow-up ticked done
    has none). Signals: `choice_changed(item_id, CarryChoice)`, `follow_up_done(item_id,
    done)`, `continue_requested(choices)`, `back_requested()`.
    """

    choice_changed = Signal(object, object)
    follow_up_done = Signal(object, bool)
    #: `object`, not `dict`: Qt would turn a dict into a map with text keys only.
    continue_requested = Signal(object)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: dict[Hashable, tuple[QButtonGroup, dict[CarryChoice, QRadioButton]]] = {}
        self._done_rows: dict[Hashable, FollowUpRow] = {}
        self._today: date | None = None
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
        self.follow_ups_hint = make_label(self.tr("Tick the ones that are done."), "muted")
        self.follow_ups_layout = QVBoxLayout()
        self.follow_ups_layout.setSpacing(10)
        self.points_heading = make_label(self.tr("To bring up:"), "heading")
        self.points_layout = QVBoxLayout()
        self.points_layout.setSpacing(10)
        self.body.addWidget(self.follow_ups_heading)
        self.body.addWidget(self.follow_ups_hint)
        self.body.addLayout(self.follow_ups_layout)
        self.body.addWidget(self.points_heading)
        self.body.addLayout(self.points_layout)
        self.body.addWidget(self.parked_heading)
        self.body.addLayout(self.parked_layout)
        self.body.addStretch(1)
        self.back_button = make_button(self.tr("&Back"), "quiet")
        self.continue_button = make_button(self.tr("&Continue"), "primary")
        self.footer.addWidget(self.back_button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.continue_button)

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.back_requested)
        self.continue_button.clicked.connect(self._on_continue_clicked)

    def set_items(
        self,
        parked: Sequence[CarryItem],
        follow_ups: Sequence[CarryItem],
        talking_points: Sequence[CarryItem] = (),
        today: date | None = None,
        parked_recently: bool = False,
    ) -> None:
        """Lists what is still open, what either wants to bring up and what was parked
        (`parked_recently`: not all last time), each kept for later until chosen."""
        self._groups = {}
        self._done_rows = {}
        self._today = today
        self.parked_heading.setText(
            self.tr("Parked recently:") if parked_recently else self.tr("Last time you parked:")
        )
        self.follow_ups_hint.setVisible(bool(follow_ups))
        for layout, heading, items in (
            (self.follow_ups_layout, self.follow_ups_heading, follow_ups),
            (self.points_layout, self.points_heading, talking_points),
            (self.parked_layout, self.parked_heading, parked),
        ):
            clear_layout(layout)
            heading.setVisible(bool(items))
            for item in items:
                layout.addWidget(self._item_card(item))

    def _detail(self, item: CarryItem) -> str:
        """When it was parked; or whose follow-up or talking point it is (and when due)."""
        if item.kind is CarryKind.PARKED:
            if item.parked_on is None:
                return ""
            return self.tr("Parked on {date}").format(date=short_date(item.parked_on))
        if item.kind is CarryKind.TALKING_POINT:
            return self.tr("To bring up: {whose}").format(
                whose=item.owner_name or self.tr("both of you")
            )
        details = [item.owner_name or self.tr("Both of you")]
        if item.due is not None:
            details.append(self.tr("due {date}").format(date=short_date(item.due)))
        return " · ".join(details)

    def _item_card(self, item: CarryItem) -> QWidget:
        card = make_card()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(6)
        if item.kind is CarryKind.FOLLOW_UP:
            done_row = FollowUpRow(
                FollowUpItem(item.item_id, item.text, item.owner_name, item.due), self._today
            )
            done_row.done_toggled.connect(self._on_done_toggled)
            self._done_rows[item.item_id] = done_row
            layout.addWidget(done_row)
        else:
            text = f"“{item.text}”" if item.kind is CarryKind.PARKED else item.text
            kind = "calm" if item.kind is CarryKind.PARKED else "heading"
            layout.addWidget(make_label(text, kind))
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

    def done_row(self, item_id: Hashable) -> FollowUpRow:
        """The Done box and words of a follow-up (for tests and focus)."""
        return self._done_rows[item_id]

    def set_follow_up_done(self, item_id: Hashable, done: bool) -> None:
        """Shows a follow-up ticked done or not, without emitting `follow_up_done`."""
        row = self._done_rows.get(item_id)
        if row is not None:
            row.set_done(done)
            self._enable_choices(item_id, not done)

    def _enable_choices(self, item_id: Hashable, enabled: bool) -> None:
        for button in self._groups[item_id][1].values():
            button.setEnabled(enabled)

    def _on_done_toggled(self, item_id: Hashable, done: bool) -> None:
        self._enable_choices(item_id, not done)
        self.follow_up_done.emit(item_id, done)

    def choices(self) -> dict[Hashable, CarryChoice]:
        """Each item's choice, by id (a follow-up ticked done has none)."""
        chosen = {}
        for item_id, (_group, buttons) in self._groups.items():
            row = self._done_rows.get(item_id)
            if row is not None and row.box.isChecked():
                continue
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
