"""Join on your own screen: the QR code of the partner's page and its address to type, where
it stands (waiting, connected, dropped, cannot work here), and the way to turn it off.

Layout and signals only; `PartnerController` fills it in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from belonging.ui.accessibility import announce, escape_mnemonic
from belonging.ui.partner.qr_code import QrCode
from belonging.ui.widgets.styled import make_button, make_label


class JoinDialog(QDialog):
    """The partner's screen, from the owner's side.

    Setters: `set_partner(name)`, `set_address(address, short_address)` (empty: none yet,
    or none possible), `set_status(text)`, `set_notice(text)`, `set_running(bool)`.
    Signals: `turn_off_requested()`, `try_again_requested()`.
    """

    turn_off_requested = Signal()
    try_again_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("join_dialog")
        self.setWindowTitle(self.tr("Join on your own screen"))
        self._partner_name = ""
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.qr = QrCode()
        self.qr.setAccessibleName(self.tr("QR code of the address below"))
        self.title_label = make_label("", "title")
        self.intro_label = make_label("", "muted")
        self.type_label = make_label(self.tr("Or type this address into its browser:"))
        self.address_label = make_label("", wrap=True)
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), self.font().pointSizeF()) * 1.1)
        font.setWeight(QFont.Weight.DemiBold)
        self.address_label.setFont(font)
        self.status_label = make_label("", "heading")
        self.notice_label = make_label("", "muted")
        self.notice_label.hide()
        self.help_label = make_label("", "muted")
        self.turn_off_button = make_button("", "quiet")
        self.try_again_button = make_button(self.tr("T&ry again"))
        self.close_button = make_button(self.tr("&Close"), "primary")

        words = QVBoxLayout()
        words.setSpacing(10)
        for widget in (self.title_label, self.intro_label, self.type_label, self.address_label):
            words.addWidget(widget)
        words.addSpacing(6)
        words.addWidget(self.status_label)
        words.addWidget(self.notice_label)
        words.addWidget(self.help_label)
        words.addStretch(1)

        top = QHBoxLayout()
        top.setSpacing(28)
        top.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(words, 1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.turn_off_button)
        buttons.addStretch(1)
        buttons.addWidget(self.try_again_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(16)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        self.resize(820, 320)  # grows to fit what it holds when shown
        # Close is where the keyboard starts: turning the partner's screen off is never a slip.
        self.close_button.setFocus()

    def _connect_signals(self) -> None:
        self.turn_off_button.clicked.connect(self.turn_off_requested)
        self.try_again_button.clicked.connect(self.try_again_requested)
        self.close_button.clicked.connect(self.accept)

    def set_partner(self, name: str) -> None:
        """Whose screen it is: the title, the introduction and the buttons name them."""
        self.title_label.setText(self.tr("{name}'s own screen").format(name=name))
        self.turn_off_button.setText(
            self.tr("&Turn off {name}'s screen").format(name=escape_mnemonic(name))
        )
        self._partner_name = name
        self._show_intro()
        self.help_label.setText(
            self.tr(
                "Not joining? The phone or laptop must be on the same Wi-Fi as this "
                "computer: not on mobile data, and not across a video call. A firewall on "
                "this computer may block it: allow Belonging on private networks. Until "
                "then, carry on together at this screen."
            )
        )

    def _show_intro(self) -> None:
        # "Scan this code" only while there is a code to scan.
        text = self.tr(
            "On their own phone or laptop, {name} holds Pause, “Too much?”, their secret "
            "yes to going deeper, their private check-ins and their own notes."
        ).format(name=self._partner_name)
        if self.qr.isVisibleTo(self):
            scan = self.tr("Scan this code with its camera, on the same Wi-Fi as this computer.")
            text = f"{text} {scan}"
        self.intro_label.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        """Opens tall enough for every word, with larger text too."""
        super().showEvent(event)
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        layout = self.layout()
        needed = max(layout.heightForWidth(self.width()), layout.minimumSize().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def set_address(self, address: str, short_address: str) -> None:
        """The page's address for the code, and the same to type (empty: none)."""
        self.qr.set_text(address)
        self.qr.setVisible(bool(address))
        self.address_label.setText(short_address)
        self.address_label.setAccessibleName(short_address)
        for widget in (self.type_label, self.address_label):
            widget.setVisible(bool(short_address))
        self._show_intro()
        self._grow_to_fit()

    def set_status(self, text: str) -> None:
        """Where the partner's screen stands, announced as it changes."""
        if text != self.status_label.text():
            self.status_label.setText(text)
            announce(self.status_label, text)

    def set_notice(self, text: str) -> None:
        """Something that happened (a device refused); empty hides it."""
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))
        if text:
            announce(self.notice_label, text)
            self._grow_to_fit()

    def set_running(self, running: bool) -> None:
        """Running: it can be turned off; not: it can be tried again."""
        self.turn_off_button.setVisible(running)
        self.try_again_button.setVisible(not running)
