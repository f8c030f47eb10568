"""The PDF made in a process of its own: the same PDF, its progress, stopping, failures told."""

from __future__ import annotations

import io
import os
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from belonging.application.export import Cancellation
from belonging.core.export import (
    DEFAULT_LABELS,
    ExportConversation,
    ExportDocument,
    ExportNote,
    ExportPrompt,
    ExportScope,
)
from belonging.ui.export import PDF_CHILD_ARGUMENT, pdf_runner
from belonging.ui.export.pdf_child import document_to_pdf, read_job, write_job
from belonging.ui.export.pdf_runner import PdfProcessError, make_pdf
from belonging.ui.export.pdf_writer import PdfCancelledError, page_count
from support.export import pdf_text

CHILD_MODULE = "belonging.ui.export.pdf_child"


def _history(conversations: int) -> ExportDocument:
    """A pair's history written by hand: each conversation has a prompt with a long note
    and a word of its own ("word7"), so a reader can tell every one went out."""
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    made = []
    for n in range(conversations):
        note = ExportNote(f"Conversation word{n}. " + "We talked about the bakery. " * 40)
        prompt = ExportPrompt(text=f"What mattered this week, *{n}*?", depth=1, notes=(note,))
        made.append(
            ExportConversation(
                started_at=start + timedelta(days=7 * n),
                script_title="Weekly",
                prompts=(prompt,),
            )
        )
    return ExportDocument(
        owner="Ada", partner="Ben", scope=ExportScope.PAIR, conversations=tuple(made)
    )


def _children_running() -> list[int]:
    """This process's children still running `pdf_child` (Linux's /proc tells)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if parent == os.getpid() and CHILD_MODULE.encode() in command:
            found.append(int(entry.name))
    return found


def test_a_job_crosses_the_pipe_unchanged():
    """What the app writes, conversation by conversation, is read back as the same document."""
    doc = _history(5)
    labels = replace(DEFAULT_LABELS, lang="de")
    pipe = io.BytesIO()
    write_job(pipe, doc, labels, font="Serif,11")
    pipe.seek(0)
    assert read_job(pipe) == (doc, labels, "Serif,11")


def test_the_child_makes_the_pdf_the_app_would_make_itself(qapp):
    """Made in the child or on this thread: the same pages, with every conversation's words."""
    doc = _history(12)
    made_there = make_pdf(doc, DEFAULT_LABELS)
    made_here = document_to_pdf(doc, DEFAULT_LABELS)
    assert page_count(made_there) == page_count(made_here) > 3
    text = pdf_text(made_there)
    assert text == pdf_text(made_here)
    assert all(f"word{n}" in text for n in range(12))
    assert "Ada & Ben" in text


def test_progress_comes_from_the_child_in_order_to_the_end(qapp):
    """The child's progress reaches the caller many times, never backwards, ending at 1."""
    shares: list[float] = []
    make_pdf(_history(60), DEFAULT_LABELS, progress=shares.append)
    assert len(shares) > 10
    assert shares == sorted(shares)
    assert shares[-1] == 1.0


def test_stopping_ends_the_child_and_gives_no_pdf(qapp):
    """Once cancelled the child is ended, mid-work, and nothing comes back."""
    shares: list[float] = []
    cancellation = Cancellation()

    def progress(share: float) -> None:
        shares.append(share)
        cancellation.cancel()  # as Cancel pressed while the first pages are made

    with pytest.raises(PdfCancelledError):
        make_pdf(_history(60), DEFAULT_LABELS, progress=progress, cancellation=cancellation)
    assert 0 < shares[-1] < 1
    assert _children_running() == []


def test_an_error_in_the_child_comes_back_in_its_own_words(qapp):
    """A failure while making the PDF is raised here with the child's message."""
    broken = replace(DEFAULT_LABELS, document_title="{owner} & {nobody}")
    with pytest.raises(PdfProcessError, match="nobody"):
        make_pdf(_history(2), broken)
    assert _children_running() == []


def test_a_child_that_dies_is_reported_with_how_it_ended(qapp, monkeypatch):
    """A child that stops without an answer: its exit status and last words are told."""
    dying = "import sys; sys.stderr.write('out of paper\\n'); sys.exit(3)"
    monkeypatch.setattr(pdf_runner, "pdf_child_command", lambda: [sys.executable, "-c", dying])
    with pytest.raises(PdfProcessError, match=r"exit status 3\): out of paper"):
        make_pdf(_history(40), DEFAULT_LABELS)


def test_a_frozen_bundle_starts_itself_as_the_child(monkeypatch):
    """A bundle has no Python to run `-m` with: it starts its own executable, told to be the
    child (`packaging/launcher.py` hands over; the bundle's smoke test makes a PDF so)."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert pdf_runner.pdf_child_command() == [sys.executable, PDF_CHILD_ARGUMENT]


def test_without_an_executable_to_start_the_pdf_is_made_here(qapp, monkeypatch):
    """With nothing to start as the child, the same PDF is made on this thread."""
    monkeypatch.setattr(sys, "executable", "")
    assert pdf_runner.pdf_child_command() is None
    pdf = make_pdf(_history(3), DEFAULT_LABELS)
    assert page_count(pdf) >= 1 and "word2" in pdf_text(pdf)
