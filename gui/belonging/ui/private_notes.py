"""Whether the owner's private notes may show on this screen: hidden unless shown on purpose.

A screen may be shared at any moment — a call, a colleague at the desk, the partner beside
you — so private notes are hidden from the start, everywhere: Home, a pair's page, search,
a past conversation. "Show my private notes" shows them, and says so; it hides them again by
itself after `SHOWN_MINUTES`, whenever a conversation starts, and at once when asked. In the
middle of a conversation it asks first, since the other person may be looking.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from belonging.ui.accessibility import announce

#: How long private notes stay shown before they hide themselves again.
SHOWN_MINUTES = 5


class PrivateNotesSwitch(QObject):
    """Drives the checkable "Show my private notes" action (see the module docstring).

    `hidden` is True unless the owner showed them; `hidden_changed(hidden)` follows it.
    `in_conversation()` says whether the two people are talking now (showing then asks).
    """

    hidden_changed = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        action: QAction,
        in_conversation: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else window)
        self._window = window
        self._action = action
        self._in_conversation = in_conversation
        self._hidden = True
        self.asking: QMessageBox | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOWN_MINUTES * 60 * 1000)
        self._timer.timeout.connect(self.hide)
        action.setChecked(False)
        action.toggled.connect(self._on_action_toggled)

    @property
    def hidden(self) -> bool:
        """Whether private notes are hidden now."""
        return self._hidden

    @Slot()
    def hide(self) -> None:
        """Hides them (a conversation starts, the time is up, or the owner asked)."""
        self._set(True)

    def show(self) -> None:
        """Shows them for `SHOWN_MINUTES`, without asking (the owner chose it elsewhere)."""
        self._set(False)

    def set_hidden(self, hidden: bool) -> None:
        """Hides or shows them without asking."""
        self._set(hidden)

    @Slot(bool)
    def _on_action_toggled(self, checked: bool) -> None:
        if checked == (not self._hidden):
            return
        if not checked:
            self._set(True)
            return
        if self._in_conversation():
            self._action.blockSignals(True)
            self._action.setChecked(False)  # until the owner says yes
            self._action.blockSignals(False)
            self._ask()
            return
        self._set(False)

    def _ask(self) -> None:
        box = QMessageBox(self._window)
        box.setObjectName("show_private_notes")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Show your private notes?"))
        box.setText(
            self.tr(
                "Your private notes will show on this screen, where the other person may see "
                "them. They hide again by themselves in {minutes} minutes."
            ).format(minutes=SHOWN_MINUTES)
        )
        show = box.addButton(self.tr("Show them"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep them hidden"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.asking = box
        box.finished.connect(lambda _code: self._on_answered(box, show))
        box.open()

    def _on_answered(self, box: QMessageBox, show) -> None:
        self.asking = None
        if box.clickedButton() is show:
            self._set(False)

    def _set(self, hidden: bool) -> None:
        if hidden:
            self._timer.stop()
        else:
            self._timer.start()
        self._action.blockSignals(True)
        self._action.setChecked(not hidden)
        self._action.blockSignals(False)
        if hidden != self._hidden:
            self._hidden = hidden
            self.hidden_changed.emit(hidden)
            # The menu's tick is all a sighted person needs; a screen reader user hears it.
            announce(self._window, self._said(hidden))

    def _said(self, hidden: bool) -> str:
        if hidden:
            return self.tr("Private notes hidden.")
        return self.tr(
            "Private notes showing. They hide again by themselves in {minutes} minutes."
        ).format(minutes=SHOWN_MINUTES)
