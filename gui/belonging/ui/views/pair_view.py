"""The pair page: what two people have talked about so far, and what they carry forward.

When they talk next, the follow-ups still open (ticked off, changed or deleted here), what
either wants to bring up next time, the prompts they parked, their conversations told as a
story (one card each, newest first), how close each has felt over time, the pair's
settings, and the way to archive the pair (off Home, kept whole) or delete it.

The page is filled again each time it is opened; a setter given what the page already shows
changes nothing, so opening a pair again costs only what changed (and keeps the place in
each list).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from belonging.application.continuity_rows import (
    ClosenessReading,
    FollowUpItem,
    PairSettings,
    ParkedItem,
    TalkingPointItem,
    TimelineEntry,
)
from belonging.ui.views.describe import short_date
from belonging.ui.views.next_conversation_card import NextConversationCard
from belonging.ui.views.pair_settings_panel import PairSettingsPanel
from belonging.ui.views.pair_story import ConversationStory
from belonging.ui.views.parked_list import ParkedList
from belonging.ui.views.put_away_card import PutAwayCard
from belonging.ui.views.talking_points_card import TalkingPointsCard
from belonging.ui.widgets.closeness_chart import ClosenessChart
from belonging.ui.widgets.follow_up_row import FollowUpRow
from belonging.ui.widgets.page import ScrollPage, clear_layout
from belonging.ui.widgets.styled import make_button, make_card, make_label


def _showing(shown: PairSettings | None, settings: PairSettings) -> bool:
    """Whether a settings card showing `shown` shows `settings` (topics in any order: the
    card lists them alphabetically)."""
    if shown is None or set(shown.off_limits_topics) != set(settings.off_limits_topics):
        return False
    return replace(shown, off_limits_topics=settings.off_limits_topics) == settings


class PairView(ScrollPage):
    """The page of one pair.

    Setters: `set_title(names, roles)`, `set_today(day)`, `set_next(at)`,
    `set_timeline(entries, total)` and `add_timeline(entries)` (the next page, asked for
    with `more_timeline_requested()`), `set_follow_ups(items)`, `set_talking_points(items)`,
    `set_people(owner_name, partner_name)`, `set_parked(items)`,
    `set_closeness(first_name, second_name, readings)`, `set_settings(PairSettings)`,
    `set_follow_up_done(item_id, done)`, `set_put_away(partner_name, archived_on)`.
    Signals: `start_requested()`, `export_requested()`, `back_requested()`,
    `archive_requested(archive: bool)` (False: bring it back), `delete_requested()`,
    `conversation_opened(conversation_id)`, `follow_up_toggled(item_id, done)`,
    `follow_up_edit_requested(item_id)`, `settings_saved(PairSettings)`,
    `more_timeline_requested()`, `talking_point_added(text, whose)`,
    `talking_point_let_go(item_id)`; `next_card`'s own for the next conversation.
    """

    start_requested = Signal()
    export_requested = Signal()
    back_requested = Signal()
    conversation_opened = Signal(object)
    follow_up_toggled = Signal(object, bool)
    follow_up_edit_requested = Signal(object)
    settings_saved = Signal(object)
    more_timeline_requested = Signal()
    archive_requested = Signal(bool)
    delete_requested = Signal()
    talking_point_added = Signal(str, object)
    talking_point_let_go = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._follow_up_rows: dict[Hashable, FollowUpRow] = {}
        self._follow_ups: tuple[FollowUpItem, ...] | None = None
        self._closeness: tuple[str, str, tuple[ClosenessReading, ...]] | None = None
        self._settings: PairSettings | None = None
        self._today: date | None = None
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
        self.next_card = NextConversationCard()
        self.body.addWidget(self.next_card)
        self.body.addWidget(self._lists_card())
        self.talking_points = TalkingPointsCard()
        self.body.addWidget(self.talking_points)
        self.body.addWidget(make_label(self.tr("Your conversations"), "heading"))
        self.story = ConversationStory()
        self.body.addWidget(self.story)
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
        self.story.conversation_opened.connect(self.conversation_opened)
        self.story.more_requested.connect(self.more_timeline_requested)
        self.settings_panel.saved.connect(self.settings_saved)
        self.talking_points.point_added.connect(self.talking_point_added)
        self.talking_points.point_let_go.connect(self.talking_point_let_go)

    # Setters --------------------------------------------------------------------------------

    def set_title(self, names: str, roles: str = "") -> None:
        """Names the pair at the top, e.g. "Sam and Alex", "Manager and report"."""
        self.title_label.setText(names)
        self.subtitle_label.setText(roles)
        self.subtitle_label.setVisible(bool(roles))

    def set_today(self, today: date | None) -> None:
        """Today's date, for "overdue" and for a next conversation gone by."""
        self._today = today

    def set_next(self, at: datetime | None) -> None:
        """When the two talk next (None: nothing planned)."""
        self.next_card.set_next(at, self._today)

    def set_people(self, owner_name: str, partner_name: str) -> None:
        """The two people, whose a talking point can be."""
        self.talking_points.set_people(owner_name, partner_name)

    def set_timeline(self, entries: Sequence[TimelineEntry], total: int | None = None) -> None:
        """Tells the pair's conversations, most recent first as given: the first of `total`
        (all of them when None); the rest come when "Show earlier conversations" asks."""
        self.story.set_entries(entries, total, self._today)

    def add_timeline(self, entries: Sequence[TimelineEntry]) -> None:
        """Adds the next conversations (older ones) below those told."""
        self.story.add_entries(entries)

    def set_follow_ups(self, items: Sequence[FollowUpItem]) -> None:
        """Lists the open follow-ups, each with its Done box and Edit…."""
        items = tuple(items)
        ticked = any(row.box.isChecked() for row in self._follow_up_rows.values())
        if items == self._follow_ups and not ticked:
            return
        self._follow_ups = items
        clear_layout(self.follow_ups_layout)
        self._follow_up_rows = {}
        if not items:
            self.follow_ups_layout.addWidget(make_label(self.tr("Nothing open."), "muted"))
            return
        for item in items:
            row = FollowUpRow(item, self._today, editable=True)
            row.done_toggled.connect(self.follow_up_toggled)
            row.edit_requested.connect(self.follow_up_edit_requested)
            self._follow_up_rows[item.item_id] = row
            self.follow_ups_layout.addWidget(row)

    def follow_up_item(self, item_id: Hashable) -> FollowUpItem | None:
        """The follow-up listed with this id, if any."""
        row = self._follow_up_rows.get(item_id)
        return None if row is None else row.item

    def set_follow_up_done(self, item_id: Hashable, done: bool) -> None:
        """Shows a follow-up ticked or not, without emitting `follow_up_toggled`."""
        row = self._follow_up_rows.get(item_id)
        if row is not None:
            row.set_done(done)

    def follow_up_box(self, item_id: Hashable) -> QCheckBox | None:
        """The Done box of a follow-up (for tests and focus), if it is listed."""
        row = self._follow_up_rows.get(item_id)
        return None if row is None else row.box

    def follow_up_row(self, item_id: Hashable) -> FollowUpRow | None:
        """The row of a follow-up, if it is listed."""
        return self._follow_up_rows.get(item_id)

    def set_talking_points(self, items: Sequence[TalkingPointItem]) -> None:
        """Lists what either wants to bring up next time."""
        self.talking_points.set_points(items)

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
