"""Drives the Scripts page: the list from the library, Show, Rename, Remove (confirmed, with
Undo for a few seconds), Open your scripts folder, and the way to import.

Renaming and removing write files, so they run on the database thread; each ends by reloading
the library there, and the list is read again from it. A removal keeps the file's bytes in
memory until its Undo expires: Undo writes them back as they were.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from belonging.application.runner import Cancel
from belonging.application.script_files import (
    FileNotReadError,
    FileNotWrittenError,
    NotOwnScriptError,
    RemovedScript,
    ScriptFileExistsError,
    make_user_scripts_folder,
    remove_script,
    rename_script,
    restore_script,
    script_rows,
)
from belonging.core.scripts.model import Script
from belonging.core.scripts.retitle import TitleError
from belonging.ui.controllers.page_controller import PageController
from belonging.ui.controllers.services import Services
from belonging.ui.pages import Page, ShowPage
from belonging.ui.scripts.script_reader import ScriptReader
from belonging.ui.scripts.scripts_view import ScriptsView
from belonging.ui.widgets.save_status import reason_for

#: How long Undo stays offered after a removal.
UNDO_SECONDS = 10


class ScriptsController(PageController):
    """Drives the Scripts page. Signals: `import_requested()` (the page's Import button) and
    `back()`. `open_url` opens the folder in the file manager (tests give their own)."""

    _view: ScriptsView

    import_requested = Signal()
    back = Signal()

    def __init__(
        self,
        view: ScriptsView,
        services: Services,
        show_page: ShowPage,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(view, services, show_page, parent)
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.reader: ScriptReader | None = None
        self.dialog: QMessageBox | QInputDialog | None = None
        self._removed: RemovedScript | None = None
        self._cancel_undo: Cancel | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        view = self._view
        view.show_requested.connect(self._on_show_requested)
        view.rename_requested.connect(self._on_rename_requested)
        view.remove_requested.connect(self._on_remove_requested)
        view.undo_requested.connect(self._on_undo_requested)
        view.open_folder_requested.connect(self._on_open_folder_requested)
        view.import_requested.connect(self.import_requested)
        view.back_requested.connect(self.back)

    def open(self, script_id: str | None = None) -> None:
        """Shows the page, the list read from the library, `script_id` chosen if given."""
        self.refresh(script_id)
        self._show_page(Page.SCRIPTS)
        self._view.table.setFocus()

    def refresh(self, script_id: str | None = None) -> None:
        """Lists the library's scripts again (it is in memory: nothing is read from disk)."""
        self._view.set_scripts(script_rows(self._services.workspace.library))
        if script_id is not None:
            self._view.select_script(script_id)

    # Show and rename --------------------------------------------------------------------------

    @Slot(str)
    def _on_show_requested(self, script_id: str) -> None:
        script = self._services.workspace.library.get(script_id)
        if script is None:
            return
        if self.reader is None:
            self.reader = ScriptReader(self._view.window())
        self.reader.show_script(script)
        self.reader.open()

    @Slot(str)
    def _on_rename_requested(self, script_id: str) -> None:
        script = self._services.workspace.library.get(script_id)
        if script is None or script.builtin:
            return
        dialog = QInputDialog(self._view.window())
        dialog.setObjectName("rename_dialog")
        dialog.setWindowTitle(self.tr("Rename a script"))
        dialog.setLabelText(self.tr("New &title for “{title}”:").format(title=script.title))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(script.title)
        dialog.setOkButtonText(self.tr("Rename"))
        dialog.textValueSelected.connect(lambda title: self._rename(script_id, title))
        self.dialog = dialog
        dialog.open()
        line_edit = dialog.findChild(QLineEdit)
        if line_edit is not None:
            line_edit.setAccessibleName(self.tr("New title"))
            line_edit.selectAll()

    def _rename(self, script_id: str, title: str) -> None:
        if not title.strip():
            self._tell(self.tr("A script needs a title; it was not renamed."))
            return
        library = self._services.workspace.library
        self._services.jobs.write(
            lambda: rename_script(library, script_id, title.strip()),
            on_result=lambda script: self._on_renamed(script),
            on_error=self._on_failed,
        )

    def _on_renamed(self, script: Script) -> None:
        self.refresh(script.id)

    # Remove and undo --------------------------------------------------------------------------

    @Slot(str)
    def _on_remove_requested(self, script_id: str) -> None:
        script = self._services.workspace.library.get(script_id)
        if script is None or script.builtin:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove a script"),
            self.tr(
                "Remove “{title}”? Its file is deleted from your scripts folder. Past "
                "conversations with it keep everything that was said."
            ).format(title=script.title),
            parent=self._view.window(),
        )
        box.setObjectName("remove_confirmation")
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: self._remove(script_id) if button is remove else None
        )
        self.dialog = box
        box.open()

    def _remove(self, script_id: str) -> None:
        self._forget_removed()
        # One Undo at a time: the page's own offer replaces the window's (an archive made just
        # before), so Alt+U and Ctrl+Z never mean two things.
        self._services.undo.withdraw()
        library = self._services.workspace.library
        self._services.jobs.write(
            lambda: remove_script(library, script_id),
            on_result=self._on_removed,
            on_error=self._on_failed,
        )

    def _on_removed(self, removed: RemovedScript) -> None:
        self._removed = removed
        self.refresh()
        self._view.show_removed(removed.title)
        self._cancel_undo = self._services.jobs.later(UNDO_SECONDS, self._forget_removed)

    @Slot()
    def _on_undo_requested(self) -> None:
        removed = self._removed
        if removed is None:
            return
        self._forget_removed()
        library = self._services.workspace.library
        self._services.jobs.write(
            lambda: restore_script(library, removed),
            on_result=lambda _none: self.refresh(removed.script_id),
            on_error=self._on_failed,
        )

    def _forget_removed(self) -> None:
        """Ends the Undo offer: the removal stands."""
        if self._cancel_undo is not None:
            self._cancel_undo()
            self._cancel_undo = None
        self._removed = None
        self._view.hide_removed()

    @property
    def can_undo(self) -> bool:
        """Whether a removal can still be taken back."""
        return self._removed is not None

    # The folder -------------------------------------------------------------------------------

    @Slot()
    def _on_open_folder_requested(self) -> None:
        library = self._services.workspace.library
        self._services.jobs.write(
            lambda: make_user_scripts_folder(library),
            on_result=lambda folder: self.open_url(QUrl.fromLocalFile(str(folder))),
            on_error=self._on_failed,
        )

    # Problems ---------------------------------------------------------------------------------

    def _on_failed(self, error: BaseException) -> None:
        self.refresh()
        match error:
            case NotOwnScriptError():
                text = self.tr("Only your own scripts can be renamed or removed.")
            case ScriptFileExistsError():
                text = self.tr(
                    "Another file now has this script's name in your scripts folder, so it "
                    "was not put back: {path}"
                ).format(path=error.path)
            case FileNotReadError() | FileNotWrittenError():
                text = self.tr("The script file could not be changed: {reason}.").format(
                    reason=error.reason
                )
            case TitleError():
                text = self.tr("A script needs a title; it was not renamed.")
            case _:
                text = self.tr("This could not be done just now ({reason}).").format(
                    reason=reason_for(error)
                )
        self._tell(text)

    def _tell(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Scripts"), text, parent=self._view.window()
        )
        box.setObjectName("scripts_problem")
        self.dialog = box
        box.open()
