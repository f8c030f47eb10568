"""File ▸ Archived pairs: the pairs put away, each to open or bring back to Home."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from belonging.application.rows import PairRow
from belonging.ui.accessibility import announce, name_in_context
from belonging.ui.views.describe import long_date, pair_names
from belonging.ui.widgets.page import clear_layout
from belonging.ui.widgets.styled import make_button, make_card, make_label


class ArchivedPairsDialog(QDialog):
    """Lists archived pairs (`set_pairs(rows)`). Signals: `open_requested(pair_id)`,
    `bring_back_requested(pair_id)`."""

    open_requested = Signal(object)
    bring_back_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archived_pairs")
        self.setWindowTitle(self.tr("Archived pairs"))
        self.resize(640, 460)
        self._setup_ui()

    def _setup_ui(self) -> None:
        intro = make_label(
            self.tr(
                "Pairs you archived: off Home and set-up, with everything kept. Bring one "
                "back, or open it to read its conversations or delete it."
            ),
            "muted",
        )
        holder = QWidget()
        self.rows = QVBoxLayout(holder)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(10)
        self.rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.close_button = make_button(self.tr("&Close"))
        self.close_button.clicked.connect(self.accept)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)

    def set_pairs(self, rows: Sequence[PairRow]) -> None:
        """Lists the archived pairs, most recently met first; none says so."""
        clear_layout(self.rows)
        self._buttons: dict[Hashable, tuple] = {}
        if not rows:
            self.rows.addWidget(make_label(self.tr("No pair is archived."), "muted"))
        for row in rows:
            self.rows.addWidget(self._row(row))
        self.rows.addStretch(1)
        (self._first_button() or self.close_button).setFocus()

    def buttons_for(self, pair_id: Hashable) -> tuple:
        """The Open and Bring back buttons of a pair listed (for tests and focus)."""
        return self._buttons[pair_id]

    def _first_button(self):
        return next((pair[0] for pair in self._buttons.values()), None)

    def _row(self, row: PairRow) -> QWidget:
        card = make_card()
        layout = QHBoxLayout(card)
        layout.setContentsMargins(18, 12, 14, 12)
        text = QVBoxLayout()
        names = pair_names(row)
        text.addWidget(make_label(names, "heading"))
        if row.last_conversation_on is not None:
            text.addWidget(
                make_label(
                    self.tr("Last talked on {date}").format(
                        date=long_date(row.last_conversation_on)
                    ),
                    "muted",
                )
            )
        layout.addLayout(text, 1)
        open_button = make_button(self.tr("Open"), "quiet")
        back_button = make_button(self.tr("Bring back"))
        for button in (open_button, back_button):
            name_in_context(button, button.text(), names)
            layout.addWidget(button)
        open_button.clicked.connect(partial(self.open_requested.emit, row.pair_id))
        back_button.clicked.connect(partial(self._on_bring_back, row.pair_id, names))
        self._buttons[row.pair_id] = (open_button, back_button)
        return card

    def _on_bring_back(self, pair_id: Hashable, names: str) -> None:
        announce(self, self.tr("{names} are back on Home.").format(names=names))
        self.bring_back_requested.emit(pair_id)
