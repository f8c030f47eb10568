"""Writes a macOS .icns from PNG files, each stored as PNG (what macOS reads since 10.7).

    python icns.py OUT.icns png/belonging-16.png png/belonging-32.png ...

Each PNG fills every slot of its pixel size: 32 pixels is both the 32-point icon and the
16-point one on a Retina screen. Only the standard library is used.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# Pixel size -> the icon types that hold a PNG of that size (1x and 2x slots).
ICON_TYPES = {
    16: (b"icp4",),
    32: (b"icp5", b"ic11"),
    64: (b"icp6", b"ic12"),
    128: (b"ic07",),
    256: (b"ic08", b"ic13"),
    512: (b"ic09", b"ic14"),
    1024: (b"ic10",),
}


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG, from its header."""
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def icns_bytes(pngs: list[bytes]) -> bytes:
    """The .icns file holding `pngs`, each square and of a size macOS knows."""
    entries = []
    for data in pngs:
        width, height = png_size(data)
        if width != height or width not in ICON_TYPES:
            raise ValueError(f"no .icns slot for a {width}x{height} image")
        for kind in ICON_TYPES[width]:
            entries.append(kind + struct.pack(">I", len(data) + 8) + data)
    body = b"".join(entries)
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main(arguments: list[str]) -> int:
    """Writes the file named first from the PNG files named after it."""
    if len(arguments) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    output, *sources = (Path(argument) for argument in arguments)
    output.write_bytes(icns_bytes([source.read_bytes() for source in sources]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
