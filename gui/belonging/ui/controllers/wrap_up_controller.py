"""Wrap-up: the closing prompt, the shared notes read back, follow-ups, the second check-in,
the summary, and "Save and finish".

A struck line stays on the page, struck through, until "Save and finish": unticking it is the
undo. Everything else is kept as it is decided (a confidential mark, a follow-up, a follow-up from
last time ticked done, a check-in, the next conversation), so quitting here loses nothing.
What finishing keeps and lets go is `application.wrap_up.finish`'s (the talking points taken
up are then used).
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QObject, Signal, Slot

from belonging.application import wrap_up
from belonging.application.carry_forward import TakenUp
from belonging.application.continuity_rows import FollowUpItem
from belonging.application.follow_ups import mark_done
from belonging.application.live_conversation import LiveConversation
from belonging.application.next_conversation import NextPlan, read_next_plan
from belonging.application.note_keys import SUMMARY_NOTE
from belonging.application.rows import FollowUpDraft, NoteLine, WrapUpResult
from belonging.application.saving import SaveState, SaveStatus
from belonging.core.engine import Action, EngineError
from belonging.ui.controllers.next_conversation_planner import NextConversationPlanner
from belonging.ui.controllers.opening_controller import view_people
from belonging.ui.controllers.page_controller import PageController
from belonging.ui.controllers.services import Services
from belonging.ui.pages import Page, ShowPage
from belonging.ui.presenters.conversation_presenter import prompt_words
from belonging.ui.presenters.summary_text import summary_facts
from belonging.ui.views.wrap_up_view import WrapUpView
from belonging.ui.widgets.save_status import reason_for


class WrapUpController(PageController):
    """Drives the wrap-up page. `begin(live, taken_up)` shows it (with the follow-ups and
    talking points taken up from last time); signal `finished(conversation_id)` once
    everything is saved and the conversation is closed, `back_to_prompts()` when the pair
    goes back to where they were. `planner` plans the next conversation."""

    _view: WrapUpView

    finished = Signal(int)
    back_to_prompts = Signal()

    def __init__(
        self,
        view: WrapUpView,
        services: Services,
        show_page: ShowPage,
        parent: QObject | None = None,
    ):
        super().__init__(view, services, show_page, parent)
        self._live: LiveConversation | None = None
        self._confidential: dict[int, bool] = {}
        self._keep_partner_check_ins = False
        self._finishing = False
        self._taken_up = TakenUp()
        self.planner = NextConversationPlanner(view.next_card, services, self)
        self.planner.planned.connect(self._read_next_plan)
        self._connect_signals()

    def _connect_signals(self) -> None:
        view = self._view
        view.line_confidential_changed.connect(self._on_confidential_changed)
        view.follow_up_added.connect(self._on_follow_up_added)
        view.follow_up_removed.connect(self._on_follow_up_removed)
        view.carried_done.connect(self._on_carried_done)
        view.closing_answered.connect(self._on_closing_answered)
        view.back_requested.connect(self._on_back_requested)
        view.summary_changed.connect(self._on_summary_changed)
        view.finish_requested.connect(self._on_finish_requested)

    @property
    def live(self) -> LiveConversation | None:
        """The conversation wrapping up, if any."""
        return self._live

    def begin(self, live: LiveConversation, taken_up: TakenUp | None = None) -> None:
        """Shows the wrap-up of `live`, with what is stored of it read back, and what was
        taken up into it from last time (kept from an earlier `begin` when None)."""
        self.end()
        if taken_up is not None:
            self._taken_up = taken_up
        self._live = live
        self._finishing = False
        self._confidential = {}
        self._keep_partner_check_ins = False
        view = self._view
        view.set_people(*view_people(live), live.pairing.partner_key)
        shown = live.engine.current_prompt
        if shown is not None:
            view.set_closing_prompt(*prompt_words(shown))
        else:
            view.set_closing_prompt("", "")
        view.set_note_lines([])
        view.set_follow_ups([])
        today = self._services.workspace.clock.now().astimezone().date()
        view.set_carried_follow_ups(
            [
                FollowUpItem(item.item_id, item.text, item.owner_name, item.due)
                for item in self._taken_up.follow_ups
            ],
            today,
        )
        self.planner.set_pair(live.pairing.pair_id, self._partner_name(live))
        self._read_next_plan()
        view.set_summary(live.note_text(SUMMARY_NOTE))
        self._show_facts()
        view.set_save_state(SaveState.IDLE)
        view.set_finishing(False)
        view.set_back_available(Action.BACK_TO_PROMPTS in live.engine.allowed_actions())
        self._show_page(Page.WRAP_UP)
        live.saver.on_status.append(self._on_save_status)
        wrap_up.read_back(live, self._show_record, self._on_read_failed)

    def _read_next_plan(self) -> None:
        live = self._live
        if live is None:
            return
        workspace, pair_id = self._services.workspace, live.pairing.pair_id
        self._services.jobs.read(lambda: read_next_plan(workspace, pair_id), self._show_next)

    def _show_next(self, plan: NextPlan) -> None:
        live = self._live
        if live is None:
            return
        self.planner.set_pair(live.pairing.pair_id, self._partner_name(live), plan.suggested)
        self._view.next_card.set_next(plan.at, plan.today)

    def end(self) -> None:
        """Lets go of the conversation (finished, or the window is closing)."""
        live, self._live = self._live, None
        if live is not None and self._on_save_status in live.saver.on_status:
            live.saver.on_status.remove(self._on_save_status)

    def _show_facts(self) -> None:
        """The engine's account of the conversation: depth, prompts, time."""
        live = self._live
        if live is not None:
            self._view.set_facts(summary_facts(live.engine.summary, len(live.script.levels)))

    @staticmethod
    def _partner_name(live: LiveConversation) -> str:
        partner = live.pairing.partner_key
        return next(
            (p.name for p in live.engine.setup.participants if p.key == partner),
            live.engine.setup.participants[-1].name,
        )

    # Reading back --------------------------------------------------------------------------

    def _show_record(self, record: wrap_up.ReadBack) -> None:
        if self._live is None:
            return
        lines = []
        for note in record.notes:
            context = note.prompt_text or self.tr("About the whole conversation")
            self._confidential[note.note_id] = note.confidential
            lines.append(NoteLine(note.note_id, note.text, context, confidential=note.confidential))
        self._view.set_note_lines(lines)
        self._view.set_follow_ups(list(record.follow_ups))

    def _on_read_failed(self, error: BaseException) -> None:
        self._view.set_save_state(SaveState.NOT_SAVED, reason_for(error))

    # As the pair decides ----------------------------------------------------------------------

    @Slot(object, bool)
    def _on_confidential_changed(self, note_id: Hashable, confidential: bool) -> None:
        if self._live is None:
            return
        self._confidential[int(note_id)] = confidential  # type: ignore[call-overload]
        wrap_up.keep_confidential(self._live, int(note_id), confidential)  # type: ignore[call-overload]

    @Slot(object)
    def _on_follow_up_added(self, draft: FollowUpDraft) -> None:
        if self._live is not None:
            wrap_up.keep_follow_up(self._live, draft)

    @Slot(object)
    def _on_follow_up_removed(self, draft_id: Hashable) -> None:
        if self._live is not None:
            wrap_up.drop_follow_up(self._live, draft_id)

    @Slot(object, bool)
    def _on_carried_done(self, item_id: Hashable, done: bool) -> None:
        workspace = self._services.workspace
        follow_up_id = int(item_id[1])  # type: ignore[index]
        self._services.jobs.write(
            lambda: mark_done(workspace, follow_up_id, done),
            on_error=lambda _e: self._view.follow_up_editor.set_carried_done(item_id, not done),
        )

    @Slot(dict)
    def _on_closing_answered(self, answers: dict) -> None:
        live = self._live
        if live is None:
            return
        live.record_closeness_after({key: closeness for key, (closeness, _) in answers.items()})
        partner = answers.get(live.pairing.partner_key)
        self._keep_partner_check_ins = partner is not None and partner[1]

    @Slot()
    def _on_back_requested(self) -> None:
        live = self._live
        if live is None or self._finishing:
            return
        try:
            live.act(Action.BACK_TO_PROMPTS)
        except EngineError:
            return
        self.end()
        self.back_to_prompts.emit()

    @Slot(str)
    def _on_summary_changed(self, text: str) -> None:
        if self._live is not None:
            self._live.edit_note(SUMMARY_NOTE, text)

    # Save and finish ---------------------------------------------------------------------------

    @Slot(object)
    def _on_finish_requested(self, result: WrapUpResult) -> None:
        live = self._live
        if live is None or self._finishing:
            return
        self._finishing = True
        self._view.set_finishing(True)
        self._view.set_save_state(SaveState.SAVING)
        wrap_up.finish(
            live,
            struck_note_ids=(int(line_id) for line_id in result.struck_line_ids),  # type: ignore[call-overload]
            confidential=self._confidential,
            keep_partner_check_ins=self._keep_partner_check_ins,
            talking_point_ids=self._taken_up.talking_point_ids,
            on_finished=self._on_finished,
            on_not_saved=self._view.show_save_status,
        )

    def _on_finished(self, conversation_id: int) -> None:
        if self._live is None:
            return
        self._view.set_save_state(SaveState.SAVED)
        self.end()
        self._taken_up = TakenUp()
        self.finished.emit(conversation_id)

    def _on_save_status(self, status: SaveStatus) -> None:
        if not self._finishing or status.state is SaveState.NOT_SAVED:
            self._view.show_save_status(status)
