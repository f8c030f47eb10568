"""The pair's next conversation on their page: when it is (or that none is planned), a way
to plan or change it, and a calendar file for it."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from belonging.ui.views.describe import long_date, time_text
from belonging.ui.widgets.styled import make_button, make_card, make_label


class NextConversationCard(QWidget):
    """Setters: `set_next(at, today)`, `set_saved_to(text)`. Signals: `plan_requested()`,
    `calendar_requested()`."""

    plan_requested = Signal()
    calendar_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._at: datetime | None = None
        self._setup_ui()
        self.plan_button.clicked.connect(self.plan_requested)
        self.calendar_button.clicked.connect(self.calendar_requested)
        self.set_next(None, None)

    def _setup_ui(self) -> None:
        card = make_card()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(22, 12, 16, 12)
        layout.setSpacing(4)
        heading = make_label(self.tr("Next conversation"), "heading", wrap=False)
        self.when_label = make_label("")
        self.plan_button = make_button(self.tr("Pla&n the next one…"))
        self.calendar_button = make_button(self.tr("Add to cal&endar…"), "quiet")
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(heading)
        row.addWidget(self.when_label, 1)
        row.addWidget(self.plan_button)
        row.addWidget(self.calendar_button)
        layout.addLayout(row)
        self.saved_label = make_label("", "muted")
        self.saved_label.hide()
        layout.addWidget(self.saved_label)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card)

    def set_next(self, at: datetime | None, today: date | None) -> None:
        """Says when the two talk next (None, or a time gone by: nothing planned)."""
        if at is not None and today is not None and at.astimezone().date() < today:
            at = None
        self._at = at
        if at is None:
            self.when_label.setText(self.tr("Nothing planned yet."))
            self.plan_button.setText(self.tr("Pla&n the next one…"))
        else:
            self.when_label.setText(
                self.tr("{day} at {time}").format(
                    day=long_date(at.astimezone().date()), time=time_text(at)
                )
            )
            self.plan_button.setText(self.tr("Cha&nge…"))
        self.calendar_button.setEnabled(at is not None)

    def planned(self) -> datetime | None:
        """The next conversation shown (None: nothing planned)."""
        return self._at

    def set_saved_to(self, text: str) -> None:
        """Says where the calendar file went (empty hides it)."""
        self.saved_label.setText(text)
        self.saved_label.setVisible(bool(text))
