"""Planning the next conversation and saving its calendar file, wherever its card is shown
(a pair's page, the wrap-up): the dialogs, and the writes off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from belonging.application.next_conversation import plan_next, write_calendar_file
from belonging.ui.controllers.services import Services
from belonging.ui.dialogs.calendar_file_dialog import (
    calendar_file_dialog,
    calendar_folder,
    suggested_calendar_name,
)
from belonging.ui.dialogs.next_conversation_dialog import NextConversationDialog
from belonging.ui.views.next_conversation_card import NextConversationCard
from belonging.ui.widgets.save_status import reason_for


class NextConversationPlanner(QObject):
    """Drives a `NextConversationCard` for one pair at a time (`set_pair`): "Plan…" opens
    the dialog and keeps the time; "Add to calendar…" asks where and writes the `.ics` file.

    Signals: `planned()` once a plan is kept (the page reads itself again),
    `calendar_written(path)`. The dialog open now is `dialog` (for tests).
    """

    planned = Signal()
    calendar_written = Signal(object)

    def __init__(
        self, card: NextConversationCard, services: Services, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._card = card
        self._services = services
        self._pair_id: int | None = None
        self._partner_name = ""
        self._suggested: Callable[[], datetime] = services.workspace.clock.now
        self.dialog = None
        card.plan_requested.connect(self._on_plan_requested)
        card.calendar_requested.connect(self._on_calendar_requested)

    def set_pair(self, pair_id: int, partner_name: str, suggested: datetime | None = None) -> None:
        """The pair whose next conversation the card shows, and when to suggest when none
        is planned."""
        if pair_id != self._pair_id:
            self._card.set_saved_to("")
        self._pair_id = pair_id
        self._partner_name = partner_name
        if suggested is not None:
            self._suggested = lambda: suggested

    @Slot()
    def _on_plan_requested(self) -> None:
        pair_id = self._pair_id
        if pair_id is None:
            return
        planned = self._card.planned()
        dialog = NextConversationDialog(
            planned or self._suggested(), can_clear=planned is not None, parent=self._card.window()
        )
        dialog.planned.connect(lambda at: self._keep(pair_id, at))
        dialog.cleared.connect(lambda: self._keep(pair_id, None))
        self.dialog = dialog
        dialog.open()

    def _keep(self, pair_id: int, at: datetime | None) -> None:
        workspace = self._services.workspace
        self._services.jobs.write(
            lambda: plan_next(workspace, pair_id, at), on_result=lambda _r: self.planned.emit()
        )

    @Slot()
    def _on_calendar_requested(self) -> None:
        at = self._card.planned()
        if self._pair_id is None or at is None:
            return
        suggested = calendar_folder() / suggested_calendar_name(self._partner_name, at)
        dialog = calendar_file_dialog(self._card.window(), suggested)
        dialog.fileSelected.connect(self.write_calendar)
        self.dialog = dialog
        dialog.open()

    @Slot(str)
    def write_calendar(self, chosen: str) -> None:
        """Writes the next conversation's calendar file to `chosen` (off the UI thread)."""
        pair_id = self._pair_id
        if pair_id is None or not chosen:
            return
        workspace = self._services.workspace
        title = self.tr("One-on-one with {name}").format(name=self._partner_name)
        path = Path(chosen)

        def written(where: Path) -> None:
            self._card.set_saved_to(
                self.tr("Calendar file saved: {path}. Open it to add it to your calendar.").format(
                    path=where
                )
            )
            self.calendar_written.emit(where)

        def failed(error: BaseException) -> None:
            self._card.set_saved_to(
                self.tr("The calendar file could not be saved ({reason}).").format(
                    reason=reason_for(error)
                )
            )

        self._services.jobs.write(
            lambda: write_calendar_file(workspace, pair_id, title, path), written, failed
        )
