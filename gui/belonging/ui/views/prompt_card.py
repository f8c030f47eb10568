"""The prompt itself: whose turn it is, the words in large type, and more to ask."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from belonging.ui.widgets.command_button import CommandButton
from belonging.ui.widgets.styled import make_card, make_label, set_kind, show_focus_on_card


class PromptCard(QWidget):
    """Shows one prompt. The prompt label's accessible name is the prompt's plain words (a
    screen reader would otherwise read its HTML) and its description says whose turn it is.

    `follow_ups_action` is the checkable action that shows more to ask (the prompt's
    probing questions); the card gives it a button and keeps it enabled only when the prompt
    has some. `set_presenting(on)` sets the words larger still, for a shared screen.
    """

    def __init__(self, follow_ups_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._follow_ups_action = follow_ups_action
        self._setup_ui()
        follow_ups_action.toggled.connect(self._on_follow_ups_toggled)

    def _setup_ui(self) -> None:
        self.card = make_card()
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(36, 32, 36, 28)
        card_layout.setSpacing(14)
        self.lighter_label = make_label(self.tr("Something lighter"), "muted")
        self.lighter_label.hide()
        self.lent_label = make_label("", "muted")
        self.lent_label.hide()
        self.turn_label = make_label("", "turn")
        self.prompt_label = make_label("", "prompt", rich=True)
        # Focusable, so a screen reader user can land on the prompt and hear it again; no
        # keyboard selection, which would draw a text caret in the middle of the question.
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prompt_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        show_focus_on_card(self.card, self.prompt_label)
        self.follow_ups_button = CommandButton(self._follow_ups_action, "quiet")
        self.follow_ups_label = make_label("", "muted")
        self.follow_ups_label.hide()

        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_ups_button)
        follow_row.addStretch(1)
        # The prompt sits a little above the middle of the card, where the eye rests.
        card_layout.addStretch(2)
        card_layout.addWidget(self.lighter_label)
        card_layout.addWidget(self.lent_label)
        card_layout.addWidget(self.turn_label)
        card_layout.addWidget(self.prompt_label)
        card_layout.addSpacing(6)
        card_layout.addLayout(follow_row)
        card_layout.addWidget(self.follow_ups_label)
        card_layout.addStretch(3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card)

    def show_prompt(
        self,
        html: str,
        plain_text: str,
        turn_text: str,
        follow_ups: Sequence[str] = (),
        lighter: bool = False,
        lent_from: str | None = None,
    ) -> None:
        """Shows a prompt: `html` on screen, `plain_text` for screen readers; `lent_from`
        names the script a prompt of another script comes from."""
        self.lighter_label.setVisible(lighter)
        self.lent_label.setText(
            self.tr("More at this depth, from “{title}”").format(title=lent_from)
            if lent_from
            else ""
        )
        self.lent_label.setVisible(bool(lent_from))
        self.turn_label.setText(turn_text)
        self.prompt_label.setText(html)
        self.prompt_label.setAccessibleName(plain_text)
        self.prompt_label.setAccessibleDescription(turn_text)
        self.follow_ups_label.setText("\n".join(f"•  {idea}" for idea in follow_ups))
        self._follow_ups_action.setChecked(False)
        self._follow_ups_action.setEnabled(bool(follow_ups))
        self.follow_ups_button.setVisible(bool(follow_ups))

    def set_presenting(self, on: bool) -> None:
        """Larger type still (on), for Presentation mode; the usual size (off)."""
        set_kind(self.prompt_label, "presenting" if on else "prompt")
        set_kind(self.turn_label, "turn-presenting" if on else "turn")

    def clear(self) -> None:
        """Takes the prompt's words off the card (and out of the accessibility tree)."""
        self.show_prompt("", "", "")

    @Slot(bool)
    def _on_follow_ups_toggled(self, shown: bool) -> None:
        self.follow_ups_label.setVisible(shown and bool(self.follow_ups_label.text()))
