"""Home: the pairs with their last conversation, next conversation and most pressing
follow-up (ticked done right there, with Undo), found by name and put in the order chosen
(remembered); the script library (and, gently, the scripts that could not be read), and the
way back into an unfinished conversation."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date

from PySide6.QtCore import QLocale, QObject, QTime, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from belonging.application.follow_ups import mark_done
from belonging.application.home import HomeState, close_unfinished, local_today, read_home
from belonging.application.home_order import PairOrder, common_owner, name_matches, ordered
from belonging.application.resume import ResumeOffer
from belonging.application.rows import PairRow
from belonging.application.saving import RETRY_S
from belonging.ui.controllers.page_controller import PageController
from belonging.ui.controllers.services import Services
from belonging.ui.first_home import remembered_order
from belonging.ui.pages import Page, ShowPage
from belonging.ui.script_rows import problem_lines, script_row
from belonging.ui.views.describe import long_date
from belonging.ui.views.home_view import HomeView


class HomeController(PageController):
    """Drives the Home page.

    Signals: `start_requested(pair_id, script_id)` (either may be None) for the set-up;
    `resume_requested(ResumeOffer)` when the pair chooses to continue.
    """

    _view: HomeView

    start_requested = Signal(object, object)
    resume_requested = Signal(object)

    def __init__(
        self, view: HomeView, services: Services, show_page: ShowPage, parent: QObject | None = None
    ) -> None:
        super().__init__(view, services, show_page, parent)
        self._offer: ResumeOffer | None = None
        self._dismissed: set[int] = set()
        self._loaded = False
        self._rows: tuple[PairRow, ...] = ()
        self._today: date | None = None
        self._typed = ""
        self._view.set_orders(self._order_options(), self.order.value)
        self._connect_signals()

    def _connect_signals(self) -> None:
        view = self._view
        view.start_requested.connect(self._on_start_requested)
        view.pair_start_requested.connect(self._on_pair_start_requested)
        view.script_start_requested.connect(self._on_script_start_requested)
        view.resume_requested.connect(self._on_resume_requested)
        view.resume_dismissed.connect(self._on_resume_dismissed)
        view.find_changed.connect(self._on_find_changed)
        view.order_chosen.connect(self._on_order_chosen)
        view.follow_up_done.connect(self._on_follow_up_done)

    def _order_options(self) -> list[tuple[str, str]]:
        return [
            (PairOrder.LAST_TALKED.value, self.tr("Last talked")),
            (PairOrder.NEXT_CONVERSATION.value, self.tr("Next conversation")),
            (PairOrder.OPEN_FOLLOW_UPS.value, self.tr("Open follow-ups")),
        ]

    @property
    def order(self) -> PairOrder:
        """How the pairs are ordered, as last chosen (most recently met first until then)."""
        return remembered_order(self._services.settings)

    @property
    def offer(self) -> ResumeOffer | None:
        """The unfinished conversation on offer, if any."""
        return self._offer

    @property
    def loaded(self) -> bool:
        """Whether Home shows what storage holds (its first read has come back)."""
        return self._loaded

    def show(self) -> None:
        """Shows Home and reads the pairs and any unfinished conversation again."""
        library = self._services.workspace.library
        self._view.set_scripts([script_row(script) for script in library.scripts])
        self._view.set_script_problems(problem_lines(library.problems))
        self._show_page(Page.HOME)
        self.refresh()

    def refresh(self) -> None:
        """Reads the pairs and the newest unfinished conversation off the UI thread."""
        workspace = self._services.workspace
        self._loaded = False
        self._services.jobs.read(
            lambda: read_home(workspace), self._on_read, self._on_read_failed, latest="home"
        )

    def show_pairs(self, rows: Sequence[PairRow], today: date | None = None) -> None:
        """Lists `rows` (most recently met first) in the chosen order, still found by the
        name typed."""
        self._rows = tuple(rows)
        self._today = today or local_today(self._services.workspace.clock)
        self._list()

    def _list(self) -> None:
        today = self._today or date.today()
        rows = ordered(self._rows, self.order, today)
        self._view.set_pairs(rows, today, common_owner(rows))
        self._find()

    def _find(self) -> None:
        typed = self._typed
        if not typed.strip():
            self._view.show_only(None)
            return
        found = [row.pair_id for row in self._rows if name_matches(row, typed)]
        self._view.show_only(found, typed)

    def _on_read(self, state: HomeState) -> None:
        self.show_pairs(state.pairs, state.today)
        offer = self._offer = state.offer
        if offer is None or offer.unfinished.conversation_id in self._dismissed:
            self._view.hide_resume_banner()
        else:
            self._view.show_resume_banner(self._title(offer), self._detail(offer))
        self._loaded = True

    def _on_read_failed(self, _error: BaseException) -> None:
        # The list stays as it was (never "No one yet" by mistake); try again shortly.
        self._loaded = True
        self._services.jobs.later(RETRY_S, self.refresh)

    def _title(self, offer: ResumeOffer) -> str:
        if offer.partner_name:
            return self.tr("{script} with {name}").format(
                script=offer.script_title, name=offer.partner_name
            )
        return offer.script_title

    def _detail(self, offer: ResumeOffer) -> str:
        moment = offer.unfinished.last_activity_at.astimezone()
        when = self.tr("{date} at {time}").format(
            date=long_date(moment.date()),
            time=QLocale().toString(
                QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat
            ),
        )
        if offer.conversation is not None:
            level = offer.conversation.level
            detail = self.tr("You stopped at level {depth} of {count}, on {when}.").format(
                depth=level.depth, count=level.level_count, when=when
            )
        else:
            detail = self.tr("You stopped on {when}.").format(when=when)
        if offer.script_missing:
            detail += " " + self.tr(
                "Its script is no longer in the library, so it cannot go on; you can close "
                "it and keep every note."
            )
        elif offer.conversation is None:
            detail += " " + self.tr(
                "Its script has changed so much that it cannot go on; you can close it and "
                "keep every note."
            )
        elif offer.script_changed:
            detail += " " + self.tr(
                "Its script has changed since; the prompts you had are still there, so you "
                "can carry on."
            )
        return detail

    # Slots ----------------------------------------------------------------------------------

    @Slot(str)
    def _on_find_changed(self, typed: str) -> None:
        self._typed = typed
        self._find()

    @Slot(str)
    def _on_order_chosen(self, value: str) -> None:
        self._services.settings.home_order = PairOrder(value).value
        self._list()

    @Slot(object, bool)
    def _on_follow_up_done(self, item_id: Hashable, done: bool) -> None:
        workspace = self._services.workspace
        follow_up_id = int(item_id)  # type: ignore[call-overload]
        text = next(
            (
                row.first_follow_up.text
                for row in self._rows
                if row.first_follow_up is not None and row.first_follow_up.item_id == item_id
            ),
            "",
        )

        def undo() -> None:
            self._services.jobs.write(
                lambda: mark_done(workspace, follow_up_id, not done),
                on_result=lambda _r: self.refresh(),
            )

        def kept(_result) -> None:
            self.refresh()
            if done:
                self._services.undo.offer(self.tr("Done: {text}").format(text=text), undo)

        self._services.jobs.write(
            lambda: mark_done(workspace, follow_up_id, done),
            on_result=kept,
            on_error=lambda _e: self.refresh(),
        )

    @Slot()
    def _on_start_requested(self) -> None:
        self.start_requested.emit(None, None)

    @Slot(object)
    def _on_pair_start_requested(self, pair_id: object) -> None:
        self.start_requested.emit(pair_id, None)

    @Slot(str)
    def _on_script_start_requested(self, script_id: str) -> None:
        self.start_requested.emit(None, script_id)

    @Slot()
    def _on_resume_dismissed(self) -> None:
        if self._offer is not None:
            self._dismissed.add(self._offer.unfinished.conversation_id)

    @Slot()
    def _on_resume_requested(self) -> None:
        offer = self._offer
        if offer is None:
            return
        if offer.can_continue:
            self._view.hide_resume_banner()
            self.resume_requested.emit(offer)
            return
        self._offer_to_close(offer)

    def _offer_to_close(self, offer: ResumeOffer) -> None:
        box = QMessageBox(self._view.window())
        box.setObjectName("close_unfinished")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Continue where you left off"))
        box.setText(self._detail(offer))
        close = box.addButton(
            self.tr("Close it, keeping every note"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(lambda _code: self._on_close_answered(box, close, offer))
        box.open()

    def _on_close_answered(self, box: QMessageBox, close, offer: ResumeOffer) -> None:
        if box.clickedButton() is not close:
            return
        workspace, conversation_id = self._services.workspace, offer.unfinished.conversation_id
        self._services.jobs.write(
            lambda: close_unfinished(workspace, conversation_id),
            on_result=lambda _r: self.refresh(),
        )
