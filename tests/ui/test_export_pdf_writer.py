"""The PDF writer: A4 pages with numbers, real text, and safe for long histories."""

import re
import sys

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from belonging.core.export.html_writer import STYLE
from belonging.ui.export.pdf_writer import (
    BODY_POINTS,
    RESOLUTION,
    PdfCancelledError,
    html_to_pdf,
    page_count,
)
from support.export import pdf_text


def _page(paragraphs: int) -> str:
    body = "".join(f"<p>Paragraph {n} about the lighthouse keeper.</p>" for n in range(paragraphs))
    return (
        f"<html><head><style>{STYLE}</style></head><body><h1>Ada &amp; Ben</h1>{body}</body></html>"
    )


def test_a_short_page_is_one_a4_page_with_its_title_and_text(qapp):
    """A4 (595 × 842 points), the title in the metadata, the words findable in the text."""
    pdf = html_to_pdf(_page(3), title="Ada & Ben")
    assert pdf.startswith(b"%PDF")
    assert page_count(pdf) == 1
    assert re.search(rb"/MediaBox \[0 0 595(\.0+)? 842(\.0+)?\]", pdf)
    assert "Ada & Ben".encode("utf-16-be") in pdf
    text = pdf_text(pdf)
    assert "Ada & Ben" in text and "Paragraph 2 about the lighthouse keeper." in text


def test_a_long_page_breaks_into_numbered_pages(qapp):
    """Every page carries its number at the foot, the last one its count."""
    pdf = html_to_pdf(_page(400))
    pages = page_count(pdf)
    assert pages >= 5
    numbers = {int(line) for line in pdf_text(pdf).splitlines() if line.strip().isdigit()}
    assert set(range(1, pages + 1)) <= numbers
    assert "Paragraph 399 about" in pdf_text(pdf)


def test_a_long_pdf_leaves_the_reference_count_of_none_alone(qapp):
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on each call of a method
    that returns nothing, and the pages are painted by a few such calls each: a PySide6
    that does so again would crash the interpreter on long histories."""
    before = sys.getrefcount(None)
    pdf = html_to_pdf(_page(1500))
    after = sys.getrefcount(None)
    assert page_count(pdf) > 40
    assert after - before > -20


def _printed_by_qt(html: str) -> bytes:
    """The PDF as `QTextDocument.print_` makes it, as the export did before painting its
    own pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.print_(writer)
    buffer.close()
    return bytes(buffer.data().data())


def test_the_pages_break_and_are_numbered_as_qt_printing_makes_them(qapp):
    """Painting page by page gives the same pages as Qt's own printing: as many, with the
    same text (page numbers included) on each, page breaks in the same places."""
    html = _page(700)
    painted, printed = html_to_pdf(html), _printed_by_qt(html)
    assert page_count(painted) == page_count(printed) > 10
    assert pdf_text(painted) == pdf_text(printed)


def test_progress_moves_forward_to_the_end_page_by_page(qapp):
    """A long page reports its progress many times, never backwards, ending at 1."""
    shares: list[float] = []
    pdf = html_to_pdf(_page(1500), progress=shares.append)
    assert page_count(pdf) > 40
    assert len(shares) > 10
    assert shares == sorted(shares)
    assert 0 < shares[0] < 0.5 and shares[-1] == 1


def test_asking_to_stop_stops_between_pages(qapp):
    """Once `cancelled()` says so, no more pages are painted and no PDF comes back."""
    painted: list[float] = []

    def cancelled() -> bool:
        return len(painted) >= 3

    with pytest.raises(PdfCancelledError):
        html_to_pdf(_page(1500), progress=painted.append, cancelled=cancelled)
    assert len(painted) == 3
