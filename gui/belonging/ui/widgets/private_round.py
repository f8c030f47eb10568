"""Asking two people the same thing privately, on one screen: one at a time, the other
looking away, each answer hidden as soon as it is given.

Going deeper, how deep today, how close each feels: an answer given aloud in front of a
manager is not a free answer. So the round hands the screen to one person ("Alex's turn —
Sam, please look away for a moment"), shows that person's question, and once they press
Done takes it off the screen (and out of reach of a screen reader) before handing over to
the other. Only the caller sees the answers, and only the outcome is ever shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from belonging.application.rows import Participant
from belonging.ui.accessibility import announce, escape_mnemonic
from belonging.ui.widgets.styled import make_button, make_card, make_label


class PrivateQuestion(Protocol):
    """A question one person answers in their turn: a widget, its answer, and whether it
    is ready to be kept (Done opens then)."""

    def answer(self) -> Any:
        """What the person chose."""
        ...

    def is_complete(self) -> bool:
        """Whether Done may be pressed."""
        ...


#: Makes the question for one person (the round shows it in their turn).
QuestionFor = Callable[[Participant], QWidget]


class PrivateRound(QWidget):
    """Each person in turn, privately (see the module docstring).

    `start(people)` begins with the first; `finished(answers)` carries every answer by
    participant key once the last has pressed Done. A person in `skip` (who answered on
    their own screen) is not asked here. A question that is not complete at once (nothing
    chosen yet) says when it is with a `completeness_changed(bool)` signal.
    """

    finished = Signal(dict)

    def __init__(self, question_for: QuestionFor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question_for = question_for
        self._people: list[Participant] = []
        self._answers: dict[str, Any] = {}
        self._index = 0
        self._question: QWidget | None = None
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.hand_over = make_card()
        hand = QVBoxLayout(self.hand_over)
        hand.setContentsMargins(28, 24, 28, 24)
        hand.setSpacing(12)
        self.turn_label = make_label("", "heading")
        self.look_away_label = make_label("", "muted")
        self.show_button = make_button("", "primary")
        hand.addWidget(self.turn_label)
        hand.addWidget(self.look_away_label)
        hand.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.stack.addWidget(self.hand_over)

        self.asking = make_card()
        self.asking_layout = QVBoxLayout(self.asking)
        self.asking_layout.setContentsMargins(28, 24, 28, 24)
        self.asking_layout.setSpacing(14)
        self.private_label = make_label("", "muted")
        self.asking_layout.addWidget(self.private_label)
        self.done_button = make_button(self.tr("&Done — keep it private"), "primary")
        self.stack.addWidget(self.asking)

        self.thanks = make_card()
        thanks = QVBoxLayout(self.thanks)
        thanks.setContentsMargins(28, 24, 28, 24)
        self.thanks_label = make_label(self.tr("Thank you both. Your answers are not shown."))
        thanks.addWidget(self.thanks_label)
        self.stack.addWidget(self.thanks)

    def _connect_signals(self) -> None:
        self.show_button.clicked.connect(self._on_show_clicked)
        self.done_button.clicked.connect(self._on_done_clicked)

    # The round -------------------------------------------------------------------------------

    def start(self, people: Sequence[Participant], *, skip: Sequence[str] = ()) -> None:
        """Begins the round with the people not in `skip` (answered elsewhere already)."""
        self._people = [person for person in people if person.key not in set(skip)]
        self._answers = {}
        self._index = 0
        self._drop_question()
        if not self._people:
            self._finish()
            return
        self._hand_over()

    def answers(self) -> dict[str, Any]:
        """The answers given so far, by participant key."""
        return dict(self._answers)

    def current_person(self) -> Participant | None:
        """Whose turn it is (None once everyone has answered)."""
        return self._people[self._index] if self._index < len(self._people) else None

    def question(self) -> QWidget | None:
        """The question on screen, if one is."""
        return self._question

    def _hand_over(self) -> None:
        person = self._people[self._index]
        others = [p.name for p in self._people if p.key != person.key]
        self.turn_label.setText(self.tr("{name}'s turn").format(name=person.name))
        if others:
            away = self.tr(
                "{others}, please look away for a moment: {name}'s answer is for {name} alone."
            ).format(others=" & ".join(others), name=person.name)
        else:
            away = self.tr("Your answer is yours alone.")
        self.look_away_label.setText(away)
        self.show_button.setText(
            self.tr("I'm {name} — show my &question").format(name=escape_mnemonic(person.name))
        )
        self.stack.setCurrentWidget(self.hand_over)
        self.show_button.setFocus()
        announce(self.turn_label, f"{self.turn_label.text()}. {away}")

    @Slot()
    def _on_show_clicked(self) -> None:
        person = self._people[self._index]
        question = self._question_for(person)
        self._question = question
        self.private_label.setText(
            self.tr("Only you, {name}, can see this. It is hidden as soon as you are done.").format(
                name=person.name
            )
        )
        self.asking_layout.insertWidget(1, question)
        self.asking_layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        complete = getattr(question, "completeness_changed", None)
        if complete is not None:
            complete.connect(self.done_button.setEnabled)
        self.done_button.setEnabled(question.is_complete())  # type: ignore[attr-defined]
        self.stack.setCurrentWidget(self.asking)
        question.setFocus()
        focusable = question.nextInFocusChain()
        if focusable is not None and question.isAncestorOf(focusable):
            focusable.setFocus()
        # In view, with Done beneath it, wherever the round sits on a long page.
        QTimer.singleShot(0, self._bring_into_view)

    def _bring_into_view(self) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None and self.isVisible():
            parent.ensureWidgetVisible(self.done_button)
            parent.ensureWidgetVisible(self.asking)

    @Slot()
    def _on_done_clicked(self) -> None:
        question = self._question
        if question is None or not question.is_complete():  # type: ignore[attr-defined]
            return
        person = self._people[self._index]
        self._answers[person.key] = question.answer()  # type: ignore[attr-defined]
        # Off the screen, and out of the accessibility tree, before anyone else looks.
        self._drop_question()
        self._index += 1
        if self._index < len(self._people):
            self._hand_over()
        else:
            self._finish()

    def _drop_question(self) -> None:
        if self._question is not None:
            self.asking_layout.removeWidget(self._question)
            self._question.hide()
            self._question.setParent(None)
            self._question.deleteLater()
            self._question = None

    def _finish(self) -> None:
        self.stack.setCurrentWidget(self.thanks)
        announce(self.thanks_label, self.thanks_label.text())
        self.finished.emit(self.answers())

    def set_thanks(self, text: str) -> None:
        """What the round says once everyone has answered."""
        self.thanks_label.setText(text)
