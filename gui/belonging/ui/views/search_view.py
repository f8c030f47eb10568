"""Search across every note and prompt, as you type, with results grouped by conversation,
the newest first, each named by the person and the day; narrowed to one person and to a
range of days when asked.

The view asks for a search a moment after the typing stops (`search_requested`, with a
ticket number); whoever runs it off the UI thread hands the results back with the same
ticket (`show_results`). Results for an older ticket than the newest asked for are dropped,
so a slow search never overwrites what a newer one found. Private notes are asked for only
when the screen is not shared.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QDate, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from belonging.application.continuity_rows import SearchGroup, SearchLine
from belonging.ui.accessibility import announce, label_field, name_in_context
from belonging.ui.views.describe import long_date
from belonging.ui.widgets.date_field import date_field
from belonging.ui.widgets.page import ScrollPage, clear_layout
from belonging.ui.widgets.steady_combo import SteadyComboBox
from belonging.ui.widgets.styled import make_button, make_card, make_label

#: Milliseconds of quiet after the last key before a search is asked for.
DEBOUNCE_MS = 250


class SearchView(ScrollPage):
    """The search page.

    Signals: `search_requested(query, include_private, ticket)` once typing pauses (and
    again when Shared screen, the person or the days change; `scope()` says which),
    `result_opened(conversation_id, note_id or None)`, `back_requested()`. Setters:
    `show_results(ticket, groups)`, `show_failed(ticket, message)`, `set_shared_screen(on)`,
    `set_query(text)`, `focus_query()`, `set_people([(pair_id, name)])`,
    `set_scope(pair_id, since, until)`.
    """

    search_requested = Signal(str, bool, int)
    result_opened = Signal(object, object)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._shared = False
        self._ticket = 0
        self._shown_ticket = 0
        self._setup_ui(debounce_ms)
        self._connect_signals()
        self._show_idle()

    def _setup_ui(self, debounce_ms: int) -> None:
        self.body.addWidget(make_label(self.tr("Search"), "title"))
        query_label = make_label(self.tr("Search &notes and prompts"), "heading")
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(self.tr("Words from any note or prompt"))
        self.query_edit.setClearButtonEnabled(True)
        # Qt's clear button shows only an icon; its action's text names it (and is its tip).
        clear = self.query_edit.findChild(QAction, "_q_qlineeditclearaction")
        if clear is not None:
            clear.setText(self.tr("Clear the search"))
        label_field(query_label, self.query_edit)
        self.body.addWidget(query_label)
        self.body.addWidget(self.query_edit)
        self.body.addWidget(self._scope_row())
        self.private_hint_label = make_label(
            self.tr("Private notes are left out while the screen is shared."), "hint"
        )
        self.body.addWidget(self.private_hint_label)
        self.status_label = make_label("", "muted")
        self.body.addWidget(self.status_label)
        self.results_layout = QVBoxLayout()
        self.results_layout.setSpacing(12)
        self.body.addLayout(self.results_layout)
        self.body.addStretch(1)
        self.back_button = make_button(self.tr("&Back"), "quiet")
        self.footer.addWidget(self.back_button)
        self.footer.addStretch(1)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(debounce_ms)
        self.private_hint_label.setVisible(self._shared)

    def _scope_row(self) -> QWidget:
        self.person_combo = SteadyComboBox()
        person_label = make_label(self.tr("&Person"), wrap=False)
        label_field(person_label, self.person_combo)
        self.set_people([])
        today = QDate.currentDate()
        self.since_check = QCheckBox(self.tr("Fro&m"))
        self.since_edit = date_field(today.addMonths(-3), self.tr("From"), enabled=False)
        self.until_check = QCheckBox(self.tr("&To"))
        self.until_edit = date_field(today, self.tr("To"), enabled=False)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(person_label)
        layout.addWidget(self.person_combo, 2)
        layout.addSpacing(12)
        for check, edit in (
            (self.since_check, self.since_edit),
            (self.until_check, self.until_edit),
        ):
            # Its words are never squeezed, and drawn as measured: the underlined mnemonic
            # breaks the kerning of "To" that the size was measured with, cutting off the "o".
            unkerned = QFont()
            unkerned.setKerning(False)
            check.setFont(unkerned)
            check.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            layout.addWidget(check)
            layout.addWidget(edit, 1)
        return row

    def _connect_signals(self) -> None:
        self.person_combo.activated.connect(self._on_scope_changed)
        for check, edit in (
            (self.since_check, self.since_edit),
            (self.until_check, self.until_edit),
        ):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._on_scope_changed)
            edit.dateChanged.connect(self._on_scope_changed)
        self.query_edit.textChanged.connect(self._on_query_text_changed)
        self.query_edit.returnPressed.connect(self._on_query_return_pressed)
        self.debounce.timeout.connect(self._on_debounce_timeout)
        self.back_button.clicked.connect(self.back_requested)

    # Asking ---------------------------------------------------------------------------------

    def query(self) -> str:
        """What is typed in the search field."""
        return self.query_edit.text()

    def set_query(self, text: str) -> None:
        """Puts `text` in the field (a search follows, as if typed)."""
        self.query_edit.setText(text)

    def focus_query(self) -> None:
        """Moves the keyboard focus to the search field, its text selected."""
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    def set_people(self, people: Sequence[tuple[Hashable, str]]) -> None:
        """Whose conversations can be searched alone, as (pair_id, name); "Everyone" first.
        The person chosen stays chosen when still listed."""
        current = self.person_combo.currentData()
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("Everyone"), None)
        for pair_id, name in people:
            self.person_combo.addItem(name, pair_id)
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(current)))
        self.person_combo.blockSignals(False)

    def set_today(self, today: date) -> None:
        """The days offered before any is chosen: from three months ago to today."""
        days = ((self.since_edit, QDate(today).addMonths(-3)), (self.until_edit, QDate(today)))
        for edit, day in days:
            if not edit.isEnabled():
                edit.blockSignals(True)
                edit.setDate(day)
                edit.blockSignals(False)

    def set_scope(
        self, pair_id: Hashable | None, since: date | None = None, until: date | None = None
    ) -> None:
        """Narrows the search to one person (None: everyone) and a range of days (None: no
        bound), as if chosen; a search follows when something is typed."""
        for widget in (self.person_combo, self.since_check, self.until_check):
            widget.blockSignals(True)
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(pair_id)))
        for check, edit, day in (
            (self.since_check, self.since_edit, since),
            (self.until_check, self.until_edit, until),
        ):
            check.setChecked(day is not None)
            edit.setEnabled(day is not None)
            if day is not None:
                edit.blockSignals(True)
                edit.setDate(QDate(day))
                edit.blockSignals(False)
        for widget in (self.person_combo, self.since_check, self.until_check):
            widget.blockSignals(False)
        self._on_scope_changed()

    def scope(self) -> tuple[Hashable | None, date | None, date | None]:
        """The person (pair id, None: everyone) and the first and last day searched."""
        since = self.since_edit.date().toPython() if self.since_check.isChecked() else None
        until = self.until_edit.date().toPython() if self.until_check.isChecked() else None
        return self.person_combo.currentData(), since, until

    def search_now(self) -> int:
        """Asks for the search at once (as Return does) and returns its ticket."""
        self._request()
        return self._ticket

    def set_shared_screen(self, on: bool) -> None:
        """Leaves private notes out (on) or back in; what is shown is searched again."""
        if on == self._shared:
            return
        self._shared = on
        self.private_hint_label.setVisible(on)
        if on:
            # Nothing found among private notes may stay on a screen now shared.
            self._clear_results()
        if self.query().strip():
            self._request()

    def is_shared_screen(self) -> bool:
        """Whether private notes are left out."""
        return self._shared

    def latest_ticket(self) -> int:
        """The ticket of the newest search asked for (0 before any)."""
        return self._ticket

    def _request(self) -> None:
        self.debounce.stop()
        query = self.query().strip()
        self._ticket += 1
        if not query:
            self._shown_ticket = self._ticket
            self._show_idle()
            return
        self.status_label.setText(self.tr("Searching…"))
        self.search_requested.emit(query, not self._shared, self._ticket)

    # Answers --------------------------------------------------------------------------------

    def show_results(self, ticket: int, groups: Sequence[SearchGroup]) -> bool:
        """Shows what the search with `ticket` found; False (and nothing changes) when a newer
        search has been asked for since. Private hits are dropped on a shared screen."""
        if ticket != self._ticket or ticket <= self._shown_ticket:
            return False
        self._shown_ticket = ticket
        if self._shared:
            groups = [_without_private(group) for group in groups]
            groups = [group for group in groups if group.lines]
        self._clear_results()
        hits = sum(len(group.lines) for group in groups)
        if not hits:
            self.status_label.setText(
                self.tr("Nothing found for “{query}”.").format(query=self.query().strip())
            )
        else:
            self.status_label.setText(
                self.tr("{found} in {conversations}.").format(
                    found=self.tr("%n found", "", hits),
                    conversations=self.tr("%n conversation(s)", "", len(groups)),
                )
            )
            for group in groups:
                self.results_layout.addWidget(self._group_card(group))
        announce(self, self.status_label.text())
        return True

    def show_failed(self, ticket: int, message: str) -> None:
        """Says the search with `ticket` could not run (unless a newer one was asked for)."""
        if ticket == self._ticket:
            self.status_label.setText(
                self.tr("The search did not work just now ({reason}).").format(reason=message)
            )

    def result_count(self) -> int:
        """How many hits are on screen."""
        return len(self.findChildren(QWidget, "searchHit"))

    def _show_idle(self) -> None:
        self._clear_results()
        self.status_label.setText(self.tr("Type a word or two; results appear as you type."))

    def _clear_results(self) -> None:
        clear_layout(self.results_layout)

    def _group_card(self, group: SearchGroup) -> QWidget:
        card = make_card()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 14, 16, 14)
        layout.setSpacing(8)
        heading = " · ".join(
            part for part in (group.partner_name, long_date(group.on), group.script_title) if part
        )
        layout.addWidget(make_label(heading, "heading"))
        for line in group.lines:
            layout.addWidget(self._hit_row(group.conversation_id, line))
        return card

    def _hit_row(self, conversation_id: Hashable, line: SearchLine) -> QWidget:
        row = QWidget()
        row.setObjectName("searchHit")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        if line.is_prompt:
            where = self.tr("Prompt")
        elif line.private:
            where = self.tr("Private note")
        else:
            where = self.tr("Note")
        if line.confidential:
            where = self.tr("{where}, confidential").format(where=where)
        label = make_label(f"<i>{where}:</i> {line.snippet_html}", rich=True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        label.setAccessibleName(f"{where}: {line.snippet_text}")
        layout.addWidget(label, 1)
        button = make_button(self.tr("Open"), "quiet")
        name_in_context(button, button.text(), line.snippet_text)
        button.setAccessibleDescription(
            self.tr("Open the conversation at: {text}").format(text=line.snippet_text)
        )
        button.clicked.connect(partial(self.result_opened.emit, conversation_id, line.note_id))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    # Slots ----------------------------------------------------------------------------------

    @Slot(str)
    def _on_query_text_changed(self, _text: str) -> None:
        self.debounce.start()

    @Slot()
    def _on_scope_changed(self, *_args) -> None:
        if self.query().strip():
            self._request()

    @Slot()
    def _on_query_return_pressed(self) -> None:
        self.search_now()

    @Slot()
    def _on_debounce_timeout(self) -> None:
        self._request()


def _without_private(group: SearchGroup) -> SearchGroup:
    lines = tuple(line for line in group.lines if not line.private)
    return dataclasses.replace(group, lines=lines)
