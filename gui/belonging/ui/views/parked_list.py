"""The prompts a pair parked, as one list view: each row the prompt in quotes, wrapped, and
beside it, muted, the script it came from and the day it was parked.

A model and a delegate rather than a row of labels per prompt: a pair that has met for years
can have dozens parked, and the page opens without building a widget for each. The list
shows its first few rows and scrolls inside its card beyond them, as the timeline does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from belonging.application.continuity_rows import ParkedItem
from belonging.ui.views.describe import short_date

_Index = QModelIndex | QPersistentModelIndex
#: The role under which a row hands back its muted details ("Script · 12 Mar 2025").
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 1
#: Rows shown before the list scrolls inside its card.
VISIBLE_ROWS = 8
#: Space around a row's words (room for the focus border), and between the prompt and its
#: details.
_ROW_PADDING = 4
_SIDE_PADDING = 8
_GAP = 16
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
_DETAILS_ALIGN = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def parked_quote(item: ParkedItem) -> str:
    """The prompt in the words it was shown, in quotes."""
    return f"“{item.text}”"


def parked_details(item: ParkedItem) -> str:
    """ "Defining moments · 12 Mar 2025", or whichever of the two is known."""
    details = [item.script_title] if item.script_title else []
    if item.parked_on is not None:
        details.append(short_date(item.parked_on))
    return " · ".join(details)


class ParkedModel(QAbstractListModel):
    """Read-only rows of `ParkedItem`; `set_items` replaces them all at once."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: tuple[ParkedItem, ...] = ()
        self._texts: tuple[tuple[str, str], ...] = ()

    def set_items(self, items: Sequence[ParkedItem]) -> None:
        """Shows these parked prompts, in the order given."""
        self.beginResetModel()
        self._items = tuple(items)
        self._texts = tuple((parked_quote(item), parked_details(item)) for item in self._items)
        self.endResetModel()

    def items(self) -> tuple[ParkedItem, ...]:
        """The parked prompts shown, in order."""
        return self._items

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One row per parked prompt (a list has no children)."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The quoted prompt, its details, and both together for a screen reader."""
        if not index.isValid():
            return None
        quote, details = self._texts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return quote
        if role == DETAILS_ROLE:
            return details
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{quote} · {details}" if details else quote
        return None


class ParkedDelegate(QStyledItemDelegate):
    """Draws a row as the page's labels would: the prompt wrapped on the left in the text
    colour, its details on the right in the muted one; the row with the keyboard focus has
    the accent border a focused card has."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        # Wrapping a prompt is the costly part of a row, and Qt asks for each row's size on
        # every layout: each is measured once per width (`forget_sizes` when rows change).
        self._sizes: dict[tuple[int, int], QSize] = {}

    def forget_sizes(self) -> None:
        """Drops the measured rows (their words changed)."""
        self._sizes.clear()

    def _text_width(self, option: QStyleOptionViewItem, details: str) -> int:
        width = self._view.viewport().width() - 2 * _SIDE_PADDING
        if details:
            width -= option.fontMetrics.horizontalAdvance(details) + _GAP
        return max(width, 80)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """The wrapped prompt's height (at least one line), with a little air."""
        row_width = self._view.viewport().width()
        key = (index.row(), row_width)
        size = self._sizes.get(key)
        if size is None:
            quote = index.data(Qt.ItemDataRole.DisplayRole) or ""
            details = index.data(DETAILS_ROLE) or ""
            metrics = option.fontMetrics
            width = self._text_width(option, details)
            height = metrics.boundingRect(QRect(0, 0, width, 100_000), _WRAP, quote).height()
            size = QSize(row_width, max(height, metrics.height()) + 2 * _ROW_PADDING)
            self._sizes[key] = size
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """The prompt, its details, and the focus border."""
        quote = index.data(Qt.ItemDataRole.DisplayRole) or ""
        details = index.data(DETAILS_ROLE) or ""
        palette = option.palette
        rect = option.rect
        painter.save()
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 6, 6)
        text_rect = rect.adjusted(_SIDE_PADDING, _ROW_PADDING, -_SIDE_PADDING, -_ROW_PADDING)
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        quote_rect = QRect(text_rect)
        quote_rect.setWidth(self._text_width(option, details))
        painter.drawText(quote_rect, _WRAP, quote)
        if details:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(text_rect, _DETAILS_ALIGN, details)
        painter.restore()


class ParkedList(QListView):
    """The list of parked prompts: as tall as its first `VISIBLE_ROWS` rows, scrolling
    inside beyond them; Tab reaches it and the arrow keys move through it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parked_model = ParkedModel(self)
        self.setModel(self.parked_model)
        self._delegate = ParkedDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Rows wrap to the width: laid out again when it changes.
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setSpacing(0)
        self.parked_model.modelAboutToBeReset.connect(self._delegate.forget_sizes)
        self.parked_model.modelReset.connect(self._fit_height)

    def set_items(self, items: Sequence[ParkedItem]) -> None:
        """Shows these parked prompts (the same ones again change nothing)."""
        if tuple(items) != self.parked_model.items():
            self.parked_model.set_items(items)

    def changeEvent(self, event: QEvent) -> None:
        """Larger text (or another style) measures every row anew."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._delegate.forget_sizes()
            self.scheduleDelayedItemsLayout()
            self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width wraps the prompts anew, so the rows shown take another height."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def _fit_height(self) -> None:
        model = self.parked_model
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        rows = min(model.rowCount(), VISIBLE_ROWS)
        sizes = (self._delegate.sizeHint(option, model.index(row)) for row in range(rows))
        height = sum(size.height() for size in sizes)
        self.setFixedHeight(height + 2 * self.frameWidth())
