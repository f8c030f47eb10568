"""HTML to PDF with Qt's own PDF writer: A4, 2 cm margins, the page number at each foot.

No window is needed, only a `QGuiApplication` for the fonts: the command line makes an
offscreen one (`ensure_gui_application`). Nothing here touches a widget, so the export
worker runs it off the UI thread.

The pages are made by one call, `QTextDocument.print_`, which paginates a copy of the
document, keeps 2 cm margins and numbers the pages. Drawing the pages one by one from
Python would allow a progress bar per page, but PySide6 6.12 on Python 3.11 drops a
reference to None on every call of a method returning nothing, and a few thousand such
calls (a long history) crash the interpreter; one call per export stays clear of that.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

#: The writer's dots per inch: a browser's, so the export's px margins keep their size
#: next to its pt fonts. Text is placed with fractions of a dot, so no precision is lost.
RESOLUTION = 96
#: The body text size of `html_writer.STYLE`: Qt sizes headings from the default font.
BODY_POINTS = 11.0


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new offscreen one for use without a window."""
    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["belonging", "-platform", "offscreen"])
    return app  # type: ignore[return-value]


def html_to_pdf(html: str, *, title: str = "") -> bytes:
    """The PDF of `html` (a page as `to_html` writes it) on A4 paper, as bytes.

    Needs a QGuiApplication; safe on any thread that does not share the document.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    # No page margins of the writer's own: printing adds 2 cm around the text, and puts
    # the page number in the bottom one.
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("Belonging")

    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.print_(writer)
    buffer.close()
    return bytes(buffer.data().data())


def page_count(pdf: bytes) -> int:
    """How many pages a PDF written here has (Qt writes one `/Type /Page` per page)."""
    return pdf.count(b"/Type /Page\n")
