"""How close each of a pair felt over time: two lines, drawn with QPainter.

Each conversation has a place on the time axis; a hollow point is the check-in before it, a
filled point the one after. The first person's line is solid in the accent colour, the
second's dashed in the text colour, so the two tell apart without colour too. The chart's
accessible description says in words what the lines show.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from belonging.application.continuity_rows import ClosenessReading
from belonging.ui.views.describe import short_date
from belonging.ui.widgets.closeness_circles import SCALE, closeness_words

_Role = QPalette.ColorRole
#: Person index -> (palette role of the line, pen style).
_LINE_STYLES = ((_Role.Highlight, Qt.PenStyle.SolidLine), (_Role.WindowText, Qt.PenStyle.DashLine))
_POINT_RADIUS = 5.0
#: Conversations drawn at most: the most recent ones. Years of weekly check-ins on one axis
#: are a smear no one can read; the last half year or so shows where the two of you are now.
MAX_SHOWN = 24


def series(readings: Sequence[ClosenessReading], person: int) -> list[tuple[float, int, bool]]:
    """One person's points in time order: (x in conversation units, value, is_after). Before
    sits a quarter to the left of its conversation, after a quarter to the right; the second
    person's points sit a hair further right, so equal values do not hide each other."""
    points = []
    nudge = 0.03 if person else -0.03
    for index, reading in enumerate(readings):
        for offset, values, after in ((-0.22, reading.before, False), (0.22, reading.after, True)):
            offset += nudge
            value = values[person]
            if value is not None:
                points.append((index + offset, value, after))
    return points


def trend_sentence(name: str, points: list[tuple[float, int, bool]]) -> str:
    """What one person's line does, in words, e.g. "Alex: from 3 to 6, closer."."""
    if not points:
        return QCoreApplication.translate("ClosenessChart", "{name}: no check-ins yet.").format(
            name=name
        )
    first, last = points[0][1], points[-1][1]
    if len(points) == 1:
        return QCoreApplication.translate("ClosenessChart", "{name}: {value} ({words}).").format(
            name=name, value=first, words=closeness_words(first)
        )
    if last > first:
        change = QCoreApplication.translate("ClosenessChart", "closer")
    elif last < first:
        change = QCoreApplication.translate("ClosenessChart", "less close")
    else:
        change = QCoreApplication.translate("ClosenessChart", "about the same")
    return QCoreApplication.translate(
        "ClosenessChart", "{name}: from {first} to {last}, {change}."
    ).format(name=name, first=first, last=last, change=change)


