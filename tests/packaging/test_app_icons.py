"""The app icon exists in every size the desktops ask for, and the Windows and macOS icon files
hold the sizes those systems show."""

import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from icns import ICON_TYPES, icns_bytes, png_size

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
ICONS = PACKAGING / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = {16, 24, 32, 48, 64, 128, 256}


def _png(size: int) -> bytes:
    return (ICONS / "png" / f"belonging-{size}.png").read_bytes()


def test_source_svg_is_square():
    """The SVG that every other icon is rendered from is a square, as icon themes expect."""
    root = ET.parse(ICONS / "belonging.svg").getroot()
    _x, _y, width, height = (float(value) for value in root.get("viewBox").split())
    assert width == height


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_exists_with_its_size(size):
    """belonging-N.png is a real PNG of N×N pixels (checked from its header)."""
    assert png_size(_png(size)) == (size, size)


def test_windows_icon_holds_16_to_256_pixels():
    """The .ico the installer and the .exe use carries every size Windows shows."""
    data = (PACKAGING / "windows" / "belonging.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, height = data[6 + 16 * index], data[7 + 16 * index]
        # A stored 0 means 256 pixels.
        sizes.add((width or 256, height or 256))
    assert {(size, size) for size in ICO_SIZES} <= sizes


def test_macos_icon_holds_every_slot_as_png():
    """The .icns has each size from 16 to 1024 pixels, its length fields consistent."""
    data = (PACKAGING / "macos" / "belonging.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found = {}
    offset = 8
    while offset < len(data):
        kind = data[offset : offset + 4]
        length = struct.unpack(">I", data[offset + 4 : offset + 8])[0]
        found[kind] = png_size(data[offset + 8 : offset + length])
        offset += length
    assert offset == len(data)
    for size, kinds in ICON_TYPES.items():
        for kind in kinds:
            assert found.get(kind) == (size, size), kind


def test_icns_writer_refuses_a_size_macos_has_no_slot_for():
    """A 24-pixel image cannot go into an .icns; the writer says so instead of writing junk."""
    with pytest.raises(ValueError, match="24x24"):
        icns_bytes([_png(24)])
