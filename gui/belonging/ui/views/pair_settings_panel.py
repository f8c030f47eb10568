"""A pair's settings: the two names and roles, how deep they are comfortable going, and the
topics never to offer them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from belonging.application.continuity_rows import PairSettings
from belonging.ui.accessibility import escape_mnemonic, label_field
from belonging.ui.topic_names import topic_name
from belonging.ui.widgets.page import clear_layout
from belonging.ui.widgets.styled import make_button, make_card, make_label

#: The depth choice's first entry, "Not known yet".
_UNKNOWN = 0
#: Topics are short words: four to a row reads as a list without a long scroll.
_TOPIC_COLUMNS = 4


class PairSettingsPanel(QWidget):
    """The settings card of the pair page.

    `set_settings(PairSettings)` fills it; `settings()` reads it back; Save emits
    `saved(PairSettings)`. Off-limits topics are ticked among every script's topics.
    """

    saved = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = PairSettings("", "", "", "")
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        card = make_card()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        layout.addWidget(make_label(self.tr("Settings for this pair"), "heading"))

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.owner_name_edit = QLineEdit()
        self.owner_role_edit = QLineEdit()
        self.partner_name_edit = QLineEdit()
        self.partner_role_edit = QLineEdit()
        fields = (
            (
                self.tr("&Your name"),
                self.owner_name_edit,
                self.tr("Your r&ole"),
                self.owner_role_edit,
            ),
            (
                self.tr("Their na&me"),
                self.partner_name_edit,
                self.tr("Their ro&le"),
                self.partner_role_edit,
            ),
        )
        for row, (name_text, name_edit, role_text, role_edit) in enumerate(fields):
            for column, (text, field) in enumerate(
                ((name_text, name_edit), (role_text, role_edit))
            ):
                label = make_label(text, wrap=False)
                label_field(label, field)
                grid.addWidget(label, row, column * 2)
                grid.addWidget(field, row, column * 2 + 1)
        # Names and roles share the room: a role ("Persona del equipo") can be as long.
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)

        depth_row = QHBoxLayout()
        depth_label = make_label(self.tr("&Comfortable depth"), wrap=False)
        self.depth_combo = QComboBox()
        label_field(depth_label, self.depth_combo)
        depth_row.addWidget(depth_label)
        depth_row.addWidget(self.depth_combo)
        depth_row.addStretch(1)
        layout.addLayout(depth_row)
        self.learned_label = make_label("", "muted")
        layout.addWidget(self.learned_label)

        layout.addWidget(make_label(self.tr("Topics never to offer you two"), wrap=False))
        self.topics_box = QWidget()
        self.topics_box.setAccessibleName(self.tr("Topics never to offer you two"))
        self.topics_grid = QGridLayout(self.topics_box)
        self.topics_grid.setContentsMargins(0, 0, 0, 0)
        self.topics_grid.setHorizontalSpacing(18)
        self.topics_grid.setVerticalSpacing(2)
        self.topic_boxes: dict[str, QCheckBox] = {}
        layout.addWidget(self.topics_box)
        self.no_topics_label = make_label(self.tr("None of the scripts names topics yet."), "muted")
        layout.addWidget(self.no_topics_label)

        buttons = QHBoxLayout()
        self.problem_label = make_label("", "accent")
        self.problem_label.hide()
        buttons.addWidget(self.problem_label)
        buttons.addStretch(1)
        self.save_button = make_button(self.tr("Save se&ttings"))
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self._on_save_clicked)

    def set_settings(self, settings: PairSettings) -> None:
        """Shows the pair's settings (the topic list is every script's topics)."""
        self._shown = settings
        self.owner_name_edit.setText(settings.owner_name)
        self.owner_role_edit.setText(settings.owner_role)
        self.partner_name_edit.setText(settings.partner_name)
        self.partner_role_edit.setText(settings.partner_role)
        self.depth_combo.clear()
        self.depth_combo.addItem(self.tr("Not known yet"), _UNKNOWN)
        deepest = max(1, settings.deepest_level, settings.comfortable_depth or 0)
        for depth in range(1, deepest + 1):
            self.depth_combo.addItem(self.tr("Level {depth}").format(depth=depth), depth)
        self.depth_combo.setCurrentIndex(settings.comfortable_depth or _UNKNOWN)
        if settings.learned_depth is None:
            learned = self.tr(
                "Belonging learns this from your conversations: the deepest level you "
                "reached without “too much?”. Either of you can change it."
            )
        else:
            learned = self.tr(
                "Your recent conversations suggest level {depth}. Each conversation starts "
                "here and goes no deeper unless you both say so; either of you can change it."
            ).format(depth=max(1, settings.learned_depth))
        self.learned_label.setText(learned)
        self._fill_topics(settings.available_topics, settings.off_limits_topics)

    def _fill_topics(self, available: Iterable[str], off_limits: Iterable[str]) -> None:
        chosen = set(off_limits)
        topics = sorted(set(available) | chosen, key=lambda tag: topic_name(tag).casefold())
        clear_layout(self.topics_grid)
        self.topic_boxes = {}
        for index, topic in enumerate(topics):
            box = QCheckBox(escape_mnemonic(topic_name(topic)))
            box.setChecked(topic in chosen)
            self.topic_boxes[topic] = box
            self.topics_grid.addWidget(box, index // _TOPIC_COLUMNS, index % _TOPIC_COLUMNS)
        self.topics_box.setVisible(bool(topics))
        self.no_topics_label.setVisible(not topics)

    def settings(self) -> PairSettings:
        """The settings as edited now."""
        ticked = tuple(topic for topic, box in self.topic_boxes.items() if box.isChecked())
        depth = int(self.depth_combo.currentData() or _UNKNOWN)
        return PairSettings(
            owner_name=self.owner_name_edit.text().strip(),
            owner_role=self.owner_role_edit.text().strip(),
            partner_name=self.partner_name_edit.text().strip(),
            partner_role=self.partner_role_edit.text().strip(),
            comfortable_depth=None if depth == _UNKNOWN else depth,
            learned_depth=self._shown.learned_depth,
            off_limits_topics=ticked,
            available_topics=self._shown.available_topics,
            deepest_level=self._shown.deepest_level,
        )

    @Slot()
    def _on_save_clicked(self) -> None:
        settings = self.settings()
        if not settings.owner_name or not settings.partner_name:
            self.problem_label.setText(self.tr("Both of you need a name."))
            self.problem_label.show()
            return
        self.problem_label.hide()
        self.saved.emit(settings)
