"""The PDF writer: A4 pages with numbers, real text, and safe for long histories."""

import re
import sys

from belonging.core.export.html_writer import STYLE
from belonging.ui.export.pdf_writer import html_to_pdf, page_count
from export_support import pdf_text


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
    """PySide6 6.12 on Python 3.11 drops a reference to None on each call of a method that
    returns nothing; drawing page by page from Python would take one per page and crash
    the interpreter on long histories. The writer makes all pages in one call."""
    before = sys.getrefcount(None)
    pdf = html_to_pdf(_page(1500))
    after = sys.getrefcount(None)
    assert page_count(pdf) > 40
    assert after - before > -20
