"""Where to save the next conversation's calendar file: a save dialog that starts in a
folder that exists (the Documents folder, else home) with a name that says what it is."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from belonging.core.export.files import name_slug


def calendar_folder() -> Path:
    """The Documents folder when it exists, else the home folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def suggested_calendar_name(partner_name: str, at: datetime) -> str:
    """e.g. "one-on-one-alex-2026-03-14.ics"."""
    return f"one-on-one-{name_slug(partner_name)}-{at.astimezone().date().isoformat()}.ics"


def calendar_file_dialog(parent: QWidget, suggested: Path) -> QFileDialog:
    """A save dialog for an `.ics` file (opened by the caller with `open()`; its
    `fileSelected(path)` says where)."""
    dialog = QFileDialog(parent, parent.tr("Save the calendar file"), str(suggested))
    dialog.setObjectName("calendar_file_dialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(parent.tr("Calendar file (*.ics)"))
    dialog.setDefaultSuffix("ics")
    dialog.selectFile(str(suggested))
    return dialog
