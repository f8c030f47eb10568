"""Belonging in Spanish, page by page, as two people would use it: every word on every page
(labels, buttons, menus, tooltips, accessible names) is held to the Spanish catalogue, and
none is English that the catalogue translates; at 1280×720 with larger text, no button or
one-line label is narrower than its words.

The app runs as a start in Spanish sets it up (`ui.language.use_language`) on the real
built-in library, which it then offers in Spanish.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimeout

from belonging.core.engine import ManualClock
from belonging.languages import SPANISH
from belonging.storage.database import database_path
from belonging.storage.opening.startup import open_data_folder
from belonging.ui.controllers.app_controller import AppController
from belonging.ui.language import stop_using, use_language
from belonging.ui.main_window import Page
from belonging.ui.shortcuts import Command
from belonging.ui.widgets.closeness_circles import CirclesButton, closeness_words
from support.flow import answer_privately, choose_in, click, settle, tick, window_of
from support.language_check import Catalogue, english_left, menu_texts, shown_texts

SCRIPT = "weekly-check-in"
OWNER, PARTNER = "Lucía", "Martín"
SIZE = (1280, 720)
#: What a closed combo box keeps for its arrow, and a field for its frame and padding.
ARROW_ROOM = 30
TEXT_MARGINS = 8
SHORT_FIELD_TEXT = 30
#: A file's path, as the Scripts page shows it: the computer's names, not words to translate.
FILE_PATH = re.compile(r"(?<!\S)(?:/|[A-Za-z]:\\)\S+")
#: A question list as a Spanish-speaking mentor might have it: two topics, one question only
#: the leader asks, a line that is no question.
QUESTION_LIST = """\
# Preguntas para conocernos

## Familia
- ¿Qué recuerdas de la casa donde creciste?
- ¿Qué puedo hacer para ayudarte?

## Trabajo
- ¿De qué trabajo te sientes más orgulloso?
- Cuéntame cómo fue tu primer trabajo.

