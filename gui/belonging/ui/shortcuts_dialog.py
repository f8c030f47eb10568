"""Help ▸ Keyboard shortcuts: the whole shortcut table, as the user's platform writes keys."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belonging.ui.shortcuts import SHORTCUTS
from belonging.ui.widgets.styled import make_label

#: Pixels a cell's words are painted narrower than their column on each side: the theme's
#: item padding (8 px, resources/themes/common.qss) and the focus frame's margin.
_PAINT_MARGIN = 10


class _WrappedTextDelegate(QStyledItemDelegate):
    """Sizes a row for its words as they are painted: measured a little narrower than the
    column, so a line that only just fits is wrapped rather than cut short with "…"."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        narrower = QStyleOptionViewItem(option)
        narrower.rect = QRect(option.rect)
        narrower.rect.setWidth(max(1, option.rect.width() - 2 * _PAINT_MARGIN))
        return super().sizeHint(narrower, index)


class KeyboardShortcutsDialog(QDialog):
    """A read-only table of every shortcut: what it does, its keys, where it works."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        # Room for the keys as some languages write them ("Control+Mayúsculas+T o F8").
        self.resize(880, 600)
        self._setup_ui()

    def _setup_ui(self) -> None:
        intro = make_label(
            self.tr(
                "These keys work even while you are typing in a note. Every button can also "
                "be reached with Tab, and pressed with Space."
            ),
            "muted",
        )
        self.table = QTableWidget(len(SHORTCUTS), 3)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Keys"), self.tr("Where")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(_WrappedTextDelegate(self.table))
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for row, spec in enumerate(SHORTCUTS):
            for column, text in enumerate((spec.help_text(), spec.key_text(), spec.where_text())):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        # The first column's width is known only once the dialog is laid out (and the
        # columns settle after a turn of the event loop): rows sized before then would be as
        # tall as that narrow column made them.
        header.sectionResized.connect(lambda *_: self._rows_timer.start())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        """The table's text, row by row (what, keys, where)."""
        return [
            tuple(self.table.item(row, column).text() for column in range(3))
            for row in range(self.table.rowCount())
        ]
