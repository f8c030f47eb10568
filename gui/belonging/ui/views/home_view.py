"""Home: the pairs you talk with, a way back into an unfinished conversation, the scripts."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from belonging.application.rows import PairRow, ScriptRow
from belonging.ui.accessibility import name_in_context
from belonging.ui.views.describe import long_date, pair_names, script_facts
from belonging.ui.widgets.page import ScrollPage, clear_layout
from belonging.ui.widgets.styled import make_button, make_card, make_label


class HomeView(ScrollPage):
    """The first page.

    Setters: `set_pairs(rows)`, `set_scripts(rows)`, `set_script_problems(messages)`,
    `show_resume_banner(title, detail)` / `hide_resume_banner()`.
    Signals: `start_requested()` (the main button), `pair_start_requested(pair_id)`,
    `pair_open_requested(pair_id)` (the pair's page: history, follow-ups, settings),
    `script_start_requested(script_id)`, `resume_requested()`, `resume_dismissed()`.
    """

    start_requested = Signal()
    pair_start_requested = Signal(object)
    pair_open_requested = Signal(object)
    script_start_requested = Signal(str)
    resume_requested = Signal()
    resume_dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pair_rows: list[PairRow] | None = None
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
        self.footer_frame.hide()

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

        pairs_header = QHBoxLayout()
        self.pairs_heading = make_label(self.tr("The people you talk with"), "heading")
        self.start_button = make_button(self.tr("&Start a conversation"), "primary")
        pairs_header.addWidget(self.pairs_heading, 1)
        pairs_header.addWidget(self.start_button)
        self.body.addSpacing(8)
        self.body.addLayout(pairs_header)
        self.pairs_layout = QVBoxLayout()
        self.pairs_layout.setSpacing(10)
        self.body.addLayout(self.pairs_layout)

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

    def _connect_signals(self) -> None:
        self.start_button.clicked.connect(self.start_requested)
        self.resume_button.clicked.connect(self.resume_requested)
        self.dismiss_resume_button.clicked.connect(self._on_dismiss_resume_clicked)

    def set_pairs(self, rows: Sequence[PairRow]) -> None:
        """Lists the pairs, most recent first as given; an empty list shows a welcome line.

        The same rows again change nothing: Home is read again whenever it is shown, and
        rebuilding the cards would move keyboard focus and flicker for nothing.
        """
        rows = list(rows)
        if rows == self._pair_rows:
            return
        self._pair_rows = rows
        clear_layout(self.pairs_layout)
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
            self.pairs_layout.addWidget(self._pair_card(row))

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

    def _pair_card(self, row: PairRow) -> QWidget:
        card = make_card()
        layout = QHBoxLayout(card)
        layout.setContentsMargins(20, 14, 16, 14)
        text = QVBoxLayout()
        text.setSpacing(2)
        names = pair_names(row)
        text.addWidget(make_label(names, "heading"))
        details = []
        if row.owner_role and row.partner_role:
            details.append(
                self.tr("{owner_role} and {partner_role}").format(
                    owner_role=row.owner_role, partner_role=row.partner_role
                )
            )
        if row.last_conversation_on is None:
            details.append(self.tr("No conversation yet"))
        else:
            when = long_date(row.last_conversation_on)
            last = self.tr("Last talked on {date}").format(date=when)
            if row.last_script_title:
                last = self.tr("{last} ({script})").format(last=last, script=row.last_script_title)
            details.append(last)
        details.append(self.tr("Open follow-ups: {count}").format(count=row.open_follow_ups))
        text.addWidget(make_label(" · ".join(details), "muted"))
        layout.addLayout(text, 1)
        history = make_button(self.tr("History"), "quiet")
        name_in_context(history, history.text(), names)
        history.setAccessibleDescription(
            self.tr("The history, follow-ups and settings of {names}").format(names=names)
        )
        history.clicked.connect(partial(self.pair_open_requested.emit, row.pair_id))
        layout.addWidget(history)
        button = make_button(self.tr("Start"), "quiet")
        name_in_context(button, button.text(), names)
        button.setAccessibleDescription(
            self.tr("Start a conversation with {names}").format(names=names)
        )
        button.clicked.connect(partial(self.pair_start_requested.emit, row.pair_id))
        layout.addWidget(button)
        return card

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

    @Slot()
    def _on_dismiss_resume_clicked(self) -> None:
        self.hide_resume_banner()
        self.resume_dismissed.emit()
