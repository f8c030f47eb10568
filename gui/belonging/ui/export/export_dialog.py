"""Export…: a conversation or a pair's whole history to Markdown, HTML or PDF.

Only shared notes, follow-ups and check-ins go out unless the user ticks "Include private
notes" or "Include confidential notes"; a line under the boxes always says what will be
left out. The export runs as a read job of the app's job runner, with a progress bar and a
Cancel button; a PDF is laid out in a process of its own (`pdf_runner`).

Open it with what `application.export.export_facts` read (off the UI thread)::

    ExportDialog(facts, jobs, workspace, pair_id=pair_id, parent=window).open()
    ExportDialog(facts, jobs, workspace, conversation_id=cid, parent=window).open()
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from belonging.application.export import (
    Cancellation,
    ExportCancelledError,
    ExportFacts,
    ExportRequest,
    ExportResult,
    run_export,
)
from belonging.application.workspace import Workspace
from belonging.core.export import ExportExistsError, ExportFormat, IncludeOptions, describe_left_out
from belonging.core.export.files import suggested_file_stem
from belonging.ui.accessibility import announce, describe, label_field
from belonging.ui.export.labels import translated_labels
from belonging.ui.export.pdf_runner import pdf_maker
from belonging.ui.jobs import JobRunner
from belonging.ui.widgets.styled import make_button, make_label


class ExportDialog(QDialog):
    """Chooses format, file and what to include, then exports off the UI thread.

    Give exactly one of `pair_id` (the pair's whole history) or `conversation_id`.
    `suggested_name` is the file name offered, without its extension (default:
    `belonging-<pair>-<date>`, the conversation's date or today). `exported(path)` is
    emitted when a file has been written; `progressed(percent)` as it goes.
    """

    exported = Signal(object)
    progressed = Signal(int)

    def __init__(
        self,
        facts: ExportFacts,
        jobs: JobRunner,
        workspace: Workspace,
        *,
        pair_id: int | None = None,
        conversation_id: int | None = None,
        suggested_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if (pair_id is None) == (conversation_id is None):
            raise ValueError("export either a pair or a conversation")
        self._jobs = jobs
        self._workspace = workspace
        self._pair_id = pair_id
        self._conversation_id = conversation_id
        self._labels = translated_labels()
        self._cancellation: Cancellation | None = None
        self._close_when_stopped = False
        self._census = facts.census
        stem = suggested_name or suggested_file_stem(facts.names or "export", facts.day)
        self._folder = _folder_to_offer()
        self._stem = stem
        self._setup_ui()
        self._connect_signals()
        self._on_format_changed()
        self._refresh_left_out()

    # --- building -------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        if self._pair_id is not None:
            self.setWindowTitle(self.tr("Export this pair's conversations"))
        else:
            self.setWindowTitle(self.tr("Export this conversation"))
        intro = make_label(
            self.tr(
                "Shared notes, follow-ups and check-ins go out. Private and confidential "
                "notes stay on this computer unless you ask for them below."
            ),
            "muted",
        )

        self.markdown_radio = QRadioButton(self.tr("Markdown"))
        self.html_radio = QRadioButton(self.tr("HTML"))
        self.pdf_radio = QRadioButton(self.tr("PDF"))
        self.format_group = QButtonGroup(self)
        formats = QHBoxLayout()
        for radio, fmt in (
            (self.markdown_radio, ExportFormat.MARKDOWN),
            (self.html_radio, ExportFormat.HTML),
            (self.pdf_radio, ExportFormat.PDF),
        ):
            radio.setProperty("export_format", fmt.value)
            self.format_group.addButton(radio)
            formats.addWidget(radio)
        formats.addStretch(1)
        self.markdown_radio.setChecked(True)

        self.path_edit = QLineEdit()
        self.choose_button = make_button(self.tr("Choose…"))
        path_label = make_label(self.tr("Save as"))
        label_field(path_label, self.path_edit)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)

        self.private_check = QCheckBox(self.tr("Include private notes"))
        self.confidential_check = QCheckBox(self.tr("Include confidential notes"))
        self.left_out_label = make_label("", "hint")
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setVisible(False)
        describe(self.progress_bar, self.tr("Export progress"))
        self.status_label = make_label("")
        self.status_label.setVisible(False)

        self.export_button = make_button(self.tr("Export"), "primary")
        self.export_button.setDefault(True)
        self.cancel_button = make_button(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(make_label(self.tr("Format")), 0, 0)
        grid.addLayout(formats, 0, 1)
        grid.addWidget(path_label, 1, 0)
        grid.addLayout(path_row, 1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.private_check)
        layout.addWidget(self.confidential_check)
        layout.addWidget(self.left_out_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.resize(560, self.sizeHint().height())

    def _connect_signals(self) -> None:
        self.format_group.buttonToggled.connect(self._on_format_toggled)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.private_check.toggled.connect(self._on_include_toggled)
        self.confidential_check.toggled.connect(self._on_include_toggled)
        self.path_edit.textChanged.connect(self._on_path_changed)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)

    # --- state ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether an export is under way."""
        return self._cancellation is not None

    def options(self) -> IncludeOptions:
        """What the two boxes ask for."""
        return IncludeOptions(
            include_private=self.private_check.isChecked(),
            include_confidential=self.confidential_check.isChecked(),
        )

    def export_format(self) -> ExportFormat:
        """The chosen format."""
        checked = self.format_group.checkedButton()
        return ExportFormat(checked.property("export_format")) if checked else ExportFormat.MARKDOWN

    def path(self) -> Path:
        """The file the export will be written to."""
        return Path(self.path_edit.text().strip()).expanduser()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (
            self.markdown_radio,
            self.html_radio,
            self.pdf_radio,
            self.path_edit,
            self.choose_button,
            self.private_check,
            self.confidential_check,
            self.export_button,
        ):
            widget.setEnabled(enabled)

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)
        self.status_label.setVisible(bool(text))
        self._grow_to_fit()
        announce(self, text)

    def _grow_to_fit(self) -> None:
        """Makes room for the progress bar and the status line as they appear."""
        needed = self.layout().sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    # --- slots ------------------------------------------------------------------------------

    @Slot(bool)
    def _on_include_toggled(self, _checked: bool) -> None:
        self._refresh_left_out()

    def _refresh_left_out(self) -> None:
        text = describe_left_out(self._census.left_out(self.options()), self._labels)
        self.left_out_label.setText(text)
        self.left_out_label.setAccessibleName(text)

    @Slot(QAbstractButton, bool)
    def _on_format_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._on_format_changed()

    def _on_format_changed(self) -> None:
        """Offers the file name with the chosen format's extension."""
        fmt = self.export_format()
        current = self.path_edit.text().strip()
        if not current:
            self.path_edit.setText(str(self._folder / f"{self._stem}{fmt.suffix}"))
            return
        path = Path(current)
        if ExportFormat.from_path(path) is not fmt:
            stem = path.stem if ExportFormat.from_path(path) is not None else path.name
            self.path_edit.setText(str(path.with_name(stem + fmt.suffix)))

    @Slot()
    def _on_choose_clicked(self) -> None:
        fmt = self.export_format()
        filters = {
            ExportFormat.MARKDOWN: self.tr("Markdown (*.md)"),
            ExportFormat.HTML: self.tr("Web page (*.html)"),
            ExportFormat.PDF: self.tr("PDF (*.pdf)"),
        }
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(self.path()), filters[fmt]
        )
        if chosen:
            self.path_edit.setText(chosen)

    @Slot(str)
    def _on_path_changed(self, text: str) -> None:
        if self.running:
            return
        exists = bool(text.strip()) and self.path().is_file()
        self._show_status(
            self.tr("There is already a file with this name; exporting will replace it.")
            if exists
            else ""
        )

    @Slot()
    def _on_export_clicked(self) -> None:
        if self.running:
            return
        path = self.path()
        if not self.path_edit.text().strip() or not path.parent.is_dir():
            self._show_status(self.tr("Choose a file in a folder that exists."))
            return
        if path.is_dir():
            self._show_status(self.tr("That is a folder; choose a file name."))
            return
        request = ExportRequest(
            path=path,
            format=self.export_format(),
            options=self.options(),
            pair_id=self._pair_id,
            conversation_id=self._conversation_id,
            overwrite=True,  # the user chose or saw the name (the file dialog asks too)
            labels=self._labels,
        )
        self._start(request)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self.running:
            self._cancel()
        else:
            self.reject()

    def _start(self, request: ExportRequest) -> None:
        cancellation = self._cancellation = Cancellation()
        # A dialog deleted mid-export (its window closed) stops the export; what comes back
        # afterwards finds it gone and is dropped.
        alive = [True]
        self.destroyed.connect(lambda: (alive.__setitem__(0, False), cancellation.cancel()))

        def if_alive(call):
            return lambda value: call(value) if alive[0] else None

        progress = self._jobs.relay(if_alive(self._on_progress))
        db, make = self._workspace.db, pdf_maker(_application_font())
        self._jobs.read(
            lambda: run_export(
                db, request, make_pdf=make, progress=progress, cancellation=cancellation
            ),
            if_alive(self._on_export_succeeded),
            if_alive(self._on_export_failed),
        )
        self._set_inputs_enabled(False)
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self._grow_to_fit()
        self._show_status(self.tr("Exporting…"))

    def _cancel(self) -> None:
        if self._cancellation is not None:
            self._cancellation.cancel()
            self._show_status(self.tr("Stopping the export…"))

    def _on_progress(self, percent: int) -> None:
        self.progress_bar.setValue(percent)
        self.progressed.emit(percent)

    def _on_export_succeeded(self, result: ExportResult) -> None:
        self._stopped()
        self._show_status(self.tr("Exported to {path}.").format(path=result.path))
        self.cancel_button.setText(self.tr("Close"))
        self.exported.emit(result.path)
        self._close_if_asked()

    def _on_export_failed(self, error: BaseException) -> None:
        self._stopped()
        self.progress_bar.setVisible(False)
        if isinstance(error, ExportCancelledError):
            self._show_status(self.tr("The export was stopped; nothing was written."))
        else:
            self._show_status(self._describe_error(error))
        self._close_if_asked()

    def _close_if_asked(self) -> None:
        if self._close_when_stopped:
            self._close_when_stopped = False
            super().reject()

    def _stopped(self) -> None:
        self._cancellation = None
        self._set_inputs_enabled(True)

    def _describe_error(self, error: BaseException) -> str:
        """What went wrong, and that nothing was written."""
        if isinstance(error, ExportExistsError):
            text = self.tr("There is already a file at {path}; choose another name.")
            return text.format(path=error.args[0])
        if isinstance(error, OSError):
            reason = error.strerror or str(error)
            text = self.tr("The export could not be written to {path}: {reason}.")
            return text.format(path=error.filename or "", reason=reason)
        return self.tr("The export failed: {reason}.").format(
            reason=str(error) or type(error).__name__
        )

    # --- closing ----------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape or Close: a running export is stopped first, then the dialog closes."""
        if self.running:
            self._close_when_stopped = True
            self._cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window while exporting stops the export, then closes."""
        if self.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


def _application_font() -> str:
    """The application's font, for the PDF's text that the style sheet does not size."""
    app = QGuiApplication.instance()
    return app.font().toString() if app is not None else ""


def _folder_to_offer() -> Path:
    # Qt names the Documents folder even on an account that never had one; offering a folder
    # that is not there would make Export refuse the very first try.
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()
