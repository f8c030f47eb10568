"""The Export… dialog, used as a person would: choose, tick, export, watch, cancel."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer

from belonging.storage.database import create_database_engine
from belonging.storage.migrations import upgrade_to_head
from belonging.ui.export.export_dialog import ExportDialog
from belonging.ui.export.export_worker import running_exports
from export_support import (
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


@pytest.fixture(autouse=True)
def _no_export_left_running(qtbot):
    """Each test ends with every export thread ended, so none outlives its test."""
    yield
    qtbot.waitUntil(lambda: running_exports() == 0, timeout=10_000)


@pytest.fixture
def engine(tmp_path):
    """A database file like the app's, at the current schema."""
    engine = create_database_engine(tmp_path / "belonging.sqlite3")
    upgrade_to_head(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def history(engine):
    """The worded history of Ada and Ben."""
    return seed_history(engine)


@pytest.fixture
def dialog(qtbot, engine, history, tmp_path):
    """The dialog for the pair's whole history, shown, saving into the test's folder."""
    shown = ExportDialog(engine, pair_id=history.pair_id)
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
    qtbot, engine, history, choose
):
    """belonging-<pair>-<date>.md; choosing PDF changes the extension, not the name."""
    pair_dialog = ExportDialog(engine, pair_id=history.pair_id)
    qtbot.addWidget(pair_dialog)
    assert pair_dialog.path().name == f"belonging-ada-ben-{date.today().isoformat()}.md"
    conversation_dialog = ExportDialog(engine, conversation_id=history.first_id)
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
    qtbot, engine, tmp_path, choose
):
    """A long history to PDF: the work happens on another thread, and the UI thread's own
    timer keeps firing between the first progress report and the end."""
    pair_id = bulk_seed(engine, 300)
    dialog = ExportDialog(engine, pair_id=pair_id)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "long.pdf"))
    with qtbot.waitExposed(dialog):
        dialog.show()
    choose(dialog.pdf_radio)
    worker_threads: set[int] = set()
    reports: list[float] = []
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()

    def started(worker):
        worker.progress.connect(
            lambda _: worker_threads.add(threading.get_ident()),
            Qt.ConnectionType.DirectConnection,
        )
        worker.progress.connect(lambda _: reports.append(time.monotonic()))

    dialog.export_started.connect(started)
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    timer.stop()
    assert worker_threads and threading.get_ident() not in worker_threads
    during = [tick for tick in ticks if reports[0] <= tick <= reports[-1]]
    assert len(during) >= 3
    assert dialog.progress_bar.value() == 100
    assert (tmp_path / "long.pdf").read_bytes().startswith(b"%PDF")


def test_cancel_stops_the_export_and_writes_nothing(qtbot, dialog, tmp_path):
    """Pressing Cancel while it runs: the export stops, no file, and the dialog stays open."""
    gate = threading.Event()
    dialog.export_started.connect(
        lambda worker: worker.progress.connect(
            lambda _: gate.wait(10), Qt.ConnectionType.DirectConnection
        )
    )
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.running
    assert not dialog.private_check.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert dialog.status_label.text() == "The export was stopped; nothing was written."
    assert not (tmp_path / "out" / "export.md").exists()
    assert dialog.isVisible() and dialog.private_check.isEnabled()


def test_cancelling_while_the_pdf_is_made_writes_nothing(qtbot, engine, tmp_path, choose):
    """A long history to PDF, Cancel pressed once the pages are under way (past reading):
    the export stops, the folder stays empty (no partial file), and the dialog can export
    again."""
    pair_id = bulk_seed(engine, 60)
    folder = tmp_path / "pdfs"
    folder.mkdir()
    dialog = ExportDialog(engine, pair_id=pair_id)
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

    dialog.export_started.connect(
        lambda worker: worker.progress.connect(
            hold_while_making, Qt.ConnectionType.DirectConnection
        )
    )
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(making.is_set, timeout=60_000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert dialog.status_label.text() == "The export was stopped; nothing was written."
    assert list(folder.iterdir()) == []
    assert dialog.export_button.isEnabled() and dialog.isVisible()


def test_closing_while_exporting_stops_first_then_closes(qtbot, dialog, tmp_path):
    """Escape during an export does not leave a thread behind: it stops, then closes."""
    gate = threading.Event()
    dialog.export_started.connect(
        lambda worker: worker.progress.connect(
            lambda _: gate.wait(10), Qt.ConnectionType.DirectConnection
        )
    )
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert not dialog.running
    assert not (tmp_path / "out" / "export.md").exists()


def test_deleting_the_dialog_mid_export_stops_the_export_without_a_crash(
    qtbot, engine, history, tmp_path
):
    """The window holding the dialog goes away while it exports: the thread is told to
    stop, ends on its own, and writes nothing."""
    gate = threading.Event()
    finished = threading.Event()
    dialog = ExportDialog(engine, pair_id=history.pair_id)
    dialog.path_edit.setText(str(tmp_path / "gone.md"))

    def follow(worker):
        worker.progress.connect(lambda _: gate.wait(10), Qt.ConnectionType.DirectConnection)
        worker.done.connect(finished.set, Qt.ConnectionType.DirectConnection)

    dialog.export_started.connect(follow)
    dialog.export_button.click()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5_000)
    gate.set()
    assert finished.wait(10)
    qtbot.waitUntil(lambda: running_exports() == 0, timeout=5_000)
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
