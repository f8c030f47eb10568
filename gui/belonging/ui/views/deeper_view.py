"""Deeper?: a crossroads. Go deeper (each person answers privately, and only the outcome is
shown), stay at this depth, more at this depth from other scripts, or wrap up — each as calm
as the others."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from belonging.application.rows import Participant
from belonging.ui.accessibility import announce
from belonging.ui.views.private_questions import BallotQuestion
from belonging.ui.widgets.page import ScrollPage
from belonging.ui.widgets.private_round import PrivateRound
from belonging.ui.widgets.styled import make_button, make_card, make_label


class DeeperView(ScrollPage):
    """The crossroads page.

    Setters: `set_people(first, second)`, `set_crossroads(next_level, reason, can_stay,
    can_borrow=)` (next_level: (depth, count, title, guidance_html), or None when there is
    no deeper level today; can_borrow: other scripts lend prompts of this depth),
    `set_comfort_note(text)`, `reset()` (the ballot starts again).
    Signals: `go_deeper_requested()` (both said yes), `stay_requested()` ("not today", or
    Stay), `more_requested()` (More at this depth), `wrap_up_requested()`.
    """

    go_deeper_requested = Signal()
    stay_requested = Signal()
    more_requested = Signal()
    wrap_up_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: tuple[Participant, ...] = ()
        self._level_words = ""
        self._agreed: bool | None = None
        self._has_target = False
        self._can_stay = True
        self._can_borrow = False
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.title_label = make_label(self.tr("Ready to go deeper?"), "title")
        self.body.addWidget(self.title_label)
        self.intro_label = make_label("", "muted")
        self.body.addWidget(self.intro_label)
        self.level_card = make_card()
        card_layout = QVBoxLayout(self.level_card)
        card_layout.setContentsMargins(24, 20, 24, 20)
        self.next_level_label = make_label("", "level")
        self.guidance_label = make_label("", "muted", rich=True)
        card_layout.addWidget(self.next_level_label)
        card_layout.addWidget(self.guidance_label)
        self.body.addWidget(self.level_card)
        self.comfort_label = make_label("", "muted")
        self.comfort_label.hide()
        self.body.addWidget(self.comfort_label)

        self.ballot = PrivateRound(self._question_for)
        self.body.addWidget(self.ballot)
        self.outcome_label = make_label("", "heading")
        self.outcome_label.hide()
        self.body.addWidget(self.outcome_label)
        self.body.addStretch(1)

        self.wrap_up_button = make_button(self.tr("&Wrap up"), "quiet")
        self.stay_button = make_button(self.tr("&Stay at this depth"))
        self.more_button = make_button(self.tr("&More at this depth"))
        self.more_button.setToolTip(
            self.tr("Prompts of this depth from other scripts of the library")
        )
        self.more_button.hide()
        self.continue_button = make_button(self.tr("&Continue"), "primary")
        self.continue_button.hide()
        self.footer.addWidget(self.wrap_up_button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.stay_button)
        self.footer.addWidget(self.more_button)
        self.footer.addWidget(self.continue_button)

    def _connect_signals(self) -> None:
        self.ballot.finished.connect(self._on_ballot_finished)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        self.stay_button.clicked.connect(self.stay_requested)
        self.more_button.clicked.connect(self.more_requested)
        self.wrap_up_button.clicked.connect(self.wrap_up_requested)

    def set_people(self, first: Participant, second: Participant) -> None:
        """The two people who answer, the first asked first."""
        self._people = (first, second)

    def set_crossroads(
        self,
        next_level: tuple[int, int, str, str] | None,
        reason: str,
        can_stay: bool,
        *,
        can_borrow: bool = False,
    ) -> None:
        """Says where the pair stands and what they may choose (see the class docstring)."""
        self._has_target = next_level is not None
        self._can_stay = can_stay
        self._can_borrow = can_borrow
        if reason == "nothing_left" and can_borrow:
            self.title_label.setText(self.tr("You have talked through this depth"))
            intro = self.tr(
                "There is nothing new left at this depth in this script. You can go on at "
                "this depth with prompts from other scripts, go deeper if you both want to, "
                "or wrap up."
            )
        elif reason == "nothing_left":
            self.title_label.setText(self.tr("You have talked through this depth"))
            intro = self.tr(
                "There is nothing new left at this depth. You can go deeper, if you both want "
                "to, or wrap up."
            )
        elif reason == "asked":
            self.title_label.setText(self.tr("Ready to go deeper again?"))
            intro = self.tr(
                "Each of you says privately whether you are ready. Only if you both are do "
                "you go on; otherwise you stay here, and nobody learns who was not ready."
            )
        else:
            self.title_label.setText(self.tr("Ready to go deeper?"))
            intro = self.tr(
                "The next level asks a little more of you both. Each of you says privately "
                "whether you are ready; staying here is a good choice too, and so is "
                "wrapping up."
            )
        if next_level is None and can_stay:
            intro = self.tr(
                "You have gone as deep as you chose to go today. Stay here, or wrap up."
            )
        elif next_level is None and can_borrow:
            intro = self.tr(
                "You have gone as deep as you chose to go today, and talked this depth "
                "through. Go on at this depth with prompts from other scripts, or wrap up."
            )
        elif next_level is None:
            intro = self.tr(
                "You have gone as deep as you chose to go today, and talked it through. "
                "Wrap up whenever you are ready."
            )
        self.intro_label.setText(intro)
        self.level_card.setVisible(next_level is not None)
        if next_level is not None:
            depth, count, title, guidance_html = next_level
            self._level_words = self.tr(
                "Are you ready to go on to level {depth} of {count}: {title}?"
            ).format(depth=depth, count=count, title=title)
            self.next_level_label.setText(
                self.tr("Next: level {depth} of {count} · {title}").format(
                    depth=depth, count=count, title=title
                )
            )
            self.guidance_label.setText(guidance_html)
            self.guidance_label.setVisible(bool(guidance_html))
        self.stay_button.setVisible(can_stay)
        self.more_button.setVisible(can_borrow)
        self.reset()
        title = self.title_label.text()
        # "Ready to go deeper?" already ends its sentence: no full stop after it.
        announce(
            self.title_label, f"{title} {intro}" if title[-1:] in ".?!" else f"{title}. {intro}"
        )

    def set_comfort_note(self, text: str) -> None:
        """A line about the pair's history ("You were both comfortable here last time.")."""
        self.comfort_label.setText(text)
        self.comfort_label.setVisible(bool(text) and self._has_target)

    def reset(self) -> None:
        """The ballot from its start, nothing decided."""
        self._agreed = None
        self.outcome_label.hide()
        self.continue_button.hide()
        self.ballot.setVisible(self._has_target)
        if self._has_target and self._people:
            self.ballot.start(self._people)

    def _question_for(self, _person: Participant) -> BallotQuestion:
        return BallotQuestion(self._level_words)

    @Slot(dict)
    def _on_ballot_finished(self, answers: dict) -> None:
        self._agreed = bool(answers) and all(answers.values())
        self.ballot.hide()
        if self._agreed:
            self.outcome_label.setText(self.tr("You are both ready. Let's go deeper."))
        elif self._can_stay:
            self.outcome_label.setText(self.tr("Not today — staying here. That is a fine choice."))
        elif self._can_borrow:
            self.outcome_label.setText(
                self.tr("Not today. More at this depth, or wrap up: both are fine choices.")
            )
        else:
            self.outcome_label.setText(
                self.tr("Not today. Wrap up whenever you are ready; that is a fine choice.")
            )
        self.outcome_label.show()
        self.continue_button.setVisible(self._agreed or self._can_stay)
        if self.continue_button.isVisible():
            self.continue_button.setFocus()
        elif self._can_borrow:
            self.more_button.setFocus()
        else:
            self.wrap_up_button.setFocus()
        announce(self.outcome_label, self.outcome_label.text())

    @Slot()
    def _on_continue_clicked(self) -> None:
        if self._agreed:
            self.go_deeper_requested.emit()
        else:
            self.stay_requested.emit()

    def outcome(self) -> bool | None:
        """Whether the ballot came out yes (None until both have answered)."""
        return self._agreed
