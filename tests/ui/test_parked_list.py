"""The list of parked prompts on the pair page, used as a person would: read each prompt and
where it came from, reach the list with Tab and walk it with the arrow keys, and keep one's
place when the page is filled again with the same prompts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from belonging.application.continuity_rows import ParkedItem
from belonging.ui.views.parked_list import DETAILS_ROLE, VISIBLE_ROWS, ParkedList

LONG = (
    "What would you like to know about the people who mentored me, and what I took from "
    "them, and what I would do differently if I were starting out again today?"
)


def _items(count: int) -> list[ParkedItem]:
    return [
        ParkedItem(f"m{n}", f"Prompt number {n}?", "Defining moments", date(2025, 3, 1 + n % 28))
        for n in range(count)
    ]


@pytest.fixture
def shown(qtbot, theme):
    """A function: a parked list holding `items`, in a window with a button before it."""

    windows = []  # qtbot holds its widgets weakly: the test keeps them alive

    def show(items) -> ParkedList:
        window = QWidget()
        windows.append(window)
        layout = QVBoxLayout(window)
        window.before = QPushButton("Before")  # type: ignore[attr-defined]
        layout.addWidget(window.before)  # type: ignore[attr-defined]
        parked = ParkedList()
        parked.setAccessibleName("Parked for a better moment")
        parked.set_items(items)
        layout.addWidget(parked)
        layout.addStretch(1)
        qtbot.addWidget(window)
        window.resize(760, 900)
        window.show()
        qtbot.waitExposed(window)
        return parked

    return show


def _row(parked: ParkedList, row: int, role=Qt.ItemDataRole.DisplayRole):
    model = parked.model()
    return model.data(model.index(row, 0), role)


def test_each_row_shows_the_prompt_and_where_it_came_from(shown):
    """A row is the prompt in quotes with its script and day beside it; a screen reader
    hears both; a prompt whose script and day are unknown is just the prompt."""
    parked = shown(
        [
            ParkedItem(
                "m1",
                "When did you last feel out of your depth?",
                "Defining moments",
                date(2025, 3, 12),
            ),
            ParkedItem("m2", "Who do you turn to?"),
        ]
    )
    assert _row(parked, 0) == "“When did you last feel out of your depth?”"
    assert _row(parked, 0, DETAILS_ROLE) == "Defining moments · 12 Mar 2025"
    assert _row(parked, 0, Qt.ItemDataRole.AccessibleTextRole) == (
        "“When did you last feel out of your depth?” · Defining moments · 12 Mar 2025"
    )
    assert _row(parked, 1, Qt.ItemDataRole.AccessibleTextRole) == "“Who do you turn to?”"
    list_interface = QAccessible.queryAccessibleInterface(parked)
    assert list_interface.text(QAccessible.Text.Name) == "Parked for a better moment"


def test_a_long_prompt_wraps_onto_more_lines(shown):
    """A long prompt takes a taller row instead of being cut off."""
    parked = shown([ParkedItem("short", "Why?"), ParkedItem("long", LONG, "Career paths")])
    short, long = (parked.visualRect(parked.model().index(row, 0)) for row in (0, 1))
    assert long.height() >= 2 * short.height() - 8
    assert long.top() >= short.bottom()


def test_a_few_rows_show_whole_and_many_scroll_inside(shown):
    """Up to eight prompts show in full; beyond that the list keeps the height of eight and
    scrolls inside."""
    few = shown(_items(3))
    assert not few.verticalScrollBar().isVisible()
    assert few.viewport().height() >= few.visualRect(few.model().index(2, 0)).bottom()
    many = shown(_items(40))
    eight = shown(_items(VISIBLE_ROWS))
    assert many.height() == pytest.approx(eight.height(), abs=4)
    assert many.verticalScrollBar().maximum() > 0


def test_tab_reaches_the_list_and_arrows_walk_it(shown, qtbot):
    """Tab from the control before the list lands on its first prompt; Down moves on, and
    the list scrolls to keep the chosen prompt in sight."""
    parked = shown(_items(30))
    window = parked.window()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.before.setFocus()
    qtbot.keyClick(window.before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is parked
    assert parked.currentIndex().row() == 0
    for _ in range(20):
        qtbot.keyClick(parked, Qt.Key.Key_Down)
    current = parked.currentIndex()
    assert current.row() == 20
    assert parked.viewport().rect().intersects(parked.visualRect(current))
    assert parked.verticalScrollBar().value() > 0


def test_the_same_prompts_again_keep_ones_place(shown, qtbot):
    """Filling the list with the prompts it shows keeps the chosen prompt; other prompts
    replace the rows."""
    items = _items(12)
    parked = shown(items)
    parked.setCurrentIndex(parked.model().index(5, 0))
    parked.set_items(list(items))
    assert parked.currentIndex().row() == 5
    parked.set_items(items[:2])
    assert parked.model().rowCount() == 2
    assert not parked.currentIndex().isValid()
    assert _row(parked, 1) == "“Prompt number 1?”"


def test_larger_text_makes_the_rows_taller(shown, theme, qtbot):
    """View ▸ Larger text measures the rows anew: each grows, and the list with them."""
    parked = shown(_items(3))
    before = (parked.visualRect(parked.model().index(0, 0)).height(), parked.height())
    theme.set_larger_text(True)
    qtbot.waitUntil(lambda: parked.visualRect(parked.model().index(0, 0)).height() > before[0])
    assert parked.height() > before[1]
