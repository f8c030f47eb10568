"""A QR code drawn from segno's module matrix with QPainter: dark on white whatever the
theme (a camera reads it best so), crisp at any size, with its quiet zone."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

#: The margin of light modules every QR code needs around it.
QUIET_ZONE = 4


class QrCode(QWidget):
    """Shows the QR code of `text` (`set_text`); `matrix()` is what it draws."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: tuple[tuple[bool, ...], ...] = ()
        self._text = ""
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_text(self, text: str) -> None:
        """Encodes `text` (medium error correction: a code on a screen can be read at an
        angle); empty clears it."""
        self._text = text
        if text:
            code = segno.make(text, error="m", micro=False, boost_error=False)
            self._matrix = tuple(tuple(bool(module) for module in row) for row in code.matrix)
        else:
            self._matrix = ()
        self.update()

    def text(self) -> str:
        """What the code holds."""
        return self._text

    def matrix(self) -> tuple[tuple[bool, ...], ...]:
        """The modules, row by row (True: dark), without the quiet zone."""
        return self._matrix

    def sizeHint(self) -> QSize:
        """Large enough for a phone's camera across a desk."""
        return QSize(260, 260)

    def hasHeightForWidth(self) -> bool:
        """Always square."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Always square."""
        return width

    def paintEvent(self, _event: QPaintEvent) -> None:
        """White square, dark modules, whole pixels per module so edges stay sharp."""
        painter = QPainter(self)
        side = min(self.width(), self.height())
        painter.fillRect(self.rect(), Qt.GlobalColor.transparent)
        if not self._matrix:
            return
        count = len(self._matrix) + 2 * QUIET_ZONE
        module = max(1, side // count)
        drawn = module * count
        left = (self.width() - drawn) // 2
        top = (self.height() - drawn) // 2
        painter.fillRect(QRectF(left, top, drawn, drawn), QColor("white"))
        dark = QColor("black")
        for y, row in enumerate(self._matrix):
            for x, on in enumerate(row):
                if on:
                    painter.fillRect(
                        left + (x + QUIET_ZONE) * module,
                        top + (y + QUIET_ZONE) * module,
                        module,
                        module,
                        dark,
                    )
