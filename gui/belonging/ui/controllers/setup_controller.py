"""Set-up: who is talking, which script, how long, from which depth, and who leads.

For a pair that has talked before, set-up suggests a script they have not done yet (never a
first one-on-one: those are not offered to them at all), says what each script has been for
them, and lists what they parked recently with any script (see
`application.script_suggestion` for the rule).

The form's choices become a `ConversationSetup` (with the pair's history) on the database
thread; the controller then makes the conversation, not yet started, and hands it on as a
`LiveConversation` for what last time left, the ground rules and the check-in.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from belonging.application.rows import PairRow, SetupChoices
from belonging.application.script_suggestion import (
    PairHistory,
    SetupState,
    hidden_scripts,
    read_setup,
    suggest_script,
)
from belonging.application.setup import PreparedSetup, new_conversation, prepare, suggested_start
from belonging.core.engine import EngineError
from belonging.core.scripts.model import Script
from belonging.ui.controllers.page_controller import PageController
from belonging.ui.controllers.services import Services
from belonging.ui.pages import Page, ShowPage
from belonging.ui.script_rows import script_row
from belonging.ui.views.describe import short_date
from belonging.ui.views.setup_view import SetupView
from belonging.ui.widgets.save_status import reason_for


class SetupController(PageController):
    """Drives the set-up page. Signals: `prepared(LiveConversation)` once the choices are
    stored and the conversation is made; `cancelled()` when the person goes back."""

    _view: SetupView

    prepared = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        view: SetupView,
        services: Services,
        show_page: ShowPage,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(view, services, show_page, parent)
        self._pairs: dict[Hashable, PairRow] = {}
        self._histories: dict[Hashable, PairHistory] = {}
        self._asked_script: str | None = None
        self._busy = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._view.pair_selected.connect(self._on_pair_selected)
        self._view.script_selected.connect(self._on_script_selected)
        self._view.continue_requested.connect(self._on_continue_requested)
        self._view.back_requested.connect(self.cancelled)

    def open(self, pair_id: Hashable | None = None, script_id: str | None = None) -> None:
        """Shows the form, with `pair_id` or `script_id` chosen if given; the pairs are read
        first."""
        workspace = self._services.workspace
        self._services.jobs.read(
            lambda: read_setup(workspace),
            on_result=lambda state: self._show(state, pair_id, script_id),
            on_error=self._on_failed,
        )

    def _show(self, state: SetupState, pair_id: Hashable | None, script_id: str | None) -> None:
        view = self._view
        settings = self._services.settings
        rows = list(state.pairs)
        self._pairs = {row.pair_id: row for row in rows}
        self._histories = dict(state.histories)
        self._asked_script = script_id
        view.reset()
        view.set_pairs(rows)
        view.set_scripts([script_row(s) for s in self._services.workspace.library.scripts])
        chosen_script = script_id or settings.last_script_id
        if chosen_script:
            view.select_script(chosen_script)
        if chosen_script and chosen_script == settings.last_script_id:
            view.set_minutes(settings.last_minutes)
        if pair_id is not None:
            view.select_pair(pair_id)
        self._suggest_for_pair()
        self._suggest_depth()
        self._show_page(Page.SETUP)

    def _suggest_for_pair(self) -> None:
        """For the pair chosen: the scripts it is not offered, the one suggested (unless a
        script was asked for), what each has been for it, and what it parked recently."""
        view = self._view
        pair_id = view.choices().pair_id
        history = self._histories.get(pair_id) if pair_id is not None else None
        row = self._pairs.get(pair_id) if pair_id is not None else None
        view.set_hidden_scripts(hidden_scripts(history))
        view.set_parked(history.parked if history is not None else ())
        view.set_script_notes(self._script_notes(history))
        if row is None or history is None:
            return
        scripts = self._services.workspace.library.scripts
        suggested = suggest_script(scripts, history, row.relationship)
        asked = self._asked_script
        if asked and asked in view.listed_script_ids():
            view.select_script(asked)
        elif suggested is not None:
            view.select_script(suggested)

    def _script_notes(self, history: PairHistory | None) -> dict[str, str]:
        if history is None or not history.talked:
            return {}
        notes = {}
        for script in self._services.workspace.library.scripts:
            done = history.done.get(script.id)
            if done is None:
                notes[script.id] = self.tr("New to the two of you.")
            else:
                notes[script.id] = self.tr(
                    "Done %n time(s), last on {date}.", "", done.times
                ).format(date=short_date(done.last_on))
        return notes

    def _suggest_depth(self) -> None:
        """Suggests starting where the pair was last comfortable (level 1 for a new pair)."""
        choices = self._view.choices()
        row = self._pairs.get(choices.pair_id) if choices.pair_id is not None else None
        comfort = None if row is None else row.comfort_depth
        if comfort is None:
            self._view.set_depth_suggestion(1, "")
            return
        script = self._services.workspace.library.get(choices.script_id or "")
        levels = len(script.levels) if script is not None else comfort
        self._view.set_depth_suggestion(
            suggested_start(comfort, levels),
            self.tr("Last time you were both comfortable at level {depth}.").format(depth=comfort),
        )

    @Slot(object)
    def _on_pair_selected(self, _pair_id: object) -> None:
        self._suggest_for_pair()
        self._suggest_depth()

    @Slot(str)
    def _on_script_selected(self, _script_id: str) -> None:
        self._suggest_depth()

    @Slot(object)
    def _on_continue_requested(self, choices: SetupChoices) -> None:
        workspace = self._services.workspace
        script = workspace.library.get(choices.script_id or "")
        if script is None or self._busy:
            return
        self._busy = True
        settings = self._services.settings
        settings.last_script_id = script.id
        settings.last_minutes = choices.minutes
        self._services.jobs.write(
            lambda: prepare(workspace, choices, script),
            on_result=lambda prepared: self._on_prepared(prepared, script),
            on_error=self._on_failed,
        )

    def _on_prepared(self, prepared: PreparedSetup, script: Script) -> None:
        self._busy = False
        try:
            live = new_conversation(self._services.workspace, prepared, script, self._services.jobs)
        except EngineError as error:
            self._tell(str(error))
            return
        self.prepared.emit(live)

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
            QMessageBox.Icon.Information, self.tr("Set-up"), message, parent=self._view.window()
        )
        box.setObjectName("setup_problem")
        box.open()
