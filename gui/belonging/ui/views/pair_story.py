"""A pair's conversations told as a story: one card each, newest first, with its day (a
button that opens it), its script and how deep it went, the first line of its summary, the
first lines of its shared notes, and what it left to do.

The page is given the newest few conversations; "Show earlier conversations" asks for the
next few (`more_requested`), and whoever reads them hands them back with `add_entries`.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from belonging.application.continuity_rows import FollowUpItem, TimelineEntry
from belonging.ui.accessibility import escape_mnemonic
from belonging.ui.views.describe import depth_text, follow_up_details, long_date
from belonging.ui.widgets.styled import make_button, make_card, make_label


def minutes_text(minutes: float | None) -> str:
    """ "35 min", "under a minute", or "—" when not known (an unfinished conversation)."""
    if minutes is None:
        return "—"
    if minutes < 1:
        return QCoreApplication.translate("ConversationStory", "under a minute")
    return QCoreApplication.translate("ConversationStory", "{minutes} min").format(
        minutes=round(minutes)
    )


def entry_facts(entry: TimelineEntry) -> str:
    """One muted line: "Defining moments · Level 3 of 5 · talked 38 min" — never how often
    "too much?" was said: in a pair, a count tells the one who did not say it who did."""
    facts = [entry.script_title, depth_text(entry.depth_reached, entry.level_count)]
    if entry.talking_minutes is not None:
        facts.append(
            QCoreApplication.translate("ConversationStory", "talked {time}").format(
                time=minutes_text(entry.talking_minutes)
            )
        )
    if not entry.finished:
        facts.append(QCoreApplication.translate("ConversationStory", "not finished"))
    return " · ".join(fact for fact in facts if fact)


def follow_up_line(item: FollowUpItem, today: date | None) -> str:
    """A follow-up as a card lists it: "✓ Send the article — Sam · done on 19 Mar 2025"."""
    mark = "✓" if item.done else "○"
    return f"{mark} {item.text} — {follow_up_details(item, today)}"


#: A quiet button's text starts this far inside it (its padding and border, common.qss).
_QUIET_INSET = 11


class ConversationStory(QWidget):
    """The cards of a pair's conversations. Setters: `set_entries(entries, total, today)`,
    `add_entries(entries)`. Signals: `conversation_opened(conversation_id)`,
    `more_requested()`."""

    conversation_opened = Signal(object)
    more_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[TimelineEntry, ...] = ()
        self._total = 0
        self._today: date | None = None
        self._cards: dict[Hashable, QFrame] = {}
        self._set = False
        self._setup_ui()
        self.more_button.clicked.connect(self._on_more_clicked)

    def _setup_ui(self) -> None:
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(12)
        self.empty_label = make_label(
            self.tr("No conversation yet. The first one starts a history you can come back to."),
            "muted",
        )
        self.more_button = make_button(self.tr("Show earlie&r conversations"), "quiet")
        self.more_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(self.cards_layout)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_entries(
        self, entries: Sequence[TimelineEntry], total: int | None = None, today: date | None = None
    ) -> None:
        """Tells these conversations (newest first): the first of `total` (None: all)."""
        entries = tuple(entries)
        total = len(entries) if total is None else max(total, len(entries))
        if self._set and (entries, total, today) == (self._entries, self._total, self._today):
            return
        self._set = True
        self._today = today
        while self.cards_layout.count():
            widget = self.cards_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self._cards = {}
        self._entries = ()
        self._total = total
        self._append(entries)
        self.empty_label.setVisible(not entries)

    def add_entries(self, entries: Sequence[TimelineEntry]) -> None:
        """Adds the next (older) conversations below those told; none means there are no
        more."""
        if not entries:
            self._total = len(self._entries)
        self._append(tuple(entries))

    def entries(self) -> tuple[TimelineEntry, ...]:
        """The conversations told so far, newest first."""
        return self._entries

    def total(self) -> int:
        """How many conversations the pair has had, told or not yet."""
        return self._total

    def card(self, conversation_id: Hashable) -> QFrame | None:
        """The card of a conversation, if it is told."""
        return self._cards.get(conversation_id)

    def open_button(self, conversation_id: Hashable):
        """The day of a conversation's card: the button that opens it."""
        card = self._cards[conversation_id]
        return card.findChild(type(self.more_button), "open")

    def _append(self, entries: tuple[TimelineEntry, ...]) -> None:
        for entry in entries:
            card = self._card(entry)
            self._cards[entry.conversation_id] = card
            self.cards_layout.addWidget(card)
        self._entries += entries
        self._total = max(self._total, len(self._entries))
        self.more_button.setEnabled(True)
        self.more_button.setVisible(len(self._entries) < self._total)

    def _card(self, entry: TimelineEntry) -> QFrame:
        card = make_card()
        outer = QVBoxLayout(card)
        outer.setContentsMargins(20 - _QUIET_INSET, 6, 20, 14)
        outer.setSpacing(0)
        day = make_button(escape_mnemonic(long_date(entry.on)), "quiet")
        day.setObjectName("open")
        day.setAccessibleDescription(self.tr("Read this conversation again"))
        day.clicked.connect(partial(self.conversation_opened.emit, entry.conversation_id))
        outer.addWidget(day, 0, Qt.AlignmentFlag.AlignLeft)
        # The words start where the day's text does, inside its button's padding.
        layout = QVBoxLayout()
        layout.setContentsMargins(_QUIET_INSET, 0, 0, 0)
        layout.setSpacing(4)
        outer.addLayout(layout)
        layout.addWidget(make_label(entry_facts(entry), "muted"))
        if entry.summary:
            layout.addWidget(make_label(f"“{entry.summary}”", "accent"))
        for line in entry.note_lines:
            layout.addWidget(make_label(f"• {line}"))
        if entry.more_notes:
            layout.addWidget(
                make_label(self.tr("and %n more note(s)", "", entry.more_notes), "muted")
            )
        if not entry.summary and not entry.note_lines and entry.finished:
            layout.addWidget(make_label(self.tr("No shared notes."), "muted"))
        for item in entry.follow_ups:
            layout.addWidget(make_label(follow_up_line(item, self._today), "muted"))
        return card

    @Slot()
    def _on_more_clicked(self) -> None:
        self.more_button.setEnabled(False)
        self.more_requested.emit()
