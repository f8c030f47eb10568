"""What the Privacy settings do: re-key the notes off the UI thread and report back.

A re-keying runs as one job on the app's database thread (`submit` is the background
writer's), so nothing else writes meanwhile; its progress comes back through a queued signal.
When it is done, `opened.engine` is a new engine: `rekeyed` carries it for whoever holds the
old one (the app's `Services.db`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Signal, Slot

from belonging.storage.encryption.keys import WrongPassphraseError
from belonging.storage.encryption.passphrase import (
    RekeyProgress,
    RekeyResult,
    change_passphrase,
    remove_passphrase,
    set_passphrase,
)
from belonging.storage.faults import as_unavailable
from belonging.storage.opening.startup import OpenedDataFolder
from belonging.ui.privacy.jobs import Submit
from belonging.ui.privacy.lock_settings import read_lock_after, write_lock_after
from belonging.ui.privacy.privacy_dialog import PrivacyDialog


class PrivacyController(QObject):
    """Drives a `PrivacyDialog` over the open data folder.

    `can_rekey()` returns why re-keying must wait (a conversation in progress), or None.
    Signals: `rekeyed(engine)` once the notes are under the new key (or none);
    `lock_after_changed(minutes)` when the idle time is chosen.
    """

    rekeyed = Signal(object)
    lock_after_changed = Signal(int)
    _progressed = Signal(int, int)

    def __init__(
        self,
        view: PrivacyDialog,
        opened: OpenedDataFolder,
        submit: Submit,
        settings: QSettings,
        *,
        can_rekey: Callable[[], str | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.opened = opened
        self._submit = submit
        self._settings = settings
        self._can_rekey = can_rekey
        self.view.set_protected(opened.encrypted)
        self.view.set_lock_after(read_lock_after(settings))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.view.set_requested.connect(self._on_set_requested)
        self.view.change_requested.connect(self._on_change_requested)
        self.view.remove_requested.connect(self._on_remove_requested)
        self.view.lock_after_changed.connect(self._on_lock_after_changed)
        self._progressed.connect(self._on_progressed)

    @Slot(str)
    def _on_set_requested(self, passphrase: str) -> None:
        self._run(lambda progress: set_passphrase(self.opened, passphrase, progress=progress))

    @Slot(str, str)
    def _on_change_requested(self, current: str, new: str) -> None:
        self._run(lambda progress: change_passphrase(self.opened, current, new, progress=progress))

    @Slot(str)
    def _on_remove_requested(self, current: str) -> None:
        self._run(lambda progress: remove_passphrase(self.opened, current, progress=progress))

    def _run(self, rekey: Callable[[Callable[[RekeyProgress], None]], RekeyResult]) -> None:
        self.view.clear_fields()
        reason = self._can_rekey()
        if reason is not None:
            self.view.show_message(reason)
            return
        self.view.show_message("")
        self.view.set_working(True)

        def report(step: RekeyProgress) -> None:  # on the database thread
            self._progressed.emit(step.done, step.total)

        self._submit(lambda: rekey(report), self._on_done, self._on_failed)

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        self.view.set_progress(done, total)

    def _on_done(self, result: RekeyResult) -> None:
        self.view.set_working(False)
        self.view.set_protected(self.opened.encrypted)
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
        self.rekeyed.emit(self.opened.engine)

    def _on_failed(self, error: BaseException) -> None:
        self.view.set_working(False)
        self.view.set_protected(self.opened.encrypted)
        if isinstance(error, WrongPassphraseError):
            text = self.tr("The current passphrase is not right. Nothing was changed.")
        elif isinstance(error, ValueError):
            text = str(error)
        else:
            unavailable = as_unavailable(error, self.opened.data_dir)
            detail = str(unavailable) if unavailable is not None else str(error)
            text = self.tr("Nothing was changed: {detail}").format(detail=detail)
        self.view.show_message(text)
        # A failure after the engine was closed reopened the old file with a new engine.
        self.rekeyed.emit(self.opened.engine)

    @Slot(int)
    def _on_lock_after_changed(self, minutes: int) -> None:
        write_lock_after(self._settings, minutes)
        self.lock_after_changed.emit(minutes)
