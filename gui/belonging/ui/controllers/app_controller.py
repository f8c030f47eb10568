"""The app from start to quit: open the data folder, build the window, join the controllers,
and save everything before the window closes.

Opening (lock, integrity check, daily backup, migration) and reading the script library run
on the database thread (`application.opening`). The window does not wait for them: a first
look at the data (`application.first_look`, read-only) shows Home at once, at every start
that can be read without writing — the first of the day, after a crash, after an update,
with a conversation to continue — and for encrypted notes as soon as the passphrase is
checked; the rest joins it when ready (a click meanwhile is kept and carried out then, unless
an unfinished conversation's offer must come first). Damage the check finds is offered the
usual recovery over that window. Only a new or unreadable folder waits for the opening. A
start that cannot open its data says why in a dialog (see `ui.dialogs.startup_dialogs`) and
ends with exit code 1.
Encrypted notes are asked for their passphrase first (`ui.privacy`); once open, File ▸
Privacy sets, changes or removes it, and File ▸ Lock (or the chosen idle time) hides the
window's content.

Storage (SQLAlchemy, SQLModel), the scripts and the controllers of the other pages are
imported where they are first used, not at the top: loading them took two thirds of a start,
and the first look needs none of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from belonging.application.first_look import (
    AlreadyRunningError,
    FirstHome,
    InstanceLock,
    first_home,
)
from belonging.languages import DEFAULT_LANGUAGE
from belonging.ui.first_home import EarlyClicks, after_first_paint, first_listing
from belonging.ui.jobs import JobRunner
from belonging.ui.main_window import MainWindow
from belonging.ui.pages import Page
from belonging.ui.settings import Settings
from belonging.ui.shortcuts import Command
from belonging.ui.theme import ThemeManager

if TYPE_CHECKING:
    from belonging.application.opening import DatabaseDamagedError, RecoveryChoice
    from belonging.application.workspace import Workspace
    from belonging.core.engine import Clock
    from belonging.ui.controllers.damage_recovery import DamageRecovery
    from belonging.ui.controllers.navigator import Navigator
    from belonging.ui.controllers.services import Services
    from belonging.ui.privacy.privacy_controller import PrivacyController
    from belonging.ui.privacy.privacy_dialog import PrivacyDialog
    from belonging.ui.privacy.startup_unlock import StartupUnlock
    from belonging.ui.privacy.window_lock import WindowLock


class AppController(QObject):
    """Starts Belonging on `data_dir` and keeps it running.

    `start()` begins opening; `window` exists once `opened` has been emitted. `exit_code` is
    set and `failed(code)` emitted when the start gives up, or (code 0) when the first look's
    window was closed before the folder finished opening (`run_app` then ends the event
    loop with that code). `clock` is what the conversation engine reads (tests pass a
    `ManualClock`); `builtin_scripts` replaces the built-in folder; `language` is the one
    the window speaks (see `ui.language`), in which the built-in scripts are offered.
    """

    opened = Signal()
    failed = Signal(int)

    def __init__(
        self,
        data_dir: Path,
        *,
        theme: ThemeManager | None = None,
        clock: Clock | None = None,
        builtin_scripts: Path | None = None,
        language: str = DEFAULT_LANGUAGE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.theme = theme
        self.clock: Clock | None = clock
        self._builtin_scripts = builtin_scripts
        self.language = language
        self.jobs = JobRunner(self)
        #: Taken before the first look, so no other Belonging changes the data meanwhile,
        #: and handed to the full opening.
        self._lock = InstanceLock(self.data_dir)
        self._settings: Settings | None = None
        self._early_clicks: EarlyClicks | None = None
        #: Whether the first look found a conversation left unfinished.
        self._first_unfinished = False
        self.window: MainWindow | None = None
        self.workspace: Workspace | None = None
        self.services: Services | None = None
        self.navigator: Navigator | None = None
        self.dialog: QMessageBox | None = None
        self.unlock: StartupUnlock | None = None
        self.lock: WindowLock | None = None
        self.privacy: PrivacyController | None = None
        #: Leads damage met while the app runs to the recovery (made once the app is open).
        self.damage: DamageRecovery | None = None
        self.exit_code: int | None = None
        self._rekeying_told = False
        self._closed = False
        #: The first look's window was closed before the data folder finished opening.
        self._quit_when_open = False

    @property
    def builtin_scripts(self) -> Path | None:
        """The built-in scripts folder this app was given (None: the one that ships)."""
        return self._builtin_scripts

    @property
    def closing(self) -> bool:
        """Whether the app has closed, or is closing, its data folder."""
        return self._closed

    # Opening ----------------------------------------------------------------------------------

    def start(self) -> None:
        """Shows Home from a first look at the data when it can, then opens the data folder
        and loads the scripts off the UI thread."""
        window = self._show_first_look()
        if window is not None:
            # After the window's first paint: the opening's imports, on the other thread,
            # would hold Python's lock while the window draws and only delay it.
            after_first_paint(window, self._open_in_background)
        else:
            self._open_in_background()

    def _open_in_background(self) -> None:
        self.jobs.write(
            lambda: self._open(None, False),
            on_result=self._on_opened,
            on_error=self._on_open_failed,
        )

    def _show_first_look(self) -> MainWindow | None:
        """Shows the window on Home, listing the pairs read by the first look, and returns
        it; None when this start must wait for the full opening instead."""
        try:
            self._lock.acquire()
        except (AlreadyRunningError, OSError):
            return None  # the full opening says why, in its dialog
        home = first_home(self.data_dir)
        return None if home is None else self._show_first_home(home)

    def _show_first_home(self, home: FirstHome) -> MainWindow | None:
        """Shows the window on Home as the first look read it (on the UI thread)."""
        if self.window is not None or self._closed:
            return None
        window = MainWindow(self._settings_once(), self.theme)
        first_listing(window.home, home.rows, self._settings_once())
        self._early_clicks = EarlyClicks(window.home, self)
        self._first_unfinished = home.unfinished
        self.window = window
        if self.unlock is not None:
            # The passphrase opened the notes: Home replaces the prompt while the check runs.
            self.unlock.prompt.hide()
        window.closing.connect(self._on_closed_before_open)
        window.show()
        return window

    def _on_closed_before_open(self) -> None:
        """Quit (Ctrl+Q, the window's close button) while the check still runs: the opening
        is let finish — nothing is cut off mid-backup — and then the app ends, the folder
        closed cleanly, instead of the window coming back."""
        if self.navigator is None:
            self._quit_when_open = True

    def _settings_once(self) -> Settings:
        if self._settings is None:
            self._settings = Settings(self.data_dir)
        return self._settings

    def _open(self, passphrase: str | None, passphrase_never_set: bool) -> Workspace:
        """Runs on the database thread: the data folder open, and the scripts read."""
        # Only the application layer, storage and the scripts load here, never a Qt module:
        # Qt's Python bindings build their types and enums lazily, and nothing says they may
        # do so from two threads at once.
        from belonging.application.opening import open_workspace

        return open_workspace(
            self.data_dir,
            lock=self._lock,
            passphrase=passphrase,
            passphrase_never_set=passphrase_never_set,
            builtin_scripts=self._builtin_scripts,
            clock=self.clock,
            language=self.language,
            on_first_home=self._show_first_home_later,
        )

    def _show_first_home_later(self, home: FirstHome) -> None:
        """Any thread: shows Home from a first look at encrypted notes on the UI thread."""
        self.jobs.relay(self._show_first_home)(home)

    def open_failed(self, error: BaseException) -> None:
        """Says why the data folder could not be opened, and offers what can be done."""
        self._on_open_failed(error)

    def _on_open_failed(self, error: BaseException) -> None:
        from belonging.application.opening import DatabaseDamagedError, PassphraseRequiredError
        from belonging.ui.dialogs import startup_dialogs
        from belonging.ui.privacy.startup_unlock import StartupUnlock

        parent = self.window
        if isinstance(error, PassphraseRequiredError):
            # A change of passphrase cut short and settled by this start is said before the
            # person types the passphrase it replaced, and not again once the notes are open.
            self._rekeying_told = error.rekeying is not None
            note = startup_dialogs.rekeying_text(error.rekeying) if error.rekeying else ""
            self.unlock = StartupUnlock(
                self._open,
                self.jobs.write,
                on_opened=self._on_opened,
                on_error=self._on_open_failed,
                on_quit=self._give_up,
                note=note,
                parent=self,
            )
            self.unlock.start()
            return
        if isinstance(error, DatabaseDamagedError):
            self.dialog = startup_dialogs.show_damaged(
                parent, error, lambda choice: self._on_damaged_choice(error, choice)
            )
            return
        self.dialog = startup_dialogs.show_cannot_open(parent, error, self.data_dir, self._give_up)

    def _on_damaged_choice(
        self, error: DatabaseDamagedError, choice: RecoveryChoice | None
    ) -> None:
        from belonging.application.opening import recover_workspace

        if choice is None:
            error.release()
            self._give_up()
            return
        builtin, clock, language = self._builtin_scripts, self.clock, self.language
        self.jobs.write(
            lambda: recover_workspace(
                error, choice, builtin_scripts=builtin, clock=clock, language=language
            ),
            on_result=self._on_opened,
            on_error=self._on_open_failed,
        )

    def _give_up(self) -> None:
        self.exit_code = 1
        self.jobs.shutdown()
        self._lock.release()
        if self.window is not None:
            self.window.hide()  # showing the first look: no one is to work in it now
        self.failed.emit(1)

    def _on_opened(self, workspace: Workspace) -> None:
        from belonging.ui.controllers.damage_recovery import DamageRecovery
        from belonging.ui.controllers.navigator import Navigator
        from belonging.ui.controllers.services import Services
        from belonging.ui.dialogs import startup_dialogs

        if self._closed:  # the window was closed while the data folder was opening
            workspace.close()
            return
        if self._quit_when_open:
            self.workspace = workspace
            self.close()
            self.exit_code = 0
            self.failed.emit(0)
            return
        retired = self._retire_window() if self.navigator is not None else None
        self.workspace = workspace
        self.clock = workspace.clock
        settings = self._settings_once()
        window = self.window or MainWindow(settings, self.theme)
        self.window = window
        self.services = Services(
            workspace=workspace,
            jobs=self.jobs,
            settings=settings,
            is_shared_screen=window.is_shared_screen,
        )
        early_clicks, self._early_clicks = self._early_clicks, None
        if early_clicks is not None:
            early_clicks.stop_holding()
        self.navigator = Navigator(window, self.services, self)
        window.set_close_guard(self._may_close)
        window.closing.connect(self._on_window_closing)
        self._join_privacy(window, workspace, settings)
        if self.damage is None:
            self.damage = DamageRecovery(self)
            self.damage.recovered.connect(self._on_opened)
            self.damage.quit_requested.connect(self._give_up)
            self.jobs.damage_met.connect(self.damage.met)
        self.navigator.damage_met.connect(self.damage.met)
        window.show()
        if retired is not None:
            # After the new one is shown, so the app is never without a window; it goes
            # when the last reference to it does.
            retired.hide()
        self.navigator.home.show()
        opened = workspace.opened
        rekeying = None if self._rekeying_told else opened.rekeying
        news = (opened.kept_aside, opened.restored_from, rekeying, opened.log_kept_aside)
        if any(item is not None for item in news):
            self.dialog = startup_dialogs.show_recovered(
                window,
                opened.kept_aside,
                opened.restored_from,
                rekeying=rekeying,
                log_kept_aside=opened.log_kept_aside,
            )
        self.opened.emit()
        if early_clicks is not None and self._first_unfinished:
            early_clicks.let_go()
        elif early_clicks is not None:
            early_clicks.carry_out()

    def let_go_of_damaged(self) -> None:
        """The open database is damaged: nothing more is read from it or written to it, and
        closing will not vouch for it as cleanly closed. The folder's lock is kept. The words
        on screen stay there, and the save line keeps saying they are not saved."""
        if self.lock is not None:
            self.lock.shutdown()
            self.lock = None
        if self.navigator is not None:
            self.navigator.stop(leave_on_screen=True)
        self.workspace = None

    def _retire_window(self) -> MainWindow | None:
        """Lets the window and its controllers go, to build new ones on a recovered data
        folder; the old window is returned to be hidden once the new one is shown."""
        window, navigator = self.window, self.navigator
        if navigator is not None:
            navigator.stop()
            navigator.deleteLater()
        self.navigator = self.services = None
        if self.lock is not None:
            self.lock.shutdown()
            self.lock = None
        self.window = None
        if window is not None:
            window.set_close_guard(None)
            window.closing.disconnect(self._on_window_closing)
        return window

    # Privacy ----------------------------------------------------------------------------------

    def _join_privacy(self, window: MainWindow, workspace: Workspace, settings: Settings) -> None:
        from belonging.ui.privacy.lock_settings import read_lock_after
        from belonging.ui.privacy.window_lock import WindowLock

        self.lock = WindowLock(window, workspace, self.jobs.write, action=window.lock_action)
        self.lock.set_idle_minutes(read_lock_after(settings.qsettings))
        self.lock.locked.connect(self._on_locked)
        window.privacy_action.triggered.connect(self.show_privacy)

    @Slot()
    def show_privacy(self) -> PrivacyDialog | None:
        """File ▸ Privacy: the passphrase and the idle lock, in a dialog."""
        from belonging.ui.privacy.privacy_controller import PrivacyController
        from belonging.ui.privacy.privacy_dialog import PrivacyDialog

        if self.window is None or self.workspace is None or self.services is None:
            return None
        dialog = PrivacyDialog(self.window)
        self.privacy = PrivacyController(
            dialog,
            self.workspace,
            self.jobs,
            self.services.settings.qsettings,
            can_rekey=self._rekey_blocker,
            parent=dialog,
        )
        if self.lock is not None:
            self.privacy.lock_after_changed.connect(self.lock.set_idle_minutes)
        dialog.show()
        return dialog

    def _rekey_blocker(self) -> str | None:
        """Why the notes cannot be re-encrypted now: a conversation saves as it goes."""
        if self.navigator is not None and self.navigator.live is not None:
            return self.tr(
                "Finish or leave the conversation in progress first: its notes are being "
                "saved as you type."
            )
        return None

    @Slot()
    def _on_locked(self) -> None:
        """A conversation on screen pauses while the window is locked: the time away is not
        talking time."""
        window = self.window
        if window is None or window.current_page() is not Page.CONVERSATION:
            return
        pause = window.conversation.actions_by_command[Command.PAUSE]
        # The same Pause the pair would press; while paused it would resume, so not then.
        if not window.conversation.is_paused() and pause.isEnabled():
            pause.trigger()

    # Closing ----------------------------------------------------------------------------------

    @Slot()
    def _on_window_closing(self) -> None:
        self.close()

    def save_everything(self) -> tuple[bool, str]:
        """Saves every queued write and every typed word now, on this thread; returns whether
        it all went in and, if not, why. Only for closing: the one place a short wait is right.
        """
        from belonging.application.save_problems import SaveProblem
        from belonging.ui.widgets.save_status import short_reason

        self.jobs.wait_idle()
        live = self.navigator.live if self.navigator is not None else None
        if live is None:
            return True, ""
        if self.workspace is None:  # the file was found damaged: its words were shown
            return False, short_reason(SaveProblem.DAMAGED)
        flushed = live.saver.save_now()
        if flushed.ok and not flushed.pending:
            return True, ""
        return False, short_reason(flushed.problem)

    def _may_close(self) -> bool:
        """The window's close guard: everything saved, or the person chose to quit anyway."""
        from belonging.ui.dialogs import startup_dialogs

        if self._closed:
            return True
        saved, reason = self.save_everything()
        if saved:
            return True
        self.dialog = startup_dialogs.not_saved_box(self.window, reason)
        self.dialog.exec()
        return self.dialog.property("quit_anyway") is True

    def end_session(self) -> bool:
        """The session is ending (logout, shutdown, SIGTERM, Ctrl+C): closes as the window's
        close does — everything saved, a conversation paused, the database closed cleanly —
        but asks nothing, since no one may be there to answer. True if all was saved."""
        saved = self.close()
        if self.window is not None:
            self.window.close()  # the close guard lets it go: everything is closed already
        return saved

    def close(self) -> bool:
        """Saves every note and event and lets the data folder go; True if all was saved.

        A conversation in progress is paused first, so the time away is not counted as
        talking and the next start offers to continue it.
        """
        from belonging.core.engine import Action, ConversationState

        if self._closed:
            return True
        self._closed = True
        if self.lock is not None:
            self.lock.shutdown()
        navigator = self.navigator
        live = navigator.live if navigator is not None else None
        # Closing the window pauses a conversation in these states.
        pausable = (
            ConversationState.PROMPT,
            ConversationState.AWAITING_CONSENT,
            ConversationState.WRAP_UP,
        )
        if live is not None and self.workspace is not None and live.state in pausable:
            live.act(Action.PAUSE)
        if navigator is not None:
            navigator.stop()
        saved, _reason = self.save_everything()
        self.jobs.shutdown()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        self._lock.release()
        return saved
