"""The shared notes read back at wrap-up, one line at a time: strike it, or mark it confidential."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from functools import partial

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from belonging.application.rows import NoteLine
from belonging.ui.accessibility import name_in_context
from belonging.ui.widgets.page import clear_layout
from belonging.ui.widgets.styled import make_card, make_label, set_kind


class ReadBackList(QWidget):
    """Each shared line with "Strike out" and "Confidential" boxes.

    A struck line is shown struck through and muted, so both people can see what will not
    be kept. Each box is named by its label and its line ("Strike out: …"), so a screen
    reader user knows which line a box belongs to. Signals: `struck_changed(line_id, bool)`,
    `confidential_changed(line_id, bool)`, `lines_set()` (new lines are shown).
    """

    struck_changed = Signal(object, bool)
    confidential_changed = Signal(object, bool)
    lines_set = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._struck: dict[Hashable, QCheckBox] = {}
        self._confidential: dict[Hashable, QCheckBox] = {}
        self._labels: dict[Hashable, QLabel] = {}
        self._lines: tuple[NoteLine, ...] = ()
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(8)
        self.set_lines([])

    def set_lines(self, lines: Sequence[NoteLine]) -> None:
        """Shows `lines` with their current marks, without emitting changes."""
        clear_layout(self.rows)
        self._struck.clear()
        self._confidential.clear()
        self._labels.clear()
        self._lines = tuple(lines)
        if not lines:
            self.rows.addWidget(make_label(self.tr("No shared notes to read back."), "muted"))
        for line in lines:
            self.rows.addWidget(self._row(line))
        self.lines_set.emit()

    def lines(self) -> tuple[NoteLine, ...]:
        """The lines shown, with their marks as they stand now."""
        struck, confidential = self.struck_ids(), self.confidential_ids()
        return tuple(
            NoteLine(
                line.line_id,
                line.text,
                line.context,
                struck=line.line_id in struck,
                confidential=line.line_id in confidential,
            )
            for line in self._lines
        )

    def line_ids(self) -> tuple[Hashable, ...]:
        """The lines shown, in order."""
        return tuple(self._labels)

    def struck_ids(self) -> frozenset[Hashable]:
        """The lines struck out."""
        return frozenset(key for key, box in self._struck.items() if box.isChecked())

    def confidential_ids(self) -> frozenset[Hashable]:
        """The lines marked confidential."""
        return frozenset(key for key, box in self._confidential.items() if box.isChecked())

    def line_label(self, line_id: Hashable) -> QLabel:
        """The label showing a line (for tests and focus)."""
        return self._labels[line_id]

    def strike_box(self, line_id: Hashable) -> QCheckBox:
        """The "Strike out" box of a line."""
        return self._struck[line_id]

    def confidential_box(self, line_id: Hashable) -> QCheckBox:
        """The "Confidential" box of a line."""
        return self._confidential[line_id]

    def _row(self, line: NoteLine) -> QWidget:
        row = make_card()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(18, 12, 14, 12)
        layout.setSpacing(16)
        text = QVBoxLayout()
        text.setSpacing(2)
        label = make_label(line.text)
        self._labels[line.line_id] = label
        text.addWidget(label)
        if line.context:
            text.addWidget(make_label(line.context, "muted"))
        layout.addLayout(text, 1)
        strike = QCheckBox(self.tr("Strike out"))
        confidential = QCheckBox(self.tr("Confidential"))
        for box, checked in ((strike, line.struck), (confidential, line.confidential)):
            box.setChecked(checked)
            name_in_context(box, box.text(), line.text)
            layout.addWidget(box)
        self._struck[line.line_id] = strike
        self._confidential[line.line_id] = confidential
        self._show_struck(line.line_id, line.struck)
        strike.toggled.connect(partial(self._on_strike_toggled, line.line_id))
        confidential.toggled.connect(partial(self.confidential_changed.emit, line.line_id))
        return row

    def _show_struck(self, line_id: Hashable, struck: bool) -> None:
        set_kind(self._labels[line_id], "struck" if struck else None)

    @Slot()
    def _on_strike_toggled(self, line_id: Hashable, struck: bool) -> None:
        self._show_struck(line_id, struck)
        self.struck_changed.emit(line_id, struck)
