"""The frame every page shares: a scrolling column of readable width, and a footer of buttons.

Lines of text longer than about 80 characters tire the eye, so the column stops growing at
MAX_WIDTH and the window's extra space goes to the margins. The footer stays put outside the
scroll area, so the page's main action is always in reach.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

MAX_WIDTH = 880
_MARGIN = 32
_SPACING = 18


class ScrollPage(QWidget):
    """A page: `body` (a QVBoxLayout inside a scroll area) and `footer` (a QHBoxLayout in
    `footer_frame`, which a page without buttons hides)."""

    def __init__(self, parent: QWidget | None = None, max_width: int = MAX_WIDTH) -> None:
        super().__init__(parent)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        inner = QWidget()
        inner.setObjectName("pageInner")
        centring = QHBoxLayout(inner)
        centring.setContentsMargins(_MARGIN, _MARGIN, _MARGIN, _MARGIN)
        self.column = QWidget()
        self.column.setMaximumWidth(max_width)
        self.body = QVBoxLayout(self.column)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(_SPACING)
        centring.addStretch(1)
        centring.addWidget(self.column, 100)
        centring.addStretch(1)
        self.scroll_area.setWidget(inner)

        self.footer_frame = footer_frame = QWidget()
        footer_outer = QHBoxLayout(footer_frame)
        footer_outer.setContentsMargins(_MARGIN, 12, _MARGIN, _MARGIN - 8)
        footer_column = QWidget()
        footer_column.setMaximumWidth(max_width)
        self.footer = QHBoxLayout(footer_column)
        self.footer.setContentsMargins(0, 0, 0, 0)
        self.footer.setSpacing(12)
        footer_outer.addStretch(1)
        footer_outer.addWidget(footer_column, 100)
        footer_outer.addStretch(1)

        self._max_width = max_width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(footer_frame)

    def add_fixed_band(self, widget: QWidget) -> None:
        """Puts `widget` between the scrolling column and the footer, as wide as the column:
        always in view, whatever the text size or the window's height."""
        band = QWidget()
        outer = QHBoxLayout(band)
        outer.setContentsMargins(_MARGIN, 10, _MARGIN, 0)
        widget.setMaximumWidth(self._max_width)
        outer.addStretch(1)
        outer.addWidget(widget, 100)
        outer.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.footer_frame), band)


def clear_layout(layout: QVBoxLayout | QHBoxLayout) -> None:
    """Removes and deletes every widget in `layout` (to refill a list)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
