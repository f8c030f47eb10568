"""The table model of a pair's timeline: one row per conversation, most recent first.

A model rather than a filled table widget: a pair that has met every week for years has
hundreds of rows, and the view only ever asks for the few on screen. The rows are read a page
at a time: the model knows how many there are in all, and when the view scrolls to the last
row it has, Qt asks it to fetch more (`canFetchMore`/`fetchMore`), which it passes on as
`more_wanted`; whoever reads them hands them back with `add_entries`.
"""

from __future__ import annotations

import enum
from collections.abc import Hashable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from belonging.application.continuity_rows import TimelineEntry
from belonging.ui.views.describe import short_date

_Index = QModelIndex | QPersistentModelIndex
#: The role under which each row hands back its conversation id.
CONVERSATION_ID_ROLE = Qt.ItemDataRole.UserRole
# The view asks each cell for a dozen roles each time it lays out or paints: as plain ints,
# the few answered here are told apart from the rest without building an enum per call.
_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole)})
_ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
_ID_ROLE = int(CONVERSATION_ID_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class Column(enum.IntEnum):
    """The timeline's columns, in order."""

    DATE = 0
    SCRIPT = 1
    DEPTH = 2
    TALKED = 3
    PAUSED = 4


def minutes_text(minutes: float | None) -> str:
    """ "35 min", "under a minute", or "—" when not known (an unfinished conversation)."""
    if minutes is None:
        return "—"
    if minutes < 1:
        return QCoreApplication.translate("TimelineModel", "under a minute")
    return QCoreApplication.translate("TimelineModel", "{minutes} min").format(
        minutes=round(minutes)
    )


def depth_text(entry: TimelineEntry) -> str:
    """ "Level 2 of 5", "Level 2" when the script is gone, "—" before any prompt."""
    if not entry.depth_reached:
        return "—"
    if entry.level_count is None:
        return QCoreApplication.translate("TimelineModel", "Level {depth}").format(
            depth=entry.depth_reached
        )
    return QCoreApplication.translate("TimelineModel", "Level {depth} of {count}").format(
        depth=entry.depth_reached, count=entry.level_count
    )


class TimelineModel(QAbstractTableModel):
    """Read-only rows of `TimelineEntry`; `set_entries` replaces them all at once, and
    `add_entries` appends the next page after `more_wanted()` asked for it."""

    more_wanted = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: tuple[TimelineEntry, ...] = ()
        # Each row's cell texts, worded the first time the row is asked for.
        self._texts: dict[int, tuple[str, ...]] = {}
        self._total = 0
        self._fetching = False

    def set_entries(self, entries: Sequence[TimelineEntry], total: int | None = None) -> None:
        """Shows these conversations, in the order given: the first of `total` (None: these
        are all of them)."""
        self.beginResetModel()
        self._entries = tuple(entries)
        self._texts = {}
        self._total = len(self._entries) if total is None else max(total, len(self._entries))
        self._fetching = False
        self.endResetModel()

    def add_entries(self, entries: Sequence[TimelineEntry]) -> None:
        """Appends the next page; an empty one means there is no more to fetch."""
        self._fetching = False
        if not entries:
            self._total = len(self._entries)
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
        self._entries += tuple(entries)
        self._total = max(self._total, len(self._entries))
        self.endInsertRows()

    def entries(self) -> tuple[TimelineEntry, ...]:
        """The conversations listed so far, in order."""
        return self._entries

    def total(self) -> int:
        """How many conversations there are in all, listed or not yet."""
        return self._total

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        """Whether some conversations are not listed yet (and none is being fetched)."""
        return not parent.isValid() and not self._fetching and len(self._entries) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        """Asks for the next page once; `add_entries` or `set_entries` ends the wait."""
        if self.canFetchMore(parent):
            self._fetching = True
            self.more_wanted.emit()

    def entry(self, row: int) -> TimelineEntry:
        """The conversation shown in `row`."""
        return self._entries[row]

    def conversation_id(self, row: int) -> Hashable:
        """The conversation id of `row`."""
        return self._entries[row].conversation_id

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One row per conversation (a table has no children)."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Date, script, depth, talked, paused."""
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.DATE: QCoreApplication.translate("TimelineModel", "Date"),
            Column.SCRIPT: QCoreApplication.translate("TimelineModel", "Script"),
            Column.DEPTH: QCoreApplication.translate("TimelineModel", "Depth reached"),
            Column.TALKED: QCoreApplication.translate("TimelineModel", "Talked"),
            Column.PAUSED: QCoreApplication.translate("TimelineModel", "Paused"),
        }
        return titles.get(Column(section))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Each cell's text, alignment, and the row's conversation id."""
        if not index.isValid():
            return None
        role = int(role)
        if role in _TEXT_ROLES:
            row = index.row()
            texts = self._texts.get(row)
            if texts is None:
                entry = self._entries[row]
                texts = self._texts[row] = tuple(self._text(entry, column) for column in Column)
            return texts[index.column()]
        if role == _ALIGNMENT_ROLE:
            return _RIGHT if index.column() >= Column.TALKED else None
        if role == _ID_ROLE:
            return self._entries[index.row()].conversation_id
        if role == _TOOLTIP_ROLE and not self._entries[index.row()].finished:
            return QCoreApplication.translate("TimelineModel", "Not finished")
        return None

    @staticmethod
    def _text(entry: TimelineEntry, column: Column) -> str:
        if column is Column.DATE:
            return short_date(entry.on)
        if column is Column.SCRIPT:
            if entry.finished:
                return entry.script_title
            return QCoreApplication.translate("TimelineModel", "{title} (not finished)").format(
                title=entry.script_title
            )
        if column is Column.DEPTH:
            return depth_text(entry)
        if column is Column.TALKED:
            return minutes_text(entry.talking_minutes)
        return minutes_text(entry.paused_minutes) if entry.paused_minutes else "—"
