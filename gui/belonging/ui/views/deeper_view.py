"""Deeper?: before a deeper level, each person says they are ready, or you stay, or wrap up."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from belonging.application.rows import Participant
from belonging.ui.widgets.page import ScrollPage
from belonging.ui.widgets.person_answers import PersonAnswers
from belonging.ui.widgets.styled import make_button, make_card, make_label


class DeeperView(ScrollPage):
    """Asks both people, separately, whether to go a level deeper.

    Each person has their own "<name> is ready" toggle; "Go deeper" opens only when both
    are on. Staying at this depth and wrapping up are always there, and equally calm.
    Setters: `set_people(first, second)` (resets), `set_next_level(depth, count, title,
    guidance_html)`, `set_comfort_note(text)`, `reset()`.
    Signals: `ready_changed(key, bool)`, `go_deeper_requested()`, `stay_requested()`,
    `wrap_up_requested()`.
    """

    ready_changed = Signal(str, bool)
    go_deeper_requested = Signal()
    stay_requested = Signal()
    wrap_up_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()
        self._connect_signals()
        self.set_people(*self.ready_buttons.people)

    def _setup_ui(self) -> None:
        self.body.addWidget(make_label(self.tr("Ready to go deeper?"), "title"))
        self.body.addWidget(
            make_label(
                self.tr(
                    "The next level asks a little more of you both. Go on only if you both "
                    "want to; staying here is a good choice too, and so is wrapping up."
                ),
                "muted",
            )
        )
        card = make_card()
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 20, 24, 20)
        self.next_level_label = make_label("", "level")
        self.guidance_label = make_label("", "muted", rich=True)
        card_layout.addWidget(self.next_level_label)
        card_layout.addWidget(self.guidance_label)
        self.body.addWidget(card)
        self.comfort_label = make_label("", "muted")
        self.comfort_label.hide()
        self.body.addWidget(self.comfort_label)

        self.body.addWidget(make_label(self.tr("Each of you, in your own time:"), "heading"))
        self.first_ready_button = QPushButton()
        self.second_ready_button = QPushButton()
        for button in (self.first_ready_button, self.second_ready_button):
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumWidth(200)
        self.ready_buttons = PersonAnswers(
            self.first_ready_button, self.second_ready_button, horizontal=True, spacing=16
        )
        self.body.addWidget(self.ready_buttons)
        self.waiting_label = make_label("", "muted")
        self.body.addWidget(self.waiting_label)
        self.body.addStretch(1)

        self.wrap_up_button = make_button(self.tr("&Wrap up"), "quiet")
        self.stay_button = make_button(self.tr("&Stay at this depth"))
        self.go_deeper_button = make_button(self.tr("&Go deeper"), "primary")
        self.footer.addWidget(self.wrap_up_button)
        self.footer.addStretch(1)
        self.footer.addWidget(self.stay_button)
        self.footer.addWidget(self.go_deeper_button)

    def _connect_signals(self) -> None:
        self.ready_buttons.answer_changed.connect(self._on_ready_buttons_answer_changed)
        self.go_deeper_button.clicked.connect(self.go_deeper_requested)
        self.stay_button.clicked.connect(self.stay_requested)
        self.wrap_up_button.clicked.connect(self.wrap_up_requested)

    def set_people(self, first: Participant, second: Participant) -> None:
        """Names the two toggles after the two people, neither on."""
        self.ready_buttons.set_people(first, second, self.tr("{name} is ready"))
        self._update()

    def set_next_level(
        self, depth: int, level_count: int, title: str, guidance_html: str = ""
    ) -> None:
        """Says which level comes next: "Next: level 3 of 4 · Turning points"."""
        self.next_level_label.setText(
            self.tr("Next: level {depth} of {count} · {title}").format(
                depth=depth, count=level_count, title=title
            )
        )
        self.guidance_label.setText(guidance_html)
        self.guidance_label.setVisible(bool(guidance_html))

    def set_comfort_note(self, text: str) -> None:
        """A line about the pair's history ("You were both comfortable here last time.")."""
        self.comfort_label.setText(text)
        self.comfort_label.setVisible(bool(text))

    def reset(self) -> None:
        """Both toggles off."""
        self.ready_buttons.clear()
        self._update()

    def readiness(self) -> dict[str, bool]:
        """Who has said they are ready, by participant key."""
        return self.ready_buttons.answers()

    def _update(self) -> None:
        both = all(self.readiness().values())
        self.go_deeper_button.setEnabled(both)
        waiting = self.ready_buttons.waiting()
        if both:
            self.waiting_label.setText(self.tr("You are both ready."))
        elif len(waiting) == 1:
            self.waiting_label.setText(
                self.tr("{name} has not said yet, and does not have to.").format(name=waiting[0])
            )
        else:
            self.waiting_label.setText(self.tr("Go deeper opens once you have both said so."))

    @Slot(str, object)
    def _on_ready_buttons_answer_changed(self, key: str, ready: object) -> None:
        self._update()
        self.ready_changed.emit(key, bool(ready))
