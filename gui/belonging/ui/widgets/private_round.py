"""Asking two people the same thing privately, on one screen: one at a time, the other
looking away, each answer hidden as soon as it is given.

Going deeper, how deep today, how close each feels: an answer given aloud in front of a
manager is not a free answer. So the round hands the screen to one person ("Alex's turn —
Sam, please look away for a moment"), shows that person's question, and once they press
Done takes it off the screen (and out of reach of a screen reader) before handing over to
the other. Only the caller sees the answers, and only the outcome is ever shown.

A person who answers on their own screen (the partner's phone) is not asked here: the round
waits for their answer (`answer_elsewhere`), and asks them here after all if their screen
drops before they answer (`ask_here`). Whichever answer comes first counts.
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
    participant key once the last has answered. A person in `skip` (who answered on their
    own screen) is not asked here; `away(key)` makes one answer on their own screen now,
    `answer_elsewhere(key, answer)` brings that answer in, `ask_here(key)` asks them here
    after all. `started()` is emitted as a round begins, `answered_here(key)` as a person
    presses Done here. A question that is not complete at once (nothing chosen yet) says
    when it is with a `completeness_changed(bool)` signal.
    """

    finished = Signal(dict)
    started = Signal()
    answered_here = Signal(str)

    def __init__(self, question_for: QuestionFor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question_for = question_for
        self._people: list[Participant] = []
        self._answers: dict[str, Any] = {}
        self._away: set[str] = set()
        #: Whose question is on screen here (None: a hand-over, the wait, or the thanks).
        self._asking: str | None = None
        self._running = False
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

        self.waiting = make_card()
        waiting = QVBoxLayout(self.waiting)
        waiting.setContentsMargins(28, 24, 28, 24)
        self.waiting_label = make_label("")
        waiting.addWidget(self.waiting_label)
        self.stack.addWidget(self.waiting)

    def _connect_signals(self) -> None:
        self.show_button.clicked.connect(self._on_show_clicked)
        self.done_button.clicked.connect(self._on_done_clicked)

    # The round -------------------------------------------------------------------------------

    def start(self, people: Sequence[Participant], *, skip: Sequence[str] = ()) -> None:
        """Begins the round with the people not in `skip` (answered elsewhere already)."""
        self._people = [person for person in people if person.key not in set(skip)]
        self._answers = {}
        self._away = set()
        self._asking = None
        self._drop_question()
        self._running = True
        self.started.emit()
        self._next()

    def people(self) -> list[Participant]:
        """Everyone this round waits for."""
        return list(self._people)

    def is_running(self) -> bool:
        """Whether the round has begun and someone has still to answer."""
        return self._running

    def answers(self) -> dict[str, Any]:
        """The answers given so far, by participant key."""
        return dict(self._answers)

    def has_answered(self, key: str) -> bool:
        """Whether `key` has answered (here or on their own screen)."""
        return key in self._answers

    def current_person(self) -> Participant | None:
        """Whose turn it is here (None once nobody is left to ask on this screen)."""
        if self._asking is not None:
            return self._person(self._asking)
        waiting = self._to_ask()
        return waiting[0] if waiting else None

    def question(self) -> QWidget | None:
        """The question on screen, if one is."""
        return self._question

    def away(self, key: str) -> None:
        """`key` answers on their own screen: not asked here (unless their question is up
        already, when either may answer)."""
        if not self._running or key in self._answers or self._person(key) is None:
            return
        self._away.add(key)
        if self._asking is None:
            self._next()

    def ask_here(self, key: str) -> None:
        """`key`'s own screen went away before they answered: they answer here after all."""
        if key not in self._away:
            return
        self._away.discard(key)
        if self._running and self._asking is None:
            self._next()

    def answer_elsewhere(self, key: str, answer: Any) -> None:
        """`key` answered on their own screen: their answer counts, and is not asked here."""
        if not self._running or key in self._answers or self._person(key) is None:
            return
        self._answers[key] = answer
        self._away.discard(key)
        if self._asking == key:
            self._drop_question()
            self._asking = None
        if self._asking is None:
            self._next()

    def _person(self, key: str) -> Participant | None:
        return next((person for person in self._people if person.key == key), None)

    def _to_ask(self) -> list[Participant]:
        return [p for p in self._people if p.key not in self._answers and p.key not in self._away]

    def _next(self) -> None:
        """The next hand-over here, the wait for someone's own screen, or the end."""
        if len(self._answers) == len(self._people):
            self._finish()
            return
        waiting = self._to_ask()
        if waiting:
            self._hand_over(waiting[0])
            return
        names = " & ".join(p.name for p in self._people if p.key in self._away)
        self.waiting_label.setText(
            self.tr("Waiting for {names} to answer on their own screen.").format(names=names)
        )
        self.stack.setCurrentWidget(self.waiting)
        announce(self.waiting_label, self.waiting_label.text())

    def _hand_over(self, person: Participant) -> None:
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
        person = self.current_person()
        if person is None or self._question is not None:
            return
        self._asking = person.key
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
        key = self._asking
        if question is None or key is None or not question.is_complete():  # type: ignore[attr-defined]
            return
        self._answers[key] = question.answer()  # type: ignore[attr-defined]
        self._away.discard(key)
        # Off the screen, and out of the accessibility tree, before anyone else looks.
        self._drop_question()
        self._asking = None
        self.answered_here.emit(key)
        self._next()

    def _drop_question(self) -> None:
        if self._question is not None:
            self.asking_layout.removeWidget(self._question)
            self._question.hide()
            self._question.setParent(None)
            self._question.deleteLater()
            self._question = None

    def _finish(self) -> None:
        self._running = False
        self.stack.setCurrentWidget(self.thanks)
        announce(self.thanks_label, self.thanks_label.text())
        self.finished.emit(self.answers())

    def set_thanks(self, text: str) -> None:
        """What the round says once everyone has answered."""
        self.thanks_label.setText(text)
