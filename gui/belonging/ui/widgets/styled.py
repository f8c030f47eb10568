"""Labels, buttons and cards styled by the theme through a `kind` property.

Colours and sizes live in resources/themes/; a widget only says what kind of thing it is
("title", "muted", "primary", "card"), and the style sheet decides how that looks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QTextBrowser, QWidget


def set_kind(widget: QWidget, kind: str | None) -> None:
    """Gives `widget` a style-sheet kind and restyles it at once."""
    widget.setProperty("kind", kind)
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return  # styled when first shown, with the kind already set
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def make_label(
    text: str = "",
    kind: str | None = None,
    *,
    rich: bool = False,
    wrap: bool = True,
    parent: QWidget | None = None,
) -> QLabel:
    """A label of `kind`. Plain text unless `rich`: names people type are never HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    if rich:
        label.setOpenExternalLinks(False)
    if kind:
        set_kind(label, kind)
    return label


def make_button(text: str, kind: str | None = None, parent: QWidget | None = None) -> QPushButton:
    """A push button of `kind` ("primary" for the page's main action, "quiet" for a link-like
    one). Its accessible name is Qt's default: the text without the & mnemonic."""
    button = QPushButton(text, parent)
    button.setAutoDefault(False)
    if kind:
        set_kind(button, kind)
    return button


def make_card(kind: str = "card", parent: QWidget | None = None) -> QFrame:
    """A rounded panel on the page background ("card", or "banner" for a notice)."""
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.NoFrame)
    set_kind(frame, kind)
    return frame


class _FocusMarker(QObject):
    """Marks a card `focused` while one of its words has the keyboard focus."""

    def __init__(self, card: QFrame, watched: QWidget) -> None:
        super().__init__(card)
        self._card = card
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restyles the card as focus arrives and leaves."""
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._card.setProperty("focused", event.type() == QEvent.Type.FocusIn)
            set_kind(self._card, self._card.property("kind"))
        return False


def show_focus_on_card(card: QFrame, widget: QWidget) -> None:
    """Draws `card`'s border in the accent colour while `widget` has the keyboard focus:
    a read-only text (a prompt) shows focus without a caret or a box around the words."""
    _FocusMarker(card, widget)


class SafeTextBrowser(QTextBrowser):
    """A read-only rich-text view that never loads anything: no images, files or links.

    Rendered Markdown comes from people and from imported scripts; nothing in it may reach
    outside the app, even on a click.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)

    def loadResource(self, _type: int, _name: QUrl) -> object:
        """Refuses every resource, so an image or stylesheet reference stays inert."""
        return None


#: Headings a step above the words, not a shout, and room between the lines: for a text
#: read at rest rather than glanced at.
_READING_STYLE = (
    "h1 { font-size: x-large; font-weight: 600; }"
    "h2 { font-size: large; font-weight: 600; margin-top: 16px; margin-bottom: 4px; }"
    "p, li { line-height: 135%; }"
    "li { margin-bottom: 4px; }"
)


def make_reading_view(parent: QWidget | None = None) -> SafeTextBrowser:
    """A read-only text to read at rest (a guide, a whole script): one stop for the keyboard,
    which Tab leaves and the arrows scroll, styled as the "reading" kind."""
    view = SafeTextBrowser(parent)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    view.setTabChangesFocus(True)
    set_kind(view, "reading")
    view.document().setDefaultStyleSheet(_READING_STYLE)
    return view
