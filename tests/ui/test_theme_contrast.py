"""The themes: every text readable (WCAG AA) in light and dark, the palette filled from the
theme files, and the window following the system's light or dark."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from belonging.ui.theme import LARGER_TEXT_SCALE, PALETTE_ROLES, ThemeManager, build_palette
from belonging.ui.theme_source import (
    Scheme,
    ThemeError,
    iter_rules,
    parse_theme,
    read_theme,
)

AA_TEXT = 4.5
AA_NON_TEXT = 3.0
#: The colours text sits on: pages, cards, notices, the pause cover, hover and selection.
SURFACES = ("window", "surface", "surface-alt", "surface-hover", "banner", "pause", "accent-soft")
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour written #RRGGBB."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_formula_matches_known_values():
    """The ratio is right at the ends and just below the AA line (#777 on white is 4.48)."""
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#FFFFFF") < AA_TEXT < contrast_ratio("#767676", "#FFFFFF")


def _text_pairs(scheme: Scheme) -> list[tuple[str, str, str]]:
    """(where, text colour, background) for every text the style sheet can put on screen."""
    source = read_theme(scheme)
    colours = source.colours
    pairs = []
    for selector, declarations in iter_rules(source.stylesheet(10)):
        if ":disabled" in selector:  # WCAG exempts inactive controls
            continue
        text = declarations.get("color")
        background = declarations.get("background-color")
        selection = (
            declarations.get("selection-color"),
            declarations.get("selection-background-color"),
        )
        if selection[0] and selection[1]:
            pairs.append((f"{selector} (selection)", *selection))
        if not text or text == "transparent":
            continue
        if background and background != "transparent":
            pairs.append((selector, text, background))
        else:
            pairs.extend((f"{selector} on {name}", text, colours[name]) for name in SURFACES)
    return pairs


@pytest.mark.parametrize("scheme", list(Scheme))
def test_every_text_in_the_style_sheet_meets_aa(scheme):
    """Each text colour, on its own background or on any surface it can sit on, is 4.5:1."""
    pairs = _text_pairs(scheme)
    assert len(pairs) > 50
    failures = [
        f"{where}: {text} on {background} is {contrast_ratio(text, background):.2f}"
        for where, text, background in pairs
        if contrast_ratio(text, background) < AA_TEXT
    ]
    assert failures == []


@pytest.mark.parametrize("scheme", list(Scheme))
def test_palette_text_roles_meet_aa(scheme):
    """Controls drawn from the palette (not the style sheet) are as readable."""
    palette = build_palette(read_theme(scheme))
    role = QPalette.ColorRole
    for text, background in [
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.ToolTipText, role.ToolTipBase),
        (role.PlaceholderText, role.Base),
        (role.Link, role.Base),
        (role.Link, role.Window),
    ]:
        ratio = contrast_ratio(palette.color(text).name(), palette.color(background).name())
        assert ratio >= AA_TEXT, f"{text.name} on {background.name}: {ratio:.2f}"


@pytest.mark.parametrize("scheme", list(Scheme))
def test_field_borders_and_focus_are_visible(scheme):
    """Field borders and the focus colour stand out 3:1 from what they sit on (WCAG 1.4.11)."""
    colours = read_theme(scheme).colours
    for edge in ("input-border", "accent"):
        for background in ("window", "surface"):
            ratio = contrast_ratio(colours[edge], colours[background])
            assert ratio >= AA_NON_TEXT, f"{edge} on {background}: {ratio:.2f}"


def test_both_schemes_name_the_same_colours():
    """Light and dark define the same names, every one the palette needs, all as #RRGGBB."""
    light, dark = read_theme(Scheme.LIGHT), read_theme(Scheme.DARK)
    assert set(light.colours) == set(dark.colours)
    assert set(PALETTE_ROLES) | {"disabled-text"} <= set(light.colours)
    assert all(_HEX.match(value) for value in [*light.colours.values(), *dark.colours.values()])


def test_a_colour_used_but_not_defined_is_an_error():
    """A typo in a theme file is caught when it is read, not shown as a missing colour."""
    with pytest.raises(ThemeError, match="not defined: acent"):
        parse_theme("@accent: #123456;\nQLabel { color: @acent; }", Scheme.LIGHT)


def test_em_sizes_follow_the_base_font():
    """ "2em" becomes twice the base size, so larger text grows every size together."""
    source = parse_theme("@text: #000000;\nQLabel { color: @text; font-size: 2em; }", Scheme.LIGHT)
    assert "font-size: 20.0pt" in source.stylesheet(10)
    assert "font-size: 26.0pt" in source.stylesheet(10 * LARGER_TEXT_SCALE)
    assert "color: #000000" in source.stylesheet(10)


def test_theme_follows_the_system_scheme_when_it_changes(qapp):
    """When the system switches to dark, the palette switches with it, and back."""
    wanted = [Scheme.LIGHT]
    manager = ThemeManager(qapp, system=lambda: wanted[0])
    try:
        manager.apply()
        window = QPalette.ColorRole.Window
        assert qapp.palette().color(window) == QColor(read_theme(Scheme.LIGHT).colours["window"])
        wanted[0] = Scheme.DARK
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert qapp.palette().color(window) == QColor(read_theme(Scheme.DARK).colours["window"])
        wanted[0] = Scheme.LIGHT
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert qapp.palette().color(window) == QColor(read_theme(Scheme.LIGHT).colours["window"])
    finally:
        manager.deleteLater()


def test_larger_text_scales_the_application_font(qapp):
    """Larger text is the system size times the scale, and off restores the system size."""
    manager = ThemeManager(qapp, system=lambda: Scheme.LIGHT)
    try:
        manager.apply()
        normal = qapp.font().pointSizeF()
        manager.set_larger_text(True)
        assert qapp.font().pointSizeF() == pytest.approx(normal * LARGER_TEXT_SCALE)
        manager.set_larger_text(False)
        assert qapp.font().pointSizeF() == pytest.approx(normal)
    finally:
        manager.deleteLater()
