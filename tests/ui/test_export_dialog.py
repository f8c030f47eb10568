"""The Export… dialog, used as a person would: choose, tick, export, watch, cancel."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer

from belonging.application import export as exporting
from belonging.application.export import export_facts
from belonging.application.workspace import Workspace
from belonging.core.engine import ManualClock
from belonging.core.scripts.library import ScriptLibrary
from belonging.storage.opening.startup import open_data_folder
from belonging.ui.export import export_dialog as dialog_module
from belonging.ui.export.export_dialog import ExportDialog
from belonging.ui.jobs import JobRunner
from support.export import (
    BOTH_WORD,
    CONFIDENTIAL_WORD,
    PRIVATE_WORD,
    SHARED_WORD,
    SHARED_WORDS,
    bulk_seed,
    pdf_text,
    seed_history,
)

WITHHELD = (PRIVATE_WORD, CONFIDENTIAL_WORD, BOTH_WORD)


@pytest.fixture
def jobs(qapp, qtbot):
    """The app's job runner; each test ends with every export ended, none outliving it."""
    runner = JobRunner()
    yield runner
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    runner.shutdown()


@pytest.fixture
def workspace(data_dir):
    """A data folder opened as the app opens it."""
    opened = open_data_folder(data_dir)
    yield Workspace(opened, ScriptLibrary(None), ManualClock())
    opened.close()


@pytest.fixture
def engine(workspace):
    """The data folder's database."""
    return workspace.db


class JobProgress:
    """Calls made on the export's own thread each time it reports progress: a test can hold
    the export there, as a slow disk would."""

    def __init__(self) -> None:
        self.hooks: list = []
        self.threads: set[int] = set()
        self.ended = threading.Event()

    def wrap(self, run_export):
        def run(db, request, *, make_pdf=None, progress=None, cancellation=None):
            def report(value: int) -> None:
                self.threads.add(threading.get_ident())
                for hook in self.hooks:
                    hook(value)
                if progress is not None:
                    progress(value)

            try:
                return run_export(
                    db, request, make_pdf=make_pdf, progress=report, cancellation=cancellation
                )
            finally:
                self.ended.set()

        return run


@pytest.fixture
def job_progress(monkeypatch) -> JobProgress:
    """Hooks into the export as it runs, on its own thread."""
    watch = JobProgress()
    monkeypatch.setattr(dialog_module, "run_export", watch.wrap(exporting.run_export))
    return watch


def _dialog(workspace, jobs, **target) -> ExportDialog:
    facts = export_facts(workspace.db, pair_id=target.get("pair_id"),
                         conversation_id=target.get("conversation_id"))  # fmt: skip
    return ExportDialog(facts, jobs, workspace, **target)


@pytest.fixture
def history(engine):
    """The worded history of Ada and Ben."""
    return seed_history(engine)


@pytest.fixture
def dialog(qtbot, workspace, jobs, history, tmp_path):
    """The dialog for the pair's whole history, shown, saving into the test's folder."""
    shown = _dialog(workspace, jobs, pair_id=history.pair_id)
    qtbot.addWidget(shown)
    shown.path_edit.setText(str(tmp_path / "out" / "export.md"))
    (tmp_path / "out").mkdir()
    with qtbot.waitExposed(shown):
        shown.show()
    return shown


def _export_and_wait(qtbot, dialog, timeout=60_000):
    with qtbot.waitSignal(dialog.exported, timeout=timeout) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=timeout)
    return blocker.args[0]


