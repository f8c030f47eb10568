"""File ▸ Import a question list…: choose a file, see what the import found, keep it.

The file is read and imported off the UI thread; moving a level re-renders in place (no disk);
choosing other headings as levels imports the text again off the UI thread. Keeping writes
the script through the same application function as `belonging scripts import`, then reloads
the library, so set-up offers the new script at once.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from belonging.application.script_files import (
    FileNotReadError,
    FileNotWrittenError,
    IdTakenError,
    ImportInvalidError,
    ListNotTextError,
    ListTooLargeError,
    ScriptFileExistsError,
    import_text,
    keep_import,
    read_question_list,
)
from belonging.core.scripts.importing import ImportResult
from belonging.core.scripts.model import Script, ScriptError
from belonging.ui.controllers.services import Services
from belonging.ui.scripts.import_dialog import ImportDialog
from belonging.ui.widgets.save_status import reason_for

#: What the file chooser offers first: the kinds of file a question list comes in.
_FILE_FILTER = "Markdown or text (*.md *.markdown *.mdown *.mkd *.txt);;All files (*)"


def choose_question_list(parent: QWidget) -> Path | None:
    """Asks for a question list with the platform's file chooser; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportController", "Import a question list"),
        str(Path.home()),
        _FILE_FILTER,
    )
    return Path(name) if name else None


