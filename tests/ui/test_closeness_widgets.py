"""The closeness pictures (two circles, chosen by click, arrows or 1-7, each with a name a
screen reader says) and the chart of closeness over time."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from belonging.application.continuity_rows import ClosenessReading
from belonging.ui.widgets.closeness_chart import MAX_SHOWN, ClosenessChart, series
from belonging.ui.widgets.closeness_circles import (
    SCALE,
    ClosenessCircles,
    centre_distance,
)


@pytest.fixture
def circles(qtbot, theme):
    """A picker of seven pictures, shown."""
    widget = ClosenessCircles("How close do you feel, Sam?")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_each_picture_has_a_spoken_name(circles):
    """Every picture says its place and its words, e.g. "3 of 7: a little overlap"."""
    names = [circles.buttons[value].accessibleName() for value in SCALE]
    assert names[0] == "1 of 7: apart"
    assert names[2] == "3 of 7: a little overlap"
    assert names[6] == "7 of 7: almost one"
    assert len(set(names)) == 7


def test_clicking_a_picture_picks_it(circles, qtbot):
    """A click anywhere on a picture picks its value and says so once."""
    with qtbot.waitSignal(circles.value_changed) as picked:
        qtbot.mouseClick(circles.buttons[5], Qt.MouseButton.LeftButton)
    assert picked.args == [5]
    assert circles.value() == 5


def test_keys_pick_pictures(circles, qtbot):
    """Digits pick a picture at once, arrows step from it, Home and End go to the ends."""
    circles.buttons[1].setFocus()
    qtbot.keyClick(circles.buttons[1], Qt.Key.Key_4)
    assert circles.value() == 4
    assert circles.buttons[4].hasFocus()
    qtbot.keyClick(circles.buttons[4], Qt.Key.Key_Right)
    assert circles.value() == 5
    qtbot.keyClick(circles.buttons[5], Qt.Key.Key_Left)
    qtbot.keyClick(circles.buttons[4], Qt.Key.Key_Left)
    assert circles.value() == 3
    qtbot.keyClick(circles.buttons[3], Qt.Key.Key_End)
    assert circles.value() == 7
    qtbot.keyClick(circles.buttons[7], Qt.Key.Key_Right)
    assert circles.value() == 7
    qtbot.keyClick(circles.buttons[7], Qt.Key.Key_Home)
    assert circles.value() == 1


def test_set_value_is_quiet_and_clears(circles, qtbot):
    """Showing an earlier answer, or none, does not emit a change."""
    changes = []
    circles.value_changed.connect(changes.append)
    circles.set_value(6)
    assert circles.value() == 6
    circles.set_value(None)
    assert circles.value() is None
    assert changes == []


def test_buttons_are_keyed_by_value(qtbot):
    """The views reach each picture by its value: one button per step, with the value as id."""
    picker = ClosenessCircles()
    qtbot.addWidget(picker)
    assert sorted(picker.buttons) == list(SCALE)
    assert picker.group.id(picker.buttons[3]) == 3


def test_circles_come_closer_step_by_step():
    """From apart (a gap) through touching to almost one, every step brings them closer."""
    distances = [centre_distance(value, 10) for value in SCALE]
    assert distances == sorted(distances, reverse=True)
    assert distances[0] > 20 and distances[1] == 20 and distances[-1] < 3


def _readings():
    return [
        ClosenessReading(date(2025, 3, 5), before=(3, 2), after=(4, 4)),
        ClosenessReading(date(2025, 3, 12), before=(4, None), after=(5, 4)),
        ClosenessReading(date(2025, 3, 19), before=(5, 4), after=(6, 5)),
    ]


def test_chart_describes_the_trend_in_words(qtbot, theme):
    """The chart's accessible description says how each person's closeness moved."""
    chart = ClosenessChart()
    qtbot.addWidget(chart)
    chart.set_people("Sam", "Alex")
    assert chart.accessibleDescription() == "No check-ins yet."
    chart.set_readings(_readings())
    description = chart.accessibleDescription()
    assert "over 3 conversations" in description
    assert "Sam: from 3 to 6, closer." in description
    assert "Alex: from 2 to 5, closer." in description


def test_a_long_history_draws_its_recent_conversations(qtbot, theme):
    """Years of check-ins are not crammed onto one axis: the chart draws the most recent
    and says, in words too, how many there are in all."""
    chart = ClosenessChart()
    qtbot.addWidget(chart)
    chart.set_people("Sam", "Alex")
    first = date(2020, 1, 6)
    readings = [
        ClosenessReading(first + timedelta(weeks=n), before=(2, 3), after=(2 + n % 5, 3))
        for n in range(300)
    ]
    chart.set_readings(readings)
    description = chart.accessibleDescription()
    assert f"over the last {MAX_SHOWN} of the 300 conversations with a check-in" in description
    newest = readings[-MAX_SHOWN:]
    sam = series(newest, 0)
    assert f"Sam: from {sam[0][1]} to {sam[-1][1]}" in description


def test_chart_points_sit_before_and_after_each_conversation():
    """Before points sit left of their conversation, after points right; skipped ones are
    left out."""
    alex = series(_readings(), 1)
    assert [(value, after) for _x, value, after in alex] == [
        (2, False),
        (4, True),
        (4, True),
        (4, False),
        (5, True),
    ]
    xs = [x for x, _value, _after in alex]
    assert xs == sorted(xs)
    assert xs[0] < 0 < xs[1] < 1


def test_chart_draws_both_lines_in_palette_colours(qtbot, theme):
    """The drawing holds the accent colour (first person) and the text colour (second)."""
    chart = ClosenessChart()
    qtbot.addWidget(chart)
    chart.resize(640, chart.sizeHint().height())
    chart.set_people("Sam", "Alex")
    chart.set_readings(_readings())
    chart.show()
    QApplication.processEvents()
    image = chart.grab().toImage()
    palette = chart.palette()
    wanted = {
        palette.color(palette.ColorRole.Highlight).rgb(),
        palette.color(palette.ColorRole.WindowText).rgb(),
    }
    found = {
        QColor(image.pixel(x, y)).rgb()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    assert wanted <= found
