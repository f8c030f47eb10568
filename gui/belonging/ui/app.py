"""Starting the app: its identity, theme and translations, then the AppController, which
opens the data folder and shows the main window.

`run_app` is what `belonging` calls with no subcommand. The steps are separate functions so
tests can prepare the application the same way without entering the event loop.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from belonging.application.first_look import use_private_umask
from belonging.paths import APP_NAME, resolve_data_dir
from belonging.resources import icons_dir
from belonging.ui.controllers.app_controller import AppController
from belonging.ui.error_reporting import CalmErrorHook
from belonging.ui.language import install_translators, resolve_language, use_language
from belonging.ui.session_end import SessionEnd
from belonging.ui.settings import Settings
from belonging.ui.source_plurals import install_source_plurals
from belonging.ui.theme import ThemeManager

ORGANISATION = "Belonging"
# The desktop entry and AppStream id (packaging/linux/), so Wayland and Flatpak match the
# window to its icon.
DESKTOP_FILE_NAME = "io.github.belonging.Belonging"

__all__ = ["app_icon", "configure_application", "install_translators", "run_app"]


def app_icon() -> QIcon:
    """The window icon, from resources/icons/belonging.svg."""
    return QIcon(str(icons_dir() / "belonging.svg"))


def configure_application(app: QApplication) -> None:
    """Names the application (for the desktop and for dialogs), its icon and its style.

    Fusion draws every control from the palette, so the themes look the same everywhere.
    """
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    if app.style().name().lower() != "fusion":  # making it again costs a start ~5 ms
        app.setStyle("Fusion")
    # First, so that a language's own catalogue, installed after, is asked before it.
    install_source_plurals(app)


def end_with_the_session(app: QApplication, controller: AppController) -> SessionEnd:
    """Makes the end of a session a clean close: SIGTERM, SIGINT and SIGHUP close the app
    as its window would (without a question), the session manager's request to save saves
    every word, and any quit of the event loop closes the data folder. Call `uninstall()`
    on the result once the event loop has ended."""
    session = SessionEnd(app)

    def end(_signum: int) -> None:
        app.exit(0 if controller.end_session() else 1)

    session.ending.connect(end)
    session.save_requested.connect(controller.save_everything)
    session.quitting.connect(controller.close)
    session.install()
    return session


def run_app(data_dir_arg: str | None, qt_args: list[str]) -> int:
    """Opens the window on the chosen data folder and runs until it closes; the exit code.

    The AppController opens the data folder (single-instance lock, checks, backup,
    migrations) off the UI thread and shows the main window when it is ready; a start that
    cannot open its data explains why and ends with its exit code.
    """
    # Every file the app writes (settings, exports) is this user's alone, like the notes.
    use_private_umask()
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    configure_application(app)
    # Made (and made private) by the opening, on its thread: a folder that cannot be is
    # then said plainly in the "cannot open" dialog instead of ending in a traceback here.
    data_dir = resolve_data_dir(data_dir_arg)
    # Before any window or dialog: the passphrase and "cannot open" ones speak it too.
    language = resolve_language(Settings(data_dir).language)
    use_language(app, language)
    theme = ThemeManager(app)
    theme.apply()
    controller = AppController(data_dir, theme=theme, language=language)
    # A start-up dialog may be the only window for a moment (a damaged database, say):
    # closing it must not end the app before the main window has had its chance to open.
    app.setQuitOnLastWindowClosed(False)
    controller.opened.connect(lambda: app.setQuitOnLastWindowClosed(True))
    controller.failed.connect(app.exit)
    errors = CalmErrorHook(lambda: controller.window)
    errors.install()
    session = end_with_the_session(app, controller)
    try:
        controller.start()
        code = app.exec()
        controller.close()
    finally:
        session.uninstall()
        errors.uninstall()
    return controller.exit_code if controller.exit_code is not None else code
