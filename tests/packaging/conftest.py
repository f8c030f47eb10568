"""The packaging scripts live in packaging/, outside the package: tests import them from there."""

import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
sys.path.insert(0, str(PACKAGING))
sys.path.insert(0, str(PACKAGING / "icons"))
sys.path.insert(0, str(PACKAGING / "flatpak"))
