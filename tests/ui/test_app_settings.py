"""The window's preferences: typed, kept in the data folder, remembered between runs."""

from PySide6.QtCore import QSettings

from belonging.ui.main_window import MainWindow
from belonging.ui.settings import SETTINGS_FILE, Settings


def test_settings_live_in_the_data_folder(data_dir):
    """The INI file is inside the data folder, so --data-dir isolates the preferences too."""
    settings = Settings(data_dir)
    settings.larger_text = True
    settings.sync()
    assert (data_dir / SETTINGS_FILE).is_file()
    assert "larger_text=true" in (data_dir / SETTINGS_FILE).read_text()


def test_values_survive_a_new_settings_object(data_dir):
    """What one run stores, the next run reads back with its type."""
    first = Settings(data_dir)
    first.larger_text = True
    first.last_minutes = 45
    first.last_script_id = "defining-moments"
    first.sync()
    second = Settings(data_dir)
    assert second.larger_text is True
    assert second.last_minutes == 45
    assert second.last_script_id == "defining-moments"


def test_defaults_when_nothing_is_stored(data_dir):
    """A fresh data folder gives the documented defaults."""
    settings = Settings(data_dir)
    assert settings.larger_text is False
    assert settings.last_minutes == 30
    assert settings.window_geometry is None


def test_two_data_folders_do_not_share_settings(tmp_path):
    """Two folders are two independent sets of preferences."""
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    Settings(one).larger_text = True
    assert Settings(two).larger_text is False


def test_a_hand_edited_bad_value_falls_back_to_the_default(data_dir):
    """A value that is not of the option's type is ignored calmly, not a crash at start."""
    raw = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
    raw.setValue("setup/last_minutes", "a while")
    raw.setValue("view/larger_text", "perhaps")
    raw.sync()
    settings = Settings(data_dir)
    assert settings.last_minutes == 30
    assert settings.larger_text is False


def test_window_size_and_place_are_remembered(qtbot, settings, theme):
    """Closing the window stores its geometry; the next window opens the same size."""
    first = MainWindow(settings, theme)
    qtbot.addWidget(first)
    first.show()
    # The offscreen screen is 800 px wide, so only the height and the place can vary here.
    first.resize(first.width(), 560)
    first.move(0, 120)
    place = first.pos()
    first.close()
    second = MainWindow(Settings(settings.path.parent), theme)
    qtbot.addWidget(second)
    second.show()
    assert second.height() == 560
    assert second.pos() == place


def test_larger_text_is_remembered(qtbot, settings, theme, qapp):
    """View ▸ Larger text stays on in the next window, and the text is larger there."""
    first = MainWindow(settings, theme)
    qtbot.addWidget(first)
    normal = qapp.font().pointSizeF()
    first.larger_text_action.trigger()
    first.close()
    second = MainWindow(Settings(settings.path.parent), theme)
    qtbot.addWidget(second)
    assert second.larger_text_action.isChecked()
    assert qapp.font().pointSizeF() > normal
