"""How long the window may sit unused before it locks itself: never, 5, 15 or 30 minutes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings

#: The choices offered, in minutes; 0 is "never".
LOCK_AFTER_CHOICES = (0, 5, 15, 30)
LOCK_AFTER_KEY = "privacy/lock_after_minutes"


def lock_after_label(minutes: int) -> str:
    """What the choice reads as in the settings."""
    if minutes == 0:
        return QCoreApplication.translate("Privacy", "Never")
    return QCoreApplication.translate("Privacy", "After {minutes} minutes").format(minutes=minutes)


def read_lock_after(settings: QSettings) -> int:
    """The chosen idle time in minutes (0: never); anything unexpected reads as never."""
    try:
        minutes = int(settings.value(LOCK_AFTER_KEY, 0))
    except (TypeError, ValueError):
        return 0
    return minutes if minutes in LOCK_AFTER_CHOICES else 0


def write_lock_after(settings: QSettings, minutes: int) -> None:
    """Remembers the idle time; raises ValueError for one that is not offered."""
    if minutes not in LOCK_AFTER_CHOICES:
        raise ValueError(f"lock after {minutes} minutes is not one of {LOCK_AFTER_CHOICES}")
    settings.setValue(LOCK_AFTER_KEY, minutes)
