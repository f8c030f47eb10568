"""The line under the notes that says whether what was typed is safe on disk."""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QLabel, QWidget

from belonging.ui.widgets.styled import set_kind


class SaveState(enum.Enum):
    """Where the notes stand: nothing typed yet, being saved, saved, or not saved yet."""

    IDLE = "idle"
    SAVING = "saving"
    SAVED = "saved"
    NOT_SAVED = "not_saved"


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
