"""An export run off the UI thread: read, render, write, with progress and a way to stop.

`run_export` does the whole job in whatever thread calls it; `ExportWorker` runs it on a
`QThread` of its own and reports back through queued signals, so the window keeps
responding to a long history. A thread alone is not enough for a PDF: its HTML, layout and
pages are seconds of work that hold Python's interpreter lock, so they are made in a child
process (`pdf_runner`) while this thread only waits; and the garbage collector is held
back while the history is read (`collector`). Cancelling is checked after every batch of
conversations and all along the PDF's making; a cancelled or failed export leaves no file
behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtGui import QGuiApplication
from sqlalchemy import Engine

from belonging.core.export import (
    DEFAULT_LABELS,
    ExportDocument,
    ExportExistsError,
    ExportFormat,
    ExportLabels,
    IncludeOptions,
    LeftOut,
    to_html,
    to_markdown,
    write_export_file,
)
from belonging.storage.database import new_session
from belonging.storage.export_source import build_conversation_export, build_pair_export
from belonging.ui.export.collector import collector_paused
from belonging.ui.export.pdf_runner import make_pdf
from belonging.ui.export.pdf_writer import PdfCancelledError

#: Where the progress bar stands once the database has been read, by format: the rest is
#: making the file, which for a PDF (writing the HTML, laying out and painting every page,
#: in a process of its own) takes many times as long.
_READ_SHARE = {ExportFormat.MARKDOWN: 90, ExportFormat.HTML: 90, ExportFormat.PDF: 10}


class ExportCancelledError(Exception):
    """The user stopped the export; nothing was written."""


@dataclass(frozen=True)
class ExportRequest:
    """What to export (exactly one of `pair_id`, `conversation_id`), how, and where."""

    path: Path
    format: ExportFormat
    options: IncludeOptions
    pair_id: int | None = None
    conversation_id: int | None = None
    overwrite: bool = False
    labels: ExportLabels = DEFAULT_LABELS

    def __post_init__(self) -> None:
        if (self.pair_id is None) == (self.conversation_id is None):
            raise ValueError("export either a pair or a conversation")


@dataclass(frozen=True)
class ExportResult:
    """A finished export: where it went, how many conversations it holds, what stayed out."""

    path: Path
    conversations: int
    left_out: LeftOut


def run_export(
    engine: Engine,
    request: ExportRequest,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Export as `request` says, reporting whole percents to `progress`; raises
    ExportCancelledError as soon as `cancelled()` says so, ExportExistsError, or OSError."""
    # The document dies with `_export`'s frame, before the collector resumes: it then
    # finds only what is still alive, not a million objects to look through at once.
    with collector_paused():
        return _export(engine, request, progress, cancelled)


