"""Set-up: who is talking, which script, how long, from which depth, and who leads.

The form's choices become a `ConversationSetup` (with the pair's history) on the writer
thread; the controller then makes the engine's conversation, not yet started, and hands it on
as an `ActiveConversation` for the ground rules and the check-in.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from belonging.core.comfort import offer_for
from belonging.core.engine import Conversation, EngineError
from belonging.storage.database import session_scope
from belonging.ui.controllers.pair_rows import load_pair_rows
from belonging.ui.controllers.services import Services
from belonging.ui.controllers.setup_history import PreparedSetup, prepare_setup
from belonging.ui.controllers.write_queue import reason_for
from belonging.ui.main_window import MainWindow, Page
from belonging.ui.script_rows import script_row
from belonging.ui.views.rows import PairRow, SetupChoices


class SetupController(QObject):
    """Drives `window.setup`. Signals: `prepared(ActiveConversation)` once the choices are
    stored and the conversation is made; `cancelled()` when the person goes back."""

    prepared = Signal(object)
    cancelled = Signal()

    def __init__(self, window: MainWindow, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        self._view = window.setup
        self._services = services
        self._pairs: dict[Hashable, PairRow] = {}
        self._busy = False
        self._view.pair_selected.connect(self._on_pair_selected)
        self._view.script_selected.connect(self._on_script_selected)
        self._view.continue_requested.connect(self._on_continue_requested)
        self._view.back_requested.connect(self.cancelled)

    def open(self, pair_id: Hashable | None = None, script_id: str | None = None) -> None:
        """Shows the form, with `pair_id` or `script_id` chosen if given; the pairs are read
        from storage first."""
        self._services.writer.submit(
            lambda: self._read_pairs(),
            on_result=lambda rows: self._show(rows, pair_id, script_id),
            on_error=self._on_failed,
        )

    def _read_pairs(self) -> list[PairRow]:
        with session_scope(self._services.db) as session:
            return load_pair_rows(session)

    def _show(self, rows: list[PairRow], pair_id: Hashable | None, script_id: str | None) -> None:
        view = self._view
        settings = self._services.settings
        self._pairs = {row.pair_id: row for row in rows}
        view.reset()
        view.set_pairs(rows)
        view.set_scripts([script_row(s) for s in self._services.library.scripts])
        chosen_script = script_id or settings.last_script_id
        if chosen_script:
            view.select_script(chosen_script)
        if chosen_script and chosen_script == settings.last_script_id:
            view.set_minutes(settings.last_minutes)
        if pair_id is not None:
            view.select_pair(pair_id)
        self._suggest_depth()
        self._window.show_page(Page.SETUP)

    def _suggest_depth(self) -> None:
        """Suggests starting where the pair was last comfortable (level 1 for a new pair)."""
        choices = self._view.choices()
        row = self._pairs.get(choices.pair_id) if choices.pair_id is not None else None
        comfort = None if row is None else row.comfort_depth
        if comfort is None:
            self._view.set_depth_suggestion(1, "")
            return
        script = self._services.library.get(choices.script_id or "")
        levels = len(script.levels) if script is not None else comfort
        offer = offer_for(comfort, max(1, levels))
        self._view.set_depth_suggestion(
            offer.starting_depth,
            self.tr("Last time you were both comfortable at level {depth}.").format(depth=comfort),
        )

    @Slot(object)
    def _on_pair_selected(self, _pair_id: object) -> None:
        self._suggest_depth()

    @Slot(str)
    def _on_script_selected(self, _script_id: str) -> None:
        self._suggest_depth()

    @Slot(object)
    def _on_continue_requested(self, choices: SetupChoices) -> None:
        script = self._services.library.get(choices.script_id or "")
        if script is None or self._busy:
            return
        self._busy = True
        settings = self._services.settings
        settings.last_script_id = script.id
        settings.last_minutes = choices.minutes

        def prepare() -> PreparedSetup:
            with session_scope(self._services.db) as session:
                return prepare_setup(session, choices, script)

        self._services.writer.submit(
            prepare,
            on_result=lambda prepared: self._on_prepared(prepared, script),
            on_error=self._on_failed,
        )

    def _on_prepared(self, prepared: PreparedSetup, script) -> None:
        self._busy = False
        try:
            engine = Conversation(script, prepared.setup, self._services.clock)
        except EngineError as error:
            self._tell(str(error))
            return
        self.prepared.emit(self._services.new_active(engine, prepared.pairing))

    def _on_failed(self, error: BaseException) -> None:
        self._busy = False
        self._tell(
            self.tr(
                "Belonging could not save this just now ({reason}). Nothing you chose is lost: "
                "press Continue again in a moment."
            ).format(reason=reason_for(error))
        )

    def _tell(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Set-up"), message, parent=self._window
        )
        box.setObjectName("setup_problem")
        box.open()
