"""Home: the people you talk with, a way back into an unfinished conversation, the scripts.

With ten people or more, each card is named by the other person (the owner's name is said
once, above them), a name typed anywhere on Home finds them, and the order can be chosen.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belonging.application.rows import PairRow, ScriptRow
from belonging.ui.accessibility import label_field, name_in_context
from belonging.ui.views.describe import next_conversation_text, script_facts, short_date
from belonging.ui.widgets.follow_up_row import FollowUpRow
from belonging.ui.widgets.page import ScrollPage, clear_layout
from belonging.ui.widgets.steady_combo import SteadyComboBox
from belonging.ui.widgets.styled import make_button, make_card, make_label

#: From how many pairs on Home offers a way to find one and to order them.
FIND_FROM = 4


class HomeView(ScrollPage):
    """The first page.

    Setters: `set_pairs(rows, today, owner_name)` (in the order to show), `show_only(ids)`
    (the pairs a typed name found; None: all), `set_orders(options, current)`,
    `set_scripts(rows)`, `set_script_problems(messages)`, `show_resume_banner(title,
    detail)` / `hide_resume_banner()`.
    Signals: `start_requested()` (the main button), `pair_start_requested(pair_id)`,
    `pair_open_requested(pair_id)` (the pair's page: history, follow-ups, settings),
    `script_start_requested(script_id)`, `resume_requested()`, `resume_dismissed()`,
    `follow_up_done(item_id, done)`, `find_changed(text)`, `order_chosen(value)`.
    """

    start_requested = Signal()
    pair_start_requested = Signal(object)
    pair_open_requested = Signal(object)
    script_start_requested = Signal(str)
    resume_requested = Signal()
    resume_dismissed = Signal()
    follow_up_done = Signal(object, bool)
    find_changed = Signal(str)
    order_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pairs_shown: tuple | None = None
        self._cards: dict[Hashable, QWidget] = {}
        self._order: list[Hashable] = []
        self._setup_ui()
        self._connect_signals()
        # Both lists stay empty until they are known: saying "No one yet" or "No scripts
        # found" while they are still being read would be untrue.

    def _setup_ui(self) -> None:
        self.title_label = make_label(self.tr("Belonging"), "title")
        self.tagline_label = make_label(
            self.tr("Conversations that go deeper gradually, together, and safely."), "muted"
        )
        self.body.addWidget(self.title_label)
        self.body.addWidget(self.tagline_label)

        self.resume_banner = make_card("banner")
        banner_layout = QVBoxLayout(self.resume_banner)
        banner_layout.setContentsMargins(20, 16, 20, 16)
        banner_layout.setSpacing(6)
        self.resume_title_label = make_label(self.tr("Continue where you left off"), "heading")
        self.resume_detail_label = make_label("", None)
        self.resume_button = make_button(self.tr("&Continue"), "primary")
        self.dismiss_resume_button = make_button(self.tr("N&ot now"), "quiet")
        banner_buttons = QHBoxLayout()
        banner_buttons.addWidget(self.resume_button)
        banner_buttons.addWidget(self.dismiss_resume_button)
        banner_buttons.addStretch(1)
        banner_layout.addWidget(self.resume_title_label)
        banner_layout.addWidget(self.resume_detail_label)
        banner_layout.addSpacing(6)
        banner_layout.addLayout(banner_buttons)
        self.resume_banner.hide()
        self.body.addWidget(self.resume_banner)

        self.body.addSpacing(8)
        self.body.addLayout(self._pairs_header())
        self.pairs_layout = QVBoxLayout()
        self.pairs_layout.setSpacing(10)
        self.body.addLayout(self.pairs_layout)
        self.nobody_found_label = make_label("", "muted")
        self.nobody_found_label.hide()
        self.body.addWidget(self.nobody_found_label)

        self.scripts_heading = make_label(self.tr("Conversation scripts"), "heading")
        self.body.addSpacing(8)
        self.body.addWidget(self.scripts_heading)
        self.scripts_layout = QVBoxLayout()
        self.scripts_layout.setSpacing(10)
        self.body.addLayout(self.scripts_layout)
        self.problems_label = make_label("", "muted")
        self.problems_label.hide()
        self.body.addWidget(self.problems_label)
        self.body.addStretch(1)

        self.footer_frame.hide()
        # With many people, finding one comes before starting with someone new.
        QWidget.setTabOrder(self.find_edit, self.order_combo)
        QWidget.setTabOrder(self.order_combo, self.start_button)

    def _pairs_header(self) -> QVBoxLayout:
        self.pairs_heading = make_label(self.tr("The people you talk with"), "heading")
        self.start_button = make_button(self.tr("&Start a conversation"), "primary")
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.pairs_heading, 1)
        heading_row.addWidget(self.start_button)

        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Type a name"))
        self.find_edit.setClearButtonEnabled(True)
        find_label = make_label(self.tr("F&ind"), wrap=False)
        label_field(find_label, self.find_edit)
        self.order_combo = SteadyComboBox()
        order_label = make_label(self.tr("Sort &by"), wrap=False)
        label_field(order_label, self.order_combo)
        self.tools = QWidget()
        tools = QHBoxLayout(self.tools)
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(10)
        tools.addWidget(find_label)
        tools.addWidget(self.find_edit, 2)
        tools.addSpacing(12)
        tools.addWidget(order_label)
        tools.addWidget(self.order_combo, 1)
        self.tools.hide()

        header = QVBoxLayout()
        header.setSpacing(10)
        header.addLayout(heading_row)
        header.addWidget(self.tools)
        return header

    def _connect_signals(self) -> None:
        self.start_button.clicked.connect(self.start_requested)
        self.resume_button.clicked.connect(self.resume_requested)
        self.dismiss_resume_button.clicked.connect(self._on_dismiss_resume_clicked)
        self.find_edit.textChanged.connect(self.find_changed)
        self.find_edit.returnPressed.connect(self._on_find_return_pressed)
        self.order_combo.activated.connect(self._on_order_activated)

    # Setters --------------------------------------------------------------------------------

    def set_pairs(
        self, rows: Sequence[PairRow], today: date | None = None, owner_name: str | None = None
    ) -> None:
        """Lists the pairs in the order given, each by the other person's name; the owner's
        name (`owner_name`, when it is the same in every pair) is said once above them. An
        empty list shows a welcome line.

        The same rows again change nothing: Home is read again whenever it is shown, and
        rebuilding the cards would move keyboard focus and flicker for nothing.
        """
        rows = list(rows)
        shown = (tuple(rows), today, owner_name)
        if shown == self._pairs_shown:
            return
        had_focus = self._focus_inside(self.pairs_layout)
        self._pairs_shown = shown
        clear_layout(self.pairs_layout)
        self._cards = {}
        self._order = [row.pair_id for row in rows]
        self.pairs_heading.setText(
            self.tr("{owner}'s one-on-ones").format(owner=owner_name)
            if owner_name
            else self.tr("The people you talk with")
        )
        showing_tools = len(rows) >= FIND_FROM
        first_time = showing_tools and self.tools.isHidden()
        self.tools.setVisible(showing_tools)
        if not rows:
            self.pairs_layout.addWidget(
                make_label(
                    self.tr(
                        "No one yet. Start a conversation and add the two of you: names and "
                        "roles are all it takes."
                    ),
                    "muted",
                )
            )
            return
        for row in rows:
            card = self._pair_card(row, today, owner_name)
            self._cards[row.pair_id] = card
            self.pairs_layout.addWidget(card)
        focus = QApplication.focusWidget()
        if first_time and (focus is None or focus is self.start_button or had_focus):
            self.find_edit.setFocus()

    def show_only(self, pair_ids: Sequence[Hashable] | None, typed: str = "") -> None:
        """Shows only the pairs `pair_ids` (None: everyone), saying so when none is left."""
        wanted = None if pair_ids is None else set(pair_ids)
        for pair_id, card in self._cards.items():
            card.setVisible(wanted is None or pair_id in wanted)
        nobody = wanted is not None and not wanted and bool(self._cards)
        self.nobody_found_label.setText(
            self.tr("No one here is called “{name}”.").format(name=typed.strip())
        )
        self.nobody_found_label.setVisible(nobody)

    def shown_pair_ids(self) -> list[Hashable]:
        """The pairs on Home now, in order (a search may hide some)."""
        return [pid for pid in self._order if not self._cards[pid].isHidden()]

    def set_orders(self, options: Sequence[tuple[str, str]], current: str) -> None:
        """The ways to order the pairs, as (value, label), and the one in use."""
        self.order_combo.blockSignals(True)
        self.order_combo.clear()
        for value, label in options:
            self.order_combo.addItem(label, value)
        self.order_combo.setCurrentIndex(max(0, self.order_combo.findData(current)))
        self.order_combo.blockSignals(False)

    def set_scripts(self, rows: Sequence[ScriptRow]) -> None:
        """Lists the scripts of the library with their summary, levels and length."""
        clear_layout(self.scripts_layout)
        if not rows:
            self.scripts_layout.addWidget(
                make_label(self.tr("No scripts found in the library."), "muted")
            )
            return
        for row in rows:
            self.scripts_layout.addWidget(self._script_card(row))

    def set_script_problems(self, messages: Sequence[str]) -> None:
        """Says which scripts could not be read (one message each); none hides the line."""
        if not messages:
            self.problems_label.hide()
            return
        lines = [self.tr("Some scripts could not be read:"), *messages]
        self.problems_label.setText("\n".join(lines))
        self.problems_label.show()

    def show_resume_banner(self, title: str, detail: str) -> None:
        """Offers to continue an unfinished conversation, e.g. title "Defining moments with
        Sam", detail "Stopped at level 2, on 12 March, 10:40"."""
        self.resume_title_label.setText(
            self.tr("Continue where you left off: {title}").format(title=title)
        )
        self.resume_detail_label.setText(detail)
        self.resume_banner.show()

    def hide_resume_banner(self) -> None:
        """Removes the offer to continue."""
        self.resume_banner.hide()

    # Typing a name anywhere on Home finds the person ---------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A letter typed on Home, outside any field, starts finding a person by name; Down
        from the name goes to the first person found."""
        if event.key() == Qt.Key.Key_Down and self.find_edit.hasFocus():
            self._focus_first_found()
            return
        text = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if self.tools.isVisible() and plain and text.isprintable() and text.strip():
            self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.find_edit.insert(text)
            return
        super().keyPressEvent(event)

    # Cards ----------------------------------------------------------------------------------

    def _pair_card(self, row: PairRow, today: date | None, owner_name: str | None) -> QWidget:
        card = make_card()
        layout = QHBoxLayout(card)
        layout.setContentsMargins(20, 14, 16, 14)
        text = QVBoxLayout()
        text.setSpacing(2)
        name = row.partner_name
        if owner_name is None or row.owner_name != owner_name:
            name = self.tr("{partner} (with {owner})").format(
                partner=row.partner_name, owner=row.owner_name
            )
        text.addWidget(make_label(name, "heading"))
        details = []
        if row.partner_role:
            details.append(row.partner_role)
        if row.last_conversation_on is None:
            details.append(self.tr("No conversation yet"))
        else:
            when = short_date(row.last_conversation_on)
            last = self.tr("Last talked on {date}").format(date=when)
            if row.last_script_title:
                last = self.tr("{last} ({script})").format(last=last, script=row.last_script_title)
            details.append(last)
        if row.open_follow_ups:
            details.append(self.tr("%n open follow-up(s)", "", row.open_follow_ups))
        text.addWidget(make_label(" · ".join(details), "muted"))
        planned = row.next_conversation_at
        if planned is not None and today is not None and planned.astimezone().date() >= today:
            text.addWidget(
                make_label(
                    self.tr("Next: {when}").format(when=next_conversation_text(planned, today)),
                    "accent",
                )
            )
        if row.first_follow_up is not None:
            follow_up = FollowUpRow(row.first_follow_up, today)
            follow_up.done_toggled.connect(self.follow_up_done)
            text.addSpacing(4)
            text.addWidget(follow_up)
        layout.addLayout(text, 1)
        history = make_button(self.tr("History"), "quiet")
        name_in_context(history, history.text(), name)
        history.setObjectName("history")
        history.setAccessibleDescription(
            self.tr("The history, follow-ups and settings of your one-on-ones with {name}").format(
                name=row.partner_name
            )
        )
        history.clicked.connect(partial(self.pair_open_requested.emit, row.pair_id))
        layout.addWidget(history, 0, Qt.AlignmentFlag.AlignTop)
        button = make_button(self.tr("Start"), "quiet")
        name_in_context(button, button.text(), name)
        button.setAccessibleDescription(
            self.tr("Start a conversation with {name}").format(name=row.partner_name)
        )
        button.clicked.connect(partial(self.pair_start_requested.emit, row.pair_id))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        card.setProperty("pair_id", row.pair_id)
        return card

    def card_for(self, pair_id: Hashable) -> QWidget | None:
        """The card of a pair, if it is listed."""
        return self._cards.get(pair_id)

    def _script_card(self, row: ScriptRow) -> QWidget:
        card = make_card()
        layout = QHBoxLayout(card)
        layout.setContentsMargins(20, 14, 16, 14)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(make_label(row.title, "heading"))
        if row.summary:
            text.addWidget(make_label(row.summary))
        text.addWidget(make_label(script_facts(row), "muted"))
        layout.addLayout(text, 1)
        button = make_button(self.tr("Use this script"), "quiet")
        name_in_context(button, button.text(), row.title)
        button.setAccessibleDescription(
            self.tr("Start a conversation with the script {title}").format(title=row.title)
        )
        button.clicked.connect(partial(self.script_start_requested.emit, row.script_id))
        layout.addWidget(button)
        return card

    def _focus_first_found(self) -> None:
        shown = self.shown_pair_ids()
        if shown:
            self.history_button(shown[0]).setFocus(Qt.FocusReason.TabFocusReason)

    def history_button(self, pair_id: Hashable) -> QPushButton:
        """The History button of a pair's card (its page: the way in by keyboard)."""
        return self._cards[pair_id].findChild(QPushButton, "history")

    def _focus_inside(self, layout: QVBoxLayout) -> bool:
        focus = QApplication.focusWidget()
        return any(
            layout.itemAt(i).widget() is not None and layout.itemAt(i).widget().isAncestorOf(focus)
            for i in range(layout.count())
        ) if focus is not None else False  # fmt: skip

    # Slots ----------------------------------------------------------------------------------

    @Slot()
    def _on_find_return_pressed(self) -> None:
        shown = self.shown_pair_ids()
        if shown:
            self.pair_open_requested.emit(shown[0])

    @Slot(int)
    def _on_order_activated(self, index: int) -> None:
        self.order_chosen.emit(self.order_combo.itemData(index))

    @Slot()
    def _on_dismiss_resume_clicked(self) -> None:
        self.hide_resume_banner()
        self.resume_dismissed.emit()