Gracias por participar.
"""


@pytest.fixture
def spanish(qapp):
    """The application speaking Spanish, as a start in Spanish makes it; put back after."""
    before = QLocale()
    translators = use_language(qapp, SPANISH)
    yield
    stop_using(qapp, translators)
    QLocale.setDefault(before)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    """The Spanish catalogue the app ships."""
    return Catalogue.spanish()


@pytest.fixture
def start_in_spanish(qtbot, theme, spanish):
    """Starts the app in Spanish on a data folder, with the real built-in scripts."""
    started: list[AppController] = []

    def start(data_dir: Path, clock: ManualClock) -> AppController:
        app = AppController(data_dir, theme=theme, clock=clock, language=SPANISH)
        started.append(app)
        app.start()
        qtbot.waitUntil(lambda: app.window is not None, timeout=10_000)
        qtbot.addWidget(app.window)
        qtbot.waitExposed(app.window)
        # Home may come from the first look before the rest of the app joins it.
        qtbot.waitUntil(
            lambda: app.navigator is not None and app.navigator.home.loaded, timeout=10_000
        )
        app.window.set_larger_text(True)
        app.window.resize(*SIZE)
        return app

    yield start
    for app in started:
        if app.window is not None and app.window.isVisible():
            app.window.close()
        app.close()
    theme.set_scheme_override(None)


class Walk:
    """Looks at each page in turn and keeps what is still English or cut short."""

    def __init__(self, qtbot, window: QWidget, catalogue: Catalogue) -> None:
        self.qtbot = qtbot
        self.window = window
        self.catalogue = catalogue
        self.english: list[str] = []
        self.clipped: list[str] = []
        self.pages: list[str] = []
        self._keep = os.environ.get("BELONGING_SCREENSHOTS")

    def look(self, name: str, widget: QWidget | None = None) -> None:
        """Reads every word shown in `widget` (the window by default) now."""
        widget = widget or self.window
        QApplication.processEvents()
        self.pages.append(name)
        texts = [(where, FILE_PATH.sub("", text)) for where, text in shown_texts(widget)]
        assert texts, f"nothing shown on {name}"
        self.english += [f"{name}: {line}" for line in english_left(texts, self.catalogue)]
        # A page shown a moment ago may still be settling its layout; what stays cut short
        # for a second is cut short for the person looking at it.
        try:
            self.qtbot.waitUntil(lambda: not cut_short(widget), timeout=1000)
        except WaitTimeout:
            self.clipped += [f"{name}: {line}" for line in cut_short(widget)]
        if self._keep:
            Path(self._keep).mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(Path(self._keep) / f"es-{len(self.pages):02d}-{name}.png"))

    def look_at_box(self, name: str, object_name: str) -> QMessageBox:
        """Reads the message box `object_name` open over the window."""
        QApplication.processEvents()
        box = self.window.findChild(QMessageBox, object_name)
        assert box is not None and box.isVisible(), f"{object_name} is not open"
        self.look(name, box)
        return box

    def check(self) -> None:
        """Fails with every English text and every clipped control found on the way."""
        assert self.english == [], "\n".join(self.english)
        assert self.clipped == [], "\n".join(self.clipped)


def cut_short(root: QWidget) -> list[str]:
    """Buttons, one-line labels and combo boxes shown narrower than their words need,
    wrapped labels shorter than their lines, and closeness pictures whose words do not fit
    under the circles."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if widget.height() < needed:
                found.append(f"{widget.text()!r} is {widget.height()} px tall, needs {needed}")
        one_line = isinstance(widget, QLabel) and not widget.wordWrap() and widget.text()
        # A field's own clear button shows an icon, never its words (they name it).
        icon_only = widget.metaObject().className() == "QLineEditIconButton"
        worded = isinstance(widget, QAbstractButton) and widget.text() and not icon_only
        if worded or one_line:
            needed = widget.minimumSizeHint().width()
            if widget.width() < needed:
                found.append(f"{widget.text()!r} is {widget.width()} px wide, needs {needed}")
        # A name or a role fits its field; a long path or sentence scrolls, as it may.
        short = isinstance(widget, QLineEdit) and len(widget.text()) <= SHORT_FIELD_TEXT
        if short and not isinstance(widget.parent(), QComboBox):
            needed = widget.fontMetrics().horizontalAdvance(widget.text()) + TEXT_MARGINS
            if widget.width() < needed:
                found.append(f"{widget.text()!r} in a field {widget.width()} px wide")
        if isinstance(widget, QComboBox):
            field = widget.lineEdit() or widget
            room = field.width() - (0 if widget.isEditable() else ARROW_ROOM)
            for text in {widget.currentText(), *map(widget.itemText, range(widget.count()))}:
                needed = widget.fontMetrics().horizontalAdvance(text) + TEXT_MARGINS
                if room < needed:
                    found.append(f"{text!r} in a combo box {room} px wide, needs {needed}")
        if isinstance(widget, CirclesButton):
            font = widget.font()
            font.setBold(True)  # as drawn when chosen
            metrics = QFontMetrics(font)
            room = widget.width() - 12
            for word in closeness_words(widget.value).split():
                if metrics.horizontalAdvance(word) > room:
                    found.append(f"{word!r} under picture {widget.value} is wider than {room} px")
    return found


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Types `text` key by key (QTest types only ASCII; "í" arrives as a key with its text)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _press(qtbot, window, command: Command) -> None:
    click(qtbot, window.conversation.buttons[command])


def _answer_box(qtbot, window, object_name: str, role: QMessageBox.ButtonRole) -> None:
    box = window.findChild(QMessageBox, object_name)
    (button,) = [b for b in box.buttons() if box.buttonRole(b) == role]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    box.deleteLater()


def _set_up(qtbot, walk: Walk, window, *, new_people: bool) -> None:
    """Set-up, in Spanish: the two people, the weekly script, fifteen minutes."""
    qtbot.waitUntil(lambda: window.current_page() is Page.SETUP)
    setup = window.setup
    if new_people:
        if setup.new_people_radio.isVisible():
            click(qtbot, setup.new_people_radio)
        type_text(qtbot, setup.owner_name_edit, OWNER)
        type_text(qtbot, setup.partner_name_edit, PARTNER)
    setup.select_script(SCRIPT)
    click(qtbot, setup.length_radios[15])
    walk.look("setup")
    click(qtbot, setup.continue_button)


