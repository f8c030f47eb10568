"""Opening encrypted notes at start: ask, try on the database thread, ask again if wrong."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from belonging.application.opening import PassphraseNotSetError, WrongPassphraseError
from belonging.ui.privacy.jobs import Submit
from belonging.ui.privacy.passphrase_prompt import PassphrasePrompt

#: Opens the data folder: `open_job(passphrase, never_set)`; what it returns goes to
#: `on_opened`.
OpenJob = Callable[[str | None, bool], Any]


class StartupUnlock(QObject):
    """Shows a `PassphrasePrompt` and opens the notes with what is typed.

    A wrong passphrase is said in the prompt, which stays; any other outcome closes it and
    goes to `on_opened(result)` or `on_error(error)` (a damaged file, a full disk: the app's
    usual dialogs). Quit calls `on_quit()`. `note` is shown above the field before anything
    is typed (which passphrase opens the notes after a change of it was cut short).
    """

    def __init__(
        self,
        open_job: OpenJob,
        submit: Submit,
        *,
        on_opened: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_quit: Callable[[], None],
        parent_widget: QWidget | None = None,
        note: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_job = open_job
        self._submit = submit
        self._on_opened = on_opened
        self._on_error = on_error
        self._on_quit = on_quit
        self.prompt = PassphrasePrompt(parent_widget)
        self.prompt.set_note(note)
        self.prompt.submitted.connect(self._on_submitted)
        self.prompt.never_set_requested.connect(self._on_never_set)
        self.prompt.quit_requested.connect(self._on_quit_requested)

    def start(self) -> None:
        """Shows the prompt."""
        self.prompt.show()
        self.prompt.passphrase_field.setFocus()

    @Slot(str)
    def _on_submitted(self, passphrase: str) -> None:
        self._submit(lambda: self._open_job(passphrase, False), self._done, self._failed)

    @Slot()
    def _on_never_set(self) -> None:
        self.prompt.set_busy(True)
        self._submit(lambda: self._open_job(None, True), self._done, self._failed)

    @Slot()
    def _on_quit_requested(self) -> None:
        self.prompt.hide()
        self._on_quit()

    def _done(self, result: Any) -> None:
        self.prompt.passphrase_field.clear()
        self.prompt.hide()
        self._on_opened(result)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, WrongPassphraseError):
            self.prompt.show_wrong(
                self.tr(
                    "That passphrase does not open the notes. Check it (and Caps Lock, and the "
                    "keyboard layout) and try again."
                )
            )
            return
        if isinstance(error, PassphraseNotSetError):
            self.prompt.show_wrong(str(error))
            return
        self.prompt.hide()
        self._on_error(error)
