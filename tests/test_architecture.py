"""Layering rules from DESIGN.md: dependencies point one way, ui → application → storage →
core; the domain, storage and the application layer never need Qt (so they run and are
tested without a display); the window and the command line reach storage only through the
application layer."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "gui" / "belonging"
QT = ("PySide6", "shiboken6")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _layer_files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        (
            "core",
            (*QT, "belonging.storage", "belonging.application", "belonging.ui", "belonging.cli",
             "sqlmodel", "sqlalchemy"),
        ),
        ("storage", (*QT, "belonging.application", "belonging.ui", "belonging.cli")),
        ("application", (*QT, "belonging.ui", "belonging.cli")),
        ("ui", ("belonging.storage", "sqlalchemy", "sqlmodel", "alembic", "belonging.cli")),
        ("cli", ("belonging.storage", "sqlalchemy", "sqlmodel", "alembic")),
    ],
)  # fmt: skip
def test_layer_does_not_import_upwards_or_around(layer, forbidden):
    """core/, storage/ and application/ never import Qt or a layer above them; ui/ and cli/
    reach storage only through the application layer."""
    offenders = []
    for path in _layer_files(layer):
        for module in _imported_modules(path):
            if any(module == name or module.startswith(name + ".") for name in forbidden):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert _layer_files(layer), f"no Python files found in {layer}/"
    assert offenders == []


def test_the_check_catches_a_qt_import(tmp_path):
    """The import scan really sees `from PySide6 import ...`, so the rule above can fail."""
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport belonging.ui.app\n")
    assert {"PySide6.QtCore", "belonging.ui.app"} <= _imported_modules(sample)
