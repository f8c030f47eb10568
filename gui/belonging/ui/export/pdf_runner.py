"""An export's PDF made by a child process (`pdf_child`), so the app's window never waits.

`make_pdf` starts `python -m belonging.ui.export.pdf_child`, writes it the document, and
reads its answer on the calling thread (the export's job), passing its progress on. The
reading blocks, which lets go of the interpreter lock: all the seconds of HTML, layout and
painting happen in the other process, and the app's UI thread never has to wait for them.
Cancelling ends the child at once, which ends the reading; the child writes no file, so
nothing is left behind.

A frozen bundle has no interpreter to run `-m` with, so it starts itself with
`--export-pdf-child`; only where nothing can be started does the same job run on the calling
thread.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import belonging
from belonging.application.export import Cancellation, ExportCancelledError, PdfMaker
from belonging.core.export import ExportDocument, ExportLabels
from belonging.ui.export import PDF_CHILD_ARGUMENT
from belonging.ui.export.pdf_child import document_to_pdf, write_job
from belonging.ui.export.pdf_writer import PdfCancelledError


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
    cancellation: Cancellation | None = None,
    command: list[str] | None = None,
) -> bytes:
    """The PDF of `doc`, made in a child process; `progress(share)` follows it from 0 to 1.
    `command` starts the child (default `pdf_child_command()`; the bundle's smoke test
    gives the bundle's own).

    Raises PdfCancelledError soon after `cancellation` is cancelled, PdfProcessError if the
    child fails, and whatever `progress` raises; the child is ended in every case.
    """
    cancellation = cancellation or Cancellation()
    command = command or pdf_child_command()
    if command is None:
        return document_to_pdf(
            doc, labels, font=font, progress=progress, cancelled=cancellation.cancelled
        )
    child = _Child(command)
    cancellation.on_cancel(child.kill)
    try:
        return child.run(doc, labels, font, progress, cancellation)
    finally:
        child.stop()


def pdf_maker(font: str) -> PdfMaker:
    """The export's PDF maker for the window: `make_pdf` with the application's font."""

    def make(doc, labels, progress, cancellation) -> bytes:
        try:
            return make_pdf(doc, labels, font=font, progress=progress, cancellation=cancellation)
        except PdfCancelledError:
            raise ExportCancelledError from None

    return make


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
    """One run of `pdf_child`: its pipes, read on the thread that runs the export."""

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

    def kill(self) -> None:
        """Ends the child now (from any thread): its answer stops, and `run` sees why."""
        with contextlib.suppress(OSError):
            self._process.kill()

    def run(
        self,
        doc: ExportDocument,
        labels: ExportLabels,
        font: str,
        progress: Callable[[float], None] | None,
        cancellation: Cancellation,
    ) -> bytes:
        """Sends the job and reads the PDF; a cancellation ends the child, and the reading."""

        def check() -> None:
            if cancellation.cancelled():
                raise PdfCancelledError

        stdin = self._process.stdin
        assert stdin is not None
        try:
            write_job(stdin, doc, labels, font, between=check)
            stdin.close()
        except BrokenPipeError:
            pass  # the child ended before reading it all; its answer says why
        try:
            answer = self._read(progress)
        except (OSError, ValueError):
            answer = None  # a closed pipe or a garbled line: the exit status tells the rest
        check()
        if isinstance(answer, bytes):
            return answer
        if isinstance(answer, str):
            raise PdfProcessError(answer)
        raise PdfProcessError(self._why_it_ended())

    def _read(self, progress: Callable[[float], None] | None) -> bytes | str | None:
        """The child's answer: the PDF, its error message, or None if it just ended."""
        stream = self._process.stdout
        assert stream is not None
        for line in iter(stream.readline, b""):
            word, _, rest = line.rstrip(b"\n").partition(b" ")
            if word == b"progress":
                if progress is not None:
                    progress(float(rest))
            elif word == b"pdf":
                size = int(rest)
                data = stream.read(size)
                return data if len(data) == size else None
            elif word == b"error":
                return rest.decode("utf-8", errors="replace")
        return None

    def stop(self) -> None:
        """Ends the child if it still runs, and lets its pipes go."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        for stream in (self._process.stdin, self._process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        self._errors.close()

    def _why_it_ended(self) -> str:
        code = self._process.wait()
        self._errors.seek(0)
        lines = self._errors.read()[-4000:].decode("utf-8", errors="replace").splitlines()
        last = next((line.strip() for line in reversed(lines) if line.strip()), "")
        reason = f"the process making the PDF stopped (exit status {code})"
        return f"{reason}: {last}" if last else reason
