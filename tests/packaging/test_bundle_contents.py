"""The bundle carries what the app reads at run time (resources, migrations, modules loaded
behind PyInstaller's back) and leaves out only Qt parts the app does not use."""

import ast
import importlib.util
import re
import shutil
from pathlib import Path

import PySide6
import pytest
from bundle_contents import (
    EXCLUDED_QT_MODULES,
    MIGRATION_IMPORTS,
    OPTIONAL_IMPORTS,
    app_languages,
    data_files,
    is_excluded_qt_file,
    needed_libraries,
    without_dangling_links,
    without_orphans,
)

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "gui" / "belonging"
MIGRATIONS = PACKAGE / "storage" / "migrations"
SPEC = ROOT / "packaging" / "belonging.spec"


def _bundle_paths() -> set[str]:
    return {f"{folder}/{Path(source).name}" for source, folder in data_files()}


def test_migrations_travel_as_files_where_alembic_reads_them():
    """env.py, script.py.mako and every versions/*.py land in belonging/storage/migrations."""
    paths = _bundle_paths()
    versions = sorted((MIGRATIONS / "versions").glob("*.py"))
    assert versions, "the checkout has no migrations"
    for version in versions:
        assert f"belonging/storage/migrations/versions/{version.name}" in paths
    assert "belonging/storage/migrations/env.py" in paths
    assert "belonging/storage/migrations/script.py.mako" in paths


def test_resources_land_where_resources_dir_looks_in_the_bundle():
    """Every built-in script, theme and icon is under belonging/resources, as in the wheel."""
    paths = _bundle_paths()
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file():
            relative = path.relative_to(ROOT / "resources").as_posix()
            assert f"belonging/resources/{relative}" in paths


def test_no_cache_files_are_shipped():
    """Stale __pycache__ folders of the checkout never reach the bundle."""
    assert not any("__pycache__" in source for source, _folder in data_files())


def _imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _covered(name: str, hidden: tuple[str, ...]) -> bool:
    parts = name.split(".")
    prefixes = {".".join(parts[:end]) for end in range(1, len(parts) + 1)}
    return bool(prefixes & set(hidden))


def test_every_module_a_migration_imports_is_a_hidden_import():
    """A migration importing what PyInstaller cannot see fails here, not in a user's hands."""
    files = [MIGRATIONS / "env.py", *sorted((MIGRATIONS / "versions").glob("*.py"))]
    for path in files:
        for name in _imports_of(path):
            if name.startswith(("belonging", "__future__")):
                continue  # the whole package is collected
            assert _covered(name, MIGRATION_IMPORTS), f"{path.name} imports {name}"


@pytest.mark.parametrize("module", MIGRATION_IMPORTS + OPTIONAL_IMPORTS)
def test_hidden_imports_name_real_modules(module):
    """Each hidden import exists, so a typo cannot silently leave a module out."""
    assert importlib.util.find_spec(module) is not None


def test_no_qt_module_the_app_imports_is_excluded():
    """Starting to use, say, QtPrintSupport fails here until the bundle is told to keep it."""
    used = set()
    for path in PACKAGE.rglob("*.py"):
        used.update(re.findall(r"PySide6\.Qt\w+", path.read_text(encoding="utf-8")))
    assert used, "found no Qt import at all"
    assert not used & set(EXCLUDED_QT_MODULES)


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt6Widgets.dll",
    ],
)
def test_qt_parts_the_app_needs_are_kept(path):
    """Platforms, SVG icons, input methods and the widget libraries stay in the bundle."""
    assert not is_excluded_qt_file(path)


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6QuickControls2.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt6Network.dll",
        "PySide6/plugins/imageformats/qjpeg.dll",
    ],
)
def test_qt_parts_the_app_does_not_use_are_left_out(path):
    """QML, networking, PDF, SQL drivers and the GTK theme do not make the bundle bigger."""
    assert is_excluded_qt_file(path)


def test_qt_translations_follow_the_apps_languages():
    """Qt's dialogs are translated only where Belonging is, so no dialog mixes languages."""
    languages = {"de", "pt_BR"}
    assert not is_excluded_qt_file("PySide6/Qt/translations/qtbase_de.qm", languages)
    assert not is_excluded_qt_file("PySide6/Qt/translations/qtbase_pt_BR.qm", languages)
    assert not is_excluded_qt_file("PySide6/Qt/translations/qtbase_pt.qm", languages)
    assert is_excluded_qt_file("PySide6/Qt/translations/qtbase_fr.qm", languages)
    assert is_excluded_qt_file("PySide6/Qt/translations/qtdeclarative_de.qm", languages)


def test_app_languages_come_from_the_catalogue_files(tmp_path):
    """belonging_de.ts and belonging_pt_BR.qm make German and Brazilian Portuguese."""
    for name in ("belonging_de.ts", "belonging_pt_BR.qm", "README.md", "qtbase_fr.qm"):
        (tmp_path / name).write_text("")
    assert app_languages(tmp_path) == {"de", "pt_BR"}


def test_libraries_nothing_loads_are_dropped():
    """Libraries only a dropped plugin needed go; those a kept plugin needs, however deep, stay."""
    needs = {
        "/src/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/src/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0"],
        "/src/libxcb-cursor.so.0": [],
        "/src/libgtk-3.so.0": ["libpango-1.0.so.0"],
        "/src/libpango-1.0.so.0": [],
        "/src/QtCore.abi3.so": [],
    }
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
        ("libpango-1.0.so.0", "/src/libpango-1.0.so.0", "BINARY"),
        ("PySide6/QtCore.abi3.so", "/src/QtCore.abi3.so", "EXTENSION"),
    ]
    kept = {dest for dest, _src, _kind in without_orphans(binaries, needed=needs.__getitem__)}
    assert kept == {
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libxcb-cursor.so.0",
        "PySide6/QtCore.abi3.so",
    }


def test_links_to_dropped_libraries_are_dropped():
    """`libQt6Network.so.6` -> a library no longer bundled would dangle, so it goes too."""
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("belonging/resources/scripts/a.md", "/src/a.md", "DATA"),
    ]
    assert [entry[0] for entry in without_dangling_links(datas, binaries)] == [
        "libQt6Core.so.6",
        "belonging/resources/scripts/a.md",
    ]


@pytest.mark.skipif(shutil.which("objdump") is None, reason="needs binutils")
def test_needed_libraries_reads_a_real_qt_plugin():
    """objdump finds that the xcb platform plugin loads Qt's xcb support library."""
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        pytest.skip("this PySide6 has no xcb plugin")
    assert "libQt6XcbQpa.so.6" in needed_libraries(str(plugin))


def test_spec_builds_from_these_lists():
    """belonging.spec takes its data, hidden imports, exclusions and pruning from these lists."""
    calls = {
        node.func.attr
        for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "contents"
    }
    assert {
        "data_files",
        "hidden_imports",
        "excluded_modules",
        "without_excluded_qt_files",
        "without_orphans",
        "without_dangling_links",
    } <= calls


def test_the_spanish_catalogue_and_qts_spanish_dialogs_travel_with_the_bundle():
    """belonging_es.qm goes where the app loads it, and Qt's own Spanish (its dialogs'
    buttons, the keys' names) is kept beside it."""
    assert "belonging/resources/translations/belonging_es.qm" in _bundle_paths()
    languages = app_languages()
    assert "es" in languages
    assert not is_excluded_qt_file("PySide6/Qt/translations/qtbase_es.qm", languages)
