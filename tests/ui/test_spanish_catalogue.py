"""The Spanish catalogue is whole, current and really compiled: every string of the window has
a finished translation after a fresh lupdate, the shipped .qm is what lrelease makes of the
.ts, and each translation keeps what the code fills in and what the keyboard reaches."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from belonging.ui.shortcuts import SHORTCUTS

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS / "belonging_es.ts"
QM_FILE = TRANSLATIONS / "belonging_es.qm"
TOOLS = Path(sys.executable).parent
LUPDATE = TOOLS / "pyside6-lupdate"
LRELEASE = TOOLS / "pyside6-lrelease"
LUPDATE_ARGS = [
    "-extensions",
    "py",
    "-locations",
    "none",
    "-no-obsolete",
    "-source-language",
    "en",
    "-target-language",
    "es",
    "gui/belonging/ui",
    "-ts",
]
REFRESH = (
    f".venv/bin/pyside6-lupdate {' '.join(LUPDATE_ARGS)} {TS_FILE.relative_to(ROOT)}, translate "
    f"what is unfinished (pyside6-linguist), then .venv/bin/pyside6-lrelease "
    f"{TS_FILE.relative_to(ROOT)}"
)
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a .ts file."""
    root = ET.parse(path).getroot()
    return [
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.find("translation"),
        )
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _unfinished(path: Path) -> list[str]:
    found = []
    for context, source, translation in _messages(path):
        forms = translation.findall("numerusform") or [translation]
        if translation.get("type") == "unfinished" or any(
            not (f.text or "").strip() for f in forms
        ):
            found.append(f"{context}: {source!r}")
    return found


def _mnemonic(text: str) -> str | None:
    """The letter a "&" marks in `text` ("&&" is a plain "&"), lower case."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_the_catalogue_ships_compiled_beside_its_source():
    """belonging_es.ts and belonging_es.qm are both in the translations folder."""
    assert TS_FILE.is_file() and QM_FILE.is_file()
    assert QTranslator().load(str(QM_FILE))


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_a_fresh_lupdate_leaves_nothing_unfinished(tmp_path):
    """lupdate run again over the window's code finds every string already translated: no
    new, unfinished or empty entry, and none taken away."""
    fresh = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, fresh)
    subprocess.run(
        [str(LUPDATE), *LUPDATE_ARGS, str(fresh)], cwd=ROOT, check=True, capture_output=True
    )
    assert _unfinished(fresh) == [], REFRESH
    shipped = {(c, s, t.text) for c, s, t in _messages(TS_FILE)}
    assert {(c, s, t.text) for c, s, t in _messages(fresh)} == shipped, REFRESH


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")
def test_the_shipped_qm_is_a_fresh_compile_of_the_ts(tmp_path):
    """The .qm the app loads is byte for byte what lrelease makes of the .ts now."""
    compiled = tmp_path / QM_FILE.name
    subprocess.run(
        [str(LRELEASE), str(TS_FILE), "-qm", str(compiled)], check=True, capture_output=True
    )
    assert compiled.read_bytes() == QM_FILE.read_bytes(), REFRESH


def test_every_translation_keeps_the_placeholders_the_code_fills_in():
    """Each {name} of the English is in the Spanish, and no other: .format() would fail or
    leave a gap."""
    wrong = [
        f"{context}: {source!r} -> {translation.text!r}"
        for context, source, translation in _messages(TS_FILE)
        if sorted(_PLACEHOLDER.findall(source))
        != sorted(_PLACEHOLDER.findall(translation.text or ""))
    ]
    assert wrong == []


def test_every_keyboard_mnemonic_is_kept_and_adds_no_clash():
    """A label with an &-letter keeps one in Spanish; and two labels of a screen share a
    letter in Spanish only where they already did in English. The shortcut table's labels
    are two screens: the conversation's buttons, and the menus' items."""
    where = {spec.text: spec.where for spec in SHORTCUTS}
    by_context: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    lost = []
    for context, source, translation in _messages(TS_FILE):
        if context == "Shortcuts" and source in where:
            context = f"Shortcuts ({where[source]})"
        english, spanish = _mnemonic(source), _mnemonic(translation.text or "")
        if english and not spanish:
            lost.append(f"{context}: {translation.text!r}")
        if english and spanish:
            by_context[context].append((source, english, spanish))
    assert lost == []
    new_clashes = []
    for context, labels in by_context.items():
        for i, (source_a, en_a, es_a) in enumerate(labels):
            for source_b, en_b, es_b in labels[i + 1 :]:
                if es_a == es_b and en_a != en_b:
                    new_clashes.append(f"{context}: {source_a!r} and {source_b!r} share {es_a!r}")
    assert new_clashes == []
