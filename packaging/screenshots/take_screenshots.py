"""Takes the screenshots the AppStream metainfo shows, from the real app.

    .venv/bin/python packaging/screenshots/take_screenshots.py [FOLDER]

Starts Belonging offscreen on a temporary data folder, holds a short conversation through
the window as two people would (built-in script "Defining moments"), and grabs the main window:
`conversation.png` during the first prompt, `home.png` back on Home afterwards, with the pair,
its last conversation and an open follow-up. FOLDER defaults to this script's folder.

The walk uses the widgets' public names, as the UI tests do; when a view changes, this
script changes with it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from belonging.ui.app import configure_application
from belonging.ui.controllers.app_controller import AppController
from belonging.ui.main_window import MainWindow, Page
from belonging.ui.shortcuts import Command
from belonging.ui.theme import ThemeManager
from belonging.ui.widgets.save_status import SaveState

SCRIPT_TITLE = "Defining moments"
TIMEOUT = 30.0


def wait_until(condition: Callable[[], object], what: str) -> None:
    """Runs the event loop until `condition()` holds; fails after TIMEOUT seconds."""
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.01)


def click(button: QAbstractButton) -> None:
    """Clicks a visible, enabled button with the mouse."""
    wait_until(button.isVisible, f"{button.text()!r} to show")
    if not button.isEnabled():
        raise RuntimeError(f"{button.text()!r} is disabled")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def type_into(widget: QWidget, text: str) -> None:
    """Types `text` into a line or text editor, key by key."""
    QTest.keyClicks(widget, text)
    QApplication.processEvents()


def laid_out(window: MainWindow) -> bool:
    """Whether the page's scrolling column has the height its wrapped lines need (grabbed
    sooner, the cards overlap)."""
    area = getattr(window.stack.currentWidget(), "scroll_area", None)
    if area is None:
        return True
    column = area.widget()
    return column.height() >= column.heightForWidth(column.width())


def grab(window: MainWindow, path: Path) -> None:
    """Saves the window once it is laid out: new cards are shown and sized over a few turns
    of the event loop, so it runs a moment before the page is measured."""
    settle_until = time.monotonic() + 0.5
    wait_until(
        lambda: time.monotonic() > settle_until and laid_out(window), "the page to be laid out"
    )
    if not window.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    print(f"wrote {path}")


def set_up_and_begin(window: MainWindow, closeness: dict[str, int] | None = None) -> None:
    """Home → set-up with two new people and the script → ground rules → check-in: each
    person's picture kept private when `closeness` gives them, skipped otherwise."""
    click(window.home.start_button)
    wait_until(lambda: window.current_page() is Page.SETUP, "the set-up page")
    setup = window.setup
    type_into(setup.owner_name_edit, "Sam")
    type_into(setup.partner_name_edit, "Alex")
    (item,) = setup.script_list.findItems(SCRIPT_TITLE, Qt.MatchFlag.MatchExactly)
    setup.script_list.setCurrentItem(item)
    click(setup.continue_button)
    wait_until(lambda: window.current_page() is Page.GROUND_RULES, "the ground rules")
    click(window.ground_rules.first_check)
    click(window.ground_rules.second_check)
    click(window.ground_rules.continue_button)
    check_in = window.check_in
    if closeness is None:
        click(check_in.skip_button)
    else:
        answer_privately(check_in.round, closeness)
        click(check_in.continue_button)
    wait_until(lambda: window.current_page() is Page.CONVERSATION, "the first prompt")


def wrap_up(window: MainWindow, controller: AppController) -> None:
    """Wrap up with a follow-up and the closing check-in, then back to Home."""
    click(window.conversation.buttons[Command.WRAP_UP])
    wait_until(lambda: window.findChild(QMessageBox, "wrap_up_now") is not None, "Wrap up now?")
    box = window.findChild(QMessageBox, "wrap_up_now")
    (yes,) = [b for b in box.buttons() if b.text().replace("&", "") == "Wrap up"]
    click(yes)
    wait_until(lambda: window.current_page() is Page.WRAP_UP, "the wrap-up")
    page = window.wrap_up
    editor = page.follow_up_editor
    type_into(editor.text_edit, "Share the story of the first job with the team")
    editor.owner_combo.setCurrentIndex(editor.owner_combo.findText("Alex"))
    click(editor.add_button)
    answer_privately(page.closing_round, {"Sam": 5, "Alex": 6})
    click(page.finish_button)
    wait_until(lambda: window.current_page() is Page.HOME, "Home")
    wait_until(lambda: controller.navigator.home.loaded and not controller.jobs.busy, "saving")


def answer_privately(private_round, closeness: dict[str, int]) -> None:
    """Each person in turn shows their question, picks a picture and keeps it private."""
    while (person := private_round.current_person()) is not None:
        click(private_round.show_button)
        click(private_round.question().circles.buttons[closeness[person.name]])
        click(private_round.done_button)


def main() -> int:
    """Takes both screenshots into the folder given (default: beside this script)."""
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    app = QApplication([sys.argv[0]])
    configure_application(app)
    with tempfile.TemporaryDirectory(prefix="belonging-screens-") as data_dir:
        theme = ThemeManager(app)
        controller = AppController(Path(data_dir), theme=theme)
        controller.start()
        wait_until(lambda: controller.window is not None, "the window")
        window = controller.window
        window.show()
        set_up_and_begin(window, {"Sam": 4, "Alex": 5})
        notes = window.conversation.notes_panel
        type_into(notes.prompt_note.editor, "Sam: the year I learned to sail.")
        type_into(notes.conversation_note.editor, "We both picked a year with a long summer.")
        wait_until(lambda: notes.save_status.state() is SaveState.SAVED, "the notes to save")
        grab(window, folder / "conversation.png")
        wrap_up(window, controller)
        grab(window, folder / "home.png")
        window.close()
        wait_until(lambda: not window.isVisible(), "the window to close")
    return 0


if __name__ == "__main__":
    sys.exit(main())