class ImportController(QObject):
    """Runs one import at a time in an `ImportDialog` (made afresh for each, as `dialog`).

    `choose_file(parent)` asks for the file (tests give their own). Signals: `kept(script_id)`
    once a script is written and the library reloaded; `start_requested(script_id)` when the
    person asks to start a conversation with it.
    """

    kept = Signal(str)
    start_requested = Signal(str)

    def __init__(
        self,
        window: QWidget,
        services: Services,
        choose_file: Callable[[QWidget], Path | None] = choose_question_list,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._services = services
        self.choose_file = choose_file
        self.dialog: ImportDialog | None = None
        self._text = ""
        self._path: Path | None = None
        self._result: ImportResult | None = None
        self._kept: Script | None = None

    @Slot()
    def start(self) -> None:
        """Asks for a file and, if one is chosen, previews its import."""
        path = self.choose_file(self._window)
        if path is not None:
            self.preview(path)

    def preview(self, path: Path) -> ImportDialog:
        """Opens the dialog on `path`: reading, then what the import found."""
        dialog = self._dialog()
        self._path, self._result, self._kept = path, None, None
        dialog.show_reading(path.name)
        library = self._services.workspace.library

        def read_and_import() -> tuple[str, ImportResult]:
            text = read_question_list(path)
            return text, import_text(text, source_name=str(path), library=library)

        self._services.jobs.read(read_and_import, self._on_imported, self._on_failed)
        return dialog

    def _dialog(self) -> ImportDialog:
        if self.dialog is None:
            dialog = self.dialog = ImportDialog(self._window)
            dialog.level_moved.connect(self._on_level_moved)
            dialog.levels_chosen.connect(self._on_levels_chosen)
            dialog.keep_requested.connect(self._on_keep_requested)
            dialog.another_file_requested.connect(self._on_another_file_requested)
            dialog.start_requested.connect(self._on_start_requested)
            dialog.finished.connect(self._on_finished)
        self.dialog.open()
        return self.dialog

    # Results ----------------------------------------------------------------------------------

    def _on_imported(self, read: tuple[str, ImportResult]) -> None:
        self._text, self._result = read
        self._show(self._result)

    def _show(self, result: ImportResult, selected_level: int | None = None) -> None:
        if self.dialog is None or self._path is None:
            return
        facts = self.tr("From {file} · Levels: {levels} · Prompts: {prompts} · Topics: {topics}")
        self.dialog.show_preview(
            result.title,
            facts.format(
                file=self._path.name,
                levels=result.level_count,
                prompts=result.prompt_count,
                topics=len(result.topics),
            ),
            result.levels,
            result.headings,
            result.left_out,
            order_guessed=result.level_order_guessed,
            notes=self._notes(result),
            selected_level=selected_level,
        )

    def _notes(self, result: ImportResult) -> list[str]:
        notes = []
        if result.level_count == 1 and any(use.role == "topic" for use in result.headings):
            notes.append(
                self.tr(
                    "No heading names a depth (such as surface, deep or level 1), so every "
                    "prompt is in one level and the headings became topics."
                )
            )
        if result.one_way_count:
            notes.append(
                self.tr(
                    "Prompts asked by the leader only (one person asks, the other answers): "
                    "{count}."
                ).format(count=result.one_way_count)
            )
        return notes

    def _on_failed(self, error: BaseException) -> None:
        if self.dialog is not None:
            self.dialog.show_problem(self._problem_text(error))

    def _problem_text(self, error: BaseException) -> str:
        name = self._path.name if self._path is not None else ""
        match error:
            case ListTooLargeError():
                return self.tr(
                    "{name} is {size}, larger than the {limit} a script can be. Nothing was "
                    "imported."
                ).format(name=name, size=error.size_text, limit=error.limit_text)
            case ListNotTextError():
                return self.tr(
                    "{name} is not plain text Belonging can read (line {line}). Save it as "
                    "UTF-8 text, then import it again."
                ).format(name=name, line=error.line)
            case FileNotReadError():
                return self.tr("{name} could not be read: {reason}.").format(
                    name=name, reason=error.reason
                )
            case ScriptError():
                return self.tr(
                    "Nothing in {name} reads as a prompt: no line of a list asks a question "
                    "or invites a story. A question list is a list, one question a line."
                ).format(name=name)
            case IdTakenError() | ScriptFileExistsError():
                return self.tr(
                    "A script with this name was added meanwhile. Import the list again to "
                    "keep it beside that one."
                )
            case FileNotWrittenError():
                return self.tr("The script could not be saved: {reason}.").format(
                    reason=error.reason
                )
            case ImportInvalidError():
                return self.tr(
                    "Belonging made a script from this list that it cannot read back, which "
                    "is a fault of Belonging's. Nothing was kept."
                )
        return self.tr("This could not be done just now ({reason}).").format(
            reason=reason_for(error)
        )

    # What the person does ---------------------------------------------------------------------

    @Slot(int, int)
    def _on_level_moved(self, index: int, offset: int) -> None:
        result = self._result
        target = index + offset
        if result is None or not 0 <= target < result.level_count:
            return
        order = list(range(result.level_count))
        order[index], order[target] = order[target], order[index]
        self._result = result.reordered(order)
        self._show(self._result, selected_level=target)

    @Slot(object)
    def _on_levels_chosen(self, lines: Collection[int]) -> None:
        if self._result is None or self._path is None or self.dialog is None:
            return
        text, path, script_id = self._text, self._path, self._result.script_id
        self.dialog.set_busy(True)
        self._services.jobs.read(
            lambda: import_text(
                text, source_name=str(path), script_id=script_id, level_lines=set(lines)
            ),
            self._on_reimported,
            self._on_failed,
            latest="import-levels",
        )

    def _on_reimported(self, result: ImportResult) -> None:
        self._result = result
        self._show(result)

    @Slot()
    def _on_keep_requested(self) -> None:
        result = self._result
        if result is None or self.dialog is None:
            return
        self.dialog.set_busy(True)
        library = self._services.workspace.library

        def keep() -> Script:
            script = keep_import(library, result)
            library.reload()
            return script

        self._services.jobs.write(keep, self._on_kept, self._on_failed)

    def _on_kept(self, script: Script) -> None:
        self._kept = script
        if self.dialog is not None:
            self.dialog.show_kept(script.title)
        self.kept.emit(script.id)

    @Slot()
    def _on_another_file_requested(self) -> None:
        path = self.choose_file(self.dialog or self._window)
        if path is not None:
            self.preview(path)

    @Slot()
    def _on_start_requested(self) -> None:
        kept = self._kept
        if self.dialog is not None:
            self.dialog.accept()
        if kept is not None:
            self.start_requested.emit(kept.id)

    @Slot(int)
    def _on_finished(self, _code: int) -> None:
        self._text, self._result = "", None
