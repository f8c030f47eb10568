"""When something heavy comes up: the listener opens a calm card from any prompt (a button, a
key, the Help menu), the conversation goes on untouched, and the owner's own support details,
written in Settings, are on it."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from belonging.ui.settings import Settings
from support.flow import begin_conversation, click, prompt_words, window_of

_PRIVATE = "Worried about how Alex took the news about the team"
_SUPPORT = "- Employee assistance programme: 0800 123 456, free and confidential\n- HR: Dana Kim"


def _card(app):
    return app.navigator.support.card


def _open_by_key(qtbot, window) -> None:
    """Presses Shift+F1 where the focus is, as the listener would mid-conversation."""
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier
    )


def test_the_card_opens_from_the_prompt_and_leaves_the_conversation_as_it_was(
    qtbot, start_app, tmp_path, clock, shooter
):
    """Shift+F1 from inside a note opens the card with the words for the listener; the
    prompt, the clock, the saved steps and the private note stay as they were, and the
    card says nothing of any note."""
    app = start_app(tmp_path / "data")
    window = window_of(app)
    window.resize(1280, 720)
    begin_conversation(qtbot, window)
    view = window.conversation
    window.set_shared_screen(False)
    view.notes_panel.private_note.editor.setFocus()
    qtbot.keyClicks(view.notes_panel.private_note.editor, _PRIVATE)
    live = app.navigator.live
    prompt, state, events = prompt_words(window), live.state, len(live.engine.events)
    clock.advance(30)

    _open_by_key(qtbot, window)
    qtbot.waitUntil(lambda: _card(app) is not None and _card(app).isVisible())
    card = _card(app)
    shooter.shoot(card, "heavy-moment-card")

    said = card.support_text()
    assert card.windowTitle() == "When something heavy comes up"
    for words in ("Thank you for telling me", "You don't have to fix it", "What not to say"):
        assert words in said
    assert "Where to find support here" in said
    assert "is not written here yet" in said
    assert _PRIVATE not in said
    assert QApplication.focusWidget() is card.text
    interface = QAccessible.queryAccessibleInterface(card.text)
    assert interface.text(QAccessible.Text.Name) == "When something heavy comes up"

    assert prompt_words(window) == prompt
    assert (live.state, len(live.engine.events)) == (state, events)
    assert not view.is_paused()
    assert view.notes_panel.private_note.editor.toPlainText() == _PRIVATE

    qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert not card.isVisible()
    assert prompt_words(window) == prompt
    window.set_larger_text(True)
    shooter.shoot(window, "conversation-heavy-moment-button-larger-text")
    window.set_larger_text(False)
    shooter.keep()


def test_the_button_under_the_prompt_and_the_help_menu_open_it_too(qtbot, start_app, tmp_path):
    """A click on the button under the prompt, or Help ▸ When something heavy comes up,
    opens the same card; a keyboard user reaches the button with Tab and presses Space."""
    app = start_app(tmp_path / "data")
    window = window_of(app)
    begin_conversation(qtbot, window)
    button = window.conversation.heavy_moment_button
    assert button.text().replace("&", "") == "When something heavy comes up"
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _card(app) is not None and _card(app).isVisible())
    _card(app).close()

    window.heavy_moment_action.trigger()
    qtbot.waitUntil(lambda: _card(app).isVisible())
    assert window.heavy_moment_action in [
        a for m in window.menuBar().actions() for a in m.menu().actions()
    ]


def test_the_owner_writes_their_organisations_support_and_the_card_shows_it(
    qtbot, start_app, tmp_path, shooter
):
    """From the card, "Edit where to find support…" opens Settings; what the owner writes is
    kept in the data folder's settings and shown at the end of the card, as safe text."""
    data_dir = tmp_path / "data"
    app = start_app(data_dir)
    window = window_of(app)
    window.heavy_moment_action.trigger()
    qtbot.waitUntil(lambda: _card(app) is not None and _card(app).isVisible())
    card = _card(app)
    click(qtbot, card.edit_button)
    dialog = app.navigator.support.settings_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.support_edit)
    assert dialog.support_edit.accessibleName() == "Your organisation's support"
    qtbot.keyClicks(dialog.support_edit, "<b>EAP</b>: 0800 123 456")
    shooter.shoot(dialog, "support-settings")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    said = card.support_text()
    assert "<b>EAP</b>: 0800 123 456" in said  # escaped, shown as written
    assert "is not written here yet" not in said
    app.services.settings.sync()
    assert Settings(data_dir).support_resources == "<b>EAP</b>: 0800 123 456"
    shooter.shoot(card, "heavy-moment-card-with-support")
    window.set_larger_text(True)
    card.text.verticalScrollBar().setValue(card.text.verticalScrollBar().maximum())
    shooter.shoot(card, "heavy-moment-card-larger-text")
    click(qtbot, card.edit_button)
    shooter.shoot(app.navigator.support.settings_dialog, "support-settings-larger-text")
    app.navigator.support.settings_dialog.reject()
    window.set_larger_text(False)
    shooter.keep()


def test_support_written_before_shows_as_a_list_on_the_card(qtbot, start_app, tmp_path):
    """A list written in Settings shows as a list; File ▸ Settings opens the same field."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    Settings(data_dir).support_resources = _SUPPORT
    app = start_app(data_dir)
    window = window_of(app)
    window.settings_action.trigger()
    dialog = app.navigator.support.settings_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.support_edit.toPlainText() == _SUPPORT
    dialog.reject()
    window.heavy_moment_action.trigger()
    qtbot.waitUntil(lambda: _card(app) is not None and _card(app).isVisible())
    html = _card(app).text.toHtml()
    assert "<li" in html and "0800 123 456" in html
