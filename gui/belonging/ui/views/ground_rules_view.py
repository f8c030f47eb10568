"""Ground rules: four promises, read together and acknowledged by each person separately."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from belonging.application.rows import Participant
from belonging.ui.shortcuts import Command, spec
from belonging.ui.widgets.page import ScrollPage
from belonging.ui.widgets.person_answers import PersonAnswers
from belonging.ui.widgets.styled import make_button, make_card, make_label


class GroundRulesView(ScrollPage):
    """The ground rules, with one "<name> agrees" box per person; Continue waits for both.

    Setters: `set_people(first, second)` (Participants; resets both boxes),
    `set_introduction(html, plain_text)` (the script's introduction, empty hides it), `reset()`.
    Reading: `is_acknowledged_by_both()`.
    Signals: `acknowledged_changed(key, bool)`, `continue_requested()`, `back_requested()`.
    """

    acknowledged_changed = Signal(str, bool)
    continue_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()
        self._connect_signals()
        self.set_people(*self.boxes.people)

    def _setup_ui(self) -> None:
        self.body.addWidget(make_label(self.tr("Before you begin"), "title"))
        self.body.addWidget(
            make_label(
                self.tr("Five promises you make to each other. Read them together."), "muted"
            )
        )
        rules_card = make_card()
        rules = QVBoxLayout(rules_card)
        rules.setContentsMargins(24, 20, 24, 20)
        rules.setSpacing(16)
        for title, text in self._rules():
            rule = QVBoxLayout()
            rule.setSpacing(2)
            rule.addWidget(make_label(title, "heading"))
            rule.addWidget(make_label(text))
            rules.addLayout(rule)
        self.body.addWidget(rules_card)

        self.introduction_card = make_card()
        introduction = QVBoxLayout(self.introduction_card)
        introduction.setContentsMargins(24, 18, 24, 18)
        introduction.addWidget(make_label(self.tr("About this conversation"), "heading"))
        self.introduction_label = make_label("", rich=True)
        introduction.addWidget(self.introduction_label)
        self.introduction_card.hide()
        self.body.addWidget(self.introduction_card)

        self.body.addStretch(1)

        # The boxes and why Continue waits stay in view above the buttons: with larger text
        # on a small screen the rules fill the page, and nothing may hide below the fold.
        agree = QWidget()
        agree_layout = QVBoxLayout(agree)
        agree_layout.setContentsMargins(0, 0, 0, 0)
        agree_layout.setSpacing(6)
        agree_layout.addWidget(make_label(self.tr("Each of you, when you are ready:"), "heading"))
        self.first_check = QCheckBox()
        self.second_check = QCheckBox()
        self.boxes = PersonAnswers(self.first_check, self.second_check, horizontal=True, spacing=32)
        agree_layout.addWidget(self.boxes)
        self.waiting_label = make_label("", "muted")
        agree_layout.addWidget(self.waiting_label)
        self.add_fixed_band(agree)

        self.back_button = make_button(self.tr("&Back"), "quiet")
        self.continue_button = make_button(self.tr("&Continue"), "primary")
        self.footer.addWidget(self.back_button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.continue_button)

    def _rules(self) -> list[tuple[str, str]]:
        pause, too_much = spec(Command.PAUSE), spec(Command.TOO_MUCH)
        return [
            (
                self.tr("Either of you can pause, at any time."),
                self.tr(
                    "Pause ({keys}, or the Pause button under the question) hides everything "
                    "on the screen until you both come back."
                ).format(keys=pause.key_text()),
            ),
            (
                self.tr("“Too much?” needs no reason."),
                self.tr(
                    "Either of you can say it ({keys}, or the button beside Pause). The "
                    "question leaves the screen at once, and you step back to something "
                    "lighter, together; nobody learns who said it. You go deeper again only "
                    "when you both say so, each in private."
                ).format(keys=too_much.key_text()),
            ),
            (
                self.tr("On a video call, just say it."),
                self.tr("Say “pause” or “too much” and I'll press it: no reason, no questions."),
            ),
            (
                self.tr("What is private stays private."),
                self.tr(
                    "What is said here stays between you. Private notes are hidden unless "
                    "the one who wrote them shows them on purpose."
                ),
            ),
            (
                self.tr("What is kept is read back at the end."),
                self.tr(
                    "Before anything is saved you both see it, and either of you can strike "
                    "a line or mark it confidential."
                ),
            ),
        ]

    def _connect_signals(self) -> None:
        self.boxes.answer_changed.connect(self._on_boxes_answer_changed)
        self.continue_button.clicked.connect(self.continue_requested)
        self.back_button.clicked.connect(self.back_requested)

    def set_people(self, first: Participant, second: Participant) -> None:
        """Names the two boxes after the two people, both unticked."""
        self.boxes.set_people(first, second, self.tr("{name} agrees"))
        self._update()

    def set_introduction(self, html: str, plain_text: str = "") -> None:
        """Shows the script's introduction (rendered HTML) above the boxes; empty hides it."""
        self.introduction_label.setText(html)
        self.introduction_label.setAccessibleName(plain_text)
        self.introduction_card.setVisible(bool(html))

    def reset(self) -> None:
        """Unticks both boxes."""
        self.boxes.clear()
        self._update()

    def is_acknowledged_by_both(self) -> bool:
        """Whether both people have ticked their box."""
        return all(self.boxes.answers().values())

    def _update(self) -> None:
        both = self.is_acknowledged_by_both()
        self.continue_button.setEnabled(both)
        waiting = self.boxes.waiting()
        if both:
            self.waiting_label.setText(self.tr("Thank you both."))
        elif len(waiting) == 1:
            self.waiting_label.setText(
                self.tr("Waiting for {name}, whenever they are ready.").format(name=waiting[0])
            )
        else:
            self.waiting_label.setText(self.tr("Continue opens once you have both agreed."))
        # Disabled, Continue still says why to a screen reader.
        self.continue_button.setAccessibleDescription("" if both else self.waiting_label.text())

    @Slot(str, object)
    def _on_boxes_answer_changed(self, key: str, checked: object) -> None:
        self._update()
        self.acknowledged_changed.emit(key, bool(checked))
