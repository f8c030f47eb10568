"""The translation source file lists every user-visible string of the window, as it is now."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "belonging_en.ts"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
COMMAND = [
    "-extensions",
    "py",
    "-locations",
    "none",
    "-no-obsolete",
    "-source-language",
    "en",
    "-target-language",
    "en",
    "gui/belonging/ui",
    "-ts",
]


def _messages(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_translation_source_exists_and_holds_the_window_strings():
    """belonging_en.ts is there and has the strings people see first."""
    messages = _messages(TS_FILE)
    assert ("HomeView", "&Start a conversation") in messages
    assert ("Shortcuts", "&Too much?") in messages
    assert ("GroundRulesView", "“Too much?” needs no reason.") in messages


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_the_translation_source_is_up_to_date(tmp_path):
    """Running lupdate again finds nothing new: every tr() string is in the .ts file."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(LUPDATE), *COMMAND, str(fresh)], cwd=ROOT, check=True, capture_output=True)
    missing = _messages(fresh) - _messages(TS_FILE)
    stale = _messages(TS_FILE) - _messages(fresh)
    regenerate = f"run: .venv/bin/pyside6-lupdate {' '.join(COMMAND)} {TS_FILE.relative_to(ROOT)}"
    assert (missing, stale) == (set(), set()), regenerate
