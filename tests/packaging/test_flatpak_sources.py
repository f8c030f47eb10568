"""The Flatpak build gets every Python dependency the app needs, at the versions uv.lock pins,
with a wheel for each architecture it builds for."""

import io
import json
import re
import tomllib
from contextlib import redirect_stdout
from pathlib import Path

import generate_python_sources as generator

ROOT = Path(__file__).resolve().parents[2]
FLATPAK = ROOT / "packaging" / "flatpak"
COMMITTED = FLATPAK / "python3-dependencies.json"


def _committed() -> dict:
    return json.loads(COMMITTED.read_text(encoding="utf-8"))


def test_committed_module_matches_the_lock_file():
    """After `uv lock` changes, regenerating is needed; a stale file fails here."""
    output = io.StringIO()
    with redirect_stdout(output):
        generator.main([])
    assert json.loads(output.getvalue()) == _committed()


def test_every_runtime_dependency_is_pinned_except_pyside():
    """Each dependency in pyproject.toml is installed, PySide6 aside (the base app has it)."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        declared = tomllib.load(file)["project"]["dependencies"]
    names = {re.split(r"[<>=!~ \[;]", spec, maxsplit=1)[0].lower() for spec in declared}
    command = " ".join(_committed()["build-commands"])
    pinned = set(re.findall(r'"([\w.-]+)==', command))
    assert names - pinned == {"pyside6-essentials"}
    assert not pinned & generator.PROVIDED


def test_compiled_packages_have_a_wheel_per_architecture():
    """A compiled wheel for x86_64 only would break the aarch64 build; each comes in pairs."""
    arches: dict[str, set[str]] = {}
    for source in _committed()["sources"]:
        name = source["url"].rsplit("/", 1)[1].split("-")[0]
        arches.setdefault(name, set()).update(source.get("only-arches", generator.ARCHES))
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
    assert all(found == set(generator.ARCHES) for found in arches.values()), arches


def test_manifest_builds_on_the_pyside_base_app_with_these_sources():
    """The manifest uses io.qt.PySide.BaseApp and installs the generated module first."""
    manifest = (FLATPAK / "io.github.belonging.Belonging.yml").read_text(encoding="utf-8")
    assert "base: io.qt.PySide.BaseApp\n" in manifest
    assert "  - python3-dependencies.json\n" in manifest
    assert "--share=network" not in manifest
