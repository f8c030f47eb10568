"""Set-up: who is talking, with which script, for how long, from which depth, who leads."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from belonging.application.continuity_rows import ParkedItem
from belonging.application.home_order import common_owner
from belonging.application.rows import PairRow, ScriptRow, SetupChoices
from belonging.ui.accessibility import label_field, strip_mnemonic
from belonging.ui.views.describe import pair_names, script_facts
from belonging.ui.views.leadership_card import LeadershipCard
from belonging.ui.views.recent_parked_card import RecentParkedCard
from belonging.ui.widgets.page import ScrollPage
from belonging.ui.widgets.steady_combo import SteadyComboBox
from belonging.ui.widgets.styled import make_button, make_card, make_label

LENGTHS = (15, 30, 45, 60)
_ID_ROLE = Qt.ItemDataRole.UserRole


class SetupView(ScrollPage):
    """The set-up form.

    Setters: `set_pairs(rows)`, `set_scripts(rows)`, `select_pair(pair_id)`,
    `select_script(script_id)`, `set_minutes(n)`, `set_depth_suggestion(depth, text)`,
    `set_hidden_scripts(ids)`, `set_script_notes({id: text})`, `set_parked(items)`,
    `reset()`.
    Reading: `choices() -> SetupChoices`.
    Signals: `pair_selected(pair_id or None)` (None: two new people), `script_selected(str)`,
    `continue_requested(SetupChoices)`, `back_requested()`.
    Continue is enabled once both people are named (or a pair is picked) and a script chosen.
    """

    pair_selected = Signal(object)
    script_selected = Signal(str)
    continue_requested = Signal(object)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pairs: dict[Hashable, PairRow] = {}
        self._relationship_of: Hashable | None = None
        self._scripts: dict[str, ScriptRow] = {}
        self._script_notes: dict[str, str] = {}
        self._setup_ui()
        self._connect_signals()
        self.set_pairs([])
        self._update_people()

    # Layout ---------------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.body.addWidget(make_label(self.tr("Set up your conversation"), "title"))
        self.body.addWidget(self._people_card())
        self.body.addWidget(self._script_card())
        self.recent_parked = RecentParkedCard()
        self.parked_list = self.recent_parked.parked_list
        self.body.addWidget(self.recent_parked)
        self.body.addWidget(self._length_and_depth_card())
        self.body.addWidget(self._leader_card())
        self.body.addStretch(1)
        self.back_button = make_button(self.tr("&Back"), "quiet")
        self.continue_button = make_button(self.tr("&Continue"), "primary")
        self.footer.addWidget(self.back_button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.continue_button)

    def _people_card(self) -> QWidget:
        card = make_card()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.addWidget(make_label(self.tr("Who is talking?"), "heading"))
        self.known_pair_radio = QRadioButton(self.tr("A &pair you have talked with before"))
        self.pair_combo = SteadyComboBox()
        self.pair_combo.setAccessibleName(strip_mnemonic(self.known_pair_radio.text()))
        self.new_people_radio = QRadioButton(self.tr("Two &new people"))
        self.people_group = QButtonGroup(self)
        self.people_group.addButton(self.known_pair_radio)
        self.people_group.addButton(self.new_people_radio)
        self.known_pair_radio.setChecked(True)

        self.owner_name_edit = QLineEdit()
        self.owner_role_combo = _role_combo([self.tr("Manager"), self.tr("Mentor")])
        self.partner_name_edit = QLineEdit()
        self.partner_role_combo = _role_combo([self.tr("Report"), self.tr("Mentee")])
        self.new_people_fields = QWidget()
        grid = QGridLayout(self.new_people_fields)
        grid.setContentsMargins(28, 4, 0, 0)
        grid.setHorizontalSpacing(12)
        fields = (
            (
                self.tr("&Your name"),
                self.owner_name_edit,
                self.tr("Your &role"),
                self.owner_role_combo,
            ),
            (
                self.tr("&Their name"),
                self.partner_name_edit,
                self.tr("Their r&ole"),
                self.partner_role_combo,
            ),
        )
        for row, (name_text, name_edit, role_text, role_combo) in enumerate(fields):
            name_label = make_label(name_text, wrap=False)
            role_label = make_label(role_text, wrap=False)
            label_field(name_label, name_edit)
            label_field(role_label, role_combo)
            grid.addWidget(name_label, row, 0)
            grid.addWidget(name_edit, row, 1)
            grid.addWidget(role_label, row, 2)
            grid.addWidget(role_combo, row, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)

        layout.addWidget(self.known_pair_radio)
        pair_row = QHBoxLayout()
        pair_row.setContentsMargins(28, 0, 0, 0)
        pair_row.addWidget(self.pair_combo, 1)
        layout.addLayout(pair_row)
        layout.addWidget(self.new_people_radio)
        layout.addWidget(self.new_people_fields)
        return card

    def _script_card(self) -> QWidget:
        card = make_card()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(22, 18, 22, 18)
        heading = make_label(self.tr("Which &script?"), "heading")
        self.script_list = QListWidget()
        self.script_list.setMinimumHeight(150)
        label_field(heading, self.script_list)
        self.script_summary_label = make_label("")
        self.script_levels_label = make_label("", "muted")
        self.script_facts_label = make_label("", "muted")
        self.script_history_label = make_label("", "accent")
        self.script_history_label.hide()
        details = QVBoxLayout()
        details.setSpacing(6)
        details.addWidget(self.script_history_label)
        details.addWidget(self.script_summary_label)
        details.addWidget(self.script_levels_label)
        details.addWidget(self.script_facts_label)
        details.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(18)
        row.addWidget(self.script_list, 1)
        row.addLayout(details, 1)
        layout.addWidget(heading)
        layout.addLayout(row)
        return card

    def _length_and_depth_card(self) -> QWidget:
        card = make_card()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.addWidget(make_label(self.tr("How long?"), "heading"))
        self.length_group = QButtonGroup(self)
        self.length_radios: dict[int, QRadioButton] = {}
        lengths = QHBoxLayout()
        lengths.setSpacing(24)
        for minutes in LENGTHS:
            radio = QRadioButton(self.tr("{minutes} minutes").format(minutes=minutes))
            radio.setAccessibleDescription(self.tr("How long?"))
            self.length_group.addButton(radio, minutes)
            self.length_radios[minutes] = radio
            lengths.addWidget(radio)
        lengths.addStretch(1)
        self.length_radios[30].setChecked(True)
        layout.addLayout(lengths)

        layout.addSpacing(8)
        depth_label = make_label(self.tr("Start at &level"), "heading", wrap=False)
        self.depth_combo = SteadyComboBox()
        label_field(depth_label, self.depth_combo)
        depth_row = QHBoxLayout()
        depth_row.addWidget(depth_label)
        depth_row.addWidget(self.depth_combo, 1)
        layout.addLayout(depth_row)
        self.depth_suggestion_label = make_label("", "muted")
        self.depth_suggestion_label.hide()
        layout.addWidget(self.depth_suggestion_label)
        return card

    def _leader_card(self) -> QWidget:
        self.leadership = LeadershipCard()
        # The names the tests and the rest of the page know these controls by.
        self.owner_leads_radio = self.leadership.owner_leads_radio
        self.partner_leads_radio = self.leadership.partner_leads_radio
        self.leader_first_check = self.leadership.leader_first_check
        return self.leadership.card

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.back_requested)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        self.known_pair_radio.toggled.connect(self._on_people_mode_toggled)
        self.pair_combo.currentIndexChanged.connect(self._on_pair_combo_changed)
        self.owner_name_edit.textChanged.connect(self._update_people)
        self.partner_name_edit.textChanged.connect(self._update_people)
        self.script_list.currentItemChanged.connect(self._on_script_item_changed)
        self.recent_parked.script_chosen.connect(self.select_script)

    # Setters --------------------------------------------------------------------------------

    def set_pairs(self, rows: Sequence[PairRow]) -> None:
        """The pairs to pick from; with none, the form asks for two new people."""
        self._pairs = {row.pair_id: row for row in rows}
        self.pair_combo.blockSignals(True)
        self.pair_combo.clear()
        owner = common_owner(rows)
        for row in rows:
            # By the other person's name, as Home lists them: the owner is the same in each.
            label = row.partner_name if owner is not None else pair_names(row)
            self.pair_combo.addItem(label, row.pair_id)
        self.pair_combo.blockSignals(False)
        has_pairs = bool(rows)
        self.known_pair_radio.setVisible(has_pairs)
        self.pair_combo.setVisible(has_pairs)
        self.new_people_radio.setVisible(has_pairs)
        (self.known_pair_radio if has_pairs else self.new_people_radio).setChecked(True)
        self._on_people_mode_toggled(has_pairs)

    def select_pair(self, pair_id: Hashable | None) -> None:
        """Picks the pair `pair_id`, or None for two new people."""
        index = self.pair_combo.findData(pair_id) if pair_id is not None else -1
        if index >= 0:
            self.known_pair_radio.setChecked(True)
            self.pair_combo.setCurrentIndex(index)
        else:
            self.new_people_radio.setChecked(True)
        self._update_people()

    def set_scripts(self, rows: Sequence[ScriptRow]) -> None:
        """The scripts to choose from; the first is chosen until another is."""
        self._scripts = {row.script_id: row for row in rows}
        self.script_list.clear()
        for row in rows:
            item = QListWidgetItem(row.title)
            item.setData(_ID_ROLE, row.script_id)
            item.setToolTip(row.summary)
            self.script_list.addItem(item)
        if rows:
            self.script_list.setCurrentRow(0)
        self._update_continue()

    def select_script(self, script_id: str) -> None:
        """Chooses the script `script_id` (ignored if it is not listed)."""
        for index in range(self.script_list.count()):
            if self.script_list.item(index).data(_ID_ROLE) == script_id:
                self.script_list.setCurrentRow(index)
                return

    def set_hidden_scripts(self, script_ids: Iterable[str]) -> None:
        """Leaves these scripts out of the list (a first one-on-one, for a pair that has
        talked); one chosen and then left out gives way to the first still listed."""
        hidden = set(script_ids)
        for index in range(self.script_list.count()):
            item = self.script_list.item(index)
            item.setHidden(item.data(_ID_ROLE) in hidden)
        current = self.script_list.currentItem()
        if current is None or current.isHidden():
            visible = [
                self.script_list.item(i)
                for i in range(self.script_list.count())
                if not self.script_list.item(i).isHidden()
            ]
            self.script_list.setCurrentItem(visible[0] if visible else None)

    def listed_script_ids(self) -> list[str]:
        """The scripts offered now, in order."""
        return [
            self.script_list.item(i).data(_ID_ROLE)
            for i in range(self.script_list.count())
            if not self.script_list.item(i).isHidden()
        ]

    def set_script_notes(self, notes: Mapping[str, str]) -> None:
        """What each script has been for this pair ("New to you two", "Done twice, last on
        12 Mar 2025"), shown beside the script chosen."""
        self._script_notes = dict(notes)
        self._show_script_note()

    def _show_script_note(self) -> None:
        item = self.script_list.currentItem()
        note = self._script_notes.get(item.data(_ID_ROLE), "") if item is not None else ""
        self.script_history_label.setText(note)
        self.script_history_label.setVisible(bool(note))

    def set_parked(self, items: Sequence[ParkedItem]) -> None:
        """The prompts this pair parked recently with any script; none hides the card."""
        self.recent_parked.set_items(items)

    def set_minutes(self, minutes: int) -> None:
        """Picks the length closest to `minutes`."""
        nearest = min(LENGTHS, key=lambda length: abs(length - minutes))
        self.length_radios[nearest].setChecked(True)

    def set_depth_suggestion(self, depth: int | None, text: str = "") -> None:
        """Picks `depth` as the starting level and says why in `text` (e.g. "Last time you
        were both comfortable at level 2."); an empty text hides the line."""
        if depth is not None and 1 <= depth <= self.depth_combo.count():
            self.depth_combo.setCurrentIndex(depth - 1)
        self.depth_suggestion_label.setText(text)
        self.depth_suggestion_label.setVisible(bool(text))

    def reset(self) -> None:
        """Empties the name fields and the suggestion, for a fresh set-up."""
        for edit in (self.owner_name_edit, self.partner_name_edit):
            edit.clear()
        self.leadership.reset()
        self.set_depth_suggestion(1, "")

    # Reading --------------------------------------------------------------------------------

    def choices(self) -> SetupChoices:
        """What the form says now."""
        pair = self._current_pair()
        if pair is not None:
            names = (pair.owner_name, pair.owner_role, pair.partner_name, pair.partner_role)
        else:
            names = (
                self.owner_name_edit.text().strip(),
                self.owner_role_combo.currentText().strip(),
                self.partner_name_edit.text().strip(),
                self.partner_role_combo.currentText().strip(),
            )
        item = self.script_list.currentItem()
        return SetupChoices(
            pair_id=pair.pair_id if pair is not None else None,
            owner_name=names[0],
            owner_role=names[1],
            partner_name=names[2],
            partner_role=names[3],
            script_id=item.data(_ID_ROLE) if item is not None else None,
            minutes=self.length_group.checkedId(),
            start_depth=max(1, self.depth_combo.currentIndex() + 1),
            leader=self.leadership.leader(),
            leader_always_first=self.leadership.leader_always_first(),
            relationship=self.leadership.relationship(),
        )

    def _current_pair(self) -> PairRow | None:
        if not self.known_pair_radio.isChecked() or self.pair_combo.currentIndex() < 0:
            return None
        return self._pairs.get(self.pair_combo.currentData())

    # Slots ----------------------------------------------------------------------------------

    @Slot(bool)
    def _on_people_mode_toggled(self, known: bool) -> None:
        self.pair_combo.setEnabled(known)
        self.new_people_fields.setEnabled(not known or not self._pairs)
        self._update_people()
        self.pair_selected.emit(self.choices().pair_id)

    @Slot(int)
    def _on_pair_combo_changed(self, _index: int) -> None:
        self._update_people()
        self.pair_selected.emit(self.choices().pair_id)

    @Slot()
    def _update_people(self) -> None:
        pair = self._current_pair()
        if pair is not None and pair.pair_id != self._relationship_of:
            # A known pair's kind of one-on-one, until it is changed here.
            self._relationship_of = pair.pair_id
            self.leadership.set_relationship(pair.relationship)
        choices = self.choices()
        owner = choices.owner_name or self.tr("You")
        partner = choices.partner_name or self.tr("Your partner")
        self.leadership.set_names(owner, partner)
        self._update_continue()

    def _update_continue(self) -> None:
        choices = self.choices()
        ready = bool(choices.owner_name and choices.partner_name and choices.script_id)
        self.continue_button.setEnabled(ready)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_script_item_changed(self, current: QListWidgetItem | None, _previous) -> None:
        row = self._scripts.get(current.data(_ID_ROLE)) if current is not None else None
        self.depth_combo.clear()
        if row is None:
            for label in (
                self.script_summary_label,
                self.script_levels_label,
                self.script_facts_label,
            ):
                label.clear()
            self._update_continue()
            return
        self.script_summary_label.setText(row.summary)
        self.script_levels_label.setText(
            "\n".join(
                self.tr("{depth}. {title}").format(depth=depth, title=title)
                for depth, title in enumerate(row.level_titles, start=1)
            )
        )
        self.script_facts_label.setText(script_facts(row))
        self._show_script_note()
        for depth, title in enumerate(row.level_titles, start=1):
            self.depth_combo.addItem(self.tr("{depth}. {title}").format(depth=depth, title=title))
        if row.minutes:
            self.set_minutes(row.minutes)
        self._update_continue()
        self.script_selected.emit(row.script_id)

    @Slot()
    def _on_continue_clicked(self) -> None:
        self.continue_requested.emit(self.choices())


def _role_combo(suggestions: list[str]) -> QComboBox:
    """An editable role field that suggests the usual roles."""
    combo = SteadyComboBox()
    combo.setEditable(True)
    combo.addItems(suggestions)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    # Wide enough for the longest suggestion, which some languages make long.
    combo.setMinimumContentsLength(max(len(text) for text in suggestions))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo
