"""The continuity pages rendered to PNG in light and dark, as people will see them.

The images go to a temporary folder; set BELONGING_SCREENSHOTS=DIR to keep a copy.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QVBoxLayout

from belonging.ui.theme_source import Scheme, read_theme
from belonging.ui.views.carry_forward_view import CarryForwardView
from belonging.ui.views.conversation_history_view import ConversationHistoryView
from belonging.ui.views.pair_view import PairView
from belonging.ui.views.search_view import SearchView
from belonging.ui.widgets.closeness_circles import ClosenessCircles
from belonging.ui.widgets.page import ScrollPage
from belonging.ui.widgets.styled import make_card, make_label
from support.continuity_samples import (
    CARRY_FOLLOW_UPS,
    CARRY_PARKED,
    FOLLOW_UPS,
    PARKED,
    READINGS,
    RECORD,
    SEARCH_GROUPS,
    SETTINGS,
    TIMELINE,
)

SIZE = (1180, 780)


def _pair_page():
    view = PairView()
    view.set_title("Sam and Alex", "Manager and report")
    view.set_timeline(TIMELINE)
    view.set_follow_ups(FOLLOW_UPS)
    view.set_parked(PARKED)
    view.set_closeness("Sam", "Alex", READINGS)
    view.set_settings(SETTINGS)
    return view


def _search_page():
    view = SearchView()
    view.set_query("baker")
    view.show_results(view.search_now(), SEARCH_GROUPS)
    return view


def _carry_page():
    view = CarryForwardView()
    view.set_items(CARRY_PARKED, CARRY_FOLLOW_UPS)
    return view


def _history_page():
    view = ConversationHistoryView()
    view.set_record(RECORD)
    return view


def _check_in_page():
    page = ScrollPage()
    page.body.addWidget(make_label("How close do you feel?", "title"))
    card = make_card()
    layout = QVBoxLayout(card)
    layout.setContentsMargins(24, 12, 24, 20)
    for name, value in (("Sam", 4), ("Alex", None)):
        circles = ClosenessCircles(f"How close do you feel, {name}?")
        circles.set_value(value)
        layout.addWidget(circles)
    page.body.addWidget(card)
    page.body.addStretch(1)
    return page


PAGES = {
    "pair-page": _pair_page,
    "pair-page-whole": _pair_page,
    "search": _search_page,
    "carry-forward": _carry_page,
    "conversation-history": _history_page,
    "check-in-circles": _check_in_page,
}


@pytest.mark.parametrize("scheme", list(Scheme))
def test_continuity_pages_render_in_the_theme(qtbot, theme, scheme, tmp_path):
    """Each continuity page renders in both schemes on the theme's own background."""
    theme.set_scheme_override(scheme)
    background = QColor(read_theme(scheme).colours["window"])
    saved = []
    for name, build in PAGES.items():
        page = build()
        qtbot.addWidget(page)
        page.setAutoFillBackground(True)
        page.resize(SIZE[0], 1750 if name.endswith("whole") else SIZE[1])
        page.show()
        qtbot.waitExposed(page)
        QApplication.processEvents()
        path = tmp_path / f"{name}-{scheme.value}.png"
        image = page.grab()
        assert image.save(str(path))
        saved.append(path)
        corner = image.toImage().pixelColor(4, image.height() - 4)
        assert corner == background, f"{name} does not sit on the {scheme} background"
        page.close()
    assert all(path.stat().st_size > 10_000 for path in saved)
    keep = os.environ.get("BELONGING_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        for path in saved:
            shutil.copy(path, Path(keep) / path.name)
