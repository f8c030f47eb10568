"""Before the first prompt, each person privately: how close they feel, how deep they want
to go today, and whether a deeper start is all right. Nothing chosen stays on the screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from belonging.application.rows import Participant
from belonging.ui.views.private_questions import OpeningQuestion
from belonging.ui.widgets.page import ScrollPage
from belonging.ui.widgets.private_round import PrivateRound
from belonging.ui.widgets.styled import make_button, make_label


class CheckInView(ScrollPage):
    """A private round before the conversation (see `widgets.private_round`).

    Setters: `set_people(first, second)` (starts the round again), `set_levels(levels,
    default_deepest, start_depth)`. Signals: `continue_requested(answers)` (by participant
    key, each a `PrivateAnswer`), `skip_requested()`, `back_requested()`.
    """

    continue_requested = Signal(dict)
    skip_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: tuple[Participant, ...] = ()
        self._levels: list[tuple[int, str]] = [(1, "")]
        self._default_deepest = 1
        self._start_depth: int | None = None
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.body.addWidget(make_label(self.tr("Just for you, before you begin"), "title"))
        self.body.addWidget(
            make_label(
                self.tr(
                    "Each of you, in turn and in private: how close you feel, and how deep "
                    "you would like to go today. Your answers are not shown to the other, "
                    "and you can skip this."
                ),
                "muted",
            )
        )
        self.round = PrivateRound(self._question_for)
        self.body.addWidget(self.round)
        self.body.addStretch(1)

        self.back_button = make_button(self.tr("&Back"), "quiet")
        self.skip_button = make_button(self.tr("S&kip this"))
        self.continue_button = make_button(self.tr("B&egin the conversation"), "primary")
        self.continue_button.setEnabled(False)
        self.footer.addWidget(self.back_button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.skip_button)
        self.footer.addWidget(self.continue_button)

    def _connect_signals(self) -> None:
        self.round.finished.connect(self._on_round_finished)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        self.skip_button.clicked.connect(self.skip_requested)
        self.back_button.clicked.connect(self.back_requested)

    def set_people(self, first: Participant, second: Participant) -> None:
        """The two people, the first asked first; the round starts again."""
        self._people = (first, second)
        self._restart()

    def set_levels(
        self, levels: Sequence[tuple[int, str]], default_deepest: int, start_depth: int | None
    ) -> None:
        """The script's levels (depth, title) to choose from, the choice made at first, and
        the deeper start to agree to (None: nothing to agree to)."""
        self._levels = list(levels)
        self._default_deepest = default_deepest
        self._start_depth = start_depth
        self._restart()

    def _restart(self) -> None:
        self.continue_button.setEnabled(False)
        if self._people:
            self.round.start(self._people)

    def _question_for(self, _person: Participant) -> OpeningQuestion:
        return OpeningQuestion(self._levels, self._default_deepest, self._start_depth)

    @Slot(dict)
    def _on_round_finished(self, _answers: dict) -> None:
        self.continue_button.setEnabled(True)
        self.continue_button.setFocus()

    @Slot()
    def _on_continue_clicked(self) -> None:
        self.continue_requested.emit(self.round.answers())
