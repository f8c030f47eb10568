"""The conversation page: one prompt at a time, how deep you are, the notes, and the ways to
go on, step back or stop.

Hiding never waits for anyone: Pause and "Too much?" take the words off the screen in this
view, at once, before the controller is told. Showing things again (Resume, the next prompt)
is the controller's call, through the setters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QSplitter,
    QStackedLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from belonging.ui.accessibility import announce
from belonging.ui.shortcuts import CONVERSATION_COMMANDS, Command, make_action, spec
from belonging.ui.views.notes_panel import NotesPanel
from belonging.ui.views.pause_overlay import PauseOverlay
from belonging.ui.views.prompt_card import PromptCard
from belonging.ui.views.step_back_panel import StepBackPanel
from belonging.ui.widgets.command_button import CommandButton
from belonging.ui.widgets.save_status import SaveState, SaveStatus
from belonging.ui.widgets.styled import make_button, make_label

#: The buttons under the prompt, left to right: stopping on the left, moving on to the right.
_BUTTON_ORDER = (
    Command.PAUSE,
    Command.TOO_MUCH,
    Command.BACK,
    Command.SKIP,
    Command.PARK,
    Command.WRAP_UP,
    Command.NEXT,
)


class ConversationView(QWidget):
    """The prompt page.

    Setters: `show_prompt(html, plain_text, first_speaker, second_speaker, follow_ups,
    lighter)`, `show_step_back(detail)`, `show_paused()`, `set_paused_elapsed(seconds)`,
    `show_resumed()`, `set_level(n, m, title, guidance_html)`, `set_level_time(elapsed,
    planned)`, `set_pacing_hint(text)`, `set_carried_follow_ups(texts)`,
    `set_actions_enabled({Command: bool})`, `set_notes(prompt, conversation, private)`,
    `set_prompt_note(text)`,
    `set_save_state(state, reason)`, `set_shared_screen(on)`, `set_presenting(on)`.
    Signals: `next_requested`, `back_requested`, `skip_requested`, `too_much_requested`,
    `park_requested`, `wrap_up_requested`, `deeper_again_requested`, `pause_requested`,
    `resume_requested`, `step_back_finished`, `heavy_moment_requested` (the card for the
    listener; nothing in the conversation changes),
    `prompt_note_changed(str)`, `conversation_note_changed(str)`, `private_note_changed(str)`.
    Every command also has a key (see shortcuts.py) that works from inside the notes.
    """

    next_requested = Signal()
    back_requested = Signal()
    skip_requested = Signal()
    too_much_requested = Signal()
    park_requested = Signal()
    wrap_up_requested = Signal()
    deeper_again_requested = Signal()
    pause_requested = Signal()
    resume_requested = Signal()
    step_back_finished = Signal()
    heavy_moment_requested = Signal()
    prompt_note_changed = Signal(str)
    conversation_note_changed = Signal(str)
    private_note_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paused = False
        self._focus_before_pause: QWidget | None = None
        self._level: tuple[int, int] | None = None
        self._presenting = False
        self._setup_actions()
        self._setup_ui()
        self._connect_signals()

    # Layout ---------------------------------------------------------------------------------

    def _setup_actions(self) -> None:
        self.actions_by_command: dict[Command, QAction] = {
            command: make_action(command, self, checkable=command is Command.FOLLOW_UPS)
            for command in CONVERSATION_COMMANDS
        }

    def _setup_ui(self) -> None:
        self.content = QWidget()
        # Pause stays reachable on the view itself; every other key lives on the content,
        # so it goes quiet while the content is hidden by a pause.
        for command, action in self.actions_by_command.items():
            (self if command is Command.PAUSE else self.content).addAction(action)

        self.level_label = make_label("", "level")
        self.time_label = make_label("", "muted", wrap=False)
        # Always there while a deeper level is within today's limit: the calm way for the
        # two to say they are ready again, after stepping back or staying.
        self.deeper_again_button = CommandButton(
            self.actions_by_command[Command.DEEPER_AGAIN], "quiet"
        )
        level_row = QHBoxLayout()
        level_row.addWidget(self.level_label, 1)
        level_row.addWidget(self.time_label)
        level_row.addWidget(self.deeper_again_button)
        self.guidance_label = make_label("", "muted", rich=True)
        self.guidance_label.hide()

        self.prompt_card = PromptCard(self.actions_by_command[Command.FOLLOW_UPS])
        self.step_back_panel = StepBackPanel()
        self.prompt_stack = QStackedWidget()
        self.prompt_stack.addWidget(self.prompt_card)
        self.prompt_stack.addWidget(self.step_back_panel)

        self.pacing_hint_label = make_label("", "hint")
        self.pacing_hint_label.hide()
        # Its key (Shift+F1) belongs to the window, so it works on every page; the button
        # is here, under the prompt, where a listener looks when a prompt opened too much.
        heavy = spec(Command.HEAVY_MOMENT)
        self.heavy_moment_button = make_button(heavy.label(), "quiet")
        self.heavy_moment_button.setToolTip(heavy.tooltip())
        heavy_row = QHBoxLayout()
        heavy_row.addWidget(self.heavy_moment_button)
        heavy_row.addStretch(1)

        # Created in the order they sit on screen, which is the order Tab visits them.
        self.buttons = {
            command: CommandButton(
                self.actions_by_command[command], "primary" if command is Command.NEXT else None
            )
            for command in _BUTTON_ORDER
        }
        button_row = QHBoxLayout()
        button_row.setSpacing(10)
        for command in _BUTTON_ORDER:
            button_row.addWidget(self.buttons[command])
            if command is Command.TOO_MUCH:
                button_row.addStretch(1)

        prompt_side = QWidget()
        prompt_layout = QVBoxLayout(prompt_side)
        prompt_layout.setContentsMargins(32, 28, 16, 24)
        prompt_layout.setSpacing(12)
        prompt_layout.addLayout(level_row)
        prompt_layout.addWidget(self.guidance_label)
        prompt_layout.addWidget(self.prompt_stack, 1)
        prompt_layout.addLayout(heavy_row)
        prompt_layout.addWidget(self.pacing_hint_label)
        prompt_layout.addLayout(button_row)

        self.notes_panel = NotesPanel()
        notes_side = QWidget()
        notes_layout = QVBoxLayout(notes_side)
        notes_layout.setContentsMargins(12, 28, 28, 24)
        # Follow-ups from last time the pair chose to take up, kept in view beside the notes.
        self.carried_label = make_label("", "hint")
        self.carried_label.hide()
        notes_layout.addWidget(self.carried_label)
        notes_layout.addWidget(self.notes_panel)

        self.notes_side = notes_side
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(prompt_side)
        self.splitter.addWidget(notes_side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.splitter)

        self.pause_overlay = PauseOverlay()
        self.pages = QStackedLayout(self)
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.pause_overlay)

    def _connect_signals(self) -> None:
        commands = self.actions_by_command
        commands[Command.NEXT].triggered.connect(self.next_requested)
        commands[Command.BACK].triggered.connect(self.back_requested)
        commands[Command.SKIP].triggered.connect(self.skip_requested)
        commands[Command.PARK].triggered.connect(self.park_requested)
        commands[Command.WRAP_UP].triggered.connect(self.wrap_up_requested)
        commands[Command.DEEPER_AGAIN].triggered.connect(self.deeper_again_requested)
        commands[Command.TOO_MUCH].triggered.connect(self._on_too_much_triggered)
        commands[Command.PAUSE].triggered.connect(self._on_pause_triggered)
        self.pause_overlay.resume_requested.connect(self.resume_requested)
        self.step_back_panel.finished.connect(self.step_back_finished)
        self.heavy_moment_button.clicked.connect(self.heavy_moment_requested)
        self.notes_panel.prompt_note_changed.connect(self.prompt_note_changed)
        self.notes_panel.conversation_note_changed.connect(self.conversation_note_changed)
        self.notes_panel.private_note_changed.connect(self.private_note_changed)

    # What is shown --------------------------------------------------------------------------

    def show_prompt(
        self,
        html: str,
        plain_text: str,
        first_speaker: str,
        second_speaker: str | None = None,
        follow_ups: Sequence[str] = (),
        lighter: bool = False,
        leader_first_rule: bool = False,
        lent_from: str | None = None,
    ) -> None:
        """Shows a prompt and whose turn it is, and announces both to screen readers.

        `html` is the rendered, sanitised prompt; `plain_text` the same words without markup.
        `second_speaker` None means only `first_speaker` answers (one-way turns).
        `follow_ups` are nudges shown on demand; `lighter` marks a lighter alternative;
        `leader_first_rule` says the leader goes first because the deep levels ask it;
        `lent_from` names the script a prompt lent by another script comes from.
        """
        if second_speaker and leader_first_rule:
            turn = self.tr(
                "{first} answers first — leaders go first on the deep ones. Then {second}."
            ).format(first=first_speaker, second=second_speaker)
        elif second_speaker:
            turn = self.tr("{first} answers first, then {second}.").format(
                first=first_speaker, second=second_speaker
            )
        else:
            turn = self.tr("{first} answers.").format(first=first_speaker)
        self.prompt_card.show_prompt(html, plain_text, turn, follow_ups, lighter, lent_from)
        self.prompt_stack.setCurrentWidget(self.prompt_card)
        announce(self.prompt_card.prompt_label, f"{turn} {plain_text}")

    def show_step_back(self, detail: str = "") -> None:
        """Takes the prompt off the screen and shows a calm line of thanks instead."""
        self.prompt_card.clear()
        self.step_back_panel.set_message(detail)
        self.prompt_stack.setCurrentWidget(self.step_back_panel)
        self.step_back_panel.go_on_button.setFocus()
        announce(self.step_back_panel, self.step_back_panel.message())

    def show_paused(self) -> None:
        """Takes the prompt and every note out of the window, the pause cover in their place;
        focus goes to Resume. Out, not merely hidden: a screen reader cannot reach them."""
        if not self._paused:
            focused = QApplication.focusWidget()
            inside = focused is not None and self.content.isAncestorOf(focused)
            self._focus_before_pause = focused if inside else None
            self.pages.setCurrentWidget(self.pause_overlay)
            self.pages.removeWidget(self.content)
            self.content.setParent(None)
        self._paused = True
        self.pause_overlay.resume_button.setFocus()
        announce(self.pause_overlay, self.pause_overlay.title_label.text())

    def set_paused_elapsed(self, seconds: float) -> None:
        """Updates how long the pause has lasted."""
        self.pause_overlay.set_elapsed(seconds)

    def show_resumed(self) -> None:
        """Brings the prompt and notes back after a pause, focus where it was."""
        if self._paused:
            self.pages.insertWidget(0, self.content)
        self._paused = False
        self.pages.setCurrentWidget(self.content)
        if self._focus_before_pause is not None and self._focus_before_pause.isVisible():
            self._focus_before_pause.setFocus()
        self._focus_before_pause = None

    def is_paused(self) -> bool:
        """Whether the pause cover is showing."""
        return self._paused

    def set_level(self, depth: int, level_count: int, title: str, guidance_html: str = "") -> None:
        """Shows "Level n of m · title" and the level's guidance; announces a new level."""
        text = self.tr("Level {depth} of {count} · {title}").format(
            depth=depth, count=level_count, title=title
        )
        self.level_label.setText(text)
        self.guidance_label.setText(guidance_html)
        self.guidance_label.setVisible(bool(guidance_html) and not self._presenting)
        if self._level != (depth, level_count):
            self._level = (depth, level_count)
            announce(self.level_label, text)

    def set_level_time(self, elapsed_minutes: int, planned_minutes: int | None = None) -> None:
        """Shows the time spent at this level, against its plan when there is one."""
        if planned_minutes:
            text = self.tr("{elapsed} of about {planned} min at this level").format(
                elapsed=elapsed_minutes, planned=planned_minutes
            )
        else:
            text = self.tr("{elapsed} min at this level").format(elapsed=elapsed_minutes)
        self.time_label.setText(text)

    def set_carried_follow_ups(self, texts: Sequence[str]) -> None:
        """Shows the follow-ups from last time taken up into this conversation (none: hidden)."""
        lines = [self.tr("From last time:"), *(f"• {text}" for text in texts)]
        self.carried_label.setText("\n".join(lines))
        self.carried_label.setVisible(bool(texts))

    def set_pacing_hint(self, text: str) -> None:
        """A gentle suggestion ("Time to think about going deeper, or wrapping up."); empty
        hides it. Never an alarm: muted, never red, announced politely."""
        changed = text != self.pacing_hint_label.text()
        self.pacing_hint_label.setText(text)
        self.pacing_hint_label.setVisible(bool(text) and not self._presenting)
        if text and changed:
            announce(self.pacing_hint_label, text)

    def set_actions_enabled(self, enabled: Mapping[Command | str, bool]) -> None:
        """Enables or disables commands (buttons and keys together), e.g. {"park": False}."""
        for command, on in enabled.items():
            self.actions_by_command[Command(command)].setEnabled(on)
            if Command(command) is Command.DEEPER_AGAIN:
                # Shown only while it applies: there is no "deeper" to ask for otherwise.
                self.deeper_again_button.setVisible(on)

    # Notes ----------------------------------------------------------------------------------

    def set_notes(self, prompt_note: str, conversation_note: str, private_note: str) -> None:
        """Fills the three notes with saved text, without emitting changes."""
        for editor, text in zip(
            self.notes_panel.editors(), (prompt_note, conversation_note, private_note), strict=True
        ):
            editor.set_text(text)

    def set_prompt_note(self, text: str) -> None:
        """Fills the note of the current prompt (on a new prompt), without emitting."""
        self.notes_panel.prompt_note.set_text(text)

    def set_save_state(self, state: SaveState, reason: str = "") -> None:
        """Shows "Saved", "Saving…" or "Not saved yet: reason — kept on screen, retrying"."""
        self.notes_panel.set_save_state(state, reason)

    def show_save_status(self, status: SaveStatus) -> None:
        """Shows the save loop's status, in the app's one wording for its reason."""
        self.notes_panel.save_status.show_status(status)

    def set_shared_screen(self, on: bool) -> None:
        """Hides the private note while the screen is shared, and says so."""
        self.notes_panel.set_shared_screen(on)

    def set_presenting(self, on: bool) -> None:
        """Presentation mode (on): the prompt card alone in large type, for a call with a
        shared screen — every note folded away (out of the window's reach, not merely
        empty), the guidance and hints too. Off: the page as it was."""
        if on == self._presenting:
            return
        self._presenting = on
        focused = QApplication.focusWidget()
        if on and focused is not None and self.notes_side.isAncestorOf(focused):
            self.prompt_card.prompt_label.setFocus()
        self.notes_side.setVisible(not on)
        self.guidance_label.setVisible(not on and bool(self.guidance_label.text()))
        self.pacing_hint_label.setVisible(not on and bool(self.pacing_hint_label.text()))
        self.prompt_card.set_presenting(on)
        announce(
            self.prompt_card,
            self.tr("Presentation mode: the prompt alone, notes folded away.")
            if on
            else self.tr("Presentation mode off: the notes are back."),
        )

    def is_presenting(self) -> bool:
        """Whether Presentation mode is on."""
        return self._presenting

    # Slots ----------------------------------------------------------------------------------

    @Slot()
    def _on_too_much_triggered(self) -> None:
        self.show_step_back()
        self.too_much_requested.emit()

    @Slot()
    def _on_pause_triggered(self) -> None:
        if self._paused:
            self.resume_requested.emit()
        else:
            self.show_paused()
            self.pause_requested.emit()
