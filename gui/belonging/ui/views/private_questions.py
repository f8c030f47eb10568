"""What each person is asked privately (see `widgets.private_round`): before the first
prompt, at a crossroads, and at the wrap-up."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QRadioButton, QVBoxLayout, QWidget

from belonging.application.opening_round import PrivateAnswer
from belonging.ui.widgets.closeness_circles import ClosenessCircles
from belonging.ui.widgets.styled import make_label


def _choices(parent: QWidget, layout: QVBoxLayout, labels: Sequence[str]) -> QButtonGroup:
    """Radio buttons for `labels`, none chosen, their ids the labels' positions."""
    group = QButtonGroup(parent)
    for index, text in enumerate(labels):
        button = QRadioButton(text)
        group.addButton(button, index)
        layout.addWidget(button)
    return group


class OpeningQuestion(QWidget):
    """Before the first prompt: how close you feel (optional), how deep you want to go today,
    and — when the set-up starts deeper than the pair has been — whether that is all right.

    `levels` are (depth, title) of the script; `default_deepest` is chosen at first (a
    script's ceiling for a manager and their report). `start_depth` is asked about when given.
    """

    completeness_changed = Signal(bool)

    def __init__(
        self,
        levels: Sequence[tuple[int, str]],
        default_deepest: int,
        start_depth: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._depths = [depth for depth, _title in levels]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.circles = ClosenessCircles()
        self.circles.setTitle(self.tr("How close do you feel to the other right now?"))
        layout.addWidget(self.circles)
        layout.addWidget(make_label(self.tr("How deep would you like to go today?"), "heading"))
        self.depth_group = _choices(
            self,
            layout,
            [
                self.tr("Up to level {depth}: {title}").format(depth=depth, title=title)
                for depth, title in levels
            ],
        )
        self.depth_group.button(self._depths.index(default_deepest)).setChecked(True)
        layout.addWidget(
            make_label(
                self.tr("You will only go as deep as the lower of your two choices."), "muted"
            )
        )
        self.start_group: QButtonGroup | None = None
        if start_depth is not None:
            layout.addWidget(
                make_label(
                    self.tr(
                        "You are set to start at level {depth}, deeper than you have been "
                        "together before. Is that all right with you?"
                    ).format(depth=start_depth),
                    "heading",
                )
            )
            self.start_group = _choices(
                self,
                layout,
                [
                    self.tr("Yes, start there"),
                    self.tr("Not yet — start where we were comfortable"),
                ],
            )
            self.start_group.idToggled.connect(self._on_start_toggled)

    def is_complete(self) -> bool:
        """Complete once the start question, if asked, is answered."""
        return self.start_group is None or self.start_group.checkedId() >= 0

    def answer(self) -> PrivateAnswer:
        """The closeness (None: not picked), the deepest level, and the start answer."""
        start_ok = None if self.start_group is None else self.start_group.checkedId() == 0
        return PrivateAnswer(
            closeness=self.circles.value(),
            deepest=self._depths[self.depth_group.checkedId()],
            start_ok=start_ok,
        )

    @Slot(int, bool)
    def _on_start_toggled(self, _id: int, _checked: bool) -> None:
        self.completeness_changed.emit(self.is_complete())


class BallotQuestion(QWidget):
    """At a crossroads: are you ready to go deeper? Yes, or not yet — equally easy, and no
    reason asked."""

    completeness_changed = Signal(bool)

    def __init__(self, level_words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(make_label(level_words, "heading"))
        self.group = _choices(self, layout, [self.tr("Yes, I'm ready"), self.tr("Not yet")])
        self.group.idToggled.connect(self._on_toggled)
        layout.addWidget(
            make_label(
                self.tr("Nobody will learn what you chose: only whether you both said yes."),
                "muted",
            )
        )

    def is_complete(self) -> bool:
        """Complete once yes or not yet is chosen."""
        return self.group.checkedId() >= 0

    def answer(self) -> bool:
        """Whether this person is ready."""
        return self.group.checkedId() == 0

    @Slot(int, bool)
    def _on_toggled(self, _id: int, _checked: bool) -> None:
        self.completeness_changed.emit(self.is_complete())


class ClosingQuestion(QWidget):
    """At the wrap-up: how close you feel now (optional), and, for the partner, whether their
    check-ins are kept on the pair's page (not unless they say so)."""

    def __init__(self, ask_to_keep: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.circles = ClosenessCircles()
        self.circles.setTitle(self.tr("How close do you feel now?"))
        layout.addWidget(self.circles)
        self.keep_box: QCheckBox | None = None
        if ask_to_keep:
            self.keep_box = QCheckBox(
                self.tr("Keep how close I felt today (before and after) on our page")
            )
            layout.addWidget(self.keep_box)
            layout.addWidget(
                make_label(
                    self.tr("Unticked, nothing of your check-ins is kept, charted or exported."),
                    "muted",
                )
            )

    def is_complete(self) -> bool:
        """Always: every part is optional."""
        return True

    def answer(self) -> tuple[int | None, bool]:
        """The closeness (None: not picked), and whether to keep the check-ins."""
        return self.circles.value(), bool(self.keep_box and self.keep_box.isChecked())
