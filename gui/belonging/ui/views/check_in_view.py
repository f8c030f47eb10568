"""Check-in (optional): how close each person feels right now, 1 to 7."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from belonging.ui.accessibility import escape_mnemonic
from belonging.ui.views.rows import Participant
from belonging.ui.widgets.closeness_picker import ClosenessPicker
from belonging.ui.widgets.page import ScrollPage
from belonging.ui.widgets.styled import make_button, make_card, make_label


class CheckInView(ScrollPage):
    """Two closeness pickers, one per person, and a way to skip the whole thing.

    Setters: `set_people(first, second)` (clears both), `set_values({key: int | None})`.
    Reading: `values() -> {key: int | None}`.
    Signals: `closeness_changed(key, value)`, `continue_requested(values)`,
    `skip_requested()`, `back_requested()`.
    """

    closeness_changed = Signal(str, object)
    continue_requested = Signal(dict)
    skip_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = (Participant("first", ""), Participant("second", ""))
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.body.addWidget(make_label(self.tr("How close do you feel?"), "title"))
        self.body.addWidget(
            make_label(
                self.tr(
                    "A quick check-in, if you like: each of you picks a number for how "
                    "close you feel to the other right now. There is no right answer, and "
                    "you can skip it."
                ),
                "muted",
            )
        )
        card = make_card()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(24, 12, 24, 20)
        layout.setSpacing(22)
        self.first_picker = ClosenessPicker()
        self.second_picker = ClosenessPicker()
        layout.addWidget(self.first_picker)
        layout.addWidget(self.second_picker)
        self.body.addWidget(card)
        self.body.addStretch(1)

        self.back_button = make_button(self.tr("&Back"), "quiet")
        self.skip_button = make_button(self.tr("S&kip the check-in"))
        self.continue_button = make_button(self.tr("&Continue"), "primary")
        self.footer.addWidget(self.back_button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.skip_button)
        self.footer.addWidget(self.continue_button)

    def _connect_signals(self) -> None:
        self.first_picker.value_changed.connect(self._on_first_picker_changed)
        self.second_picker.value_changed.connect(self._on_second_picker_changed)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        self.skip_button.clicked.connect(self.skip_requested)
        self.back_button.clicked.connect(self.back_requested)

    def set_people(self, first: Participant, second: Participant) -> None:
        """Asks each person by name, with nothing picked yet."""
        self._people = (first, second)
        for picker, person in zip(
            (self.first_picker, self.second_picker), self._people, strict=True
        ):
            picker.setTitle(
                self.tr("How close do you feel, {name}?").format(name=escape_mnemonic(person.name))
            )
            picker.set_value(None)

    def set_values(self, values: Mapping[str, int | None]) -> None:
        """Shows earlier answers, by participant key, without emitting a change."""
        for picker, person in zip(
            (self.first_picker, self.second_picker), self._people, strict=True
        ):
            picker.set_value(values.get(person.key))

    def values(self) -> dict[str, int | None]:
        """Each person's answer by key; None where nothing was picked."""
        return {
            self._people[0].key: self.first_picker.value(),
            self._people[1].key: self.second_picker.value(),
        }

    @Slot(object)
    def _on_first_picker_changed(self, value: int | None) -> None:
        self.closeness_changed.emit(self._people[0].key, value)

    @Slot(object)
    def _on_second_picker_changed(self, value: int | None) -> None:
        self.closeness_changed.emit(self._people[1].key, value)

    @Slot()
    def _on_continue_clicked(self) -> None:
        self.continue_requested.emit(self.values())
