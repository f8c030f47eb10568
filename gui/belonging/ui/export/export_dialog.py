"""Export…: a conversation or a pair's whole history to Markdown, HTML or PDF.

Only shared notes, follow-ups and check-ins go out unless the user ticks "Include private
notes" or "Include confidential notes"; a line under the boxes always says what will be
left out. The export runs on a worker thread with a progress bar and a Cancel button.

Open it with::

    ExportDialog(engine, pair_id=pair_id, parent=window).open()           # a pair's history
    ExportDialog(engine, conversation_id=cid, parent=window).open()       # one conversation
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent
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
from sqlalchemy import Engine

from belonging.core.export import ExportFormat, IncludeOptions, describe_left_out
from belonging.core.export.files import suggested_file_stem
from belonging.storage.database import new_session
from belonging.storage.export_source import note_census
from belonging.storage.models import ConversationRecord, Pair, Person
from belonging.ui.accessibility import announce, describe, label_field
from belonging.ui.export.export_worker import (
    ExportRequest,
    ExportResult,
    ExportWorker,
    prepare_export,
)
from belonging.ui.export.labels import translated_labels
from belonging.ui.widgets.styled import make_button, make_label


class ExportDialog(QDialog):
    """Chooses format, file and what to include, then exports off the UI thread.

    Give exactly one of `pair_id` (the pair's whole history) or `conversation_id`.
    `suggested_name` is the file name offered, without its extension (default:
    `belonging-<pair>-<date>`, the conversation's date or today). `exported(path)` is
    emitted when a file has been written; `export_started(worker)` just before a worker
    starts.
    """

    exported = Signal(object)
    #: Emitted with the `ExportWorker` just before it starts, to follow it from elsewhere.
    export_started = Signal(object)

    def __init__(
        self,
        engine: Engine,
        *,
        pair_id: int | None = None,
        conversation_id: int | None = None,
        suggested_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if (pair_id is None) == (conversation_id is None):
            raise ValueError("export either a pair or a conversation")
        self._engine = engine
        self._pair_id = pair_id
        self._conversation_id = conversation_id
        self._labels = translated_labels()
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self._close_when_stopped = False
        with new_session(engine) as session:
            self._census = note_census(
                session=session, pair_id=pair_id, conversation_id=conversation_id
            )
            stem = suggested_name or self._default_stem(session)
        self._folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        self._stem = stem
        self._setup_ui()
        self._connect_signals()
        self._on_format_changed()
        self._refresh_left_out()

    # --- building -------------------------------------------------------------------------

    def _default_stem(self, session) -> str:
        if self._conversation_id is not None:
            conversation = session.get(ConversationRecord, self._conversation_id)
            pair = session.get(Pair, conversation.pair_id) if conversation else None
            day = conversation.started_at.astimezone().date() if conversation else date.today()
        else:
            pair = session.get(Pair, self._pair_id)
            day = date.today()
        if pair is None:
            return suggested_file_stem("export", day)
        owner = session.get(Person, pair.owner_id)
        partner = session.get(Person, pair.partner_id)
        label = f"{owner.name if owner else ''} {partner.name if partner else ''}"
        return suggested_file_stem(label, day)

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
        return self._thread is not None

    @property
    def worker(self) -> ExportWorker | None:
        """The running export's worker (its signals come from its own thread), or None."""
        return self._worker

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
        thread, worker = prepare_export(self._engine, request)
        worker.progress.connect(self.progress_bar.setValue)
        worker.succeeded.connect(self._on_export_succeeded)
        worker.failed.connect(self._on_export_failed)
        worker.cancelled.connect(self._on_export_cancelled)
        thread.finished.connect(self._on_thread_finished)
        # A dialog deleted mid-export (its window closed) asks the export to stop; the
        # thread then ends on its own, kept alive by `prepare_export` until it has.
        self.destroyed.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
        self._thread, self._worker = thread, worker
        self._set_inputs_enabled(False)
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self._grow_to_fit()
        self._show_status(self.tr("Exporting…"))
        self.export_started.emit(worker)
        thread.start()

    def _cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self._show_status(self.tr("Stopping the export…"))

    @Slot(object)
    def _on_export_succeeded(self, result: ExportResult) -> None:
        self._show_status(self.tr("Exported to {path}.").format(path=result.path))
        self.cancel_button.setText(self.tr("Close"))
        self.exported.emit(result.path)

    @Slot(str)
    def _on_export_failed(self, message: str) -> None:
        self.progress_bar.setVisible(False)
        self._show_status(message)

    @Slot()
    def _on_export_cancelled(self) -> None:
        self.progress_bar.setVisible(False)
        self._show_status(self.tr("The export was stopped; nothing was written."))

    @Slot()
    def _on_thread_finished(self) -> None:
        self._thread, self._worker = None, None
        self._set_inputs_enabled(True)
        if self._close_when_stopped:
            self._close_when_stopped = False
            super().reject()

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
