"""A combo box that a stray scroll cannot change.

Scrolling a page over a plain QComboBox changes its value without a word: a starting level
once went from 2 to 5 that way. This one lets the wheel scroll the page instead; the keyboard
and the mouse choose as usual.
"""

from __future__ import annotations

from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class SteadyComboBox(QComboBox):
    """A QComboBox that ignores the mouse wheel (the page under it scrolls instead)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Passes the wheel on to the page: a value changes only when chosen."""
        event.ignore()
