"""When the two of you talk next: a day and a time, or nothing planned."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QTimeZone, Signal, Slot
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QHBoxLayout, QVBoxLayout, QWidget

from belonging.ui.accessibility import label_field
from belonging.ui.widgets.styled import make_button, make_label

#: Day, date and time, never ambiguous: "Thu 14 Mar 2025 10:00".
DATE_TIME_FORMAT = "ddd d MMM yyyy  HH:mm"


def to_qt(moment: datetime) -> QDateTime:
    """A timezone-aware time as this computer's local QDateTime."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())


def from_qt(moment: QDateTime) -> datetime:
    """A QDateTime (local) as a timezone-aware time."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch()).astimezone()


class NextConversationDialog(QDialog):
    """Plans the next conversation. Signals: `planned(datetime)` (timezone-aware),
    `cleared()` (nothing planned any more). Opened with `open()`."""

    planned = Signal(object)
    cleared = Signal()

    def __init__(
        self, when: datetime, *, can_clear: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("next_conversation_dialog")
        self.setWindowTitle(self.tr("Next conversation"))
        self._setup_ui(when, can_clear)
        self._connect_signals()

    def _setup_ui(self, when: datetime, can_clear: bool) -> None:
        label = make_label(self.tr("&When do you talk next?"), "heading")
        self.when_edit = QDateTimeEdit(to_qt(when))
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(DATE_TIME_FORMAT)
        label_field(label, self.when_edit)
        self.clear_button = make_button(self.tr("&Nothing planned"), "quiet")
        self.clear_button.setVisible(can_clear)
        self.cancel_button = make_button(self.tr("Cancel"))
        self.plan_button = make_button(self.tr("&Plan it"), "primary")
        self.plan_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(12)
        layout.addWidget(label)
        layout.addWidget(self.when_edit)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)

    def _connect_signals(self) -> None:
        self.plan_button.clicked.connect(self._on_plan_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.clear_button.clicked.connect(self._on_clear_clicked)

    def when(self) -> datetime:
        """The time chosen, timezone-aware."""
        return from_qt(self.when_edit.dateTime())

    @Slot()
    def _on_plan_clicked(self) -> None:
        self.planned.emit(self.when())
        self.accept()

    @Slot()
    def _on_clear_clicked(self) -> None:
        self.cleared.emit()
        self.accept()
