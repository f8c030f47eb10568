"""A day to choose, as every date field of the app shows it: short, in the person's
language, with a calendar to pick from."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

#: Day, abbreviated month and year ("3 Dec 2026"): never ambiguous, unlike 03/04/2025.
SHORT_DATE_FORMAT = "d MMM yyyy"


def date_field(day: QDate, name: str, *, enabled: bool = True) -> QDateEdit:
    """A field holding `day`, named `name` for a screen reader (its label is often a check
    box that turns it on, which does not name it)."""
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(SHORT_DATE_FORMAT)
    edit.setEnabled(enabled)
    edit.setAccessibleName(name)
    return edit
