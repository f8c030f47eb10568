"""Follow-ups at wrap-up: those taken up from last time (ticked here when done), and new ones:
what, whose, and optionally by when; added and removed freely."""

from __future__ import annotations

import itertools
from collections.abc import Hashable, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from belonging.application.continuity_rows import FollowUpItem
from belonging.application.rows import FollowUpDraft, Participant
from belonging.ui.accessibility import announce, label_field, name_in_context
from belonging.ui.views.describe import short_date
from belonging.ui.widgets.date_field import date_field
from belonging.ui.widgets.follow_up_row import FollowUpRow
from belonging.ui.widgets.page import clear_layout
from belonging.ui.widgets.styled import make_button, make_card, make_label

_NEW_IDS = itertools.count(1)


class FollowUpEditor(QWidget):
    """The follow-ups written so far, and a small form to add one.

    The editor keeps its own list of drafts (so the page works on its own and survives a
    controller that only listens); `set_follow_ups` replaces it, e.g. after a restart. New
    drafts get ids "new-1", "new-2"… The follow-ups taken up from last time
    (`set_carried(items, today)`) are listed first, each with its Done box. Signals:
    `follow_up_added(FollowUpDraft)`, `follow_up_removed(draft_id)`,
    `carried_done(item_id, done)`.
    """

    follow_up_added = Signal(object)
    follow_up_removed = Signal(object)
    carried_done = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drafts: list[FollowUpDraft] = []
        self._carried: tuple[FollowUpItem, ...] = ()
        self._carried_rows: dict[object, FollowUpRow] = {}
        self._today: date | None = None
        self._people: tuple[Participant, ...] = ()
        self._setup_ui()
        self._connect_signals()
        self._refresh()

    def _setup_ui(self) -> None:
        self.carried_heading = make_label(self.tr("Taken up from last time"), "muted")
        self.carried_heading.hide()
        self.carried_layout = QVBoxLayout()
        self.carried_layout.setSpacing(4)
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(8)

        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("For example: share the article we mentioned"))
        self.owner_combo = QComboBox()
        self.due_check = QCheckBox(self.tr("Due &date"))
        self.due_edit = date_field(
            QDate.currentDate().addDays(7), self.tr("Due date"), enabled=False
        )
        self.add_button = make_button(self.tr("&Add follow-up"))
        text_label = make_label(self.tr("F&ollow-up"), wrap=False)
        owner_label = make_label(self.tr("&Who"), wrap=False)
        label_field(text_label, self.text_edit)
        label_field(owner_label, self.owner_combo)

        form = QGridLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        form.addWidget(text_label, 0, 0)
        form.addWidget(self.text_edit, 0, 1, 1, 4)
        form.addWidget(owner_label, 1, 0)
        form.addWidget(self.owner_combo, 1, 1)
        form.addWidget(self.due_check, 1, 2)
        form.addWidget(self.due_edit, 1, 3)
        form.addWidget(self.add_button, 1, 4)
        form.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.carried_heading)
        layout.addLayout(self.carried_layout)
        layout.addLayout(self.list_layout)
        layout.addLayout(form)

    def _connect_signals(self) -> None:
        self.text_edit.textChanged.connect(self._on_text_changed)
        self.text_edit.returnPressed.connect(self._on_add_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.due_check.toggled.connect(self.due_edit.setEnabled)

    def set_people(self, first: Participant, second: Participant) -> None:
        """Who can own a follow-up."""
        self._people = (first, second)
        self.owner_combo.clear()
        for person in self._people:
            self.owner_combo.addItem(person.name, person.key)
        self._refresh()

    def set_follow_ups(self, drafts: Sequence[FollowUpDraft]) -> None:
        """Replaces the list, without emitting."""
        self._drafts = list(drafts)
        self._refresh()

    def set_carried(self, items: Sequence[FollowUpItem], today: date | None = None) -> None:
        """The follow-ups taken up from last time, each with its Done box."""
        self._carried = tuple(items)
        self._today = today
        clear_layout(self.carried_layout)
        self._carried_rows = {}
        for item in self._carried:
            row = FollowUpRow(item, today)
            row.done_toggled.connect(self.carried_done)
            self._carried_rows[item.item_id] = row
            self.carried_layout.addWidget(row)
        self.carried_heading.setVisible(bool(self._carried))
        self._refresh()

    def carried_row(self, item_id: object) -> FollowUpRow:
        """The row of a follow-up taken up from last time."""
        return self._carried_rows[item_id]

    def set_carried_done(self, item_id: object, done: bool) -> None:
        """Shows a follow-up from last time ticked or not, without emitting."""
        row = self._carried_rows.get(item_id)
        if row is not None:
            row.set_done(done)

    def follow_ups(self) -> tuple[FollowUpDraft, ...]:
        """The follow-ups listed now, in the order added."""
        return tuple(self._drafts)

    def _refresh(self) -> None:
        clear_layout(self.list_layout)
        names = {person.key: person.name for person in self._people}
        if not self._drafts and not self._carried:
            self.list_layout.addWidget(make_label(self.tr("No follow-ups yet."), "muted"))
        for draft in self._drafts:
            self.list_layout.addWidget(self._row(draft, names.get(draft.owner_key, "")))
        self.add_button.setEnabled(bool(self.text_edit.text().strip()) and bool(self._people))

    def _row(self, draft: FollowUpDraft, owner_name: str) -> QWidget:
        row = make_card()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(18, 10, 12, 10)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(make_label(draft.text))
        details = owner_name
        if draft.due is not None:
            details = self.tr("{owner}, by {date}").format(
                owner=owner_name, date=short_date(draft.due)
            )
        text.addWidget(make_label(details, "muted"))
        layout.addLayout(text, 1)
        remove = make_button(self.tr("Remove"), "quiet")
        name_in_context(remove, remove.text(), draft.text)
        remove.clicked.connect(partial(self._on_remove_clicked, draft.draft_id))
        layout.addWidget(remove)
        return row

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        self.add_button.setEnabled(bool(text.strip()) and bool(self._people))

    @Slot()
    def _on_add_clicked(self) -> None:
        text = self.text_edit.text().strip()
        if not text or self.owner_combo.currentIndex() < 0:
            return
        due: date | None = self.due_edit.date().toPython() if self.due_check.isChecked() else None
        draft = FollowUpDraft(
            draft_id=f"new-{next(_NEW_IDS)}",
            text=text,
            owner_key=self.owner_combo.currentData(),
            due=due,
        )
        self._drafts.append(draft)
        self.text_edit.clear()
        self._refresh()
        self.text_edit.setFocus()
        announce(self, self.tr("Follow-up added: {text}").format(text=text))
        self.follow_up_added.emit(draft)

    @Slot()
    def _on_remove_clicked(self, draft_id: Hashable) -> None:
        gone = [draft.text for draft in self._drafts if draft.draft_id == draft_id]
        self._drafts = [draft for draft in self._drafts if draft.draft_id != draft_id]
        self._refresh()
        self.text_edit.setFocus()  # the button pressed is gone with its row
        if gone:
            announce(self, self.tr("Follow-up removed: {text}").format(text=gone[0]))
        self.follow_up_removed.emit(draft_id)
