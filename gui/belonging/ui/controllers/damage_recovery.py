"""Damage met while the app runs, led to the same choice as a damaged file at start.

A start on the same day as the last reads only the header of a file that closed cleanly, and
a page can go bad while the app runs, so a read or a save can be the first to meet a damaged
page (`JobRunner.damage_met`, `Navigator.damage_met`). Then the whole file is checked on the
database thread (`application.opening.check_for_damage`); when it is damaged, nothing more
is read from it or written to it, and the person gets the dialog a start gives: the newest
good backup, an empty start, or Quit.

The words of a conversation in progress are not lost with it. The backup is older than the
conversation, whose pair may not even be in it, so its notes are not written into the
recovered file as if they belonged there; they are shown, as they were on screen, for the
person to copy (`KeptWordsDialog`) — after the recovered window appears, or before Quit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from belonging.ui.dialogs.kept_words_dialog import KeptNote, KeptWordsDialog, kept_notes

if TYPE_CHECKING:
    from belonging.application.opening import DatabaseDamagedError, RecoveryChoice
    from belonging.application.workspace import Workspace
    from belonging.ui.controllers.app_controller import AppController


class DamageRecovery(QObject):
    """Checks, offers and carries out the recovery for `app` (see the module docstring).

    `met()` is called whenever a job ran into damage; the check runs once per open data
    folder. Signals: `recovered(workspace)` (the app rebuilds its window on it) and
    `quit_requested()` (the person chose Quit). `dialog` and `kept_words` are the open
    dialogs, for the person (and the tests) to answer.
    """

    recovered = Signal(object)
    quit_requested = Signal()

    def __init__(self, app: AppController) -> None:
        super().__init__(app)
        self._app = app
        self._checked: Workspace | None = None
        self._notes: tuple[KeptNote, ...] = ()
        self.dialog: QWidget | None = None
        self.kept_words: KeptWordsDialog | None = None

    @Slot()
    def met(self) -> None:
        """A read or a save ran into damage: check the whole file, once."""
        from belonging.application.opening import check_for_damage

        workspace = self._app.workspace
        if workspace is None or workspace is self._checked or self._app.closing:
            return
        # Once per data folder: a file the check finds sound is not read in full again
        # every time the save loop retries.
        self._checked = workspace
        self._app.jobs.write(
            lambda: check_for_damage(workspace), self._on_checked, lambda _error: None
        )

    def _on_checked(self, damaged: DatabaseDamagedError | None) -> None:
        from belonging.ui.dialogs import startup_dialogs

        app = self._app
        if damaged is None or app.closing:
            if damaged is not None:
                damaged.release()
            return
        live = app.navigator.live if app.navigator is not None else None
        self._notes = kept_notes(live) if live is not None else ()
        app.let_go_of_damaged()
        self.dialog = startup_dialogs.show_damaged(
            app.window,
            damaged,
            lambda choice: self._on_choice(damaged, choice),
            words_kept=bool(self._notes),
        )

    def _on_choice(self, damaged: DatabaseDamagedError, choice: RecoveryChoice | None) -> None:
        from belonging.application.opening import recover_workspace

        if choice is None:
            damaged.release()
            self._show_kept_words(then=self.quit_requested.emit)
            return
        builtin, clock = self._app.builtin_scripts, self._app.clock
        self._app.jobs.write(
            lambda: recover_workspace(damaged, choice, builtin_scripts=builtin, clock=clock),
            self._on_recovered,
            self._on_recovery_failed,
        )

    def _on_recovered(self, workspace: Workspace) -> None:
        self.recovered.emit(workspace)
        told = self._app.dialog
        if told is not None and told.isVisible():
            told.finished.connect(lambda _code: self._show_kept_words())
        else:
            self._show_kept_words()

    def _on_recovery_failed(self, error: BaseException) -> None:
        self._show_kept_words(then=lambda: self._app.open_failed(error))

    def _show_kept_words(self, then=None) -> None:
        """Shows the kept words (if any), and calls `then()` once they are closed."""
        if not self._notes:
            if then is not None:
                then()
            return
        window = self._app.window
        dialog = KeptWordsDialog(self._notes, window)
        if window is not None:
            dialog.set_shared_screen(window.is_shared_screen())
            window.shared_screen_changed.connect(dialog.set_shared_screen)
        if then is not None:
            dialog.finished.connect(lambda _code: then())
        self.kept_words = dialog
        dialog.open()
