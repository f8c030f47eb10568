"""The one window: a stack of pages, the menus, and the window's remembered size and place.

It composes; it does not implement. Pages are views (layout and signals only) that the
controllers drive; the window offers them the switches that concern every page (Larger
text, private notes shown or not, Presentation mode), the bar at its foot that offers to
undo what was just done, and says which page is showing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from belonging import __version__
from belonging.ui.language import LanguageMenu
from belonging.ui.pages import TALKING_PAGES, Page
from belonging.ui.private_notes import PrivateNotesSwitch
from belonging.ui.settings import Settings
from belonging.ui.shortcuts import Command, make_action, spec
from belonging.ui.theme import ThemeManager
from belonging.ui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:
    from belonging.ui.scripts.scripts_view import ScriptsView
    from belonging.ui.shortcuts_dialog import KeyboardShortcutsDialog
    from belonging.ui.views.carry_forward_view import CarryForwardView
    from belonging.ui.views.check_in_view import CheckInView
    from belonging.ui.views.conversation_history_view import ConversationHistoryView
    from belonging.ui.views.conversation_view import ConversationView
    from belonging.ui.views.deeper_view import DeeperView
    from belonging.ui.views.ground_rules_view import GroundRulesView
    from belonging.ui.views.home_view import HomeView
    from belonging.ui.views.pair_view import PairView
    from belonging.ui.views.search_view import SearchView
    from belonging.ui.views.setup_view import SetupView
    from belonging.ui.views.wrap_up_view import WrapUpView

DEFAULT_SIZE = (1180, 780)


#: Where each page's view is. A page is built the first time it is wanted, so the window
#: opens on Home without loading or building the ten others first.
_VIEWS: dict[Page, tuple[str, str]] = {
    Page.HOME: ("belonging.ui.views.home_view", "HomeView"),
    Page.SETUP: ("belonging.ui.views.setup_view", "SetupView"),
    Page.GROUND_RULES: ("belonging.ui.views.ground_rules_view", "GroundRulesView"),
    Page.CHECK_IN: ("belonging.ui.views.check_in_view", "CheckInView"),
    Page.CONVERSATION: ("belonging.ui.views.conversation_view", "ConversationView"),
    Page.DEEPER: ("belonging.ui.views.deeper_view", "DeeperView"),
    Page.WRAP_UP: ("belonging.ui.views.wrap_up_view", "WrapUpView"),
    Page.PAIR: ("belonging.ui.views.pair_view", "PairView"),
    Page.SEARCH: ("belonging.ui.views.search_view", "SearchView"),
    Page.HISTORY: ("belonging.ui.views.conversation_history_view", "ConversationHistoryView"),
    Page.CARRY_FORWARD: ("belonging.ui.views.carry_forward_view", "CarryForwardView"),
    Page.SCRIPTS: ("belonging.ui.scripts.scripts_view", "ScriptsView"),
}


class MainWindow(QMainWindow):
    """Belonging's main window.

    Pages: `home`, `setup`, `ground_rules`, `check_in`, `conversation`, `deeper`, `wrap_up`,
    `pair`, `search`, `history`, `carry_forward`, `scripts` (attributes), shown with
    `show_page(Page.X)`.
    Signals: `shared_screen_changed(bool)` (True: private notes hidden, as they are unless
    shown on purpose — see `private_notes`), `larger_text_changed(bool)`, `closing()` (before
    the window closes: flush saves here). `undo_bar` (with `undo_action`) offers to undo;
    `present_action` is Presentation mode, for the conversation page only. `partner_bar` is
    the line at the foot of the window about the partner's own screen (`show_partner_bar`).
    """

    shared_screen_changed = Signal(bool)
    larger_text_changed = Signal(bool)
    closing = Signal()

    def __init__(
        self, settings: Settings, theme: ThemeManager | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.theme = theme
        self._shared_screen = True
        self._close_guard: Callable[[], bool] | None = None
        self.setWindowTitle(self.tr("Belonging"))
        self._setup_pages()
        self._setup_actions()
        self._setup_menus()
        self._setup_partner_bar()
        self._connect_signals()
        self._restore_window()
        self.larger_text_action.setChecked(settings.larger_text)
        self._on_larger_text_toggled(settings.larger_text)
        self.show_page(Page.HOME)

    # Building -------------------------------------------------------------------------------

    def _setup_pages(self) -> None:
        self._pages: dict[Page, QWidget] = {}
        self.stack = QStackedWidget()
        self.undo_action = make_action(Command.UNDO, self)
        self.undo_action.setEnabled(False)
        self.undo_bar = UndoBar(self.undo_action)
        # The bar sits inside the content, so locking the window takes it away too.
        self._content = content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.undo_bar)
        content.addAction(self.undo_action)
        self.setCentralWidget(content)

    def _view(self, page: Page) -> QWidget:
        """The view of `page`, imported and built the first time it is wanted."""
        widget = self._pages.get(page)
        if widget is None:
            module, name = _VIEWS[page]
            widget = getattr(importlib.import_module(module), name)()
            self._pages[page] = widget
            self.stack.addWidget(widget)
            if self._shared_screen:
                _share_screen(widget, True)
        return widget

    @property
    def home(self) -> HomeView:
        """Home: the pairs, an unfinished conversation to continue, the scripts."""
        return self._view(Page.HOME)

    @property
    def setup(self) -> SetupView:
        """Set-up: who, which script, how deep."""
        return self._view(Page.SETUP)

    @property
    def ground_rules(self) -> GroundRulesView:
        """The ground rules both people agree to."""
        return self._view(Page.GROUND_RULES)

    @property
    def check_in(self) -> CheckInView:
        """How close each person feels, before and after."""
        return self._view(Page.CHECK_IN)

    @property
    def conversation(self) -> ConversationView:
        """The prompt, the notes, Pause and Too much?."""
        return self._view(Page.CONVERSATION)

    @property
    def deeper(self) -> DeeperView:
        """Both people asked before going a level deeper."""
        return self._view(Page.DEEPER)

    @property
    def wrap_up(self) -> WrapUpView:
        """The read-back, follow-ups and closing check-in."""
        return self._view(Page.WRAP_UP)

    @property
    def pair(self) -> PairView:
        """A pair's history, follow-ups and settings."""
        return self._view(Page.PAIR)

    @property
    def search(self) -> SearchView:
        """Search over every note and prompt."""
        return self._view(Page.SEARCH)

    @property
    def history(self) -> ConversationHistoryView:
        """One past conversation, read again."""
        return self._view(Page.HISTORY)

    @property
    def carry_forward(self) -> CarryForwardView:
        """What last time left open, before a new conversation."""
        return self._view(Page.CARRY_FORWARD)

    @property
    def scripts(self) -> ScriptsView:
        """Every script, with Show, Rename, Remove and the way to import (File ▸ Scripts)."""
        return self._view(Page.SCRIPTS)

    def _setup_actions(self) -> None:
        self.quit_action = make_action(Command.QUIT, self)
        self.larger_text_action = make_action(Command.LARGER_TEXT, self, checkable=True)
        # The menu item toggles; its keys only ever make text larger, so pressing Ctrl++
        # twice never surprises anyone by shrinking it again.
        self.larger_text_action.setShortcuts([])
        self.larger_text_action.setText(
            f"{spec(Command.LARGER_TEXT).label()}\t{spec(Command.LARGER_TEXT).first_key_text()}"
        )
        self.larger_text_keys_action = make_action(Command.LARGER_TEXT, self)
        self.normal_text_action = make_action(Command.NORMAL_TEXT, self)
        self.show_private_action = make_action(Command.SHOW_PRIVATE, self, checkable=True)
        self.private_notes = PrivateNotesSwitch(
            self, self.show_private_action, lambda: self.current_page() in TALKING_PAGES
        )
        self.present_action = make_action(Command.PRESENT, self, checkable=True)
        self.present_action.setEnabled(False)
        self.addAction(self.present_action)
        self.shortcuts_help_action = make_action(Command.SHORTCUTS_HELP, self)
        # Enabled once their controllers are joined, when the data folder is open.
        self.heavy_moment_action = make_action(Command.HEAVY_MOMENT, self)
        self.heavy_moment_action.setText(
            self.tr("When something &heavy comes up…")
            + f"\t{spec(Command.HEAVY_MOMENT).first_key_text()}"
        )
        self.heavy_moment_action.setEnabled(False)
        self.settings_action = QAction(self.tr("Se&ttings…"), self)
        self.settings_action.setEnabled(False)
        self.import_list_action = QAction(self.tr("&Import a question list…"), self)
        self.import_list_action.setEnabled(False)
        self.scripts_action = QAction(self.tr("S&cripts"), self)
        self.scripts_action.setEnabled(False)
        self.search_action = make_action(Command.SEARCH, self)
        self.archived_action = QAction(self.tr("&Archived pairs…"), self)
        # Both are driven by the app controller once the notes are open (`ui.privacy`).
        self.privacy_action = QAction(self.tr("&Privacy…"), self)
        self.lock_action = make_action(Command.LOCK, self)
        self.about_action = QAction(self.tr("&About Belonging"), self)
        # Driven by the partner screen's controller, while a conversation is set up or held.
        self.partner_screen_action = make_action(Command.PARTNER_SCREEN, self)
        self.partner_screen_action.setEnabled(False)
        self.addAction(self.larger_text_keys_action)
        self.addAction(self.heavy_moment_action)
        self.language_menu = LanguageMenu(self.settings, self)
        self.addAction(self.partner_screen_action)

    def _setup_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.search_action)
        file_menu.addAction(self.archived_action)
        file_menu.addSeparator()
        file_menu.addAction(self.scripts_action)
        file_menu.addAction(self.import_list_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.privacy_action)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.larger_text_action)
        view_menu.addAction(self.normal_text_action)
        view_menu.addSeparator()
        view_menu.addAction(self.show_private_action)
        view_menu.addAction(self.present_action)
        view_menu.addAction(self.partner_screen_action)
        view_menu.addSeparator()
        view_menu.addMenu(self.language_menu.menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.heavy_moment_action)
        help_menu.addSeparator()
        help_menu.addAction(self.shortcuts_help_action)
        help_menu.addAction(self.about_action)

    def _setup_partner_bar(self) -> None:
        from belonging.ui.partner.partner_bar import PartnerBar

        self.partner_bar = PartnerBar(self.partner_screen_action)
        self.statusBar().addWidget(self.partner_bar, 1)
        self.statusBar().setSizeGripEnabled(False)
        self.statusBar().hide()

    def show_partner_bar(self, visible: bool, text: str = "") -> None:
        """Shows the partner's-screen line at the foot of the window (while a conversation
        is set up or held), saying `text`."""
        self.partner_bar.set_status(text)
        self.statusBar().setVisible(visible)

    def _connect_signals(self) -> None:
        self.quit_action.triggered.connect(self.close)
        self.larger_text_action.toggled.connect(self._on_larger_text_toggled)
        self.larger_text_keys_action.triggered.connect(self._on_larger_text_keys)
        self.normal_text_action.triggered.connect(self._on_normal_text_triggered)
        self.private_notes.hidden_changed.connect(self._on_shared_screen_toggled)
        self.present_action.toggled.connect(self._on_present_toggled)
        self.shortcuts_help_action.triggered.connect(self.show_shortcuts_help)
        self.about_action.triggered.connect(self.show_about)

    def _restore_window(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                frame = self.frameGeometry()
                frame.moveCenter(screen.availableGeometry().center())
                self.move(frame.topLeft())
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)

    # Pages ----------------------------------------------------------------------------------

    def show_page(self, page: Page) -> None:
        """Shows `page`. Entering a conversation hides private notes again."""
        entering = page in TALKING_PAGES and self.current_page() not in TALKING_PAGES
        widget = self._view(page)
        self.stack.setCurrentWidget(widget)
        if entering:
            self.private_notes.hide()
        presentable = page in (Page.CONVERSATION, Page.DEEPER)
        if not presentable:
            self.present_action.setChecked(False)
        self.present_action.setEnabled(presentable)
        _focus_first_control(widget)

    def current_page(self) -> Page | None:
        """The page showing now."""
        current = self.stack.currentWidget()
        return next((page for page, widget in self._pages.items() if widget is current), None)

    def page_widget(self, page: Page) -> QWidget:
        """The view of `page`."""
        return self._view(page)

    def content_shown(self) -> bool:
        """Whether the pages are in the window (not taken out by File ▸ Lock)."""
        return self.centralWidget() is self._content

    # Switches -------------------------------------------------------------------------------

    def set_shared_screen(self, on: bool) -> None:
        """Hides private notes everywhere (on), or shows them (off) without asking."""
        self.private_notes.set_hidden(on)

    def is_shared_screen(self) -> bool:
        """Whether private notes are hidden (as they are unless shown on purpose)."""
        return self._shared_screen

    def set_larger_text(self, on: bool) -> None:
        """Turns View ▸ Larger text on or off (and remembers it)."""
        self.larger_text_action.setChecked(on)

    @Slot()
    def show_shortcuts_help(self) -> KeyboardShortcutsDialog:
        """Opens Help ▸ Keyboard shortcuts (not modal, so it can stay open beside the window)."""
        from belonging.ui.shortcuts_dialog import KeyboardShortcutsDialog

        dialog = KeyboardShortcutsDialog(self)
        dialog.setModal(False)
        dialog.show()
        return dialog

    @Slot()
    def show_about(self) -> None:
        """Help ▸ About."""
        QMessageBox.about(
            self,
            self.tr("About Belonging"),
            self.tr(
                "Belonging {version}\n\nGuided one-on-one conversations that go deeper "
                "gradually, mutually and safely. Everything you write stays on this computer."
            ).format(version=__version__),
        )

    # Slots ----------------------------------------------------------------------------------

    @Slot(bool)
    def _on_shared_screen_toggled(self, on: bool) -> None:
        self._shared_screen = on
        for widget in self._pages.values():
            _share_screen(widget, on)
        self.shared_screen_changed.emit(on)

    def is_presenting(self) -> bool:
        """Whether Presentation mode is on."""
        return self.present_action.isChecked()

    @Slot(bool)
    def _on_present_toggled(self, on: bool) -> None:
        # Nothing private may show while presenting: the notes fold away, and showing
        # private notes waits until Presentation mode is left.
        if on:
            self.private_notes.hide()
        self.show_private_action.setEnabled(not on)
        self.conversation.set_presenting(on)

    @Slot(bool)
    def _on_larger_text_toggled(self, on: bool) -> None:
        self.settings.larger_text = on
        if self.theme is not None:
            self.theme.set_larger_text(on)
        self.normal_text_action.setEnabled(on)
        self.larger_text_changed.emit(on)

    @Slot()
    def _on_larger_text_keys(self) -> None:
        self.set_larger_text(True)

    @Slot()
    def _on_normal_text_triggered(self) -> None:
        self.set_larger_text(False)

    def set_close_guard(self, guard: Callable[[], bool] | None) -> None:
        """`guard()` is asked before the window closes; False keeps the window open (the
        app controller saves everything first, and asks if something could not be saved)."""
        self._close_guard = guard

    def closeEvent(self, event: QCloseEvent) -> None:
        """Asks the close guard, remembers the window's size and place, and lets
        controllers flush their saves."""
        if self._close_guard is not None and not self._close_guard():
            event.ignore()
            return
        self.closing.emit()
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        super().closeEvent(event)


def _share_screen(page: QWidget, on: bool) -> None:
    """Tells `page` the screen is shared (its private notes hidden), if it shows any."""
    setter = getattr(page, "set_shared_screen", None)
    if setter is not None:
        setter(on)


def _focus_first_control(page: QWidget) -> None:
    """Puts keyboard focus on the page's first control, so someone using the keyboard or a
    screen reader starts where the page starts instead of on a widget that is now hidden."""
    if _can_start_at(page, page.focusWidget()):
        return  # the page (or its controller) already chose, e.g. the prompt or Resume
    candidate = page.nextInFocusChain()
    while candidate is not None and candidate is not page:
        if _can_start_at(page, candidate):
            candidate.setFocus(Qt.FocusReason.TabFocusReason)
            return
        candidate = candidate.nextInFocusChain()


def _can_start_at(page: QWidget, widget: QWidget | None) -> bool:
    return (
        widget is not None
        and page.isAncestorOf(widget)
        and widget.isVisibleTo(page)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        # A page's scroll area only frames the controls (it keeps them in view as Tab
        # moves), so it is no place to start.
        and not isinstance(widget, QScrollArea)
    )
