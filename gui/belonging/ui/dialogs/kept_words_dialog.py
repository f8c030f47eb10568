"""The words of a conversation that a damaged file could not keep, handed back to copy.

When the database turns out to be damaged in the middle of a conversation, the person
chooses a backup or an empty start; the backup is older than the conversation, so the
conversation is not in it. Its notes are still in memory: this dialog shows them, as plain
text, with the prompt each was written on, and copies them all with one button, to paste
into the new conversation's notes or anywhere else. The owner's private note is hidden while
private notes are (the screen may be shared), and shown with the dialog's own button, since
the window's menu cannot be reached while the dialog is open.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from belonging.application.live_conversation import LiveConversation, shown_text
from belonging.application.note_keys import (
    CONVERSATION_NOTE,
    PRIVATE_NOTE,
    SUMMARY_NOTE,
    place_of,
)
from belonging.core.markdown_render import plain_text
from belonging.ui.widgets.styled import make_button, make_label


@dataclass(frozen=True)
class KeptNote:
    """One note handed back: what it was written on, its words, whether it is private."""

    heading: str
    text: str
    private: bool = False


def kept_notes(live: LiveConversation) -> tuple[KeptNote, ...]:
    """The notes of `live` that hold words, each with the words of what it was written on;
    the notes on the whole conversation and the private note last."""
    tr = QCoreApplication.translate
    on_prompts, last = [], []
    for key, text in live.note_texts().items():
        if key == PRIVATE_NOTE:
            last.append(KeptNote(tr("KeptWords", "Your private note"), text, private=True))
        elif key == CONVERSATION_NOTE:
            last.insert(0, KeptNote(tr("KeptWords", "Notes on the whole conversation"), text))
        elif key == SUMMARY_NOTE:
            last.insert(0, KeptNote(tr("KeptWords", "Summary"), text))
        else:
            prompt_id = place_of(key).prompt_id or ""
            on_prompts.append(KeptNote(plain_text(shown_text(live.engine, prompt_id)), text))
    return tuple(on_prompts + last)


def as_text(notes: Iterable[KeptNote]) -> str:
    """The notes as one plain text: each heading, then its words, a blank line between."""
    return "\n\n".join(f"{note.heading}\n{note.text.strip()}" for note in notes)


class KeptWordsDialog(QDialog):
    """Shows the kept notes, read-only, with "Copy all" and "Close".

    `set_shared_screen(on)` takes the private note off while the screen is shared; "Show my
    private note" puts it back on purpose.
    """

    def __init__(self, notes: tuple[KeptNote, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kept_words")
        self._notes = notes
        self._shared = False
        self.setWindowTitle(self.tr("Your words from this conversation"))
        self._setup_ui()
        self._connect_signals()
        self._show_notes()

    def _setup_ui(self) -> None:
        self.title_label = make_label(self.tr("Your words from this conversation"), "title")
        self.detail_label = make_label(
            self.tr(
                "Your notes file was damaged, so these words may not be in the file Belonging "
                "uses now. Here they are, as they were on screen: copy them before you close "
                "this, and paste them into a new conversation's notes, or anywhere you like."
            ),
            "muted",
        )
        self.words = QPlainTextEdit()
        self.words.setReadOnly(True)
        self.words.setAccessibleName(self.tr("Your words from this conversation"))
        self.words.setMinimumSize(560, 280)
        self.shared_label = make_label(
            self.tr("Your private note is hidden while the screen is shared."), "hint"
        )
        self.show_private_button = make_button(self.tr("&Show my private note"))
        self.copy_button = make_button(self.tr("&Copy all"), "primary")
        self.close_button = make_button(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_private_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.shared_label)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.show_private_button.clicked.connect(lambda: self.set_shared_screen(False))
        self.close_button.clicked.connect(self.accept)

    def set_shared_screen(self, on: bool) -> None:
        """Hides the private note (on) or shows it again."""
        self._shared = on
        self._show_notes()

    def text(self) -> str:
        """What is shown, as it is copied."""
        return self.words.toPlainText()

    def _show_notes(self) -> None:
        shown = [note for note in self._notes if not (self._shared and note.private)]
        self.words.setPlainText(as_text(shown))
        hiding = self._shared and any(note.private for note in self._notes)
        self.shared_label.setVisible(hiding)
        self.show_private_button.setVisible(hiding)

    @Slot()
    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copy_button.setText(self.tr("Copied"))