def _rules_and_check_in(qtbot, walk: Walk, window) -> None:
    qtbot.waitUntil(lambda: window.current_page() is Page.GROUND_RULES, timeout=10_000)
    rules = window.ground_rules
    walk.look("ground-rules")
    click(qtbot, rules.first_check)
    walk.look("ground-rules-one-agreed")
    click(qtbot, rules.second_check)
    click(qtbot, rules.continue_button)
    check_in = window.check_in
    walk.look("check-in-hand-over")

    def answer(question, person):
        walk.look("check-in-question")
        click(qtbot, question.circles.buttons[4])

    answer_privately(qtbot, check_in.round, answer)
    walk.look("check-in-done")
    click(qtbot, check_in.continue_button)
    assert window.current_page() is Page.CONVERSATION


def _next_until(qtbot, window, page: Page) -> None:
    for _ in range(20):
        if window.current_page() is page:
            return
        _press(qtbot, window, Command.NEXT)
    raise AssertionError(f"{page} never came")


def _wrap_up(qtbot, walk: Walk, app, window) -> None:
    """Wrap up now? ▸ the wrap-up: a follow-up, the closing check-in, the summary."""
    if window.current_page() is Page.DEEPER:
        click(qtbot, window.deeper.wrap_up_button)
    else:
        _press(qtbot, window, Command.WRAP_UP)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "wrap_up_now") is not None)
    walk.look_at_box("wrap-up-now", "wrap_up_now")
    _answer_box(qtbot, window, "wrap_up_now", QMessageBox.ButtonRole.AcceptRole)
    qtbot.waitUntil(lambda: window.current_page() is Page.WRAP_UP)
    wrap_up = window.wrap_up
    qtbot.waitUntil(lambda: len(wrap_up.read_back.line_ids()) > 0, timeout=10_000)
    walk.look("wrap-up")
    editor = wrap_up.follow_up_editor
    type_text(qtbot, editor.text_edit, "Mandarle a Martín el artículo sobre hábitos")
    editor.owner_combo.setCurrentIndex(editor.owner_combo.findText(OWNER))
    click(qtbot, editor.due_check)
    click(qtbot, editor.add_button)

    def answer(question, person):
        walk.look("wrap-up-closing-question")
        click(qtbot, question.circles.buttons[5])
        if question.keep_box is not None:
            tick(qtbot, question.keep_box)

    answer_privately(qtbot, wrap_up.closing_round, answer)
    type_text(qtbot, wrap_up.summary_editor.editor, "Una buena primera charla.")
    bar = wrap_up.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    walk.look("wrap-up-end")
    click(qtbot, wrap_up.finish_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.HOME, timeout=10_000)
    qtbot.waitUntil(lambda: app.navigator.home.loaded)
    settle(qtbot, app)


def _a_whole_conversation(qtbot, walk: Walk, app, window, clock: ManualClock) -> None:
    """Every page of one conversation, with the moments that change what a page says."""
    view = window.conversation
    notes = view.notes_panel
    walk.look("conversation")
    type_text(qtbot, notes.prompt_note.editor, "Lucía: terminó el informe a tiempo.")
    click(qtbot, window.conversation.prompt_card.follow_ups_button)
    walk.look("conversation-follow-up-ideas")
    window.show_private_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "show_private_notes") is not None)
    walk.look_at_box("show-private-notes", "show_private_notes")
    _answer_box(qtbot, window, "show_private_notes", QMessageBox.ButtonRole.AcceptRole)
    type_text(qtbot, notes.private_note.editor, "Preguntarle por la mudanza.")
    walk.look("conversation-private-notes-shown")
    window.set_shared_screen(True)
    _press(qtbot, window, Command.PAUSE)
    clock.advance(4 * 60 + 5)
    qtbot.waitUntil(lambda: "4" in view.pause_overlay.elapsed_label.text())
    walk.look("paused")
    click(qtbot, view.pause_overlay.resume_button)
    clock.advance(5 * 60)
    app.navigator.conversation.refresh()
    walk.look("conversation-pacing-hint")
    _next_until(qtbot, window, Page.DEEPER)
    walk.look("deeper")
    deeper = window.deeper
    answers = iter((True, True))

    def vote(question, _person):
        walk.look("deeper-ballot")
        choose_in(qtbot, question.group, 0 if next(answers) else 1)

    answer_privately(qtbot, deeper.ballot, vote)
    walk.look("deeper-both-ready")
    click(qtbot, deeper.continue_button)
    assert window.current_page() is Page.CONVERSATION
    walk.look("conversation-leader-first")
    _press(qtbot, window, Command.TOO_MUCH)
    walk.look("too-much")
    click(qtbot, view.step_back_panel.go_on_button)
    walk.look("lighter")
    _press(qtbot, window, Command.PARK)
    walk.look("after-parking")
    _wrap_up(qtbot, walk, app, window)
    walk.look("home-with-a-pair")


