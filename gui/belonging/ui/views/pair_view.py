"""The pair page: what two people have talked about so far, and what they carry forward.

Their conversations on a timeline, the follow-ups still open (ticked off here), the prompts
they parked, how close each has felt over time, the pair's settings, and the way to archive
the pair (off Home, kept whole) or delete it.

The page is filled again each time it is opened; a setter given what the page already shows
changes nothing, so opening a pair again costs only what changed (and keeps the place in
each list).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import replace
from datetime import date
from functools import partial

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from belonging.application.continuity_rows import (
    ClosenessReading,
    FollowUpItem,
    PairSettings,
    ParkedItem,
    TimelineEntry,
)
from belonging.ui.views.describe import short_date
from belonging.ui.views.pair_settings_panel import PairSettingsPanel
from belonging.ui.views.parked_list import ParkedList
from belonging.ui.views.put_away_card import PutAwayCard
from belonging.ui.views.timeline_model import Column, TimelineModel
from belonging.ui.widgets.closeness_chart import ClosenessChart
from belonging.ui.widgets.page import ScrollPage, clear_layout
from belonging.ui.widgets.styled import make_button, make_card, make_label

#: Rows of the timeline visible before it scrolls inside its card.
_VISIBLE_ROWS = 8


def _showing(shown: PairSettings | None, settings: PairSettings) -> bool:
    """Whether a settings card showing `shown` shows `settings` (topics in any order: the
    card lists them alphabetically)."""
    if shown is None or set(shown.off_limits_topics) != set(settings.off_limits_topics):
        return False
    return replace(shown, off_limits_topics=settings.off_limits_topics) == settings


class PairView(ScrollPage):
    """The page of one pair.

    Setters: `set_title(names, roles)`, `set_timeline(entries, total)` and
    `add_timeline(entries)` (the next page, asked for with `more_timeline_requested()` as the
    person scrolls), `set_follow_ups(items)`, `set_parked(items)`,
    `set_closeness(first_name, second_name, readings)`, `set_settings(PairSettings)`,
    `set_follow_up_done(item_id, done)`, `set_put_away(partner_name, archived_on)`.
    Signals: `start_requested()`, `export_requested()`, `back_requested()`,
    `archive_requested(archive: bool)` (False: bring it back), `delete_requested()`,
    `conversation_opened(conversation_id)` (a timeline row activated),
    `follow_up_toggled(item_id, done)`, `settings_saved(PairSettings)`,
    `more_timeline_requested()`.
    """

    start_requested = Signal()
    export_requested = Signal()
    back_requested = Signal()
    conversation_opened = Signal(object)
    follow_up_toggled = Signal(object, bool)
    settings_saved = Signal(object)
    more_timeline_requested = Signal()
    archive_requested = Signal(bool)
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._follow_up_boxes: dict[Hashable, QCheckBox] = {}
        self._follow_ups: tuple[FollowUpItem, ...] | None = None
        self._closeness: tuple[str, str, tuple[ClosenessReading, ...]] | None = None
        self._settings: PairSettings | None = None
        self._timeline_set = False
        self._archived_on: date | None = None
        self._setup_ui()
        self._connect_signals()
        self.set_timeline([])
        self.set_follow_ups([])
        self.set_parked([])

    # Layout ---------------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.title_label = make_label("", "title")
        self.subtitle_label = make_label("", "muted")
        self.archived_label = make_label("", "hint")
        self.archived_label.hide()
        self.body.addWidget(self.title_label)
        self.body.addWidget(self.subtitle_label)
        self.body.addWidget(self.archived_label)
        self.body.addWidget(self._timeline_card())
        self.body.addWidget(self._lists_card())
        self.body.addWidget(self._closeness_card())
        self.settings_panel = PairSettingsPanel()
        self.body.addWidget(self.settings_panel)
        self.put_away = PutAwayCard()
        self.body.addWidget(self.put_away)
        self.body.addStretch(1)

        self.back_button = make_button(self.tr("&Back"), "quiet")
        self.export_button = make_button(self.tr("E&xport…"))
        self.start_button = make_button(self.tr("&Start a conversation"), "primary")
        self.footer.addWidget(self.back_button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.export_button)
        self.footer.addWidget(self.start_button)

    def _timeline_card(self) -> QWidget:
        card = make_card()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.addWidget(make_label(self.tr("Your conversations"), "heading"))
        self.timeline_model = TimelineModel(self)
        self.timeline_table = QTableView()
        self.timeline_table.setModel(self.timeline_model)
        self.timeline_table.setAccessibleName(self.tr("Your conversations"))
        self.timeline_table.setAccessibleDescription(
            self.tr("Press Enter on a conversation to read it again.")
        )
        self.timeline_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_table.setAlternatingRowColors(True)
        self.timeline_table.setShowGrid(False)
        self.timeline_table.setWordWrap(False)
        self.timeline_table.verticalHeader().hide()
        header = self.timeline_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Qt sizes each column from up to 1,000 rows by default; a pair with years of
        # conversations would wait for every one. Dates, depths and minutes are alike in
        # width, so the first screenfuls are a true sample.
        header.setResizeContentsPrecision(_VISIBLE_ROWS * 4)
        header.setSectionResizeMode(Column.SCRIPT, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        layout.addWidget(self.timeline_table)
        self.no_conversations_label = make_label(
            self.tr("No conversation yet. The first one starts a history you can come back to."),
            "muted",
        )
        layout.addWidget(self.no_conversations_label)
        return card

    def _lists_card(self) -> QWidget:
        card = make_card()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(8)
        layout.addWidget(make_label(self.tr("Open follow-ups"), "heading"))
        self.follow_ups_layout = QVBoxLayout()
        self.follow_ups_layout.setSpacing(4)
        layout.addLayout(self.follow_ups_layout)
        layout.addSpacing(8)
        parked_heading = self.tr("Parked for a better moment")
        layout.addWidget(make_label(parked_heading, "heading"))
        self.parked_list = ParkedList()
        self.parked_list.setAccessibleName(parked_heading)
        layout.addWidget(self.parked_list)
        self.nothing_parked_label = make_label(self.tr("Nothing parked."), "muted")
        layout.addWidget(self.nothing_parked_label)
        return card

    def _closeness_card(self) -> QWidget:
        card = make_card()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.addWidget(make_label(self.tr("How close you have felt"), "heading"))
        self.closeness_chart = ClosenessChart()
        layout.addWidget(self.closeness_chart)
        return card

    def _connect_signals(self) -> None:
        self.put_away.archive_requested.connect(self.archive_requested)
        self.put_away.delete_requested.connect(self.delete_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.start_button.clicked.connect(self.start_requested)
        self.timeline_table.activated.connect(self._on_timeline_activated)
        self.timeline_model.more_wanted.connect(self.more_timeline_requested)
        self.settings_panel.saved.connect(self.settings_saved)

    # Setters --------------------------------------------------------------------------------

    def set_title(self, names: str, roles: str = "") -> None:
        """Names the pair at the top, e.g. "Sam and Alex", "Manager and report"."""
        self.title_label.setText(names)
        self.subtitle_label.setText(roles)
        self.subtitle_label.setVisible(bool(roles))

    def set_timeline(self, entries: Sequence[TimelineEntry], total: int | None = None) -> None:
        """Lists the pair's conversations, most recent first as given: the first of `total`
        (all of them when None); the rest are asked for as the person scrolls to them."""
        model = self.timeline_model
        entries = tuple(entries)
        total = len(entries) if total is None else total
        if self._timeline_set and model.total() == total and model.entries() == entries:
            return
        self._timeline_set = True
        model.set_entries(entries, total)
        self.timeline_table.setVisible(bool(entries))
        self.no_conversations_label.setVisible(not entries)
        rows = min(max(len(entries), 1), _VISIBLE_ROWS)
        header = self.timeline_table.horizontalHeader().sizeHint().height()
        row_height = self.timeline_table.verticalHeader().defaultSectionSize()
        self.timeline_table.setFixedHeight(header + rows * row_height + 6)

    def add_timeline(self, entries: Sequence[TimelineEntry]) -> None:
        """Adds the next conversations (older ones) below those listed."""
        self.timeline_model.add_entries(entries)

    def set_follow_ups(self, items: Sequence[FollowUpItem]) -> None:
        """Lists the open follow-ups, each a box to tick when done."""
        items = tuple(items)
        ticked = any(box.isChecked() for box in self._follow_up_boxes.values())
        if items == self._follow_ups and not ticked:
            return
        self._follow_ups = items
        clear_layout(self.follow_ups_layout)
        self._follow_up_boxes = {}
        if not items:
            self.follow_ups_layout.addWidget(make_label(self.tr("Nothing open."), "muted"))
            return
        for item in items:
            box = QCheckBox(self._follow_up_text(item))
            box.toggled.connect(partial(self._on_follow_up_toggled, item.item_id))
            self._follow_up_boxes[item.item_id] = box
            self.follow_ups_layout.addWidget(box)

    def set_follow_up_done(self, item_id: Hashable, done: bool) -> None:
        """Shows a follow-up ticked or not, without emitting `follow_up_toggled`."""
        box = self._follow_up_boxes.get(item_id)
        if box is not None:
            box.blockSignals(True)
            box.setChecked(done)
            box.blockSignals(False)

    def follow_up_box(self, item_id: Hashable) -> QCheckBox | None:
        """The tick box of a follow-up (for tests and focus), if it is listed."""
        return self._follow_up_boxes.get(item_id)

    def set_parked(self, items: Sequence[ParkedItem]) -> None:
        """Lists the prompts parked for later, in the words they were shown."""
        self.parked_list.set_items(items)
        self.parked_list.setVisible(bool(items))
        self.nothing_parked_label.setVisible(not items)

    def set_closeness(
        self, first_name: str, second_name: str, readings: Sequence[ClosenessReading]
    ) -> None:
        """Draws both people's closeness over the pair's conversations (oldest first)."""
        shown = (first_name, second_name, tuple(readings))
        if shown == self._closeness:
            return
        self._closeness = shown
        self.closeness_chart.set_people(first_name, second_name)
        self.closeness_chart.set_readings(readings)

    def set_settings(self, settings: PairSettings) -> None:
        """Fills the settings card (unless it shows exactly these settings already)."""
        # `settings()` is what the card shows now, unsaved edits included: equal means there
        # is nothing to fill, and nothing a person typed is lost by skipping.
        if _showing(self._settings, settings) and _showing(
            self.settings_panel.settings(), settings
        ):
            return
        self._settings = settings
        self.settings_panel.set_settings(settings)

    def set_put_away(self, partner_name: str, archived_on: date | None) -> None:
        """Offers to archive the pair (or, archived on `archived_on`, to bring it back) and
        to delete `partner_name` with every conversation."""
        self._archived_on = archived_on
        self.put_away.set_pair(partner_name, archived_on is not None)
        if archived_on is None:
            self.archived_label.hide()
        else:
            self.archived_label.setText(
                self.tr("Archived on {date}: not on Home, everything kept.").format(
                    date=short_date(archived_on)
                )
            )
            self.archived_label.show()

    def is_archived(self) -> bool:
        """Whether the pair shown is archived."""
        return self._archived_on is not None

    # Slots ----------------------------------------------------------------------------------

    def _follow_up_text(self, item: FollowUpItem) -> str:
        details = []
        details.append(item.owner_name or self.tr("both of you"))
        if item.due is not None:
            details.append(self.tr("due {date}").format(date=short_date(item.due)))
        if item.from_on is not None:
            details.append(self.tr("from {date}").format(date=short_date(item.from_on)))
        # A checkbox label is plain text with mnemonics: a typed "&" must show as itself.
        text = f"{item.text} — {', '.join(details)}"
        return text.replace("&", "&&")

    def _on_follow_up_toggled(self, item_id: Hashable, done: bool) -> None:
        self.follow_up_toggled.emit(item_id, done)

    @Slot(QModelIndex)
    def _on_timeline_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.conversation_opened.emit(self.timeline_model.conversation_id(index.row()))
