"""File ▸ Scripts: every script listed with where it lives; one's own renamed, removed and put
back with Undo, their folder opened; the built-in ones refused."""

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from belonging.ui.main_window import Page
from support.flow import TEST_SCRIPT, click, window_of

_OWN = TEST_SCRIPT.replace("id: test-walk", "id: my-walk").replace(
    "title: A test walk", "title: My own walk"
)


def _open_scripts(qtbot, app):
    window = window_of(app)
    window.scripts_action.trigger()
    qtbot.waitUntil(lambda: window.current_page() is Page.SCRIPTS)
    return window.scripts


def _titles(view) -> list[str]:
    return [view.table.topLevelItem(i).text(0) for i in range(view.table.topLevelItemCount())]


def _choose(qtbot, view, title: str) -> None:
    """Chooses a script in the list with the arrow keys, as a keyboard user would."""
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Home)
    for _ in range(view.table.topLevelItemCount()):
        if view.table.currentItem().text(0) == title:
            return
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
    raise AssertionError(f"{title!r} is not listed")


def _own_data_folder(tmp_path):
    data_dir = tmp_path / "data"
    (data_dir / "scripts").mkdir(parents=True)
    own = data_dir / "scripts" / "my-walk.md"
    own.write_text(_OWN, encoding="utf-8")
    return data_dir, own


def test_built_in_scripts_are_listed_but_cannot_be_renamed_or_removed(
    qtbot, start_app, tmp_path, shooter
):
    """A built-in script shows where it comes from; Rename and Remove are greyed with the
    reason under them, and Show opens the whole script to read."""
    data_dir, _own = _own_data_folder(tmp_path)
    app = start_app(data_dir)
    window = window_of(app)
    window.resize(1280, 720)
    view = _open_scripts(qtbot, app)
    assert sorted(_titles(view)) == ["A test walk", "My own walk"]
    _choose(qtbot, view, "A test walk")
    row = view.table.currentItem()
    assert row.text(3) == "Comes with Belonging"
    assert (row.text(1), row.text(2)) == ("3", "8")
    assert not view.rename_button.isEnabled() and not view.remove_button.isEnabled()
    assert "cannot be renamed or removed" in view.selected_label.text()
    shooter.shoot(window, "scripts-page")
    window.set_larger_text(True)
    shooter.shoot(window, "scripts-page-larger-text")
    window.set_larger_text(False)

    click(qtbot, view.show_button)
    reader = app.navigator.scripts.reader
    qtbot.waitUntil(reader.isVisible)
    assert "What did you have for breakfast?" in reader.text.toPlainText()
    reader.reject()
    shooter.keep()


def test_own_script_renamed_removed_and_put_back_with_undo(qtbot, start_app, tmp_path, shooter):
    """Rename writes the new title into the file; Remove asks first, deletes the file and
    offers Undo with the focus on it (settling the window's own offer, so one Undo shows);
    Undo writes back the very same bytes."""
    data_dir, own = _own_data_folder(tmp_path)
    before = own.read_bytes()
    app = start_app(data_dir)
    window = window_of(app)
    window.resize(1280, 720)
    view = _open_scripts(qtbot, app)
    controller = app.navigator.scripts
    _choose(qtbot, view, "My own walk")
    assert view.table.currentItem().text(3) == "Your scripts folder: my-walk.md"
    assert str(own) in view.selected_label.text()

    click(qtbot, view.rename_button)
    field = controller.dialog.findChild(QLineEdit)
    qtbot.waitUntil(field.isVisible)
    assert field.accessibleName() == "New title"
    qtbot.keyClicks(field, "Walking together")  # the old title is selected: typing replaces it
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Walking together" in _titles(view))
    assert "title: Walking together" in own.read_text(encoding="utf-8")
    assert view.table.currentItem().text(0) == "Walking together"
    renamed = own.read_bytes()

    undone = []
    app.services.undo.offer("Archived Sam and Alex", lambda: undone.append(True))
    qtbot.waitUntil(window.undo_bar.isVisible)
    click(qtbot, view.remove_button)
    box = controller.dialog
    assert isinstance(box, QMessageBox) and "Remove “Walking together”?" in box.text()
    (remove,) = [b for b in box.buttons() if b.text() == "Remove"]
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not own.exists())
    qtbot.waitUntil(view.removed_banner.isVisible)
    assert _titles(view) == ["A test walk"]
    assert not window.undo_bar.isVisible() and not window.undo_action.isEnabled()
    assert undone == []
    # The offscreen platform has no window manager to hand the focus back to the window once
    # the question closes; a desktop does, as this does here.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is view.undo_button
    shooter.shoot(window, "scripts-page-removed")

    qtbot.keyClick(view.undo_button, Qt.Key.Key_Space)
    qtbot.waitUntil(own.exists)
    assert own.read_bytes() == renamed != before
    qtbot.waitUntil(lambda: "Walking together" in _titles(view))
    assert not view.removed_banner.isVisible()
    assert not controller.can_undo
    shooter.keep()


def test_removal_cancelled_keeps_the_file_and_open_folder_opens_it(qtbot, start_app, tmp_path):
    """Cancel on the question leaves the file as it was; "Open your scripts folder" hands the
    folder (made if missing) to the file manager."""
    data_dir, own = _own_data_folder(tmp_path)
    before = own.read_bytes()
    app = start_app(data_dir)
    view = _open_scripts(qtbot, app)
    controller = app.navigator.scripts
    _choose(qtbot, view, "My own walk")
    click(qtbot, view.remove_button)
    controller.dialog.button(QMessageBox.StandardButton.Cancel).click()
    assert own.read_bytes() == before and "My own walk" in _titles(view)

    opened: list[QUrl] = []
    controller.open_url = lambda url: opened.append(url) or True
    click(qtbot, view.open_folder_button)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == [QUrl.fromLocalFile(str(data_dir / "scripts"))]

    click(qtbot, view.back_button)
    assert window_of(app).current_page() is Page.HOME
