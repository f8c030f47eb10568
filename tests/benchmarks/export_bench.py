"""Exporting the history of the pair of 1,000 conversations to PDF, from the export dialog.

The app runs in this process; the dialog is opened on its window as the pair page opens it,
PDF chosen, a file named, Export clicked. Measured: the time until the dialog says the file
was written, every value the progress bar showed (it must move, in order, to 100), and the
heartbeat's longest stall of the UI thread meanwhile (is the window responsive?).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from belonging.application.export import export_facts
from belonging.ui.export.export_dialog import ExportDialog

from .app_driver import RunningApp, click, wait_until
from .heartbeat import Heartbeat

TIMEOUT_S = 900


@dataclass
class ExportResult:
    """What exporting showed."""

    seconds: float
    progress_values: list[int]
    longest_stall_ms: float
    longest_stall_busy_ms: float
    gaps_over_16ms: int
    gaps_over_100ms: int
    file_mb: float
    pages: int
    gaps: list[float] = field(default_factory=list, repr=False)

    @property
    def progress_in_order(self) -> bool:
        """Whether the bar only moved forward and ended full."""
        values = self.progress_values
        return bool(values) and values == sorted(values) and values[-1] == 100


def measure_export(data_dir: Path, pair_id: int, out_dir: Path) -> ExportResult:
    """Exports the pair's whole history to a PDF in `out_dir` and measures (see above)."""
    app = RunningApp(data_dir)
    try:
        workspace = app.controller.workspace
        facts = export_facts(workspace.db, pair_id=pair_id, conversation_id=None)
        dialog = ExportDialog(
            facts, app.controller.jobs, workspace, pair_id=pair_id, parent=app.window
        )
        dialog.open()
        wait_until(dialog.isVisible, what="the export dialog")
        click(dialog.pdf_radio)
        target = out_dir / "history.pdf"
        target.unlink(missing_ok=True)
        dialog.path_edit.setText(str(target))
        return _export(dialog, target)
    finally:
        app.close()


def _export(dialog: ExportDialog, target: Path) -> ExportResult:
    values: list[int] = []
    finished: list[float] = []
    dialog.progress_bar.valueChanged.connect(values.append)
    dialog.exported.connect(lambda _path: finished.append(time.perf_counter()))
    heartbeat = Heartbeat()
    loop = QEventLoop()
    started = time.perf_counter()

    def check() -> None:
        failed = not dialog.running and not finished and time.perf_counter() - started > 1
        if finished or failed or time.perf_counter() - started > TIMEOUT_S:
            loop.quit()

    watcher = QTimer()
    watcher.setInterval(50)
    watcher.timeout.connect(check)
    heartbeat.start()
    watcher.start()
    click(dialog.export_button)
    loop.exec()
    heartbeat.stop()
    watcher.stop()
    if not finished:
        raise RuntimeError(f"the export did not finish: {dialog.status_label.text()!r}")
    wait_until(lambda: not dialog.running, what="the export job to end")
    dialog.close()
    data = target.read_bytes()
    longest = heartbeat.longest()
    gaps = heartbeat.gaps[1:]
    return ExportResult(
        seconds=finished[0] - started,
        progress_values=values,
        longest_stall_ms=heartbeat.gaps[longest],
        longest_stall_busy_ms=heartbeat.busy[longest],
        gaps_over_16ms=sum(1 for gap in gaps if gap > 16),
        gaps_over_100ms=sum(1 for gap in gaps if gap > 100),
        file_mb=len(data) / 2**20,
        pages=data.count(b"/Type /Page\n") or data.count(b"/Type /Page"),
        gaps=gaps,
    )
