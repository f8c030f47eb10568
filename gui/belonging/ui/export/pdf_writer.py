"""HTML to PDF with Qt's own PDF writer: A4, 2 cm margins, the page number at each foot.

No window is needed, only a `QGuiApplication` for the fonts: the command line and the PDF
process make an offscreen one (`ensure_gui_application`). Nothing here touches a widget.

The pages look as `QTextDocument.print_` made them (the same margins, pagination and page
numbers) but are painted one at a time, as its own loop does: the document is laid out
lazily as the pages come, so `progress` can follow page by page and `cancelled` is asked
between pages. Each page is a handful of short calls; PySide6 6.12.0, which dropped a
reference to None on every call returning nothing and so crashed on a few thousand pages,
is excluded in pyproject.toml.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

#: The writer's dots per inch: a browser's, so the export's px margins keep their size
#: next to its pt fonts. Text is placed with fractions of a dot, so no precision is lost.
RESOLUTION = 96
#: The body text size of `html_writer.STYLE`: Qt sizes headings from the default font.
BODY_POINTS = 11.0
#: `print_` gives a writer without margins 2 mm of its own, then 2 cm around the text.
_WRITER_MARGIN_MM = 2.0
_TEXT_MARGIN_CM = 2.0


class PdfCancelledError(Exception):
    """`cancelled()` said to stop between two pages; no PDF was made."""


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new offscreen one for use without a window."""
    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["belonging", "-platform", "offscreen"])
    return app  # type: ignore[return-value]


def html_to_pdf(
    html: str,
    *,
    title: str = "",
    font: str = "",
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The PDF of `html` (a page as `to_html` writes it) on A4 paper, as bytes.

    `font` is a `QFont.toString()` for the text the style sheet does not size (default:
    the application's). `progress(fraction)` follows the pages from 0 to 1; `cancelled()`
    is asked between pages, and PdfCancelledError raised when it says so. Needs a
    QGuiApplication; safe on any thread that does not share the document.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, title)
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    base = QFont(document.defaultFont())
    if font:
        base.fromString(font)
    base.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(base)
    document.setHtml(html)
    painter = QPainter(writer)
    try:
        _paint_pages(document, writer, painter, progress, cancelled)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def _writer(buffer: QBuffer, title: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(*(_WRITER_MARGIN_MM,) * 4),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("Belonging")
    return writer


def _paint_pages(
    document: QTextDocument,
    writer: QPdfWriter,
    painter: QPainter,
    progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    """Lays `document` out in pages of the writer's size and paints them in order, with
    the page number at the foot of each, as `print_` does."""
    layout = document.documentLayout()
    layout.setPaintDevice(writer)
    dpi = writer.logicalDpiY()
    margin = int(_TEXT_MARGIN_CM / 2.54 * dpi)
    frame = document.rootFrame().frameFormat()
    frame.setMargin(margin)
    document.rootFrame().setFrameFormat(frame)
    width, height = float(writer.width()), float(writer.height())
    document.setPageSize(QSizeF(width, height))
    number_font = QFont(document.defaultFont())
    metrics = QFontMetricsF(number_font, writer)
    number_right = width - margin
    number_base = height - margin + metrics.ascent() + 5 * dpi / 72.0
    tracker = _LayoutTracker(document)
    pages: int | None = None
    page = 0
    while pages is None or page < pages:
        if cancelled is not None and cancelled():
            raise PdfCancelledError
        if page:
            writer.newPage()
        top = page * height
        painter.save()
        painter.translate(0, -top)
        document.drawContents(painter, QRectF(0, top, width, height))
        painter.setClipping(False)
        painter.setFont(number_font)
        number = str(page + 1)
        left = round(number_right - metrics.horizontalAdvance(number))
        painter.drawText(QPointF(left, round(number_base + top)), number)
        painter.restore()
        page += 1
        if pages is None:
            done = tracker.done(page, top + height)
            if done is None:
                pages = document.pageCount()  # all laid out by now: a quick answer
            elif progress is not None and done >= 0:
                progress(done)
        elif progress is not None:
            progress(page / pages)


class _LayoutTracker:
    """How far the lazy layout of a document has come, without laying out any more of it.

    Asking for the page count lays the whole document out first (a second or more for a
    long history); painting lays it out only as far as the pages painted. The share of
    blocks above a page's foot is found by a galloping search from the last one found,
    every few pages (the bar moves by whole percents), and the layout is known to be
    complete once the last block has lines.
    """

    #: Pages between two searches.
    EVERY = 16

    def __init__(self, document: QTextDocument) -> None:
        self._document = document
        self._layout = document.documentLayout()
        self._count = document.blockCount()
        self._last = document.lastBlock()
        self._found = 0

    def done(self, pages: int, bottom: float) -> float | None:
        """The share laid out once `pages` pages (down to `bottom`) are painted; -1 when
        not looked up this time, None once the whole document is laid out."""
        if self._last.layout().lineCount() > 0:
            return None
        if pages % self.EVERY:
            return -1.0
        self._found = self._first_below(bottom)
        return None if self._found >= self._count else self._found / self._count

    def _below(self, number: int, bottom: float) -> bool:
        block = self._document.findBlockByNumber(number)
        return self._layout.blockBoundingRect(block).bottom() > bottom

    def _first_below(self, bottom: float) -> int:
        # Galloping keeps the blocks looked at (and so laid out) close to the page.
        low, step = self._found, 1
        high = low
        while high < self._count and not self._below(high, bottom):
            low, high, step = high + 1, high + 1 + step, step * 2
        high = min(high, self._count)
        while low < high:
            middle = (low + high) // 2
            if self._below(middle, bottom):
                high = middle
            else:
                low = middle + 1
        return low


def page_count(pdf: bytes) -> int:
    """How many pages a PDF written here has (Qt writes one `/Type /Page` per page)."""
    return pdf.count(b"/Type /Page\n")
