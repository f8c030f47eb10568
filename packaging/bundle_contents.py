"""What goes into the desktop bundle: data files, hidden imports and what is left out.

`belonging.spec` reads this module; it stays free of PyInstaller so the tests can check the
same lists the build uses. The bundle follows the wheel's layout: `belonging/resources` and
the migrations as plain files inside `belonging/storage/migrations`.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

APP_ID = "io.github.belonging.Belonging"
PACKAGING = Path(__file__).resolve().parent
REPO = PACKAGING.parent
PACKAGE = REPO / "gui" / "belonging"

# A PyInstaller table entry: (path inside the bundle, source path or link target, kind).
Entry = tuple[str, str, str]

# What the migration files and Alembic's env.py import. Alembic loads them by path at run time,
# so PyInstaller never sees these imports.
MIGRATION_IMPORTS = (
    "alembic.op",
    "alembic.context",
    "alembic.ddl.sqlite",
    "alembic.runtime.environment",
    "alembic.runtime.migration",
    "sqlalchemy",
    "sqlmodel",
    "sqlmodel.sql.sqltypes",
)

# The optional passphrase opens the database through SQLCipher, imported only then. The
# partner's screen loads aiohttp and PyNaCl only when the owner first opens it, and PyNaCl's
# compiled part imports cffi's `_cffi_backend` from C, where PyInstaller cannot see it.
OPTIONAL_IMPORTS = (
    "sqlcipher3",
    "sqlcipher3.dbapi2",
    "aiohttp",
    "nacl.secret",
    "segno",
    "_cffi_backend",
)

# Only QtCore, QtGui and QtWidgets are imported; tests fail if the app starts using one of these.
EXCLUDED_QT_MODULES = (
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtPdf",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtPrintSupport",
)

# Development and build tools that some library imports only if present.
EXCLUDED_PYTHON_MODULES = (
    "tkinter",
    "unittest",
    "pydoc",
    "lib2to3",
    "setuptools",
    "pkg_resources",
    "PyInstaller",
    "pytest",
    "_pytest",
    "hypothesis",
    # Belonging never goes online; hashing (hashlib, for passphrases) needs OpenSSL, TLS not.
    "ssl",
)

# Qt files left out, as paths inside the bundle (PySide6/Qt/... on Linux and macOS, PySide6/...
# on Windows). Kept: the xcb, Wayland (xdg-shell) and offscreen platforms, SVG icons and images,
# compose and IBus input (dead keys, input methods) and the desktop portal. The GTK theme would
# drag GTK, Pango and Cairo in; eglfs, VNC and linuxfb are for devices without a desktop.
_EXCLUDED_QT_FILE = re.compile(
    r"PySide6/(?:Qt/)?(?:"
    r"plugins/(?:designer|egldeviceintegrations|generic|networkinformation|printsupport"
    r"|qmltooling|sqldrivers|tls|vectorimageformats|wayland-graphics-integration-\w+)/"
    r"|plugins/wayland-shell-integration/lib(?!xdg-shell)[\w-]+\.so"
    r"|plugins/platforms/lib(?:qeglfs|qlinuxfb|qminimal|qminimalegl|qvkkhrdisplay|qvnc)\.so"
    r"|plugins/platformthemes/libqgtk3\.so"
    r"|plugins/platforminputcontexts/libqtvirtualkeyboardplugin\.so"
    r"|plugins/imageformats/(?:lib)?q(?!svg)\w+\.(?:so|dll|dylib)"
    r"|(?:lib/)?(?:libQt6|Qt6|Qt)(?:Qml|Quick|Pdf|Network|OpenGL|Sql|Test|Designer|Help|Lottie"
    r"|Labs|WaylandCompositor|VirtualKeyboard)\w*(?:\.so|\.dll|\.framework/)"
    r")"
)
# Qt's translations of its own dialogs; only those of languages Belonging speaks are kept, so
# a dialog never mixes a translated button with untranslated text.
_QT_TRANSLATION = re.compile(r"PySide6/(?:Qt/)?translations/(\w+?)_([a-zA-Z_]+)\.qm$")
_APP_TRANSLATION = re.compile(r"belonging_([a-zA-Z_]+)\.(?:qm|ts)$")

_LIBRARY = re.compile(r"lib[^/]*\.so(?:\.\d+)*$")


def folder_as_data(source: Path, target: str) -> list[tuple[str, str]]:
    """Every file under `source` (caches aside), as (file, folder inside the bundle) pairs."""
    pairs = []
    for path in sorted(source.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            folder = Path(target) / path.parent.relative_to(source)
            pairs.append((str(path), folder.as_posix()))
    return pairs


def data_files() -> list[tuple[str, str]]:
    """The resources and the migrations, where `belonging` looks for them in the bundle.

    Taken from the checkout, not the installed package, so an editable install builds the
    same bundle as a wheel.
    """
    return [
        *folder_as_data(REPO / "resources", "belonging/resources"),
        *folder_as_data(PACKAGE / "storage" / "migrations", "belonging/storage/migrations"),
    ]


def hidden_imports(package_modules: Iterable[str]) -> list[str]:
    """`package_modules` (all of belonging) and what is imported behind PyInstaller's back."""
    return [*package_modules, *MIGRATION_IMPORTS, *OPTIONAL_IMPORTS]


