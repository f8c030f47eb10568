"""The calm bar at the foot of the window that says what was just done, with Undo: the one
bar for every offer to undo (`undo_offers.UndoOffers` drives it) — a deletion, an archive, a
park or a skip, a follow-up ticked done or deleted, a talking point let go."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QWidget
from shiboken6 import isValid

from belonging.ui.accessibility import announce
from belonging.ui.widgets.command_button import CommandButton
from belonging.ui.widgets.styled import make_label


class UndoBar(QFrame):
    """Shows `show_offer(message)` beside an Undo button (the window's Undo action, so its
    key works too) until `hide_offer()`. Announced to screen readers with the key to press.
    Signal: `attention_changed(bool)` while the pointer or the keyboard focus is on it."""

    attention_changed = Signal(bool)

    def __init__(self, undo_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undo_bar")
        self.setProperty("kind", "undo")
        self._hovered = False
        self._focused = False
        #: Where the keyboard was before it came to the bar (Alt+U moves it to Undo), to
        #: give it back when the bar goes.
        self._focus_before: QWidget | None = None
        self.message_label = make_label("")
        self.undo_button = CommandButton(undo_action, "quiet")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 8, 32, 8)
        layout.setSpacing(16)
        layout.addWidget(self.message_label, 1)
        layout.addWidget(self.undo_button)
        self.hide()
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def show_offer(self, message: str) -> None:
        """Shows what was done, and announces it with the way to undo it."""
        self.message_label.setText(message)
        self.undo_button.setAccessibleDescription(message)
        self.show()
        keys = QKeySequence.mnemonic(self.undo_button.text()).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        hint = self.tr("To undo, press {keys}.").format(keys=keys) if keys else ""
        announce(self, f"{message} {hint}".strip())

    def message(self) -> str:
        """What the bar says now ("" when it is hidden)."""
        return self.message_label.text() if self.isVisible() else ""

    def hide_offer(self) -> None:
        """Takes the bar away (undone, or the moment has passed), giving the keyboard back
        to where it was before it came to the bar."""
        had_focus = self.isAncestorOf(QApplication.focusWidget())
        before, self._focus_before = self._focus_before, None
        self.hide()
        self.message_label.clear()
        # The page may have been drawn afresh meanwhile (Home after a follow-up was ticked),
        # deleting the control the keyboard came from.
        if had_focus and before is not None and isValid(before) and before.isVisible():
            before.setFocus()
        elif had_focus and self.window() is not None:
            self.window().focusNextChild()

    def event(self, event: QEvent) -> bool:
        """Notes the pointer coming and going, to hold the countdown meanwhile."""
        if event.type() in (QEvent.Type.Enter, QEvent.Type.Leave):
            self._hovered = event.type() == QEvent.Type.Enter
            self._tell()
        return super().event(event)

    def _on_focus_changed(self, old: QObject | None, new: QObject | None) -> None:
        focused = isinstance(new, QWidget) and self.isAncestorOf(new)
        if focused and not self._focused and isinstance(old, QWidget):
            self._focus_before = None if self.isAncestorOf(old) else old
        if focused != self._focused:
            self._focused = focused
            self._tell()

    def _tell(self) -> None:
        self.attention_changed.emit(self._hovered or self._focused)
