"""Opens the "When something heavy comes up" card (Help menu, the conversation page's button,
Shift+F1) and File ▸ Settings, where the owner writes their organisation's support.

The card's words are read off the UI thread, in the language the window speaks; the owner's
support details are kept in the window's settings (`Settings.support_resources`) and shown
on the card through the same safe Markdown as scripts. Opening the card tells the
conversation nothing: it goes on exactly as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Slot
from PySide6.QtWidgets import QMessageBox

from belonging.application.guides import HEAVY_MOMENT, Guide, read_guide
from belonging.core.markdown_render import render_markdown
from belonging.ui.controllers.page_controller import PageController
from belonging.ui.controllers.services import Services
from belonging.ui.pages import ShowPage
from belonging.ui.support.heavy_moment_card import HeavyMomentCard
from belonging.ui.support.support_settings_dialog import SupportSettingsDialog
from belonging.ui.widgets.save_status import reason_for

if TYPE_CHECKING:
    from belonging.ui.main_window import MainWindow


class SupportController(PageController):
    """Drives the card and the settings dialog for `window` (its actions and the conversation
    page's button). `card` and `settings_dialog` exist once first opened."""

    _view: MainWindow

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        show_page: ShowPage,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(window, services, show_page, parent)
        self.card: HeavyMomentCard | None = None
        self.settings_dialog: SupportSettingsDialog | None = None
        self._guide: Guide | None = None
        self._language = ""
        window.heavy_moment_action.triggered.connect(self.show_card)
        window.conversation.heavy_moment_requested.connect(self.show_card)
        window.settings_action.triggered.connect(self.show_settings)
        window.heavy_moment_action.setEnabled(True)
        window.settings_action.setEnabled(True)

    @Slot()
    def show_card(self) -> None:
        """Reads the card in the window's language (once), then shows it."""
        if not self._view.content_shown():
            return  # the window is locked: nothing opens over the lock
        language = QLocale().name()
        if self._guide is not None and language == self._language:
            self._present()
            return
        self._services.jobs.read(
            lambda: read_guide(HEAVY_MOMENT, language),
            on_result=lambda guide: self._on_guide_read(guide, language),
            on_error=self._on_guide_failed,
        )

    def _on_guide_read(self, guide: Guide, language: str) -> None:
        self._guide, self._language = guide, language
        self._present()

    def _present(self) -> None:
        if self._guide is None:
            return
        if self.card is None:
            self.card = HeavyMomentCard(self._view)
            self.card.edit_support_requested.connect(self.show_settings)
        self._fill_card()
        self.card.show_card()

    def _fill_card(self) -> None:
        if self.card is None or self._guide is None:
            return
        support = self._services.settings.support_resources or ""
        self.card.set_content(
            self._guide.title, self._guide.html, render_markdown(support) if support else ""
        )

    def _on_guide_failed(self, error: BaseException) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("When something heavy comes up"),
            self.tr(
                "Belonging could not open the card just now ({reason}). Listening is the help: "
                "thank them, and ask what would help."
            ).format(reason=reason_for(error)),
            parent=self._view,
        )
        box.setObjectName("heavy_moment_problem")
        box.open()

    @Slot()
    def show_settings(self) -> None:
        """File ▸ Settings: the organisation's support details, to write or change."""
        if not self._view.content_shown():
            return
        parent = self.card if self.card is not None and self.card.isVisible() else self._view
        if self.settings_dialog is not None:
            self.settings_dialog.close()
            self.settings_dialog.deleteLater()
        dialog = self.settings_dialog = SupportSettingsDialog(parent)
        dialog.set_support_text(self._services.settings.support_resources or "")
        dialog.saved.connect(self._on_settings_saved)
        dialog.open()
        dialog.activateWindow()

    @Slot(str)
    def _on_settings_saved(self, text: str) -> None:
        self._services.settings.support_resources = text or None
        self._fill_card()
