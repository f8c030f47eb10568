"""Locking the window: on demand (Ctrl+L, a menu item) and after a chosen idle time.

Locked, the window's content is taken out of it and replaced by a `LockPage`; open dialogs of
the window are hidden too, and the title no longer says anything but the app's name. With a
passphrase, unlocking asks for it, checked off the UI thread (the check takes a fraction of a
second on purpose); without one, a button unlocks. Locking does not close the database: it
guards against someone glancing at or using an unattended computer, not against someone who
can read the computer's memory.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from belonging.ui.accessibility import announce
from belonging.ui.privacy.idle_watcher import IdleWatcher
from belonging.ui.privacy.jobs import Submit
from belonging.ui.privacy.lock_page import LockPage

LOCK_KEYS = "Ctrl+L"


class PassphraseCheck(Protocol):
    """What the lock needs to know of the notes; the application's `Workspace` is one."""

    @property
    def encrypted(self) -> bool:
        """Whether the notes have a passphrase."""
        ...

    def passphrase_matches(self, passphrase: str) -> bool:
        """Whether `passphrase` is theirs."""
        ...


class WindowLock(QObject):
    """Locks and unlocks `window`.

    `lock_action` is the "Lock" menu item (Ctrl+L): the window's own when `action` is given
    (the main window's File ▸ Lock), else one made here and added to the window. `idle`
    locks after the time given to `set_idle_minutes`. Signals: `locked()` (pause a
    conversation here) and `unlocked()`.
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: QMainWindow,
        notes: PassphraseCheck,
        submit: Submit,
        *,
        action: QAction | None = None,
        parent: QObject | None = None,
    ) -> None:
        # Owned by the window, so it cannot outlive what it guards.
        super().__init__(parent if parent is not None else window)
        self.window = window
        self.lock_action = action
        self.notes = notes
        self._submit = submit
        self._content: QWidget | None = None
        self._hidden_dialogs: list[QDialog] = []
        self._focus: QWidget | None = None
        self._title = ""
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.page = LockPage()
        self.page.hide()
        if self.lock_action is None:
            self.lock_action = QAction(self.tr("&Lock"), self.window)
            self.lock_action.setShortcut(QKeySequence(LOCK_KEYS))
            self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.window.addAction(self.lock_action)
        self.idle = IdleWatcher(self)

    def _connect_signals(self) -> None:
        self.lock_action.triggered.connect(self.lock)
        self.idle.idle.connect(self.lock)
        self.page.unlock_requested.connect(self._on_unlock_requested)

    @property
    def is_locked(self) -> bool:
        """Whether the window is locked now."""
        return self._content is not None

    def shutdown(self) -> None:
        """Stops the idle count and watching input; the app calls it as it closes."""
        self.idle.stop()

    def set_idle_minutes(self, minutes: int) -> None:
        """Lock after `minutes` without input (0: never)."""
        self.idle.set_minutes(minutes)

    @Slot()
    def lock(self) -> None:
        """Hides everything the window shows; harmless when already locked."""
        if self.is_locked:
            return
        self.idle.pause()
        self._focus = QApplication.focusWidget()
        self._hidden_dialogs = [
            dialog for dialog in self.window.findChildren(QDialog) if dialog.isVisible()
        ]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        self._content = self.window.takeCentralWidget()
        if self._content is not None:
            self._content.hide()
        self._title = self.window.windowTitle()
        self.window.setWindowTitle(self.tr("Belonging (locked)"))
        self.page.set_protected(self.notes.encrypted)
        self.page.set_busy(False)
        self.window.setCentralWidget(self.page)
        self.page.show()
        self.page.focus_first()
        announce(self.page, f"{self.page.title_label.text()}. {self.page.detail_label.text()}")
        self.lock_action.setEnabled(False)
        self.locked.emit()

    def unlock(self) -> None:
        """Puts everything back as it was, dialogs included."""
        if not self.is_locked:
            return
        content, self._content = self._content, None
        page = self.window.takeCentralWidget()
        if page is not None:
            page.hide()
            page.setParent(None)
        self.window.setCentralWidget(content)
        content.show()
        self.window.setWindowTitle(self._title)
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs = []
        focus, self._focus = self._focus, None
        if focus is not None and focus.isVisible():
            focus.setFocus()
        self.lock_action.setEnabled(True)
        self.idle.resume()
        self.unlocked.emit()

    @Slot(str)
    def _on_unlock_requested(self, passphrase: str) -> None:
        if not self.notes.encrypted:
            self.unlock()
            return
        if not passphrase:
            self.page.show_wrong(self.tr("Type the passphrase to unlock."))
            return
        self.page.set_busy(True)
        self._submit(
            lambda: self.notes.passphrase_matches(passphrase),
            self._on_checked,
            self._on_check_failed,
        )

    def _on_checked(self, matches: bool) -> None:
        if not self.is_locked:
            return
        if matches:
            self.page.passphrase_field.clear()
            self.unlock()
        else:
            self.page.show_wrong(self.tr("That is not the passphrase. Try again."))

    def _on_check_failed(self, error: BaseException) -> None:
        self.page.show_wrong(
            self.tr("The passphrase could not be checked: {error}").format(error=error)
        )
