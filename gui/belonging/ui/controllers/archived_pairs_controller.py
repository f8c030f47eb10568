"""File ▸ Archived pairs: reads the pairs put away, opens one's page or brings it back."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from belonging.application.corrections import archive_pair, read_archived_pairs
from belonging.ui.controllers.services import Services
from belonging.ui.dialogs.archived_pairs_dialog import ArchivedPairsDialog


class ArchivedPairsController(QObject):
    """Opens the Archived pairs dialog over `window` (`open()`); `dialog` while it is open.
    Signals: `pair_open_requested(pair_id)`, `brought_back(pair_id)`."""

    pair_open_requested = Signal(object)
    brought_back = Signal(object)

    def __init__(self, window: QWidget, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        self._services = services
        self.dialog: ArchivedPairsDialog | None = None

    def open(self) -> ArchivedPairsDialog:
        """Shows the dialog and fills it once the pairs are read."""
        if self.dialog is None:
            dialog = self.dialog = ArchivedPairsDialog(self._window)
            dialog.open_requested.connect(self._on_open_requested)
            dialog.bring_back_requested.connect(self._on_bring_back_requested)
            dialog.finished.connect(self._on_finished)
            dialog.open()
        self._read()
        return self.dialog

    def _read(self) -> None:
        workspace = self._services.workspace

        def fill(rows) -> None:
            if self.dialog is not None:
                self.dialog.set_pairs(rows)

        self._services.jobs.read(lambda: read_archived_pairs(workspace), fill)

    @Slot(object)
    def _on_open_requested(self, pair_id: Hashable) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self.pair_open_requested.emit(pair_id)

    @Slot(object)
    def _on_bring_back_requested(self, pair_id: Hashable) -> None:
        workspace = self._services.workspace

        def done(_result: object) -> None:
            self._read()
            self.brought_back.emit(pair_id)

        self._services.jobs.write(
            lambda: archive_pair(workspace, int(pair_id), False),  # type: ignore[call-overload]
            done,
        )

    @Slot()
    def _on_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
