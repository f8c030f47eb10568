"""What a screen reader hears: accessible names without mnemonics, and spoken announcements.

A screen reader reads a control's accessible name. Qt derives it from the visible text for
buttons, but not for rich-text labels (it would read the HTML) nor for fields whose label is
a separate widget; the helpers here set it explicitly, always equal to what is on screen.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget

_MNEMONIC = re.compile(r"&(&?)")


def strip_mnemonic(text: str) -> str:
    """The text a mnemonic marks, as read aloud: "Par&k it" → "Park it", "A && B" → "A & B"."""
    return _MNEMONIC.sub(lambda match: match.group(1), text)


def escape_mnemonic(text: str) -> str:
    """Text such as a person's name, made safe to put in a button: "A&B" shows as "A&B"."""
    return text.replace("&", "&&")


def label_field(label: QLabel, field: QWidget) -> None:
    """Makes `label` the visible label of `field`: its buddy (so the label's mnemonic
    focuses the field) and the source of the field's accessible name."""
    label.setBuddy(field)
    field.setAccessibleName(strip_mnemonic(label.text()))


#: The dynamic property that marks a control named as its label plus what it belongs to.
IN_CONTEXT = "named_in_context"


def name_in_context(widget: QWidget, label: str, context: str) -> None:
    """Names one of several alike controls (a "Strike out" box on each line, a "Use this
    script" button on each card) by its visible label followed by what it belongs to —
    "Strike out: We both started in jobs we did not choose" — so each is told apart while
    the words on screen still start its name (WCAG's "label in name")."""
    widget.setAccessibleName(f"{strip_mnemonic(label)}: {context}")
    widget.setProperty(IN_CONTEXT, True)


def describe(widget: QWidget, name: str, description: str = "") -> None:
    """Sets what a screen reader says for `widget`: its name, then a longer description."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


class Announcer(QObject):
    """Speaks changes a screen reader user would otherwise miss (a new prompt, a pause).

    It posts a polite announcement to the platform's accessibility bridge, and also emits
    `announced`, which tests and any on-screen live region can follow.
    """

    #: The text just announced.
    announced = Signal(str)

    def announce(self, source: QWidget, text: str) -> None:
        """Announces `text` on behalf of `source`, without moving the focus."""
        if not text:
            return
        if QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(source, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)
        self.announced.emit(text)


_ANNOUNCER: Announcer | None = None


def announcer() -> Announcer:
    """The application's one announcer."""
    global _ANNOUNCER
    if _ANNOUNCER is None:
        _ANNOUNCER = Announcer()
    return _ANNOUNCER


def announce(source: QWidget, text: str) -> None:
    """Announces `text` to screen readers on behalf of `source` (see Announcer)."""
    announcer().announce(source, text)
