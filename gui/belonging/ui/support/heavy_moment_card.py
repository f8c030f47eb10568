"""The card "When something heavy comes up": calm words for the listener, and the owner's own
list of where to find support at their organisation.

It opens beside the conversation, not over it: nothing in the conversation pauses or moves,
and it holds no note of any kind, so it is safe on a shared screen. The words are one
read-only text, a single stop for the keyboard that a screen reader reads from the top.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from belonging.ui.widgets.styled import make_button, make_label, make_reading_view


class HeavyMomentCard(QDialog):
    """The card (see the module docstring). Setter: `set_content(title, guide_html,
    support_html)`; `support_html` empty says the owner has written none yet.
    Signal: `edit_support_requested()` (the button to write or change them)."""

    edit_support_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heavy_moment_card")
        self.setModal(False)
        self.resize(620, 640)
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.title_label = make_label("", "title")
        self.text = make_reading_view()
        self.text.setObjectName("heavy_moment_text")
        self.edit_button = make_button(self.tr("&Edit where to find support…"), "quiet")
        self.close_button = make_button(self.tr("&Close"), "primary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.close_button.clicked.connect(self.reject)
        self.edit_button.clicked.connect(self.edit_support_requested)

    def set_content(self, title: str, guide_html: str, support_html: str) -> None:
        """Shows the guide, then the owner's support details (or how to add them)."""
        self.setWindowTitle(title)
        self.title_label.setText(title)
        heading = html.escape(self.tr("Where to find support here"))
        if support_html:
            support = support_html
        else:
            support = "<p>{}</p>".format(
                html.escape(
                    self.tr(
                        "Your organisation's own support (an employee assistance programme, "
                        "an HR contact) is not written here yet. Whoever looks after this app "
                        'can add it with "Edit where to find support".'
                    )
                )
            )
        self.text.setHtml(f"{guide_html}<h2>{heading}</h2>{support}")
        self.text.setAccessibleName(title)

    def show_card(self) -> None:
        """Shows the card (or brings it forward), the words at the top and in focus."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.text.verticalScrollBar().setValue(0)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def support_text(self) -> str:
        """Everything the card says, as plain text (what a screen reader reads)."""
        return self.text.toPlainText()
