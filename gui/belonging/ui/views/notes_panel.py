"""The notes beside the prompt: two shared notes, the owner's private one, and save status."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from belonging.ui.widgets.markdown_note import MarkdownNoteEditor
from belonging.ui.widgets.save_status import SaveState, SaveStatusLabel
from belonging.ui.widgets.styled import make_card, make_label


class NotesPanel(QWidget):
    """Shared note for this prompt, shared note for the conversation, private note.

    In shared-screen mode the private note is hidden (not just emptied: the widget leaves
    the screen and the accessibility tree) and a line says so.
    """

    prompt_note_changed = Signal(str)
    conversation_note_changed = Signal(str)
    private_note_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()
        self._connect_signals()
        self.set_shared_screen(False)

    def _setup_ui(self) -> None:
        card = make_card()
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(20, 18, 20, 16)
        card_layout.setSpacing(14)
        self.prompt_note = MarkdownNoteEditor(
            self.tr("Shared: this pro&mpt"),
            self.tr("What you want to keep from this prompt. You both see it at the end."),
        )
        self.conversation_note = MarkdownNoteEditor(
            self.tr("Shared: the &conversation"),
            self.tr("Anything about the conversation as a whole."),
        )
        self.private_note = MarkdownNoteEditor(
            self.tr("Pr&ivate: only you"),
            self.tr("Only you see this. It is hidden whenever the screen is shared."),
        )
        self.private_hidden_label = make_label(
            self.tr("Your private note is hidden while the screen is shared."), "muted"
        )
        self.save_status = SaveStatusLabel()
        card_layout.addWidget(self.prompt_note, 3)
        card_layout.addWidget(self.conversation_note, 2)
        card_layout.addWidget(self.private_note, 2)
        card_layout.addWidget(self.private_hidden_label)
        card_layout.addWidget(self.save_status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card)

    def _connect_signals(self) -> None:
        self.prompt_note.text_changed.connect(self.prompt_note_changed)
        self.conversation_note.text_changed.connect(self.conversation_note_changed)
        self.private_note.text_changed.connect(self.private_note_changed)

    def editors(self) -> tuple[MarkdownNoteEditor, MarkdownNoteEditor, MarkdownNoteEditor]:
        """The three notes: this prompt's, the conversation's, the private one."""
        return self.prompt_note, self.conversation_note, self.private_note

    def set_shared_screen(self, on: bool) -> None:
        """Hides the private note (on) or shows it again (off)."""
        self.private_note.setVisible(not on)
        self.private_hidden_label.setVisible(on)

    def set_save_state(self, state: SaveState, reason: str = "") -> None:
        """Shows whether the notes are saved (see SaveStatusLabel)."""
        self.save_status.set_state(state, reason)
