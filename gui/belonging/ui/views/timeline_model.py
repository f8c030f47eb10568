"""The table model of a pair's timeline: one row per conversation, most recent first.

A model rather than a filled table widget: a pair that has met every week for years has
hundreds of rows, and the view only ever asks for the few on screen.
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
)

from belonging.ui.views.continuity_rows import TimelineEntry
from belonging.ui.views.describe import short_date

_Index = QModelIndex | QPersistentModelIndex
#: The role under which each row hands back its conversation id.
CONVERSATION_ID_ROLE = Qt.ItemDataRole.UserRole


class Column(enum.IntEnum):
    """The timeline's columns, in order."""

    DATE = 0
    SCRIPT = 1
    DEPTH = 2
    TOO_MUCH = 3
    TALKED = 4
    PAUSED = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineModel", text)


def minutes_text(minutes: float | None) -> str:
    """ "35 min", "under a minute", or "—" when not known (an unfinished conversation)."""
    if minutes is None:
        return "—"
    if minutes < 1:
        return _tr("under a minute")
    return _tr("{minutes} min").format(minutes=round(minutes))


def depth_text(entry: TimelineEntry) -> str:
    """ "Level 2 of 5", "Level 2" when the script is gone, "—" before any prompt."""
    if not entry.depth_reached:
        return "—"
    if entry.level_count is None:
        return _tr("Level {depth}").format(depth=entry.depth_reached)
    return _tr("Level {depth} of {count}").format(
        depth=entry.depth_reached, count=entry.level_count
    )


class TimelineModel(QAbstractTableModel):
    """Read-only rows of `TimelineEntry`; `set_entries` replaces them all at once."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: tuple[TimelineEntry, ...] = ()

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        """Shows these conversations, in the order given."""
        self.beginResetModel()
        self._entries = tuple(entries)
        self.endResetModel()

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
        """Date, script, depth, "too much?", talked, paused."""
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.DATE: _tr("Date"),
            Column.SCRIPT: _tr("Script"),
            Column.DEPTH: _tr("Depth reached"),
            Column.TOO_MUCH: _tr("“Too much?”"),
            Column.TALKED: _tr("Talked"),
            Column.PAUSED: _tr("Paused"),
        }
        return titles.get(Column(section))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Each cell's text, alignment, and the row's conversation id."""
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = Column(index.column())
        if role == CONVERSATION_ID_ROLE:
            return entry.conversation_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.TOO_MUCH,
            Column.TALKED,
            Column.PAUSED,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and not entry.finished:
            return _tr("Not finished")
        return None

    @staticmethod
    def _text(entry: TimelineEntry, column: Column) -> str:
        if column is Column.DATE:
            return short_date(entry.on)
        if column is Column.SCRIPT:
            if entry.finished:
                return entry.script_title
            return _tr("{title} (not finished)").format(title=entry.script_title)
        if column is Column.DEPTH:
            return depth_text(entry)
        if column is Column.TOO_MUCH:
            return str(entry.too_much_count) if entry.too_much_count else "—"
        if column is Column.TALKED:
            return minutes_text(entry.talking_minutes)
        return minutes_text(entry.paused_minutes) if entry.paused_minutes else "—"
