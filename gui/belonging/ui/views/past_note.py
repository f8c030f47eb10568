"""One note of a past conversation, as its record shows it, and corrected in place.

The note reads as it was kept (formatted), with what it is (private, confidential) and, once
corrected, when. A long one (a document pasted in) shows its beginning in a box that scrolls,
and all of it on "Show the whole note". "Edit" turns it into a text box holding its words,
with Save and Cancel; Escape cancels, Ctrl+Enter saves.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belonging.application.continuity_rows import HistoryNote
from belonging.ui.accessibility import announce, name_in_context
from belonging.ui.views.describe import short_date
from belonging.ui.widgets.styled import SafeTextBrowser, make_button, make_label

#: How much of a note names its Edit button for a screen reader.
_NAMED_CHARACTERS = 60


#: The height of that box, in lines of text.
LONG_NOTE_LINES = 18


def edited_text(moment: datetime) -> str:
    """ "edited 3 Jun 2025 at 10:40", in the user's language and time zone."""
    local = moment.astimezone()
    return QCoreApplication.translate("PastNote", "edited {date} at {time}").format(
        date=short_date(local.date()),
        time=QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat),
    )


class PastNote(QFrame):
    """A kept note (`show_note(HistoryNote)`). Edit opens its box here; Save emits
    `save_requested(note_id, text)`, which the controller answers with `show_note` (kept)
    or `show_problem(text)`."""

    save_requested = Signal(object, str)

    def __init__(self, note: HistoryNote, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._note = note
        self._setup_ui()
        self._connect_signals()
        self.show_note(note)

    def _setup_ui(self) -> None:
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        self.tags_label = make_label("", "accent")
        self.text_label = make_label("", rich=True)
        # A long note (`HistoryNote.is_long`) is shown in a box of its own that scrolls, its
        # beginning first (`_box_for_long_note`); made only for such a note, as a page holds
        # many notes.
        self.long_box: SafeTextBrowser | None = None
        self.whole_button: QPushButton | None = None
        self._whole_shown = False
        # The box to correct the note in, made when Edit is first pressed (`_box_to_edit`).
        self.editor: QPlainTextEdit | None = None
        self.problem_label = make_label("", "hint")
        self.problem_label.hide()
        self.edit_button = make_button(self.tr("Edit"), "quiet")
        self.save_button = make_button(self.tr("Save"), "primary")
        self.cancel_button = make_button(self.tr("Cancel"), "quiet")
        self._buttons = buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        for button in (self.edit_button, self.cancel_button, self.save_button):
            buttons.addWidget(button)
        self.save_button.hide()
        self.cancel_button.hide()
        layout.addWidget(self.tags_label)
        layout.addWidget(self.text_label)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.edit_button.clicked.connect(self.start_editing)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.cancel_button.clicked.connect(self.stop_editing)

    def _box_to_edit(self) -> QPlainTextEdit:
        """The box to correct the note in, made the first time Edit is pressed."""
        if self.editor is None:
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(90)
            editor.setAccessibleName(self.tr("Edit the note"))
            editor.hide()
            for keys, slot in (
                ("Escape", self.stop_editing),
                ("Ctrl+Return", self._on_save_clicked),
                ("Ctrl+Enter", self._on_save_clicked),
            ):
                shortcut = QShortcut(QKeySequence(keys), editor)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(slot)
            self._layout.insertWidget(self._layout.indexOf(self.problem_label), editor)
            self.editor = editor
        return self.editor

    @property
    def note(self) -> HistoryNote:
        """The note as kept."""
        return self._note

    def show_note(self, note: HistoryNote) -> None:
        """Shows the note as kept (after a save too), leaving the box."""
        self._note = note
        tags = []
        if note.private:
            tags.append(self.tr("Private note"))
        if note.confidential:
            tags.append(self.tr("Confidential"))
        if note.edited_at is not None:
            tags.append(edited_text(note.edited_at))
        self.tags_label.setText(" · ".join(tags))
        self.tags_label.setVisible(bool(tags))
        # The note came formatted from where it was read (see `HistoryNote`).
        if self._is_long():
            words = note.words[:200] + "…"
            box = self._box_for_long_note()
            box.setHtml(note.beginning_html)
            self._whole_shown = False
            box.setAccessibleName(words)
            self.text_label.clear()
        else:
            words = note.words
            self.text_label.setText(note.html)
            self.text_label.setAccessibleName(words)
            if self.long_box is not None:
                self.long_box.clear()
        self.setAccessibleName(words)
        self.setAccessibleDescription(self.tags_label.text())
        short = words if len(words) <= _NAMED_CHARACTERS else words[:_NAMED_CHARACTERS] + "…"
        name_in_context(self.edit_button, self.edit_button.text(), short)
        name_in_context(self.save_button, self.save_button.text(), short)
        name_in_context(self.cancel_button, self.cancel_button.text(), short)
        self.stop_editing()

    def _box_for_long_note(self) -> SafeTextBrowser:
        """The box that shows a long note, made the first time one is shown. A label lays
        out all of its text at once, several times over (a 1 MB note took 16 s, the window
        frozen), while a text box lays out what is shown; as in the labels, a link is shown,
        never followed."""
        if self.long_box is None:
            box = SafeTextBrowser()
            box.setFixedHeight(box.fontMetrics().lineSpacing() * LONG_NOTE_LINES)
            box.hide()
            self._layout.insertWidget(self._layout.indexOf(self.text_label) + 1, box)
            self.long_box = box
            whole = make_button(self.tr("Show the whole note"), "quiet")
            whole.setAccessibleDescription(
                self.tr("The note is long: its beginning is shown, the rest when asked for")
            )
            whole.clicked.connect(self.show_whole)
            whole.hide()
            self._buttons.insertWidget(0, whole)
            self.whole_button = whole
        return self.long_box

    @Slot()
    def show_whole(self) -> None:
        """Shows all of a long note in its box, where only its beginning was."""
        if self.long_box is None or self._whole_shown or not self._is_long():
            return
        self._whole_shown = True
        self.long_box.setHtml(self._note.html)
        if self.whole_button is not None:
            self.whole_button.hide()
        self.long_box.setFocus()

    def _is_long(self) -> bool:
        return self._note.is_long

    def is_editing(self) -> bool:
        """Whether the note's box is open."""
        return self.editor is not None and not self.editor.isHidden()

    @Slot()
    def start_editing(self) -> None:
        """Opens the box with the note's words, the cursor after them."""
        editor = self._box_to_edit()
        editor.setPlainText(self._note.text)
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        for widget in (editor, self.save_button, self.cancel_button):
            widget.show()
        for widget in (self.text_label, self.long_box, self.whole_button, self.edit_button):
            if widget is not None:
                widget.hide()
        self.problem_label.hide()
        editor.setFocus()

    @Slot()
    def stop_editing(self) -> None:
        """Closes the box, keeping the note as it was kept."""
        had_focus = self.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        for widget in (self.editor, self.save_button, self.cancel_button):
            if widget is not None:
                widget.hide()
        self.text_label.setVisible(not self._is_long())
        if self.long_box is not None:
            self.long_box.setVisible(self._is_long())
        if self.whole_button is not None:
            self.whole_button.setVisible(self._is_long() and not self._whole_shown)
        self.edit_button.show()
        self.problem_label.hide()
        self.save_button.setEnabled(True)
        if had_focus:
            self.edit_button.setFocus()

    def show_problem(self, text: str) -> None:
        """Says why the correction was not kept; the box stays open with the words."""
        self.save_button.setEnabled(True)
        self.problem_label.setText(text)
        self.problem_label.show()
        announce(self.problem_label, text)

    @Slot()
    def _on_save_clicked(self) -> None:
        if self.editor is None or not self.is_editing() or not self.save_button.isEnabled():
            return
        text = self.editor.toPlainText()
        if text == self._note.text:
            self.stop_editing()
            return
        self.save_button.setEnabled(False)
        self.save_requested.emit(self._note.note_id, text)
