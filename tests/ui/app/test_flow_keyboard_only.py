"""Someone using only the keyboard (or a screen reader) can start a conversation: each page
puts focus on its first control, and Tab goes through the fields in reading order."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from belonging.ui.main_window import Page
from support.flow import window_of


def _type(qtbot, text: str) -> None:
    """Types into whatever has focus, as a keyboard would."""
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_set_up_takes_names_typed_straight_after_start(qtbot, start_app, tmp_path):
    """After Start a conversation, typing goes into "Your name", and Tab leads on to the
    partner's name, so the set-up can be filled in without a mouse."""
    app = start_app(tmp_path / "data")
    window = window_of(app)
    window.home.start_button.setFocus()
    qtbot.keyClick(window.home.start_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.current_page() is Page.SETUP)
    setup = window.setup

    assert QApplication.focusWidget() is setup.owner_name_edit
    _type(qtbot, "Sam")
    for _ in range(5):  # past the role, to the partner's name, within a few Tabs
        if QApplication.focusWidget() is setup.partner_name_edit:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is setup.partner_name_edit
    _type(qtbot, "Alex")

    assert setup.owner_name_edit.text() == "Sam"
    assert setup.partner_name_edit.text() == "Alex"
    assert setup.continue_button.isEnabled()
