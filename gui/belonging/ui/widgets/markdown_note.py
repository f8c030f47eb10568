"""One note: a heading, a plain-text Markdown editor, and a reading view of it rendered.

The editor emits every change (`text_changed`) so a controller can save as the user types;
text set from outside (`set_text`) never echoes back as a change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QStackedWidget, QVBoxLayout, QWidget

from belonging.ui.accessibility import label_field, name_in_context, strip_mnemonic
from belonging.ui.widgets.styled import SafeTextBrowser, make_button, make_label, set_kind

#: Turns Markdown into the HTML the preview shows. The default is Qt's own reader with raw
#: HTML switched off; a controller may pass the app's sanitising renderer instead.
MarkdownRenderer = Callable[[str], str]


def qt_markdown_to_html(text: str) -> str:
    """Markdown to HTML with Qt's reader, GitHub dialect, raw HTML ignored."""
    document = QTextDocument()
    features = QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    document.setMarkdown(text, features | QTextDocument.MarkdownFeature.MarkdownNoHTML)
    return document.toHtml()


class MarkdownNoteEditor(QWidget):
    """A titled Markdown note with a "Reading view" toggle (the note formatted, as it reads).

    `title` is the visible heading (it may carry an & mnemonic, which focuses the editor)
    and the editor's accessible name. `text_changed(str)` is emitted on every edit by the
    user; `preview_toggled(bool)` when the preview is switched.
    """

    text_changed = Signal(str)
    preview_toggled = Signal(bool)

    def __init__(self, title: str, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer: MarkdownRenderer = qt_markdown_to_html
        self._setup_ui(title, placeholder)
        self._connect_signals()

    def _setup_ui(self, title: str, placeholder: str) -> None:
        self.title_label = make_label(title, "heading")
        self.preview_button = make_button(self.tr("Reading view"), "quiet")
        self.preview_button.setCheckable(True)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(placeholder)
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(90)
        self.preview = SafeTextBrowser()
        set_kind(self.preview, "preview")
        self.preview.setAccessibleName(self.tr("Reading view of {note}").format(note=self.title()))
        name_in_context(self.preview_button, self.preview_button.text(), self.title())
        self.preview_button.setAccessibleDescription(
            self.tr("Shows the note formatted, as it reads; press again to edit it")
        )
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        label_field(self.title_label, self.editor)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.editor)
        self.stack.addWidget(self.preview)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.preview_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

    def _connect_signals(self) -> None:
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self.preview_button.toggled.connect(self._on_preview_button_toggled)

    def title(self) -> str:
        """The heading as shown, without its mnemonic."""
        return strip_mnemonic(self.title_label.text())

    def text(self) -> str:
        """The Markdown text in the editor."""
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Shows `text` (a saved note) without emitting `text_changed`."""
        if text == self.text():
            return
        self.editor.blockSignals(True)
        try:
            self.editor.setPlainText(text)
        finally:
            self.editor.blockSignals(False)
        # Typing into a note brought back goes on after its last word, as one expects.
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        if self.is_previewing():
            self._render_preview()

    def set_preview(self, on: bool) -> None:
        """Shows the rendered note (on) or the editor (off)."""
        self.preview_button.setChecked(on)

    def is_previewing(self) -> bool:
        """Whether the rendered preview is shown instead of the editor."""
        return self.preview_button.isChecked()

    def set_read_only(self, read_only: bool) -> None:
        """Lets the note be read but not changed (for example once it is saved and closed)."""
        self.editor.setReadOnly(read_only)

    def _render_preview(self) -> None:
        self.preview.setHtml(self._renderer(self.text()))

    @Slot()
    def _on_editor_text_changed(self) -> None:
        self.text_changed.emit(self.text())

    @Slot(bool)
    def _on_preview_button_toggled(self, on: bool) -> None:
        if on:
            self._render_preview()
            self.stack.setCurrentWidget(self.preview)
        else:
            self.stack.setCurrentWidget(self.editor)
        self.preview_toggled.emit(on)
