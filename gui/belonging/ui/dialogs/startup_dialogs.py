"""The dialogs of a start that cannot simply open (each storage error, said plainly), and of
a close that could not save everything.

Every dialog is opened (not run in a nested event loop) and answers through a callback, so
the window stays responsive and tests press its buttons as a person would. No traceback ever
reaches these: an unexpected error becomes one calm sentence with its gist.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from belonging.application.opening import (
    WORDED_ERRORS,
    AlreadyRunningError,
    DatabaseDamagedError,
    DatabaseState,
    RecoveryChoice,
    RekeyKind,
    SettledRekeying,
)
from belonging.paths import APP_NAME
from belonging.ui.views.describe import short_date, time_text


def error_text(error: BaseException, data_dir: Path) -> str:
    """What to tell the person about an error that stops the app from opening its data."""
    if isinstance(error, AlreadyRunningError):  # the most common by far: in the app's language
        return QCoreApplication.translate(
            "Startup",
            "Belonging is already open with this data folder ({folder}). Switch to the window "
            "that is open, or close it and try again. Two copies writing the same notes could "
            "overwrite each other, so this one has not opened them.",
        ).format(folder=error.data_dir)
    if isinstance(error, WORDED_ERRORS):
        return str(error)
    gist = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return QCoreApplication.translate(
        "Startup",
        "Belonging could not open its data folder, {folder}. Nothing has been changed or "
        "deleted. ({gist})",
    ).format(folder=data_dir, gist=gist)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str, name: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(APP_NAME)
    box.setText(text)
    return box


def show_cannot_open(
    parent: QWidget | None, error: BaseException, data_dir: Path, on_closed: Callable[[], None]
) -> QMessageBox:
    """Explains why Belonging cannot open (already running, folder unavailable, …) and quits
    when the person has read it."""
    running = isinstance(error, AlreadyRunningError)
    box = _box(
        parent,
        QMessageBox.Icon.Information if running else QMessageBox.Icon.Warning,
        error_text(error, data_dir),
        "cannot_open",
    )
    box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.AcceptRole)
    box.finished.connect(lambda _code: on_closed())
    box.open()
    return box


def backup_date(path: Path) -> str:
    """When a backup was made ("3 Dec 2026 at 09:12"), in the person's language: short
    enough for a button with larger text. Its file's name if the file cannot be read."""
    try:
        made = datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return path.name
    return QCoreApplication.translate("Describe", "{day} at {time}").format(
        day=short_date(made.date()), time=time_text(made)
    )


def damaged_text(error: DatabaseDamagedError) -> str:
    """What happened to the notes file, what is kept, and what can be done, in the person's
    language."""
    path = str(error.database)
    if error.check.state is DatabaseState.NOT_A_DATABASE:
        what = QCoreApplication.translate(
            "Startup",
            "The file where Belonging keeps your notes, {path}, is not a database Belonging "
            "can read.",
        )
    elif error.check.state is DatabaseState.EMPTY:
        what = QCoreApplication.translate(
            "Startup", "The file where Belonging keeps your notes, {path}, is empty."
        )
    else:
        what = QCoreApplication.translate(
            "Startup", "The file where Belonging keeps your notes, {path}, is damaged."
        )
    kept = QCoreApplication.translate(
        "Startup",
        "Nothing has been deleted: the file will be kept exactly as it is, under the name "
        "{name} in the same folder.",
    )
    if error.newest_backup is not None:
        next_step = QCoreApplication.translate(
            "Startup",
            "The newest good backup is {path}. You can restore it, or start again with no notes.",
        ).format(path=error.newest_backup)
    else:
        next_step = QCoreApplication.translate(
            "Startup", "There is no good backup to restore; you can start again with no notes."
        )
    return " ".join((what.format(path=path), kept.format(name=error.aside_path.name), next_step))


