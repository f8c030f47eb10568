"""An export's PDF made by a child process (`pdf_child`), so the app's window never waits.

`make_pdf` starts `python -m belonging.ui.export.pdf_child`, writes it the document, and
waits for its answer on the calling thread (the export worker's), passing its progress on.
The waiting is a blocking read, which lets go of the interpreter lock: all the seconds of
HTML, layout and painting happen in the other process, and the app's UI thread never has
to wait for them. Cancelling, or any error, ends the child at once; it writes no file, so
nothing is left behind.

A frozen bundle has no interpreter to run `-m` with, so it starts itself with
`--export-pdf-child`; only where nothing can be started does the same job run on the calling
thread.
"""

from __future__ import annotations

import contextlib
import os
import queue
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

import belonging
from belonging.core.export import ExportDocument, ExportLabels
from belonging.ui.export import PDF_CHILD_ARGUMENT
from belonging.ui.export.pdf_child import document_to_pdf, write_job
from belonging.ui.export.pdf_writer import PdfCancelledError

#: How often a wait for the child stops to ask whether the user cancelled, in seconds.
_POLL_S = 0.05


class PdfProcessError(RuntimeError):
    """The child process could not make the PDF; the message says why, in a few words."""


def pdf_child_command() -> list[str] | None:
    """The command that starts `pdf_child`, or None where there is nothing to start: a
    frozen bundle starts itself again, told to be the child."""
    if not sys.executable:
        return None
    if getattr(sys, "frozen", False):
        return [sys.executable, PDF_CHILD_ARGUMENT]
    return [sys.executable, "-m", "belonging.ui.export.pdf_child"]


def make_pdf(
    doc: ExportDocument,
    labels: ExportLabels,
    *,
    font: str = "",
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    command: list[str] | None = None,
) -> bytes:
    """The PDF of `doc`, made in a child process; `progress(share)` follows it from 0 to 1.
    `command` starts the child (default `pdf_child_command()`; the bundle's smoke test
    gives the bundle's own).

    Raises PdfCancelledError soon after `cancelled()` says so, PdfProcessError if the child
    fails, and whatever `progress` raises; the child is ended in every case.
    """
    command = command or pdf_child_command()
    if command is None:
        return document_to_pdf(doc, labels, font=font, progress=progress, cancelled=cancelled)
    child = _Child(command)
    try:
        return child.run(doc, labels, font, progress, cancelled)
    finally:
        child.stop()


def _package_root() -> str:
    """The folder holding this very package, which the child must import too."""
    return str(Path(belonging.__file__).resolve().parent.parent)


def _child_environment() -> dict[str, str]:
    environment = dict(os.environ)
    environment["QT_QPA_PLATFORM"] = "offscreen"
    environment["PYTHONPATH"] = os.pathsep.join(
        part for part in (_package_root(), environment.get("PYTHONPATH", "")) if part
    )
    return environment


class _Child:
    """One run of `pdf_child`: its pipes, and a thread turning its answer into a queue."""

    def __init__(self, command: list[str]) -> None:
        # Qt's warnings land here instead of the app's terminal; a failure quotes the end.
        # It lives as long as the child, and `stop` closes it.
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115
        self._process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._errors,
            env=_child_environment(),
            # `-m` looks in the working folder first: the package's own folder it is.
            cwd=_package_root(),
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        self._answers: queue.Queue[tuple[str, object]] = queue.Queue()
        self._reader = threading.Thread(target=self._read, name="pdf-child-reader", daemon=True)
        self._reader.start()

    def run(
        self,
        doc: ExportDocument,
        labels: ExportLabels,
        font: str,
        progress: Callable[[float], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> bytes:
        """Sends the job and waits for the PDF, checking `cancelled` all along."""

        def check() -> None:
            if cancelled is not None and cancelled():
                raise PdfCancelledError

        stdin = self._process.stdin
        assert stdin is not None
        try:
            write_job(stdin, doc, labels, font, between=check)
            stdin.close()
        except BrokenPipeError:
            pass  # the child ended before reading it all; its answer says why
        while True:
            check()
            try:
                kind, value = self._answers.get(timeout=_POLL_S)
            except queue.Empty:
                continue
            if kind == "progress":
                if progress is not None:
                    progress(float(value))  # type: ignore[arg-type]
            elif kind == "pdf":
                return value  # type: ignore[return-value]
            elif kind == "error":
                raise PdfProcessError(str(value))
            else:
                raise PdfProcessError(self._why_it_ended())

    def stop(self) -> None:
        """Ends the child if it still runs, and lets its pipes and thread go."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        # The child's end closed its side of the pipe, so the reader has met the end too.
        self._reader.join(timeout=5)
        for stream in (self._process.stdin, self._process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        self._errors.close()

    def _read(self) -> None:
        """Runs on its own thread: each line of the answer into the queue, then "end"."""
        stream = self._process.stdout
        assert stream is not None
        try:
            for line in iter(stream.readline, b""):
                word, _, rest = line.rstrip(b"\n").partition(b" ")
                if word == b"progress":
                    self._answers.put(("progress", float(rest)))
                elif word == b"pdf":
                    size = int(rest)
                    data = stream.read(size)
                    if len(data) == size:
                        self._answers.put(("pdf", data))
                    break
                elif word == b"error":
                    self._answers.put(("error", rest.decode("utf-8", errors="replace")))
                    break
        except (OSError, ValueError):
            pass  # a closed pipe or a garbled line: the child's exit status tells the rest
        finally:
            self._answers.put(("end", None))

    def _why_it_ended(self) -> str:
        code = self._process.wait()
        self._errors.seek(0)
        lines = self._errors.read()[-4000:].decode("utf-8", errors="replace").splitlines()
        last = next((line.strip() for line in reversed(lines) if line.strip()), "")
        reason = f"the process making the PDF stopped (exit status {code})"
        return f"{reason}: {last}" if last else reason