def test_the_folder_offered_exists_even_without_a_documents_folder(
    qtbot, workspace, jobs, history, tmp_path, monkeypatch
):
    """A new account with no Documents folder is offered its home folder, and Export works
    straight away with the name suggested."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    offered = _dialog(workspace, jobs, pair_id=history.pair_id)
    qtbot.addWidget(offered)
    with qtbot.waitExposed(offered):
        offered.show()
    assert not (home / "Documents").exists()
    assert offered.path().parent == home
    path = _export_and_wait(qtbot, offered)
    assert path.parent == home and path.is_file()


def test_both_boxes_are_there_by_name_and_unticked(dialog):
    """Nothing beyond the shared notes goes out unless the user asks by name."""
    assert dialog.private_check.text() == "Include private notes"
    assert dialog.confidential_check.text() == "Include confidential notes"
    assert not dialog.private_check.isChecked()
    assert not dialog.confidential_check.isChecked()
    assert dialog.private_check.accessibleName() in ("", "Include private notes")


def test_ticking_a_box_changes_what_the_dialog_says_is_left_out(dialog, choose):
    """The live line follows the boxes: counts by kind, and "nothing" when all is asked for."""
    assert dialog.left_out_label.text() == "Left out: 2 private notes, 1 confidential note"
    choose(dialog.private_check)
    assert dialog.private_check.isChecked()
    assert dialog.left_out_label.text() == "Left out: 2 confidential notes"
    choose(dialog.confidential_check)
    assert dialog.left_out_label.text() == "Nothing will be left out."
    choose(dialog.private_check)
    assert dialog.left_out_label.text() == "Left out: 2 private notes"
    assert dialog.left_out_label.accessibleName() == dialog.left_out_label.text()


def test_the_suggested_file_is_named_after_the_pair_and_follows_the_format(
    qtbot, workspace, jobs, history, choose
):
    """belonging-<pair>-<date>.md; choosing PDF changes the extension, not the name."""
    pair_dialog = _dialog(workspace, jobs, pair_id=history.pair_id)
    qtbot.addWidget(pair_dialog)
    assert pair_dialog.path().name == f"belonging-ada-ben-{date.today().isoformat()}.md"
    conversation_dialog = _dialog(workspace, jobs, conversation_id=history.first_id)
    qtbot.addWidget(conversation_dialog)
    assert conversation_dialog.path().name == "belonging-ada-ben-2024-05-06.md"
    with qtbot.waitExposed(conversation_dialog):
        conversation_dialog.show()
    choose(conversation_dialog.pdf_radio)
    assert conversation_dialog.path().name == "belonging-ada-ben-2024-05-06.pdf"


def test_exporting_writes_the_shared_words_only_and_the_bar_reaches_100(qtbot, dialog, tmp_path):
    """Export with the defaults: the file has every shared word and no withheld one."""
    path = _export_and_wait(qtbot, dialog)
    assert path == tmp_path / "out" / "export.md"
    text = path.read_text(encoding="utf-8")
    assert all(word in text for word in SHARED_WORDS)
    assert not any(word in text for word in WITHHELD)
    assert dialog.progress_bar.value() == 100
    assert dialog.status_label.text() == f"Exported to {path}."
    assert dialog.cancel_button.text() == "Close"


def test_a_ticked_box_brings_its_notes_into_the_pdf(qtbot, dialog, tmp_path, choose):
    """PDF with private notes asked for: the private words are in, confidential ones out."""
    choose(dialog.pdf_radio)
    choose(dialog.private_check)
    path = _export_and_wait(qtbot, dialog)
    assert path.suffix == ".pdf"
    text = pdf_text(path.read_bytes())
    assert SHARED_WORD in text and PRIVATE_WORD in text
    assert CONFIDENTIAL_WORD not in text and BOTH_WORD not in text


def test_the_export_runs_off_the_ui_thread_while_the_window_keeps_responding(
    qtbot, workspace, jobs, engine, tmp_path, choose, job_progress
):
    """A long history to PDF: the work happens on another thread, and the UI thread's own
    timer keeps firing between the first progress report and the end."""
    pair_id = bulk_seed(engine, 300)
    dialog = _dialog(workspace, jobs, pair_id=pair_id)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "long.pdf"))
    with qtbot.waitExposed(dialog):
        dialog.show()
    choose(dialog.pdf_radio)
    reports: list[float] = []
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()

    dialog.progressed.connect(lambda _: reports.append(time.monotonic()))
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    timer.stop()
    assert job_progress.threads and threading.get_ident() not in job_progress.threads
    during = [tick for tick in ticks if reports[0] <= tick <= reports[-1]]
    assert len(during) >= 3
    assert dialog.progress_bar.value() == 100
    assert (tmp_path / "long.pdf").read_bytes().startswith(b"%PDF")


def test_cancel_stops_the_export_and_writes_nothing(qtbot, dialog, tmp_path, job_progress):
    """Pressing Cancel while it runs: the export stops, no file, and the dialog stays open."""
    gate = threading.Event()
    job_progress.hooks.append(lambda _: gate.wait(10))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.running
    assert not dialog.private_check.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert dialog.status_label.text() == "The export was stopped; nothing was written."
    assert not (tmp_path / "out" / "export.md").exists()
    assert dialog.isVisible() and dialog.private_check.isEnabled()


def test_cancelling_while_the_pdf_is_made_writes_nothing(
    qtbot, workspace, jobs, engine, tmp_path, choose, job_progress
):
    """A long history to PDF, Cancel pressed once the pages are under way (past reading):
    the export stops, the folder stays empty (no partial file), and the dialog can export
    again."""
    pair_id = bulk_seed(engine, 60)
    folder = tmp_path / "pdfs"
    folder.mkdir()
    dialog = _dialog(workspace, jobs, pair_id=pair_id)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(folder / "history.pdf"))
    with qtbot.waitExposed(dialog):
        dialog.show()
    choose(dialog.pdf_radio)
    making = threading.Event()
    gate = threading.Event()

    def hold_while_making(value: int) -> None:
        if 10 < value < 99:
            making.set()
            gate.wait(10)

    job_progress.hooks.append(hold_while_making)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(making.is_set, timeout=60_000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert dialog.status_label.text() == "The export was stopped; nothing was written."
    assert list(folder.iterdir()) == []
    assert dialog.export_button.isEnabled() and dialog.isVisible()


def test_closing_while_exporting_stops_first_then_closes(qtbot, dialog, tmp_path, job_progress):
    """Escape during an export does not leave a thread behind: it stops, then closes."""
    gate = threading.Event()
    job_progress.hooks.append(lambda _: gate.wait(10))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert not dialog.running
    assert not (tmp_path / "out" / "export.md").exists()


def test_deleting_the_dialog_mid_export_stops_the_export_without_a_crash(
    qtbot, workspace, jobs, history, tmp_path, job_progress
):
    """The window holding the dialog goes away while it exports: the export is told to
    stop, ends on its own, writes nothing, and what it reports back finds no dialog."""
    gate = threading.Event()
    dialog = _dialog(workspace, jobs, pair_id=history.pair_id)
    dialog.path_edit.setText(str(tmp_path / "gone.md"))
    job_progress.hooks.append(lambda _: gate.wait(10))
    dialog.export_button.click()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5_000)
    gate.set()
    assert job_progress.ended.wait(10)
    qtbot.waitUntil(lambda: not jobs.busy, timeout=5_000)
    assert not (tmp_path / "gone.md").exists()


def test_a_folder_that_does_not_exist_is_explained_before_anything_runs(qtbot, dialog, tmp_path):
    """A path in a missing folder is refused on the spot."""
    dialog.path_edit.setText(str(tmp_path / "missing" / "x.md"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.running
    assert dialog.status_label.text() == "Choose a file in a folder that exists."


def test_an_existing_file_is_pointed_out_before_it_is_replaced(qtbot, dialog, tmp_path):
    """Typing the name of an existing file warns that the export will replace it."""
    existing = tmp_path / "out" / "old.md"
    existing.write_text("old", encoding="utf-8")
    dialog.path_edit.setText(str(existing))
    assert "already a file with this name" in dialog.status_label.text()
    _export_and_wait(qtbot, dialog)
    assert SHARED_WORD in existing.read_text(encoding="utf-8")


def test_every_control_is_named_as_it_is_labelled(dialog):
    """A screen reader hears each control's visible label."""
    assert dialog.path_edit.accessibleName() == "Save as"
    assert dialog.progress_bar.accessibleName() == "Export progress"
    for button in (dialog.markdown_radio, dialog.html_radio, dialog.pdf_radio):
        assert button.accessibleName() in ("", button.text())