class ClosenessChart(QWidget):
    """A chart of both people's closeness over a pair's conversations.

    Setters: `set_people(first_name, second_name)`, `set_readings(readings)` (oldest first).
    `summary()` is the description a screen reader hears.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = ("", "")
        self._readings: tuple[ClosenessReading, ...] = ()
        self._total = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Closeness over time"))
        self._describe()

    def sizeHint(self) -> QSize:
        """Wide enough for a dozen conversations, tall enough for seven readable steps."""
        line = self.fontMetrics().height()
        return QSize(640, 12 * line + 80)

    def minimumSizeHint(self) -> QSize:
        """The height the axis labels need."""
        return QSize(320, self.sizeHint().height())

    def set_people(self, first: str, second: str) -> None:
        """Names the two lines (first: solid, second: dashed)."""
        self._names = (first, second)
        self._describe()
        self.update()

    def set_readings(self, readings: Sequence[ClosenessReading]) -> None:
        """Shows the check-ins of these conversations, oldest first: the last `MAX_SHOWN`
        of them, saying how many there are in all."""
        readings = tuple(readings)
        self._total = len(readings)
        self._readings = readings[-MAX_SHOWN:]
        self._describe()
        self.update()

    def summary(self) -> str:
        """The chart in words."""
        count = len(self._readings)
        if not any(series(self._readings, person) for person in (0, 1)):
            return self.tr("No check-ins yet.")
        if count < self._total:
            opening = self.tr(
                "Closeness from 1 (apart) to 7 (almost one), over the last {count} of the "
                "{total} conversations with a check-in."
            ).format(count=count, total=f"{self._total:,}")
        else:
            opening = self.tr(
                "Closeness from 1 (apart) to 7 (almost one), over {count} conversations."
            ).format(count=count)
        sentences = [opening]
        for person in (0, 1):
            sentences.append(trend_sentence(self._names[person], series(self._readings, person)))
        return " ".join(sentences)

    def _describe(self) -> None:
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())

    # Drawing ----------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Draws the axes, their labels, both lines and the legend."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        line = metrics.height()
        left = metrics.horizontalAdvance("7 ") + 8
        plot = QRectF(left + 10, line * 2.2, self.width() - left - 24, self.height() - line * 5)
        self._draw_legend(painter, palette, line)
        self._draw_axes(painter, palette, plot, line)
        if not any(series(self._readings, person) for person in (0, 1)):
            painter.setPen(palette.color(_Role.PlaceholderText))
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), self.tr("No check-ins yet"))
            return
        for person in (0, 1):
            self._draw_line(painter, palette, plot, person)

    def _x(self, plot: QRectF, x: float) -> float:
        count = max(1, len(self._readings))
        return plot.left() + (x + 0.5) / count * plot.width()

    @staticmethod
    def _y(plot: QRectF, value: float) -> float:
        low, high = SCALE.start, SCALE.stop - 1
        return plot.bottom() - (value - low) / (high - low) * plot.height()

    def _draw_axes(self, painter: QPainter, palette: QPalette, plot: QRectF, line: int) -> None:
        grid = QColor(palette.color(_Role.Midlight))
        text = palette.color(_Role.PlaceholderText)
        for value in SCALE:
            y = self._y(plot, value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - line / 2, plot.left() - 8, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(value),
            )
        painter.setPen(QPen(palette.color(_Role.Mid), 1.5))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.setPen(text)
        step = max(1, len(self._readings) // 8)
        for index, reading in enumerate(self._readings):
            if index % step:
                continue
            # Kept inside the widget: the first and last dates are not cut off at its edges.
            x = min(max(self._x(plot, index), 60.0), self.width() - 60.0)
            painter.drawText(
                QRectF(x - 60, plot.bottom() + 4, 120, line),
                int(Qt.AlignmentFlag.AlignHCenter),
                short_date(reading.on),
            )
        if len(self._readings) < self._total:
            caption = self.tr(
                "The last {count} of {total} conversations with a check-in, oldest first · "
                "1 apart, 7 almost one"
            ).format(count=len(self._readings), total=f"{self._total:,}")
        else:
            caption = self.tr("Conversations, oldest first · 1 apart, 7 almost one")
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + line + 8, plot.width(), line),
            int(Qt.AlignmentFlag.AlignHCenter),
            caption,
        )

    def _draw_line(self, painter: QPainter, palette: QPalette, plot: QRectF, person: int) -> None:
        role, style = _LINE_STYLES[person]
        colour = palette.color(role)
        points = [
            (QPointF(self._x(plot, x), self._y(plot, value)), after)
            for x, value, after in series(self._readings, person)
        ]
        if len(points) > 1:
            path = QPainterPath(points[0][0])
            for point, _after in points[1:]:
                path.lineTo(point)
            painter.setPen(QPen(colour, 2.5, style))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        for point, after in points:
            self._draw_point(painter, palette, point, colour, after)

    @staticmethod
    def _draw_point(
        painter: QPainter, palette: QPalette, point: QPointF, colour: QColor, after: bool
    ) -> None:
        painter.setPen(QPen(colour, 2))
        painter.setBrush(colour if after else palette.color(_Role.Base))
        painter.drawEllipse(point, _POINT_RADIUS, _POINT_RADIUS)

    def _draw_legend(self, painter: QPainter, palette: QPalette, line: int) -> None:
        metrics = self.fontMetrics()
        x = 8.0
        y = line * 0.8
        painter.setPen(palette.color(_Role.WindowText))
        for person in (0, 1):
            role, style = _LINE_STYLES[person]
            colour = palette.color(role)
            painter.setPen(QPen(colour, 2.5, style))
            painter.drawLine(QPointF(x, y), QPointF(x + 28, y))
            painter.setPen(palette.color(_Role.WindowText))
            name = self._names[person] or "—"
            painter.drawText(QPointF(x + 34, y + metrics.ascent() / 2 - 1), name)
            x += 34 + metrics.horizontalAdvance(name) + 24
        for after, label in ((False, self.tr("before")), (True, self.tr("after"))):
            colour = palette.color(_Role.WindowText)
            self._draw_point(painter, palette, QPointF(x + 6, y), colour, after)
            painter.setPen(palette.color(_Role.WindowText))
            painter.drawText(QPointF(x + 16, y + metrics.ascent() / 2 - 1), label)
            x += 16 + metrics.horizontalAdvance(label) + 20
