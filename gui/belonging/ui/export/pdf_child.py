"""The PDF of an export, made in a process of its own: `python -m belonging.ui.export.pdf_child`.

Laying out and painting a long history takes seconds of C++ calls that keep Python's
interpreter lock, and rendering its Markdown takes seconds of Python; on a thread of the
app's process either would hold up its window. In a process of its own neither can.

The app (`pdf_runner`) writes the job on standard input as a stream of pickles: a header
(`JobHeader`), then each conversation of the document. This process answers on standard
output, one line at a time: `progress <fraction>` as it goes, then either `pdf <size>`
followed by exactly that many bytes of PDF, or `error <message>`. It writes no file: the
app writes the PDF where the user asked, as it writes every export. Anything else that
would print (Qt's warnings, a library's) goes to standard error.

`document_to_pdf` is the whole job without the pipes, for when no process can be started.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import BinaryIO

from belonging.core.export import ExportConversation, ExportDocument, ExportLabels, to_html
from belonging.core.export.phrases import document_title
from belonging.ui.export.pdf_writer import ensure_gui_application, html_to_pdf

#: Where the progress stands when the HTML is written, and when the pages start: the HTML
#: takes about a third of the time, reading it into Qt an eighth, the pages the rest.
HTML_SHARE = 0.35
PAGES_FROM = 0.47


@dataclass(frozen=True)
class JobHeader:
    """What comes before the conversations: the document without them, how many follow,
    the words to use and the base font (a `QFont.toString()`, or "" for the default)."""

    document: ExportDocument
    conversations: int
    labels: ExportLabels
    font: str = ""


def document_to_pdf(
    doc: ExportDocument,
    labels: ExportLabels,
    *,
    font: str = "",
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The PDF of `doc`, reporting the share done (0 to 1) to `progress`; `cancelled()` is
    asked between pages (PdfCancelledError). Needs a QGuiApplication."""

    def html_done(done: int, total: int) -> None:
        if progress is not None:
            progress(HTML_SHARE * done / max(total, 1))

    def pages_done(share: float) -> None:
        if progress is not None:
            progress(PAGES_FROM + (1 - PAGES_FROM) * share)

    html = to_html(doc, labels, progress=html_done)
    return html_to_pdf(
        html,
        title=document_title(doc, labels),
        font=font,
        progress=pages_done,
        cancelled=cancelled,
    )


def write_job(
    out: BinaryIO,
    doc: ExportDocument,
    labels: ExportLabels,
    font: str = "",
    between: Callable[[], None] | None = None,
) -> None:
    """Writes the job for `doc` to `out`, conversation by conversation; `between()` is
    called between them (it may raise to stop). Each pickle is small, so no single call
    keeps the interpreter lock for long."""
    header = JobHeader(replace(doc, conversations=()), len(doc.conversations), labels, font)
    out.write(pickle.dumps(header, protocol=pickle.HIGHEST_PROTOCOL))
    pending: list[bytes] = []
    size = 0
    for conversation in doc.conversations:
        pending.append(pickle.dumps(conversation, protocol=pickle.HIGHEST_PROTOCOL))
        size += len(pending[-1])
        if size >= 1 << 16:
            out.write(b"".join(pending))
            pending, size = [], 0
            if between is not None:
                between()
    out.write(b"".join(pending))
    out.flush()


def read_job(stream: BinaryIO) -> tuple[ExportDocument, ExportLabels, str]:
    """The document, labels and font `write_job` wrote to `stream`."""
    # Each piece was pickled on its own, with a memo of its own: each is loaded on its own.
    header = pickle.load(stream)
    if not isinstance(header, JobHeader):
        raise ValueError("not an export job")
    conversations = []
    for _ in range(header.conversations):
        conversation = pickle.load(stream)
        if not isinstance(conversation, ExportConversation):
            raise ValueError("not an export job")
        conversations.append(conversation)
    doc = replace(header.document, conversations=tuple(conversations))
    return doc, header.labels, header.font


def main() -> int:
    """Reads a job on standard input, answers on standard output (see the module's doc)."""
    # Standard output carries the answer only: whatever else prints goes to standard error.
    answer = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    try:
        doc, labels, font = read_job(sys.stdin.buffer)
        ensure_gui_application()
        last = -1

        def report(share: float) -> None:
            nonlocal last
            permille = int(share * 1000)
            if permille != last:
                last = permille
                answer.write(f"progress {permille / 1000}\n".encode())
                answer.flush()

        pdf = document_to_pdf(doc, labels, font=font, progress=report)
    except Exception as error:  # told to the app, which tells the user
        reason = " ".join(str(error).split()) or type(error).__name__
        answer.write(f"error {reason}\n".encode())
        answer.close()
        return 1
    answer.write(f"pdf {len(pdf)}\n".encode())
    answer.write(pdf)
    answer.close()
    return 0


if __name__ == "__main__":
    # Run as `-m`, this file is `__main__`; the job's classes are unpickled from the module
    # under its own name, so that module's `main` must read them.
    from belonging.ui.export import pdf_child

    sys.exit(pdf_child.main())
