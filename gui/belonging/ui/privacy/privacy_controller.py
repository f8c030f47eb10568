"""What the Privacy settings do: re-key the notes off the UI thread and report back.

A re-keying runs as one write job of the app's job runner (on the database thread), so
nothing else writes meanwhile; its progress comes back through the runner's `relay`. When it
is done the workspace's engine is a new one, which every controller reads from it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Signal, Slot

from belonging.application.privacy import (
    RekeyProgress,
    RekeyResult,
    WrongPassphraseError,
    change_passphrase,
    remove_passphrase,
    set_passphrase,
    unavailable_text,
)
from belonging.application.workspace import Workspace
from belonging.ui.jobs import JobRunner
from belonging.ui.privacy.lock_settings import read_lock_after, write_lock_after
from belonging.ui.privacy.privacy_dialog import PrivacyDialog


class PrivacyController(QObject):
    """Drives a `PrivacyDialog` over the open data folder.

    `can_rekey()` returns why re-keying must wait (a conversation in progress), or None.
    Signals: `rekeyed()` once the notes are under the new key (or none), or back under the
    old one after a failure; `lock_after_changed(minutes)` when the idle time is chosen.
    """

    rekeyed = Signal()
    lock_after_changed = Signal(int)

    def __init__(
        self,
        view: PrivacyDialog,
        workspace: Workspace,
        jobs: JobRunner,
        settings: QSettings,
        *,
        can_rekey: Callable[[], str | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.workspace = workspace
        self._jobs = jobs
        self._settings = settings
        self._can_rekey = can_rekey
        self.view.set_protected(workspace.encrypted)
        self.view.set_lock_after(read_lock_after(settings))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.view.set_requested.connect(self._on_set_requested)
        self.view.change_requested.connect(self._on_change_requested)
        self.view.remove_requested.connect(self._on_remove_requested)
        self.view.lock_after_changed.connect(self._on_lock_after_changed)

    @Slot(str)
    def _on_set_requested(self, passphrase: str) -> None:
        self._run(lambda progress: set_passphrase(self.workspace, passphrase, progress))

    @Slot(str, str)
    def _on_change_requested(self, current: str, new: str) -> None:
        self._run(lambda progress: change_passphrase(self.workspace, current, new, progress))

    @Slot(str)
    def _on_remove_requested(self, current: str) -> None:
        self._run(lambda progress: remove_passphrase(self.workspace, current, progress))

    def _run(self, rekey: Callable[[Callable[[RekeyProgress], None]], RekeyResult]) -> None:
        self.view.clear_fields()
        reason = self._can_rekey()
        if reason is not None:
            self.view.show_message(reason)
            return
        self.view.show_message("")
        self.view.set_working(True)

        progressed = self._jobs.relay(self._on_progressed)

        def report(step: RekeyProgress) -> None:  # on the database thread
            progressed(step.done, step.total)

        self._jobs.write(lambda: rekey(report), self._on_done, self._on_failed)

    def _on_progressed(self, done: int, total: int) -> None:
        self.view.set_progress(done, total)

    def _on_done(self, result: RekeyResult) -> None:
        self.view.set_working(False)
        self.view.set_protected(self.workspace.encrypted)
        if result.encrypted:
            text = self.tr("Done. Your notes and their backups are encrypted with the passphrase.")
        else:
            text = self.tr("Done. Your notes are no longer protected by a passphrase.")
        if result.left_plaintext:
            names = ", ".join(path.name for path in result.left_plaintext)
            text += " " + self.tr(
                "These damaged copies could not be encrypted and are still readable; delete "
                "them if you do not need them: {names}"
            ).format(names=names)
        self.view.show_message(text)
        self.rekeyed.emit()

    def _on_failed(self, error: BaseException) -> None:
        self.view.set_working(False)
        self.view.set_protected(self.workspace.encrypted)
        if isinstance(error, WrongPassphraseError):
            text = self.tr("The current passphrase is not right. Nothing was changed.")
        elif isinstance(error, ValueError):
            text = str(error)
        else:
            detail = unavailable_text(error, self.workspace.data_dir) or str(error)
            text = self.tr("Nothing was changed: {detail}").format(detail=detail)
        self.view.show_message(text)
        # A failure after the engine was closed reopened the old file with a new engine.
        self.rekeyed.emit()

    @Slot(int)
    def _on_lock_after_changed(self, minutes: int) -> None:
        write_lock_after(self._settings, minutes)
        self.lock_after_changed.emit(minutes)
