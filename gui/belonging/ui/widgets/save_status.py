"""The line under the notes that says whether what was typed is safe on disk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from belonging.application.save_problems import SaveProblem, save_problem
from belonging.application.saving import SaveState, SaveStatus
from belonging.ui.widgets.styled import set_kind

__all__ = ["SaveState", "SaveStatus", "SaveStatusLabel", "reason_for", "short_reason"]


def short_reason(problem: SaveProblem | None) -> str:
    """Why a save failed, in the few words the save-status line has room for: one wording,
    everywhere in the window."""
    if problem is SaveProblem.DISK_FULL:
        return QCoreApplication.translate("SaveStatus", "the disk is full")
    if problem is SaveProblem.READ_ONLY:
        return QCoreApplication.translate("SaveStatus", "the data folder cannot be written to")
    if problem is SaveProblem.BUSY:
        return QCoreApplication.translate("SaveStatus", "the database is busy")
    if problem is SaveProblem.DAMAGED:
        return QCoreApplication.translate("SaveStatus", "the file of your notes is damaged")
    return QCoreApplication.translate("SaveStatus", "the disk did not answer")


def reason_for(error: BaseException) -> str:
    """`short_reason` for an exception raised by a job."""
    problem, _detail = save_problem(error)
    return short_reason(problem)


class SaveStatusLabel(QLabel):
    """Says "Saved", "Saving…" or "Not saved yet: <reason> — kept on screen, retrying".

    A failure is said plainly but calmly (muted, never red): the words are still on screen
    and the controller keeps retrying, so nobody needs to panic or retype.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._state = SaveState.IDLE
        set_kind(self, "muted")

    def state(self) -> SaveState:
        """The state last shown."""
        return self._state

    def show_status(self, status: SaveStatus) -> None:
        """Shows the save loop's status, with its reason in the app's one wording."""
        reason = short_reason(status.problem) if status.state is SaveState.NOT_SAVED else ""
        self.set_state(status.state, reason)

    def set_state(self, state: SaveState, reason: str = "") -> None:
        """Shows `state`; `reason` says why a save failed (for NOT_SAVED only)."""
        self._state = state
        if state is SaveState.SAVED:
            text = self.tr("Saved")
        elif state is SaveState.SAVING:
            text = self.tr("Saving…")
        elif state is SaveState.NOT_SAVED:
            text = self.tr("Not saved yet: {reason} — kept on screen, retrying").format(
                reason=reason or self.tr("the disk did not answer")
            )
        else:
            text = ""
        self.setText(text)
        self.setAccessibleName(text)
        set_kind(self, "accent" if state is SaveState.NOT_SAVED else "muted")
