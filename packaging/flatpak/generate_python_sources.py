"""Writes the Flatpak module that installs Belonging's Python dependencies, from uv.lock.

    cd packaging/flatpak && python3 generate_python_sources.py > python3-dependencies.json

Flatpak builds without network, so every wheel is listed with its URL and checksum, the same
versions the lock file pins. PySide6 is left out: the io.qt.PySide.BaseApp base provides it.
A package with a compiled part gets one wheel per architecture the manifest builds for; the
wheels are those for the runtime's Python (`--python`, the KDE runtime's: 3.13 for 6.10).
Hatchling, the build backend, comes too, so `pip install .` can build Belonging offline.
Run it again after `uv lock` changes; a test checks the committed file is up to date.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# What the base app already provides.
PROVIDED = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}
ARCHES = ("x86_64", "aarch64")
DEFAULT_PYTHON = "3.13"
BUILD_BACKEND = "hatchling"
_WHEEL = re.compile(
    r"^(?P<name>[^-]+)-(?P<version>[^-]+)-(?P<python>[^-]+)-(?P<abi>[^-]+)-(?P<platform>.+)\.whl$"
)


def _packages(lock: dict) -> dict[str, dict]:
    return {package["name"]: package for package in lock["package"]}


def _linux_only(dependency: dict) -> bool:
    """Drops dependencies marked for another system; the lock's markers are simple ones."""
    marker = dependency.get("marker", "")
    return not re.search(r"sys_platform == '(?!linux)|platform_system == '(?!Linux)", marker)


def closure(packages: dict[str, dict], roots: list[str]) -> list[str]:
    """Every package `roots` need at run time on Linux, the provided ones excepted; sorted."""
    seen: set[str] = set()
    queue = list(roots)
    while queue:
        name = queue.pop()
        if name in seen or name in PROVIDED:
            continue
        seen.add(name)
        for dependency in packages[name].get("dependencies", []):
            if _linux_only(dependency):
                queue.append(dependency["name"])
    return sorted(seen)


def _fits(wheel: str, python: str, arch: str) -> bool:
    match = _WHEEL.match(wheel)
    if match is None:
        return False
    tag = f"cp{python.replace('.', '')}"
    pythons = match["python"].split(".")
    platforms = match["platform"].split(".")
    runs = tag in pythons or (match["abi"] == "abi3" and any(p.startswith("cp3") for p in pythons))
    manylinux = any(p.startswith("manylinux") and p.endswith(f"_{arch}") for p in platforms)
    return runs and manylinux


def _source(wheel: dict, arch: str | None = None) -> dict:
    source = {"type": "file", "url": wheel["url"], "sha256": wheel["hash"].removeprefix("sha256:")}
    if arch:
        source["only-arches"] = [arch]
    return source


def sources_for(package: dict, python: str) -> list[dict]:
    """The wheel sources of one package: one per architecture if compiled, else the pure one."""
    wheels = package.get("wheels", [])
    compiled = []
    for arch in ARCHES:
        fitting = [w for w in wheels if _fits(w["url"].rsplit("/", 1)[1], python, arch)]
        if fitting:
            compiled.append(_source(fitting[0], arch))
    if len(compiled) == len(ARCHES):
        return compiled
    pure = [w for w in wheels if w["url"].endswith("-none-any.whl")]
    if not pure:
        raise SystemExit(f"{package['name']}: no wheel for Python {python} on {', '.join(ARCHES)}")
    return [_source(pure[0])]


def module(lock: dict, python: str) -> dict:
    """The Flatpak module (as JSON-ready data) installing the locked dependencies."""
    packages = _packages(lock)
    roots = [d["name"] for d in packages["belonging"]["dependencies"]] + [BUILD_BACKEND]
    names = closure(packages, roots)
    pins = " ".join(f'"{name}=={packages[name]["version"]}"' for name in names)
    return {
        "name": "python3-dependencies",
        "buildsystem": "simple",
        "build-commands": [
            "pip3 install --verbose --exec-prefix=${FLATPAK_DEST} --prefix=${FLATPAK_DEST}"
            ' --no-index --find-links="file://${PWD}" --no-build-isolation ' + pins
        ],
        "sources": [source for name in names for source in sources_for(packages[name], python)],
    }


def main(arguments: list[str] | None = None) -> int:
    """Prints the module as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=DEFAULT_PYTHON, help="the runtime's Python, e.g. 3.13")
    parser.add_argument("--lock", type=Path, default=REPO / "uv.lock")
    args = parser.parse_args(arguments)
    with args.lock.open("rb") as file:
        lock = tomllib.load(file)
    json.dump(module(lock, args.python), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