def show_damaged(
    parent: QWidget | None,
    error: DatabaseDamagedError,
    on_choice: Callable[[RecoveryChoice | None], None],
    *,
    words_kept: bool = False,
) -> QMessageBox:
    """Explains that the notes file is damaged and was left untouched, and offers the newest
    backup, an empty start, or quitting. `on_choice(None)` means Quit.

    With `words_kept` (damage met during a conversation) it also says that the
    conversation's words are kept, to be shown next for copying, whatever the choice.
    """
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Startup", "Your notes file cannot be read"),
        "damaged",
    )
    text = damaged_text(error)
    if words_kept:
        text += " " + QCoreApplication.translate(
            "Startup",
            "The words of the conversation on screen are kept: whatever you choose, they "
            "are shown next, for you to copy.",
        )
    box.setInformativeText(text)
    choices: dict[object, RecoveryChoice | None] = {}
    if error.newest_backup is not None:
        restore = box.addButton(
            QCoreApplication.translate("Startup", "Restore the backup of {date}").format(
                date=backup_date(error.newest_backup)
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
        choices[restore] = RecoveryChoice.RESTORE_NEWEST_BACKUP
    fresh = box.addButton(
        QCoreApplication.translate("Startup", "Start with no notes"),
        QMessageBox.ButtonRole.ActionRole,
    )
    choices[fresh] = RecoveryChoice.START_FRESH
    quit_button = box.addButton(
        QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    choices[quit_button] = None
    box.setEscapeButton(quit_button)
    box.finished.connect(lambda _code: on_choice(choices.get(box.clickedButton())))
    box.open()
    return box


def show_recovered(
    parent: QWidget | None,
    kept_aside: Path | None,
    restored_from: Path | None,
    *,
    rekeying: SettledRekeying | None = None,
    log_kept_aside: Path | None = None,
) -> QMessageBox:
    """Says once what this start did that the person must know: which backup is back and
    where the damaged file is kept (after a damaged file's recovery), which passphrase opens
    the notes after a change of it was cut short, and where a damaged log of the last
    changes is kept."""
    lines = []
    if restored_from is not None:
        lines.append(
            QCoreApplication.translate(
                "Startup", "Your notes are back as they were in the backup of {date}."
            ).format(date=backup_date(restored_from))
        )
    elif kept_aside is not None:
        lines.append(
            QCoreApplication.translate("Startup", "Belonging has started with an empty database.")
        )
    if kept_aside is not None:
        lines.append(
            QCoreApplication.translate(
                "Startup", "The damaged file is kept, untouched, as {path}."
            ).format(path=kept_aside)
        )
    if rekeying is not None:
        lines.append(rekeying_text(rekeying))
    if log_kept_aside is not None:
        lines.append(
            QCoreApplication.translate(
                "Startup",
                "Belonging stopped unexpectedly last time, and its record of the last changes "
                "was damaged, so the last words typed before it stopped may be missing. That "
                "record is kept, untouched, as {path}.",
            ).format(path=log_kept_aside)
        )
    box = _box(parent, QMessageBox.Icon.Information, " ".join(lines), "recovered")
    box.addButton(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def rekeying_text(note: SettledRekeying) -> str:
    """Which passphrase opens the notes after a change of it was cut short (for this dialog,
    and for a passphrase prompt before anything is typed)."""
    if note.kind is RekeyKind.CHANGE and note.finished:
        return QCoreApplication.translate(
            "Startup",
            "Changing the passphrase was interrupted last time, just before it ended. "
            "Belonging has finished it: your notes and every backup open with the new "
            "passphrase.",
        )
    if note.kind is RekeyKind.CHANGE:
        return QCoreApplication.translate(
            "Startup",
            "Changing the passphrase was interrupted last time, before it could finish, so "
            "Belonging has undone it: your notes and every backup still open with the "
            "passphrase you had before.",
        )
    if note.kind is RekeyKind.SET and note.finished:
        return QCoreApplication.translate(
            "Startup",
            "Setting a passphrase was interrupted last time, just before it ended. Belonging "
            "has finished it: your notes and every backup are protected by the new passphrase.",
        )
    if note.kind is RekeyKind.SET:
        return QCoreApplication.translate(
            "Startup",
            "Setting a passphrase was interrupted last time, before it could finish, so "
            "Belonging has undone it: your notes are not protected by a passphrase. You can "
            "set one again in File ▸ Privacy.",
        )
    if note.finished:
        return QCoreApplication.translate(
            "Startup",
            "Removing the passphrase was interrupted last time, just before it ended. "
            "Belonging has finished it: your notes and backups are no longer protected by a "
            "passphrase.",
        )
    return QCoreApplication.translate(
        "Startup",
        "Removing the passphrase was interrupted last time, before it could finish, so "
        "Belonging has undone it: your notes and every backup are still protected by your "
        "passphrase.",
    )


def not_saved_box(parent: QWidget | None, reason: str) -> QMessageBox:
    """Asks, when closing, whether to stay while saving is retried or to quit anyway.

    Run with `exec()` (closing is the one moment a blocking question is right); the box's
    `quit_anyway` property is True if the person chose to quit.
    """
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate(
            "Startup",
            "Some of what you wrote is not saved yet: {reason}. It is still here in the "
            "window. If you stay, Belonging keeps trying to save it; if you quit now, it "
            "will be lost.",
        ).format(reason=reason),
        "not_saved",
    )
    stay = box.addButton(
        QCoreApplication.translate("Startup", "Stay open"), QMessageBox.ButtonRole.RejectRole
    )
    leave = box.addButton(
        QCoreApplication.translate("Startup", "Quit anyway"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.setProperty("quit_anyway", False)
    leave.clicked.connect(lambda: box.setProperty("quit_anyway", True))
    return box
