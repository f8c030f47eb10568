"""A pair's page: when they talk next (and its calendar file), open follow-ups ticked,
changed or deleted (with Undo), talking points added or let go (with Undo), parked prompts,
their conversations as a story, the closeness chart and the pair's settings; archiving the
pair, or deleting the person, each with Undo for a few seconds."""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date

from PySide6.QtCore import QObject, Signal, Slot

from belonging.application.continuity_rows import PairSettings
from belonging.application.corrections import archive_pair
from belonging.application.follow_ups import (
    DeletedFollowUp,
    change_follow_up,
    mark_done,
    remove_follow_up,
    undo_remove,
)
from belonging.application.pair_page import (
    PairPage,
    keep_pair_settings,
    more_timeline,
    open_pair_page,
)
from belonging.application.removals import (
    Removal,
    delete_person,
    settle_removals,
    undo_removal,
)
from belonging.application.talking_points import add_point, carry_again, let_go
from belonging.ui.accessibility import announce
from belonging.ui.controllers.next_conversation_planner import NextConversationPlanner
from belonging.ui.controllers.page_controller import PageController
from belonging.ui.controllers.services import Services
from belonging.ui.dialogs.deletion import ask_to_delete, tell_not_done
from belonging.ui.dialogs.follow_up_dialog import FollowUpDialog
from belonging.ui.pages import Page, ShowPage
from belonging.ui.views.describe import and_text
from belonging.ui.views.pair_view import PairView
from belonging.ui.widgets.save_status import reason_for