def _export(
    engine: Engine,
    request: ExportRequest,
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> ExportResult:
    last = -1

    def report(percent: float) -> None:
        nonlocal last
        if cancelled is not None and cancelled():
            raise ExportCancelledError
        value = min(100, int(percent))
        if progress is not None and value != last:
            last = value
            progress(value)

    read_share = _READ_SHARE[request.format]
    doc = _read(engine, request, lambda done, total: report(read_share * done / max(total, 1)))
    report(read_share)
    if request.format is ExportFormat.MARKDOWN:
        data: str | bytes = to_markdown(doc, request.labels)
    elif request.format is ExportFormat.HTML:
        data = to_html(doc, request.labels)
    else:
        try:
            data = make_pdf(
                doc,
                request.labels,
                font=_application_font(),
                progress=lambda share: report(read_share + (99 - read_share) * share),
                cancelled=cancelled,
            )
        except PdfCancelledError:
            raise ExportCancelledError from None
    report(99)
    write_export_file(request.path, data, overwrite=request.overwrite)
    report(100)
    return ExportResult(request.path, len(doc.conversations), doc.left_out)


def _application_font() -> str:
    """The application's font, for the PDF's text that the style sheet does not size."""
    app = QGuiApplication.instance()
    return app.font().toString() if app is not None else ""


def _read(
    engine: Engine, request: ExportRequest, progress: Callable[[int, int], None]
) -> ExportDocument:
    exported_at = datetime.now().astimezone()
    with new_session(engine) as session:
        if request.pair_id is not None:
            return build_pair_export(
                session=session,
                pair_id=request.pair_id,
                options=request.options,
                progress=progress,
                exported_at=exported_at,
            )
        assert request.conversation_id is not None
        return build_conversation_export(
            session=session,
            conversation_id=request.conversation_id,
            options=request.options,
            progress=progress,
            exported_at=exported_at,
        )


def describe_error(error: BaseException) -> str:
    """What the user reads when an export fails: what went wrong, and that nothing was
    written."""
    if isinstance(error, ExportExistsError):
        text = _tr("There is already a file at {path}; choose another name.")
        return text.format(path=error.args[0])
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        text = _tr("The export could not be written to {path}: {reason}.")
        return text.format(path=error.filename or "", reason=reason)
    return _tr("The export failed: {reason}.").format(reason=str(error) or type(error).__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


class ExportWorker(QObject):
    """Runs one `ExportRequest` on the thread it has been moved to.

    Signals: `progress(percent)`, then exactly one of `succeeded(ExportResult)`,
    `failed(message)` or `cancelled()`, then `done()`. `cancel()` may be called from any
    thread. `ran_on` is the id of the thread the export ran on (for tests).
    """

    progress = Signal(int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    done = Signal()

    def __init__(self, engine: Engine, request: ExportRequest) -> None:
        super().__init__()
        self._engine = engine
        self._request = request
        self._stop = threading.Event()
        self.ran_on: int | None = None

    def cancel(self) -> None:
        """Ask the export to stop at its next step."""
        self._stop.set()

    @Slot()
    def run(self) -> None:
        """Does the export and reports how it went."""
        self.ran_on = threading.get_ident()
        try:
            result = run_export(self._engine, self._request, self.progress.emit, self._stop.is_set)
        except ExportCancelledError:
            self.cancelled.emit()
        except Exception as error:  # reported to the user, who can try again
            self.failed.emit(describe_error(error))
        else:
            self.succeeded.emit(result)
        finally:
            self.done.emit()


class _ThreadKeeper(QObject):
    """Holds each export's thread and worker until the thread has really ended.

    A QThread freed while it runs aborts the whole app, and `finished` is emitted from the
    thread while it still runs: letting go from a slot called there would free it too
    early. The keeper lives on the UI thread, so `finished` reaches it queued; it waits out
    the thread's last instant and only then lets both go, on the UI thread.
    """

    def __init__(self) -> None:
        super().__init__()
        self._kept: list[tuple[QThread, ExportWorker]] = []

    def keep(self, thread: QThread, worker: ExportWorker) -> None:
        """Hold `thread` and `worker` until `thread` has finished."""
        self._kept.append((thread, worker))
        thread.finished.connect(self._on_finished)

    def count(self) -> int:
        """How many export threads have not finished yet."""
        return len(self._kept)

    @Slot()
    def _on_finished(self) -> None:
        ended = self.sender()
        for thread, _worker in self._kept:
            if thread is ended:
                thread.wait()
        self._kept = [(t, w) for t, w in self._kept if t is not ended]


_KEEPER: _ThreadKeeper | None = None


def prepare_export(engine: Engine, request: ExportRequest) -> tuple[QThread, ExportWorker]:
    """A worker for `request` on a thread of its own, wired to run when the thread starts
    and to end the thread when done; connect to its signals, then start the thread.

    Call it on the UI thread. The pair is kept alive until the thread has ended, whatever
    happens meanwhile to whoever asked (a dialog closed mid-export, say).
    """
    global _KEEPER
    if _KEEPER is None:
        _KEEPER = _ThreadKeeper()
    thread = QThread()
    worker = ExportWorker(engine, request)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.done.connect(thread.quit)
    _KEEPER.keep(thread, worker)
    return thread, worker


def running_exports() -> int:
    """How many exports started with `prepare_export` are still running."""
    return 0 if _KEEPER is None else _KEEPER.count()
