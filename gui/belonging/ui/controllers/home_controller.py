"""Home: the pairs with their last conversation and open follow-ups, the script library
(and, gently, the scripts that could not be read), and the way back into an unfinished
conversation."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QTime, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from belonging.application.home import HomeState, close_unfinished, read_home
from belonging.application.resume import ResumeOffer
from belonging.application.saving import RETRY_S
from belonging.ui.controllers.page_controller import PageController
from belonging.ui.controllers.services import Services
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
        self._connect_signals()

    def _connect_signals(self) -> None:
        view = self._view
        view.start_requested.connect(self._on_start_requested)
        view.pair_start_requested.connect(self._on_pair_start_requested)
        view.script_start_requested.connect(self._on_script_start_requested)
        view.resume_requested.connect(self._on_resume_requested)
        view.resume_dismissed.connect(self._on_resume_dismissed)

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

    def _on_read(self, state: HomeState) -> None:
        self._view.set_pairs(list(state.pairs))
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