class PairController(PageController):
    """Drives the pair page. Signals: `start_requested(pair_id)`, `export_requested(pair_id)`,
    `conversation_requested(conversation_id)`, `back()`; `loaded(PairPage)` after each read;
    `put_away()` once the pair is archived or deleted (the page is left), `restored()` when
    that is undone or an archived pair is brought back. `asking` is the question before a
    deletion while it is open. `planner` plans the next conversation and writes its calendar
    file.

    The page's read gives the story's newest conversations; older ones are read a page at
    a time when the view asks for them. Dialogs it opens are kept in `dialog` (for tests).
    """

    _view: PairView

    start_requested = Signal(object)
    export_requested = Signal(object)
    conversation_requested = Signal(object)
    back = Signal()
    loaded = Signal(object)
    put_away = Signal()
    restored = Signal()

    def __init__(
        self, view: PairView, services: Services, show_page: ShowPage, parent: QObject | None = None
    ) -> None:
        super().__init__(view, services, show_page, parent)
        self.pair_id: int | None = None
        self.page: PairPage | None = None
        self.dialog = None
        self.planner = NextConversationPlanner(view.next_card, services, self)
        self.planner.planned.connect(self.refresh)
        self.calendar_written = self.planner.calendar_written
        # Bumped by each read of the page, so a story page read for an earlier one (of
        # another pair, or before a change) is dropped rather than appended.
        self._generation = 0
        self.asking = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        view = self._view
        view.start_requested.connect(self._on_start_requested)
        view.export_requested.connect(self._on_export_requested)
        view.back_requested.connect(self.back)
        view.conversation_opened.connect(self.conversation_requested)
        view.follow_up_toggled.connect(self._on_follow_up_toggled)
        view.follow_up_edit_requested.connect(self._on_follow_up_edit_requested)
        view.settings_saved.connect(self._on_settings_saved)
        view.more_timeline_requested.connect(self._on_more_timeline_requested)
        view.archive_requested.connect(self._on_archive_requested)
        view.delete_requested.connect(self._on_delete_requested)
        view.talking_point_added.connect(self._on_talking_point_added)
        view.talking_point_let_go.connect(self._on_talking_point_let_go)

    def open(self, pair_id: int) -> None:
        """Reads the pair's history and shows its page."""
        self.pair_id = int(pair_id)
        self.refresh(show=True)

    def refresh(self, *, show: bool = False) -> None:
        """Reads the pair's history again (after a change) and fills the page."""
        pair_id = self.pair_id
        if pair_id is None:
            return
        workspace = self._services.workspace
        self._generation += 1
        self._services.jobs.read(
            lambda: open_pair_page(workspace, pair_id), lambda page: self._fill(page, show)
        )

    def _fill(self, page: PairPage, show: bool) -> None:
        self.page = page
        view = self._view
        roles = (
            and_text(page.owner_role, page.partner_role)
            if page.owner_role and page.partner_role
            else ""
        )
        view.set_title(and_text(page.owner_name, page.partner_name), roles)
        view.set_today(page.today)
        view.set_next(page.next_conversation_at)
        self.planner.set_pair(page.pair_id, page.partner_name, page.suggested_next_at)
        view.set_people(page.owner_name, page.partner_name)
        view.set_follow_ups(page.follow_ups)
        view.set_talking_points(page.talking_points)
        view.set_timeline(page.timeline, page.timeline_total)
        view.set_parked(page.parked)
        view.set_closeness(page.owner_name, page.partner_name, page.readings)
        view.set_settings(page.settings)
        view.set_put_away(page.partner_name, page.archived_on)
        if show:
            self._show_page(Page.PAIR)
        self.loaded.emit(page)

    def _today(self) -> date:
        page = self.page
        if page is not None and page.today is not None:
            return page.today
        return self._services.workspace.clock.now().astimezone().date()

    def _write(self, work, message: str = "", undo=None) -> None:
        """Keeps a change, reads the page again, and offers Undo when there is one."""

        def kept(result) -> None:
            self.refresh()
            if undo is not None:
                self._services.undo.offer(message, lambda: undo(result))

        self._services.jobs.write(work, on_result=kept, on_error=lambda _e: self.refresh())

    # The story -----------------------------------------------------------------------------

    @Slot()
    def _on_more_timeline_requested(self) -> None:
        pair_id, entries = self.pair_id, self._view.story.entries()
        if pair_id is None or not entries:
            return
        workspace = self._services.workspace
        generation = self._generation
        after_id = int(entries[-1].conversation_id)  # type: ignore[call-overload]

        def shown(more) -> None:
            if generation == self._generation:
                self._view.add_timeline(more)

        self._services.jobs.read(lambda: more_timeline(workspace, pair_id, after_id), shown)

    @Slot()
    def _on_start_requested(self) -> None:
        self.start_requested.emit(self.pair_id)

    @Slot()
    def _on_export_requested(self) -> None:
        self.export_requested.emit(self.pair_id)

    # Follow-ups -----------------------------------------------------------------------------

    @Slot(object, bool)
    def _on_follow_up_toggled(self, item_id: Hashable, done: bool) -> None:
        workspace = self._services.workspace
        follow_up_id = int(item_id)  # type: ignore[call-overload]
        self._services.jobs.write(
            lambda: mark_done(workspace, follow_up_id, done),
            on_error=lambda _e: self._view.set_follow_up_done(item_id, not done),
        )

    @Slot(object)
    def _on_follow_up_edit_requested(self, item_id: Hashable) -> None:
        item, page = self._view.follow_up_item(item_id), self.page
        if item is None or page is None:
            return
        dialog = FollowUpDialog(
            item, page.owner_name, page.partner_name, self._today(), self._view.window()
        )
        workspace = self._services.workspace
        follow_up_id = int(item_id)  # type: ignore[call-overload]
        dialog.saved.connect(
            lambda text, whose, due: self._write(
                lambda: change_follow_up(workspace, follow_up_id, text, whose, due)
            )
        )
        dialog.delete_requested.connect(lambda: self._delete_follow_up(follow_up_id, item.text))
        self.dialog = dialog
        dialog.open()

    def _delete_follow_up(self, follow_up_id: int, text: str) -> None:
        workspace = self._services.workspace

        def undo(deleted: DeletedFollowUp) -> None:
            self._write(lambda: undo_remove(workspace, deleted))

        self._write(
            lambda: remove_follow_up(workspace, follow_up_id),
            self.tr("Deleted: {text}").format(text=text),
            undo,
        )

    # Talking points --------------------------------------------------------------------------

    @Slot(str, object)
    def _on_talking_point_added(self, text: str, whose: str | None) -> None:
        pair_id = self.pair_id
        if pair_id is None:
            return
        workspace = self._services.workspace
        self._write(lambda: add_point(workspace, pair_id, text, whose))

    @Slot(object)
    def _on_talking_point_let_go(self, item_id: Hashable) -> None:
        workspace = self._services.workspace
        point_id = int(item_id)  # type: ignore[call-overload]
        page = self.page
        text = next(
            (p.text for p in (page.talking_points if page else ()) if p.item_id == item_id), ""
        )
        self._write(
            lambda: let_go(workspace, point_id),
            self.tr("Let go: {text}").format(text=text),
            lambda _r: self._write(lambda: carry_again(workspace, point_id)),
        )

    # Settings -------------------------------------------------------------------------------

    @Slot(object)
    def _on_settings_saved(self, settings: PairSettings) -> None:
        pair_id = self.pair_id
        if pair_id is None:
            return
        workspace = self._services.workspace
        self._services.jobs.write(
            lambda: keep_pair_settings(workspace, pair_id, settings),
            on_result=lambda _r: self.refresh(),
        )

    # Putting away -------------------------------------------------------------------------

    @Slot(bool)
    def _on_archive_requested(self, archive: bool) -> None:
        page, pair_id = self.page, self.pair_id
        if page is None or pair_id is None:
            return
        workspace, jobs = self._services.workspace, self._services.jobs
        names = and_text(page.owner_name, page.partner_name)

        def bring_back() -> None:
            jobs.write(lambda: archive_pair(workspace, pair_id, False), self._on_brought_back)

        def archived(_result: object) -> None:
            self.put_away.emit()
            self._services.undo.offer(
                self.tr(
                    "Archived {names}: off Home, everything kept (File ▸ Archived pairs)."
                ).format(names=names),
                undo=bring_back,
            )

        if archive:
            jobs.write(lambda: archive_pair(workspace, pair_id, True), archived)
        else:
            bring_back()

    def _on_brought_back(self, _result: object) -> None:
        if self.page is not None:
            announce(
                self._view,
                self.tr("{names} are back on Home.").format(
                    names=and_text(self.page.owner_name, self.page.partner_name)
                ),
            )
        self.refresh()
        self.restored.emit()

    @Slot()
    def _on_delete_requested(self) -> None:
        page = self.page
        if page is None or page.partner_id is None or self.asking is not None:
            return
        self.asking = ask_to_delete(
            self._view.window(),
            "delete_person",
            self.tr("Delete {name}?").format(name=page.partner_name),
            self.tr(
                "{name} will be deleted from Belonging, with every conversation you had "
                "({count}), every note in them, shared and private, the follow-ups, the talking "
                "points and the check-ins."
            ).format(name=page.partner_name, count=page.timeline_total),
            self.tr("&Delete {name}").format(name=page.partner_name.replace("&", "&&")),
            lambda: self._delete(int(page.partner_id or 0), page.partner_name),
        )
        self.asking.finished.connect(self._on_asking_finished)

    @Slot()
    def _on_asking_finished(self) -> None:
        self.asking = None

    def _delete(self, person_id: int, name: str) -> None:
        workspace, jobs = self._services.workspace, self._services.jobs

        def undo(removal: Removal) -> None:
            jobs.write(
                lambda: undo_removal(workspace, removal),
                lambda _r: self.restored.emit(),
                lambda error: tell_not_done(
                    self._view,
                    self.tr("It could not be undone: {reason}").format(reason=reason_for(error)),
                ),
            )

        def done(removal: Removal) -> None:
            self.pair_id = self.page = None
            self.put_away.emit()
            self._services.undo.offer(
                self.tr("Deleted {name}, with every conversation you had.").format(name=name),
                undo=lambda: undo(removal),
                settle=lambda: jobs.write(lambda: settle_removals(workspace)),
            )

        def failed(error: BaseException) -> None:
            tell_not_done(
                self._view,
                self.tr("{name} was not deleted: {reason}").format(
                    name=name, reason=reason_for(error)
                ),
            )

        jobs.write(lambda: delete_person(workspace, person_id), done, failed)
