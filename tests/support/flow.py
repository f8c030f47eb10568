"""What the controller tests share: a small script, and acting and waiting as a person would."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from belonging.ui.controllers.app_controller import AppController
from belonging.ui.main_window import MainWindow
from belonging.ui.theme_source import Scheme

TEST_SCRIPT = """\
---
id: test-walk
title: A test walk
summary: Three short levels, for the flow tests.
audience: anyone
minutes: 30
turns: both
closing: What will you remember from today?
---

An introduction for the **test**: three levels, two prompts each at most.

## Easy {: minutes=8 }

> Keep it light.

- What did you have for *breakfast*?
    - Follow-up: Was it good?
- Which season do you like best?
- What is on your desk right now?

## Middle {: minutes=8 }

> A little more of yourselves.

- Tell me about a time you changed your mind.
    - Lighter: What is a small habit you changed?
- Who taught you something important?
- What are you proud of this year?

## Deep {: minutes=14 }

> Only if you both want to.

- What was a hard moment this year?
    - Lighter: What was a tiring week this year?
- When did you feel alone at work?
"""


def click(qtbot, button: QAbstractButton) -> None:
    """Clicks a button as a person would (it must be visible and enabled)."""
    # Widgets added to a shown page appear, and are laid out, at a later turn of the event
    # loop: a person cannot press a button before it has a size.
    qtbot.waitUntil(lambda: button.isVisible() and not button.rect().isEmpty(), timeout=2000)
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def settle(qtbot, app: AppController) -> None:
    """Waits until every save has reached the database (no sleeping: a condition)."""
    navigator = app.navigator

    def settled() -> bool:
        live = navigator.live if navigator is not None else None
        pending = live is not None and live.writes.count > 0
        return not app.jobs.busy and not pending

    qtbot.waitUntil(settled, timeout=10_000)


class Shooter:
    """Renders the window to PNG in light and dark as the flow goes, into one folder."""

    def __init__(self, theme, folder: Path) -> None:
        self.theme = theme
        self.folder = folder
        self.saved: list[Path] = []

    def shoot(self, window: QWidget, name: str) -> None:
        """Saves `name-light.png` and `name-dark.png` of the window as it is now."""
        for scheme in Scheme:
            self.theme.set_scheme_override(scheme)
            QApplication.processEvents()
            path = self.folder / f"{name}-{scheme.value}.png"
            assert window.grab().save(str(path)), f"could not write {path}"
            self.saved.append(path)
        self.theme.set_scheme_override(Scheme.LIGHT)

    def keep(self) -> None:
        """Copies the images to $BELONGING_SCREENSHOTS when it is set, to look at them."""
        keep = os.environ.get("BELONGING_SCREENSHOTS")
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            for path in self.saved:
                shutil.copy(path, Path(keep) / path.name)


def window_of(app: AppController) -> MainWindow:
    """The app's main window (it exists once the app has opened)."""
    assert app.window is not None
    return app.window


def begin_conversation(qtbot, window: MainWindow, owner: str = "Sam", partner: str = "Alex"):
    """From Home: two new people, the test script, both agree, check-in skipped."""
    from belonging.ui.main_window import Page

    click(qtbot, window.home.start_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.SETUP)
    setup = window.setup
    if window.setup.new_people_radio.isVisible():
        click(qtbot, setup.new_people_radio)
    qtbot.keyClicks(setup.owner_name_edit, owner)
    qtbot.keyClicks(setup.partner_name_edit, partner)
    click(qtbot, setup.continue_button)
    qtbot.waitUntil(lambda: window.current_page() is Page.GROUND_RULES)
    click(qtbot, window.ground_rules.first_check)
    click(qtbot, window.ground_rules.second_check)
    click(qtbot, window.ground_rules.continue_button)
    click(qtbot, window.check_in.skip_button)
    assert window.current_page() is Page.CONVERSATION


def prompt_words(window: MainWindow) -> str:
    """The prompt on screen, as a screen reader reads it."""
    return window.conversation.prompt_card.prompt_label.accessibleName()


def answer_privately(qtbot, private_round, answer=lambda question, person: None) -> None:
    """Goes through a private round as the two people would: each in turn shows their
    question, answers it (`answer(question, person)`), and presses Done."""
    while private_round.current_person() is not None:
        person = private_round.current_person()
        click(qtbot, private_round.show_button)
        question = private_round.question()
        # The question grows into the page at a later turn of the event loop.
        qtbot.waitUntil(lambda q=question: q.height() >= q.minimumSizeHint().height())
        answer(question, person)
        click(qtbot, private_round.done_button)
        # Gone from the screen as soon as it is answered.
        assert question.parent() is None or not question.isVisible()


def choose_in(qtbot, group, index: int) -> None:
    """Clicks the `index`th choice of a radio group on its mark, as a person would."""
    button = group.button(index)
    # On screen, not merely shown: a long page scrolls the question into view first.
    qtbot.waitUntil(lambda: not button.visibleRegion().isEmpty(), timeout=2000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(10, button.height() // 2))
    assert button.isChecked(), f"{button.text()!r} was not chosen"


def vote(qtbot, deeper_view, yes: tuple[bool, bool] = (True, True)) -> None:
    """The secret ballot on the Deeper? page: each says yes or not yet, privately; then
    Continue."""
    votes = iter(yes)
    answer_privately(
        qtbot,
        deeper_view.ballot,
        lambda question, _person: choose_in(qtbot, question.group, 0 if next(votes) else 1),
    )
    click(qtbot, deeper_view.continue_button)


def answer_wrap_up_now(qtbot, parent, wrap_up: bool = True) -> None:
    """Answers the "Wrap up now?" question (opened by the conversation page's Wrap up)."""
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, "wrap_up_now") is not None)
    box = parent.findChild(QMessageBox, "wrap_up_now")
    wanted = "Wrap up" if wrap_up else "Keep talking"
    (button,) = [b for b in box.buttons() if b.text().replace("&", "") == wanted]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    box.deleteLater()


def tick(qtbot, box) -> None:
    """Ticks (or unticks) a check box on its mark, as a person would."""
    qtbot.waitUntil(lambda: not box.visibleRegion().isEmpty(), timeout=2000)
    before = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(10, box.height() // 2))
    assert box.isChecked() != before, f"{box.text()!r} did not change"
