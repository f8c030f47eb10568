"""Each person answers on their own: one control per person, read by their key.

Ground rules ("<name> agrees"), Deeper? ("<name> is ready") and both check-ins (a closeness
picture each) ask the two people the same thing separately. This widget holds the pair of
controls, names each after its person and reports every change under that person's key, so
a view only lays it out and says what the answers mean.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QAbstractButton, QBoxLayout, QHBoxLayout, QVBoxLayout, QWidget

from belonging.application.rows import Participant
from belonging.ui.accessibility import escape_mnemonic
from belonging.ui.widgets.closeness_circles import ClosenessCircles

# One person's control: a checkable button (agrees, is ready) or a closeness picture.
Control = QAbstractButton | ClosenessCircles


class PersonAnswers(QWidget):
    """The two people's controls, side by side or one above the other.

    Checkable buttons answer True or False; closeness pictures 1 to 7 or None.
    `first` and `second` are the controls, in the order of `set_people`; until it is
    called, `people` are "You" and "Your partner".
    Signal: `answer_changed(key, value)`, after a control changes by hand or by `clear()`
    (a closeness picture set by `set_answers` or `clear` stays quiet, as it does alone).
    """

    answer_changed = Signal(str, object)

    def __init__(
        self,
        first: Control,
        second: Control,
        *,
        horizontal: bool,
        spacing: int = -1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.first = first
        self.second = second
        self._people = (
            Participant("first", self.tr("You")),
            Participant("second", self.tr("Your partner")),
        )
        self._setup_ui(horizontal, spacing)
        self._connect_signals()

    def _setup_ui(self, horizontal: bool, spacing: int) -> None:
        layout: QBoxLayout = QHBoxLayout(self) if horizontal else QVBoxLayout(self)
        # Laid out as if the two controls sat straight in the page's own layout.
        layout.setContentsMargins(0, 0, 0, 0)
        if spacing >= 0:
            layout.setSpacing(spacing)
        layout.addWidget(self.first)
        layout.addWidget(self.second)
        if horizontal:
            layout.addStretch(1)

    def _connect_signals(self) -> None:
        for control, slot in (
            (self.first, self._on_first_changed),
            (self.second, self._on_second_changed),
        ):
            if isinstance(control, QAbstractButton):
                control.toggled.connect(slot)
            else:
                control.value_changed.connect(slot)

    @property
    def people(self) -> tuple[Participant, Participant]:
        """The two people, first and second."""
        return self._people

    def _controls(self) -> tuple[Control, Control]:
        return (self.first, self.second)

    def set_people(self, first: Participant, second: Participant, label: str) -> None:
        """Names each control with `label` (a "{name}" pattern) and clears both answers."""
        self._people = (first, second)
        for control, person in zip(self._controls(), self._people, strict=True):
            text = label.format(name=escape_mnemonic(person.name))
            if isinstance(control, QAbstractButton):
                control.setText(text)
            else:
                control.setTitle(text)
        self.clear()

    def clear(self) -> None:
        """No answer from either person."""
        for control in self._controls():
            _write(control, None)

    def set_answers(self, values: Mapping[str, Any]) -> None:
        """Shows earlier answers, by participant key; a missing key clears that answer."""
        for control, person in zip(self._controls(), self._people, strict=True):
            _write(control, values.get(person.key))

    def answers(self) -> dict[str, Any]:
        """Each person's answer by key: True/False for a toggle, 1-7 or None for a picture."""
        return {
            person.key: _read(control)
            for control, person in zip(self._controls(), self._people, strict=True)
        }

    def waiting(self) -> list[str]:
        """The names of those who have not answered (or not said yes), in order."""
        return [
            person.name
            for control, person in zip(self._controls(), self._people, strict=True)
            if not _read(control)
        ]

    @Slot(object)
    def _on_first_changed(self, value: object) -> None:
        self.answer_changed.emit(self._people[0].key, value)

    @Slot(object)
    def _on_second_changed(self, value: object) -> None:
        self.answer_changed.emit(self._people[1].key, value)


def _read(control: Control) -> Any:
    if isinstance(control, QAbstractButton):
        return control.isChecked()
    return control.value()


def _write(control: Control, value: Any) -> None:
    if isinstance(control, QAbstractButton):
        control.setChecked(bool(value))
    else:
        control.set_value(value)
