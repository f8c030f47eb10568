"""Light and dark that follow the system, and the larger text for a shared screen.

The colours come from `resources/themes/` (see theme_source.py); this module only puts them
into Qt: the application palette, the style sheet, and the font scaled from the system's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDir, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from belonging.resources import icons_dir
from belonging.ui.theme_source import Scheme, ThemeSource, read_theme

#: How much View ▸ Larger text grows every font: enough to read a shared screen on a call.
LARGER_TEXT_SCALE = 1.3

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

#: Which palette roles each named theme colour fills. Widgets the style sheet does not reach
#: (scroll bars, check marks, native dialogs) draw from the palette, so both must agree.
PALETTE_ROLES: dict[str, tuple[QPalette.ColorRole, ...]] = {
    "window": (_Role.Window,),
    "text": (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.ToolTipText),
    "surface": (_Role.Base, _Role.Button, _Role.ToolTipBase),
    "surface-alt": (_Role.AlternateBase,),
    "accent": (_Role.Highlight, _Role.Accent),
    "on-accent": (_Role.HighlightedText, _Role.BrightText),
    "accent-text": (_Role.Link, _Role.LinkVisited),
    "muted": (_Role.PlaceholderText,),
    "input-border": (_Role.Mid, _Role.Dark),
    "border": (_Role.Midlight,),
}
_DISABLED_ROLES = (_Role.WindowText, _Role.Text, _Role.ButtonText)


def build_palette(source: ThemeSource) -> QPalette:
    """The application palette for one theme, every role from a named theme colour."""
    palette = QPalette()
    for name, roles in PALETTE_ROLES.items():
        colour = QColor(source.colours[name])
        for role in roles:
            palette.setColor(role, colour)
    # Fusion's bevels: derived, so the theme file need not name colours nobody reads.
    palette.setColor(_Role.Light, QColor(source.colours["surface"]).lighter(110))
    palette.setColor(_Role.Shadow, QColor(source.colours["text"]))
    disabled = QColor(source.colours["disabled-text"])
    for role in _DISABLED_ROLES:
        palette.setColor(_Group.Disabled, role, disabled)
    return palette


def system_scheme() -> Scheme:
    """Dark when the system says so; light when it says light or does not say."""
    hints = QApplication.styleHints()
    return Scheme.DARK if hints.colorScheme() == Qt.ColorScheme.Dark else Scheme.LIGHT


class ThemeManager(QObject):
    """Keeps the application's palette, style sheet and font in step with the system and
    with View ▸ Larger text.

    It remembers the system font it found at start, so the larger text is always the
    system's size times LARGER_TEXT_SCALE, never a scale of a scale. `system` says which
    scheme the system wants (tests pass their own: the offscreen platform has none).
    """

    #: Emitted after a new scheme or text size has been applied.
    changed = Signal()

    def __init__(
        self,
        app: QApplication,
        parent: QObject | None = None,
        *,
        system: Callable[[], Scheme] = system_scheme,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._system = system
        self._system_font = QFont(app.font())
        self._larger_text = False
        self._override: Scheme | None = None
        self._applied: tuple[Scheme, bool] | None = None
        app.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

    def scheme(self) -> Scheme:
        """The scheme in use: the override if one is set, else the system's."""
        return self._override or self._system()

    def set_scheme_override(self, scheme: Scheme | None) -> None:
        """Forces light or dark (screenshots, tests); None follows the system again."""
        self._override = scheme
        self.apply()

    def larger_text(self) -> bool:
        """Whether View ▸ Larger text is on."""
        return self._larger_text

    def set_larger_text(self, on: bool) -> None:
        """Scales every font in the window up (on) or back to the system size (off)."""
        self._larger_text = bool(on)
        self.apply()

    def font_scale(self) -> float:
        """The factor applied to the system font: 1.0, or LARGER_TEXT_SCALE."""
        return LARGER_TEXT_SCALE if self._larger_text else 1.0

    def apply(self) -> None:
        """Puts the current scheme and text size into the application, if they changed."""
        wanted = (self.scheme(), self._larger_text)
        if wanted == self._applied:
            return
        source = read_theme(wanted[0])
        # The style sheets name their images "icons:<file>"; this tells Qt where that is.
        QDir.setSearchPaths("icons", [str(icons_dir())])
        font = QFont(self._system_font)
        if self._system_font.pointSizeF() > 0:
            size, unit = self._system_font.pointSizeF() * self.font_scale(), "pt"
            font.setPointSizeF(size)
        else:  # a system font given in pixels
            size, unit = self._system_font.pixelSize() * self.font_scale(), "px"
            font.setPixelSize(round(size))
        # Each of these re-polishes every widget alive: only what differs is set again.
        palette, sheet = build_palette(source), source.stylesheet(size, unit)
        if self._app.palette() != palette:
            self._app.setPalette(palette)
        if self._app.font() != font:
            self._app.setFont(font)
        if self._app.styleSheet() != sheet:
            self._app.setStyleSheet(sheet)
        self._applied = wanted
        self.changed.emit()

    @Slot(Qt.ColorScheme)
    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._override is None:
            self.apply()