def test_a_whole_conversation_in_spanish_shows_no_english(
    start_in_spanish, data_dir, qtbot, catalogue
):
    """Home, set-up, ground rules, check-in, the prompts (notes, follow-up ideas, private
    notes shown, pause, pacing, too much?, lighter, parked), Deeper?, Wrap up now? and the
    wrap-up, in Spanish: nothing on any of them is English, nothing is cut short."""
    clock = ManualClock()
    app = start_in_spanish(data_dir, clock)
    window = window_of(app)
    walk = Walk(qtbot, window, catalogue)
    walk.look("home-empty")
    click(qtbot, window.home.start_button)
    _set_up(qtbot, walk, window, new_people=True)
    _rules_and_check_in(qtbot, walk, window)
    assert app.navigator.live.script.title == "Un repaso semanal"
    _a_whole_conversation(qtbot, walk, app, window, clock)
    walk.check()
    assert len(walk.pages) >= 25


def _button(widget, text: str) -> QPushButton:
    (found,) = [
        b
        for b in widget.findChildren(QPushButton)
        if b.text().replace("&", "") == text and b.isVisible()
    ]
    return found


def _quick_conversation(qtbot, walk: Walk, app, window, clock: ManualClock) -> None:
    """A short conversation that leaves a parked prompt and a follow-up behind."""
    _rules_and_check_in(qtbot, walk, window)
    type_text(qtbot, window.conversation.notes_panel.prompt_note.editor, "Una semana tranquila.")
    clock.advance(60)
    _press(qtbot, window, Command.PARK)
    clock.advance(60)
    _wrap_up(qtbot, walk, app, window)


def test_the_pages_around_conversations_in_spanish_show_no_english(
    start_in_spanish, data_dir, qtbot, catalogue
):
    """After a first conversation: the pair page (timeline, chart, follow-ups, parked,
    settings and topics), a past conversation, search (found and not), the export dialog,
    what last time left, and the offer to continue after a quit, all in Spanish."""
    clock = ManualClock()
    app = start_in_spanish(data_dir, clock)
    window = window_of(app)
    walk = Walk(qtbot, window, catalogue)
    click(qtbot, window.home.start_button)
    _set_up(qtbot, walk, window, new_people=True)
    _quick_conversation(qtbot, walk, app, window, clock)

    with qtbot.waitSignal(app.navigator.pair.loaded, timeout=10_000):
        click(qtbot, _button(window.home, "Historial"))
    walk.look("pair-page")
    bar = window.pair.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    walk.look("pair-page-settings")
    story = window.pair.story
    newest = story.entries()[0].conversation_id
    story.open_button(newest).setFocus()
    qtbot.keyClick(story.open_button(newest), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.current_page() is Page.HISTORY, timeout=10_000)
    qtbot.waitUntil(lambda: window.history.record() is not None, timeout=10_000)
    walk.look("past-conversation")
    click(qtbot, window.history.export_button)
    qtbot.waitUntil(lambda: app.navigator.export_dialog is not None, timeout=10_000)
    walk.look("export-dialog", app.navigator.export_dialog)
    app.navigator.export_dialog.reject()

    window.search_action.trigger()
    search = window.search
    type_text(qtbot, search.query_edit, "tranquila")
    qtbot.waitUntil(lambda: search.result_count() > 0, timeout=10_000)
    walk.look("search-found")
    search.query_edit.clear()
    type_text(qtbot, search.query_edit, "zanahoria")
    qtbot.waitUntil(lambda: "zanahoria" in search.status_label.text(), timeout=10_000)
    walk.look("search-nothing-found")
    click(qtbot, search.back_button)

    app.navigator.home.show()
    qtbot.waitUntil(lambda: app.navigator.home.loaded)
    click(qtbot, window.home.start_button)
    _set_up(qtbot, walk, window, new_people=False)
    qtbot.waitUntil(lambda: window.current_page() is Page.CARRY_FORWARD, timeout=10_000)
    walk.look("carry-forward")
    click(qtbot, window.carry_forward.continue_button)
    _rules_and_check_in(qtbot, walk, window)
    settle(qtbot, app)
    window.close()

    again = start_in_spanish(data_dir, clock)
    window = window_of(again)
    qtbot.waitUntil(lambda: window.home.resume_banner.isVisible(), timeout=10_000)
    walk.window = window
    walk.look("home-continue-where-you-left-off")
    walk.check()


