"""The .desktop file and AppStream metainfo pass the freedesktop validators and agree with
each other, with the other platforms' files and with the package version."""

import configparser
import plistlib
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bundle_contents import APP_ID

from belonging import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
FLATPAK = PACKAGING / "flatpak" / f"{APP_ID}.yml"
SCREENSHOT_PREFIX = "https://raw.githubusercontent.com/belonging/belonging/main/"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils"
)
def test_desktop_file_passes_desktop_file_validate():
    """desktop-file-validate accepts the .desktop file without errors or warnings."""
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstream")
def test_metainfo_passes_appstreamcli_validate():
    """appstreamcli validate --no-net accepts the metainfo, as Flathub and software centres do."""
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_launches_the_command_the_bundle_installs():
    """The menu entry runs `belonging` and shows the icon installed under the app id."""
    entry = _desktop_entry()
    assert entry["Exec"].split()[0] == "belonging"
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == "Belonging"


def test_every_platform_file_uses_the_same_app_id():
    """The metainfo, desktop file, Flatpak manifest and macOS bundle share one identifier."""
    root = _metainfo()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert f"id: {APP_ID}\n" in FLATPAK.read_text(encoding="utf-8")
    with (PACKAGING / "macos" / "Info.plist").open("rb") as plist:
        assert plistlib.load(plist)["CFBundleIdentifier"] == APP_ID


def test_metainfo_lists_a_release_for_the_package_version():
    """Bumping the version without a release note in the metainfo fails here."""
    versions = [release.get("version") for release in _metainfo().iter("release")]
    assert __version__ in versions


def test_metainfo_screenshots_are_pngs_in_the_repository():
    """Each screenshot URL points at a PNG committed under packaging/screenshots/."""
    images = [image.text.strip() for image in _metainfo().iter("image")]
    assert len(images) >= 2
    for url in images:
        assert url.startswith(SCREENSHOT_PREFIX), url
        path = ROOT / url.removeprefix(SCREENSHOT_PREFIX)
        assert path.parent == PACKAGING / "screenshots", url
        assert path.read_bytes()[:8] == PNG_SIGNATURE, f"{path} is missing or not a PNG"
