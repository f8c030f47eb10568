"""Asking before a deletion, in the same calm words wherever it is offered: what goes, that
it can be undone for a few seconds and not after, and what the backups still hold."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from belonging.ui.undo_offers import UNDO_SECONDS

_CONTEXT = "Deletion"


def backups_note() -> str:
    """What the backups still hold after a deletion (as the README says)."""
    return QCoreApplication.translate(
        _CONTEXT,
        "Backups made before now still hold it until they age out: Belonging keeps the "
        "newest 7 daily backups, so it is gone from them after seven more days of use. "
        "Backups you made yourself, and those made before an update, keep it until you "
        "delete them from the backups folder.",
    )


def tell_not_done(parent: QWidget, text: str) -> QMessageBox:
    """Says, calmly, that a deletion or its undo did not happen, and why."""
    box = QMessageBox(QMessageBox.Icon.Information, parent.window().windowTitle(), text)
    box.setParent(parent.window(), box.windowFlags())
    box.setObjectName("deletion_problem")
    box.open()
    return box


def ask_to_delete(
    parent: QWidget,
    name: str,
    title: str,
    what_goes: str,
    delete_label: str,
    on_delete: Callable[[], None],
) -> QMessageBox:
    """Opens the question (window-modal, not blocking); `on_delete()` runs only if the
    person chose `delete_label`. Cancel is the default, and Escape."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(
        QCoreApplication.translate(
            _CONTEXT, "{what_goes} You can undo it for {seconds} seconds; after that it is gone."
        ).format(what_goes=what_goes, seconds=UNDO_SECONDS)
    )
    box.setInformativeText(backups_note())
    delete = box.addButton(delete_label, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def answered(_code: int) -> None:
        if box.clickedButton() is delete:
            on_delete()

    box.finished.connect(answered)
    box.open()
    return box