def test_the_menus_and_dialogs_in_spanish_show_no_english(
    start_in_spanish, data_dir, qtbot, catalogue
):
    """Every menu and item (the language names aside: each is written in its own
    language), Help ▸ Keyboard shortcuts, Help ▸ About and File ▸ Privacy, in Spanish."""
    app = start_in_spanish(data_dir, ManualClock())
    window = window_of(app)
    walk = Walk(qtbot, window, catalogue)
    endonyms = [
        action for choice, action in window.language_menu.actions.items() if choice != "system"
    ]
    texts = menu_texts(window.menuBar(), skip=endonyms)
    assert len(texts) >= 15
    walk.english += [f"menus: {line}" for line in english_left(texts, catalogue)]

    shortcuts = window.show_shortcuts_help()
    qtbot.waitExposed(shortcuts)
    walk.look("keyboard-shortcuts", shortcuts)
    shortcuts.close()

    seen = []

    def read_about() -> None:
        box = QApplication.activeModalWidget()
        seen.append(box)
        walk.look("about", box)
        box.close()

    QTimer.singleShot(0, read_about)
    window.show_about()
    assert seen, "Help ▸ About did not open"

    privacy = app.show_privacy()
    qtbot.waitExposed(privacy)
    walk.look("privacy", privacy)
    privacy.close()
    walk.check()


def _write_list(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _heavy_moment(qtbot, walk: Walk, app, window) -> None:
    """Help ▸ When something heavy comes up, its settings, and the card with support written."""
    window.heavy_moment_action.trigger()
    support = app.navigator.support
    qtbot.waitUntil(lambda: support.card is not None and support.card.isVisible(), timeout=10_000)
    card = support.card
    assert card.windowTitle() == "Cuando surge algo difícil"
    walk.look("heavy-moment-card", card)
    click(qtbot, card.edit_button)
    qtbot.waitUntil(lambda: support.settings_dialog is not None)
    settings = support.settings_dialog
    qtbot.waitUntil(settings.isVisible)
    walk.look("support-settings", settings)
    type_text(qtbot, settings.support_edit, "- Programa de asistencia: 900 123 456, gratuito")
    click(qtbot, settings.buttons.button(settings.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: "900 123 456" in card.support_text())
    walk.look("heavy-moment-card-with-support", card)
    click(qtbot, card.close_button)


def _import(qtbot, walk: Walk, app, lists: Path) -> None:
    """File ▸ Import a question list…: a file with nothing to ask, then a list, previewed
    (levels, headings, left out), its topics taken as levels, kept."""
    window = window_of(app)
    importer = app.navigator.importer
    importer.choose_file = lambda _parent: _write_list(lists, "compras.md", "# Compras\n\nLeche.\n")
    window.import_list_action.trigger()
    qtbot.waitUntil(lambda: importer.dialog is not None)
    dialog = importer.dialog
    qtbot.waitUntil(lambda: dialog.steps.currentWidget() is dialog.problem_page, timeout=10_000)
    walk.look("import-problem", dialog)
    importer.choose_file = lambda _parent: _write_list(lists, "preguntas.md", QUESTION_LIST)
    click(qtbot, dialog.problem_another_button)
    qtbot.waitUntil(lambda: dialog.steps.currentWidget() is dialog.preview_page, timeout=10_000)
    assert dialog.notes_label.isVisible()
    walk.look("import-preview", dialog)
    dialog.tabs.setCurrentIndex(1)
    walk.look("import-headings", dialog)
    dialog.tabs.setCurrentIndex(2)
    assert dialog.left_out_tree.topLevelItemCount() == 1
    walk.look("import-left-out", dialog)
    dialog.tabs.setCurrentIndex(1)
    headings = dialog.headings_list
    headings.setFocus()
    for row in range(2):
        headings.setCurrentRow(row)
        qtbot.keyClick(headings, Qt.Key.Key_Space)
        qtbot.waitUntil(dialog.keep_button.isEnabled, timeout=10_000)
    qtbot.waitUntil(dialog.guess_banner.isVisible, timeout=10_000)
    dialog.tabs.setCurrentIndex(0)
    walk.look("import-order-guessed", dialog)
    click(qtbot, dialog.keep_button)
    qtbot.waitUntil(lambda: dialog.steps.currentWidget() is dialog.kept_page, timeout=10_000)
    walk.look("import-kept", dialog)
    click(qtbot, dialog.kept_close_button)


def _choose_script(qtbot, table: QTreeWidget, title: str) -> None:
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    for _ in range(table.topLevelItemCount()):
        if table.currentItem().text(0) == title:
            return
        qtbot.keyClick(table, Qt.Key.Key_Down)
    raise AssertionError(f"{title!r} is not listed")


def _scripts_page(qtbot, walk: Walk, app) -> None:
    """File ▸ Scripts: the list, a built-in script read, one's own renamed, removed, put back."""
    window = window_of(app)
    controller = app.navigator.scripts
    window.scripts_action.trigger()
    qtbot.waitUntil(lambda: window.current_page() is Page.SCRIPTS)
    view = window.scripts
    _choose_script(qtbot, view.table, "Un repaso semanal")
    walk.look("scripts")
    click(qtbot, view.show_button)
    qtbot.waitUntil(lambda: controller.reader is not None and controller.reader.isVisible())
    walk.look("script-reader", controller.reader)
    controller.reader.reject()

    _choose_script(qtbot, view.table, "Preguntas para conocernos")
    walk.look("scripts-own")
    click(qtbot, view.rename_button)
    rename = controller.dialog
    qtbot.waitUntil(rename.isVisible)
    walk.look("rename-a-script", rename)
    field = rename.findChild(QLineEdit)
    type_text(qtbot, field, "Conocernos")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.table.currentItem().text(0) == "Conocernos", timeout=10_000)
    click(qtbot, view.remove_button)
    box = walk.look_at_box("remove-a-script", "remove_confirmation")
    destructive = QMessageBox.ButtonRole.DestructiveRole
    (remove,) = [b for b in box.buttons() if box.buttonRole(b) == destructive]
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.removed_banner.isVisible, timeout=10_000)
    walk.look("scripts-removed")
    click(qtbot, view.undo_button)
    qtbot.waitUntil(lambda: not view.removed_banner.isVisible(), timeout=10_000)
    click(qtbot, view.back_button)


