"""At 1280×720 with larger text nothing a person must reach is clipped or out of view: the
ground rules' boxes and why Continue waits, the question above the closeness pictures."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from belonging.ui.main_window import Page


@pytest.fixture
def small_window(filled_window):
    """The filled window at 1280×720 with larger text."""
    filled_window.set_larger_text(True)
    filled_window.resize(1280, 720)
    QApplication.processEvents()
    yield filled_window
    filled_window.set_larger_text(False)


def _wholly_in_view(widget: QWidget) -> bool:
    """Whether every pixel of `widget` is on screen (not scrolled away nor cut off)."""
    QApplication.processEvents()
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def test_the_agree_boxes_and_why_continue_waits_are_in_view(small_window):
    """Without scrolling, each person's box, the waiting line and Continue are all there,
    and Continue tells a screen reader why it is greyed."""
    small_window.show_page(Page.GROUND_RULES)
    rules = small_window.ground_rules
    for widget in (rules.first_check, rules.second_check, rules.waiting_label):
        assert _wholly_in_view(widget), widget
    assert _wholly_in_view(rules.continue_button) and not rules.continue_button.isEnabled()
    assert rules.continue_button.accessibleDescription() == rules.waiting_label.text()
    assert rules.waiting_label.text() == "Continue opens once you have both agreed."


@pytest.mark.parametrize("page", [Page.CHECK_IN, Page.WRAP_UP])
def test_the_question_above_the_closeness_pictures_is_never_cut(small_window, page):
    """With larger text the question's line sits wholly above the seven pictures, at the
    check-in and in the wrap-up's private question alike."""
    small_window.show_page(page)
    view = small_window.page_widget(page)
    private_round = view.round if page is Page.CHECK_IN else view.closing_round
    private_round.show_button.click()
    circles = private_round.question().circles
    QApplication.processEvents()
    title = circles.title_rect()
    assert title.height() >= circles.fontMetrics().height()
    assert all(button.geometry().top() > title.bottom() for button in circles.buttons.values())
