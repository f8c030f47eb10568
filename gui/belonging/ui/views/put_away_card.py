"""The pair page's last card: archive the pair (off Home, kept whole) or bring it back, or
delete the person with every conversation."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from belonging.ui.accessibility import escape_mnemonic
from belonging.ui.widgets.styled import make_button, make_card, make_label


class PutAwayCard(QWidget):
    """`set_pair(partner_name, archived)`; signals `archive_requested(archive: bool)`
    (False: bring it back) and `delete_requested()`."""

    archive_requested = Signal(bool)
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archived = False
        self._setup_ui()
        self.archive_button.clicked.connect(self._on_archive_clicked)
        self.delete_button.clicked.connect(self.delete_requested)

    def _setup_ui(self) -> None:
        card = make_card()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(8)
        layout.addWidget(make_label(self.tr("Archive or delete"), "heading"))
        layout.addWidget(
            make_label(
                self.tr(
                    "Archiving takes the pair off Home and set-up and keeps everything; File "
                    "▸ Archived pairs brings it back. Deleting removes the person and every "
                    "conversation with them, for good (you can undo it for a few seconds)."
                ),
                "muted",
            )
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.archive_button = make_button(self.tr("Arch&ive this pair"))
        self.delete_button = make_button(self.tr("&Delete…"))
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_pair(self, partner_name: str, archived: bool) -> None:
        """Offers to archive the pair or, when it is archived, to bring it back; and to
        delete `partner_name`."""
        self._archived = archived
        name = escape_mnemonic(partner_name)
        self.delete_button.setText(self.tr("&Delete {name}…").format(name=name))
        self.archive_button.setText(
            self.tr("Bring bac&k to Home") if archived else self.tr("Arch&ive this pair")
        )

    @Slot()
    def _on_archive_clicked(self) -> None:
        self.archive_requested.emit(not self._archived)