def test_the_card_the_importer_and_the_scripts_page_in_spanish_show_no_english(
    start_in_spanish, data_dir, tmp_path, qtbot, catalogue
):
    """Help ▸ When something heavy comes up and its settings, File ▸ Import a question list…
    (a refusal, the preview's three tabs, an order guessed, kept) and File ▸ Scripts (a
    script read, renamed, removed, put back), in Spanish: no English, nothing cut short."""
    lists = tmp_path / "listas"
    lists.mkdir()
    app = start_in_spanish(data_dir, ManualClock())
    window = window_of(app)
    walk = Walk(qtbot, window, catalogue)
    _heavy_moment(qtbot, walk, app, window)
    _import(qtbot, walk, app, lists)
    _scripts_page(qtbot, walk, app)
    walk.check()
    assert len(walk.pages) >= 14


def test_a_damaged_notes_file_is_explained_in_spanish(spanish, theme, data_dir, qtbot, catalogue):
    """A start in Spanish on a damaged notes file, with a good backup: what happened, what
    is kept and the choices are all in Spanish, and with larger text no button is cut short
    (the backup's date is short enough for its button)."""
    open_data_folder(data_dir).close()
    open_data_folder(data_dir).close()  # the day's backup, of a sound file
    db_file = database_path(data_dir)
    db_file.write_bytes(b"\x00not SQLite at all" * 100)
    for sidecar in data_dir.glob(db_file.name + "-*"):
        sidecar.unlink()
    theme.set_larger_text(True)
    app = AppController(data_dir, theme=theme, language=SPANISH)
    try:
        app.start()
        qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible(), timeout=20_000)
        box = app.dialog
        walk = Walk(qtbot, box, catalogue)
        walk.look("damaged", box)
        walk.check()
        assert "no es una base de datos que Belonging pueda leer" in box.informativeText()
        assert {b.text().split(" del ")[0] for b in box.buttons()} == {
            "Recuperar la copia",
            "Empezar sin notas",
            "Salir",
        }
    finally:
        theme.set_larger_text(False)
        app.close()
