"""Check-in (optional): how close each person feels right now, as one of seven pictures."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from belonging.application.rows import Participant
from belonging.ui.widgets.closeness_circles import ClosenessCircles
from belonging.ui.widgets.page import ScrollPage
from belonging.ui.widgets.person_answers import PersonAnswers
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
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.body.addWidget(make_label(self.tr("How close do you feel?"), "title"))
        self.body.addWidget(
            make_label(
                self.tr(
                    "A quick check-in, if you like: each of you picks the picture of two "
                    "circles that fits how close you feel to the other right now. There is "
                    "no right answer, and you can skip it."
                ),
                "muted",
            )
        )
        card = make_card()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(24, 12, 24, 20)
        self.first_picker = ClosenessCircles()
        self.second_picker = ClosenessCircles()
        self.pickers = PersonAnswers(
            self.first_picker, self.second_picker, horizontal=False, spacing=22
        )
        layout.addWidget(self.pickers)
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
        self.pickers.answer_changed.connect(self.closeness_changed)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        self.skip_button.clicked.connect(self.skip_requested)
        self.back_button.clicked.connect(self.back_requested)

    def set_people(self, first: Participant, second: Participant) -> None:
        """Asks each person by name, with nothing picked yet."""
        self.pickers.set_people(first, second, self.tr("How close do you feel, {name}?"))

    def values(self) -> dict[str, int | None]:
        """Each person's answer by key; None where nothing was picked."""
        return self.pickers.answers()

    @Slot()
    def _on_continue_clicked(self) -> None:
        self.continue_requested.emit(self.values())