def excluded_modules() -> list[str]:
    """Modules PyInstaller must not collect even if some library mentions them."""
    return [*EXCLUDED_QT_MODULES, *EXCLUDED_PYTHON_MODULES]


def app_languages(translations: Path | None = None) -> set[str]:
    """The languages Belonging is translated into (`de`, `pt_BR`), from its catalogue files."""
    folder = translations or REPO / "resources" / "translations"
    found = (_APP_TRANSLATION.match(path.name) for path in folder.glob("belonging_*"))
    return {match.group(1) for match in found if match}


def is_excluded_qt_file(bundle_path: str, languages: Iterable[str] = ()) -> bool:
    """Whether a file at `bundle_path` inside the bundle is a Qt part the app does not use.

    Qt's translations are kept for `languages` (and for `pt` when `pt_BR` is among them) and
    only for Qt's base dialogs (`qtbase_*`), the one catalogue the app loads.
    """
    path = bundle_path.replace("\\", "/")
    translation = _QT_TRANSLATION.match(path)
    if translation:
        catalogue, language = translation.groups()
        wanted = {*languages, *(name.split("_")[0] for name in languages)}
        return catalogue != "qtbase" or language not in wanted
    return _EXCLUDED_QT_FILE.match(path) is not None


def without_excluded_qt_files(
    entries: Iterable[Entry], languages: Iterable[str] = ()
) -> list[Entry]:
    """The table without the Qt parts the app does not use (see `is_excluded_qt_file`)."""
    languages = set(languages)
    return [entry for entry in entries if not is_excluded_qt_file(entry[0], languages)]


def needed_libraries(path: str) -> list[str]:
    """The sonames an ELF file asks the dynamic loader for (its DT_NEEDED entries)."""
    output = subprocess.run(
        ["objdump", "-p", path], capture_output=True, text=True, check=True
    ).stdout
    return [line.split()[1] for line in output.splitlines() if line.strip().startswith("NEEDED")]


def without_orphans(
    binaries: Iterable[Entry], needed: Callable[[str], list[str]] = needed_libraries
) -> list[Entry]:
    """The binaries minus shared libraries that nothing left in the bundle loads.

    PyInstaller collects a plugin's dependencies before the spec can drop the plugin, so the
    GTK theme plugin alone would bring GTK, Pango and Cairo along. What stays is what the
    extension modules, the Qt plugins and Python itself load, followed transitively through
    `needed` (the sonames a file at a source path asks for).
    """
    binaries = list(binaries)
    by_soname = {Path(dest).name: (dest, src) for dest, src, _kind in binaries}
    queue = [
        (dest, src)
        for dest, src, _kind in binaries
        if "/plugins/" in dest.replace("\\", "/")
        or not _LIBRARY.match(Path(dest).name)
        or Path(dest).name.startswith("libpython")
    ]
    reached = {dest for dest, _src in queue}
    while queue:
        _dest, src = queue.pop()
        for soname in needed(src):
            dependency = by_soname.get(soname)
            if dependency is not None and dependency[0] not in reached:
                reached.add(dependency[0])
                queue.append(dependency)
    return [entry for entry in binaries if entry[0] in reached]


def without_dangling_links(datas: Iterable[Entry], binaries: Iterable[Entry]) -> list[Entry]:
    """The data entries minus symbolic links whose target is no longer in the bundle.

    PyInstaller lists links to libraries (`libQt6Core.so.6` -> `PySide6/Qt/lib/...`) with the
    data; a link to a dropped library would dangle.
    """
    datas = list(datas)
    present = {entry[0] for entry in (*binaries, *datas) if entry[2] != "SYMLINK"}
    return [entry for entry in datas if entry[2] != "SYMLINK" or entry[1] in present]
