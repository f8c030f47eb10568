"""How close one person feels, chosen as a picture: two circles, from apart to almost one.

Seven pictures of two circles that overlap more and more (the "Inclusion of Other in the
Self" scale): people recognise the picture that fits rather than weigh a number. Each
picture is a radio button drawn with QPainter, so a screen reader hears "3 of 7: a little
overlap, radio button", arrow keys move between them and the keys 1 to 7 pick one.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QRadioButton,
    QStyle,
    QStyleOptionGroupBox,
    QVBoxLayout,
)

SCALE = range(1, 8)

_Role = QPalette.ColorRole
#: Space between the question and the pictures.
_GAP = 8


def closeness_words(value: int) -> str:
    """The words for a picture, e.g. "a little overlap" for 3."""
    words = {
        1: QCoreApplication.translate("Closeness", "apart"),
        2: QCoreApplication.translate("Closeness", "just touching"),
        3: QCoreApplication.translate("Closeness", "a little overlap"),
        4: QCoreApplication.translate("Closeness", "some overlap"),
        5: QCoreApplication.translate("Closeness", "much overlap"),
        6: QCoreApplication.translate("Closeness", "mostly overlapping"),
        7: QCoreApplication.translate("Closeness", "almost one"),
    }
    return words[value]


def closeness_name(value: int) -> str:
    """What a screen reader says for a picture, e.g. "3 of 7: a little overlap"."""
    return QCoreApplication.translate("Closeness", "{value} of {count}: {words}").format(
        value=value, count=len(SCALE), words=closeness_words(value)
    )


def centre_distance(value: int, radius: float) -> float:
    """How far apart the two circles' centres are for `value`: a gap at 1, touching at 2,
    then closer step by step until they almost coincide at 7."""
    if value <= 1:
        return 2.35 * radius
    return 2 * radius * (1 - (value - 2) / 5 * 0.9)


def paint_circles(
    painter: QPainter, centre: QPointF, radius: float, value: int, palette: QPalette
) -> None:
    """Draws the two circles of `value` around `centre` in the palette's colours: one in the
    accent, one in the text colour, each see-through so the overlap shows."""
    half = centre_distance(value, radius) / 2
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for offset, role, alpha in ((-half, _Role.Highlight, 110), (half, _Role.WindowText, 40)):
        colour = QColor(palette.color(role))
        fill = QColor(colour)
        fill.setAlpha(alpha)
        painter.setPen(QPen(colour, 2))
        painter.setBrush(fill)
        painter.drawEllipse(QPointF(centre.x() + offset, centre.y()), radius, radius)


class CirclesButton(QRadioButton):
    """One picture of the scale: a radio button drawn as two circles, its number and words."""

    def __init__(self, value: int, picker: ClosenessCircles) -> None:
        super().__init__("", picker)
        self.value = value
        self._picker = picker
        name = closeness_name(value)
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        """Room for the picture and two short lines of words under it."""
        line = self.fontMetrics().height()
        return QSize(max(100, line * 6), 72 + 3 * line)

    def minimumSizeHint(self) -> QSize:
        """As large as the size hint: a squeezed picture would not read."""
        return self.sizeHint()

    def hitButton(self, pos: QPoint) -> bool:
        """The whole picture is the target, not just a radio mark."""
        return self.rect().contains(pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows, Home, End and the digits 1 to 7 choose a picture (see the picker)."""
        if not self._picker.handle_key(event.key()):
            super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Draws the frame (accent when chosen or focused), the circles and the words."""
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        chosen = self.isChecked()
        border = palette.color(_Role.Highlight if chosen or self.hasFocus() else _Role.Midlight)
        painter.setPen(QPen(border, 3 if self.hasFocus() else 2))
        painter.setBrush(palette.color(_Role.AlternateBase if chosen else _Role.Base))
        painter.drawRoundedRect(box, 10, 10)

        # Apart, the two circles and their gap take 4.35 radii: keep a margin either side.
        radius = min(box.width() / 5.6, 22.0)
        centre = QPointF(box.center().x(), box.top() + 12 + radius)
        paint_circles(painter, centre, radius, self.value, palette)

        text_top = centre.y() + radius + 8
        painter.setPen(palette.color(_Role.WindowText))
        font = painter.font()
        font.setBold(chosen)
        painter.setFont(font)
        words = f"{self.value}\n{closeness_words(self.value)}"
        painter.drawText(
            QRectF(box.left() + 4, text_top, box.width() - 8, box.bottom() - text_top),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            words,
        )


class ClosenessCircles(QGroupBox):
    """A closeness picker of seven pictures for one person; `value_changed(object)` carries
    the value (1 to 7) or None. Also `buttons` (by value), `group`, `value()`,
    `set_value()`."""

    value_changed = Signal(object)

    def __init__(self, title: str = "", parent=None) -> None:
        super().__init__(title, parent)
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.group = QButtonGroup(self)
        self.buttons: dict[int, CirclesButton] = {}
        row = QHBoxLayout()
        row.setSpacing(8)
        for value in SCALE:
            button = CirclesButton(value, self)
            self.group.addButton(button, value)
            self.buttons[value] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, _GAP, 0, 0)
        layout.addLayout(row)
        self.setAccessibleDescription(
            self.tr("Seven pictures of two circles, from apart to almost one; keys 1 to 7.")
        )

    def _connect_signals(self) -> None:
        self.group.idToggled.connect(self._on_group_id_toggled)

    def title_rect(self) -> QRect:
        """Where the question (the group's title) is drawn."""
        option = QStyleOptionGroupBox()
        self.initStyleOption(option)
        return self.style().subControlRect(
            QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, self
        )

    def _fit_title(self) -> None:
        """Keeps the pictures below the question whatever the text size: the style leaves
        room for a title of the size it was polished with, and larger text outgrows it."""
        layout = self.layout()
        if layout is None:
            return
        top = _GAP
        if self.title():
            top = max(_GAP, self.title_rect().bottom() + _GAP - self.contentsRect().top())
        if layout.contentsMargins().top() != top:
            layout.setContentsMargins(0, top, 0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fits the question above the pictures at the new size."""
        super().resizeEvent(event)
        self._fit_title()

    def changeEvent(self, event: QEvent) -> None:
        """Fits the question again when the text size or the style changes."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_title()

    def value(self) -> int | None:
        """The value picked, or None if none is."""
        checked = self.group.checkedId()
        return checked if checked in SCALE else None

    def set_value(self, value: int | None) -> None:
        """Shows `value` (1 to 7) picked, or none picked, without emitting `value_changed`."""
        self.group.blockSignals(True)
        try:
            if value is None:
                self.group.setExclusive(False)
                for button in self.buttons.values():
                    button.setChecked(False)
                self.group.setExclusive(True)
            else:
                self.buttons[value].setChecked(True)
        finally:
            self.group.blockSignals(False)
        for button in self.buttons.values():
            button.update()

    def handle_key(self, key: int) -> bool:
        """Picks (and focuses) the picture a key asks for; False if the key is not ours."""
        key = int(key)
        current = self.value()
        target: int | None = None
        if int(Qt.Key.Key_1) <= key <= int(Qt.Key.Key_7):
            target = key - int(Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            target = max(SCALE.start, (current or SCALE.start + 1) - 1)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            target = min(SCALE.stop - 1, (current or SCALE.start - 1) + 1)
        elif key == Qt.Key.Key_Home:
            target = SCALE.start
        elif key == Qt.Key.Key_End:
            target = SCALE.stop - 1
        if target is None:
            return False
        button = self.buttons[target]
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        if not button.isChecked():
            button.setChecked(True)
        return True

    @Slot(int, bool)
    def _on_group_id_toggled(self, value: int, checked: bool) -> None:
        if checked:
            self.value_changed.emit(value)
