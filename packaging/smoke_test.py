"""Smoke test of a built Linux bundle: does what a user's first minutes with it do.

    python packaging/smoke_test.py packaging/dist/belonging

1. `ldd` resolves every shared library in the bundle, with the library path the bundle's
   launcher sets (its `_internal` folder) and the system's libraries for the rest.
2. On a private X server (xcb platform), the app opens its window on an empty data folder,
   writes its database there, and exits 0 when the user presses Ctrl+Q.
3. It starts again on the same folder, reading what it wrote, and exits 0 again.
4. The command line inside the bundle lists the built-in scripts and backs the database up.
5. In Spanish (LANG=es_ES.UTF-8) it lists the Spanish library, and the window's compiled
   Spanish catalogue is in the bundle.
6. Started as an export's PDF maker (as the app starts itself to export), it turns a small
   history into a PDF.

Exits 0 when every check passes; each failure is printed on its own line.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from xsession import log_tail, quit_by_keyboard, start_app, wait_for_window, x_server

# The names the app gives its files in the data folder (see the README's "Where your data lives").
DATABASE_NAME = "belonging.sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
WINDOW_TIMEOUT = 60.0
EXIT_TIMEOUT = 30.0
ELF_MAGIC = b"\x7fELF"
#: A built-in script's title in Spanish, as `scripts list` shows it in a Spanish terminal.
SPANISH_TITLE = "Un repaso semanal"


def elf_files(bundle: Path) -> list[Path]:
    """Every ELF file (executable or shared library) in the bundle; links are skipped."""
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == ELF_MAGIC:
                    found.append(path)
    return found


def missing_libraries(bundle: Path) -> list[str]:
    """`file: library` for each library `ldd` cannot find."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(bundle / "_internal"))
    problems: list[str] = []
    for path in elf_files(bundle):
        result = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True)
        for line in result.stdout.splitlines():
            if "not found" in line:
                problem = f"{path.relative_to(bundle)}: {line.split('=>')[0].strip()}"
                if problem not in problems:
                    problems.append(problem)
    return problems


def database_problems(data_dir: Path) -> list[str]:
    """What is wrong with the database the app wrote, or nothing."""
    database = data_dir / DATABASE_NAME
    if not database.is_file():
        return [f"no {DATABASE_NAME} in the data folder after the window opened"]
    with database.open("rb") as file:
        if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return [f"{DATABASE_NAME} is not an SQLite database"]
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        (check,) = connection.execute("PRAGMA quick_check").fetchone()
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    problems = []
    if check != "ok":
        problems.append(f"{DATABASE_NAME} fails its integrity check: {check}")
    if "alembic_version" not in tables:
        problems.append(f"{DATABASE_NAME} has no schema version: the migrations did not run")
    return problems


def run_window(executable: Path, data_dir: Path, env: dict[str, str], log: Path) -> list[str]:
    """Opens the window on `data_dir`, then quits with Ctrl+Q; what went wrong, if anything."""
    process = start_app([str(executable)], data_dir, env, log)
    try:
        window = wait_for_window(env, process, WINDOW_TIMEOUT)
    except RuntimeError as error:
        if process.poll() is None:
            process.kill()
            process.wait()
        return [f"{error}; the app printed:\n{log_tail(log)}"]
    problems = database_problems(data_dir)
    code = quit_by_keyboard(env, process, window, EXIT_TIMEOUT)
    if code != 0:
        problems.append(f"the app exited with {code} after Ctrl+Q, not 0")
    return problems


def run_command(executable: Path, data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    """Runs a `belonging` subcommand from the bundle on `data_dir`."""
    return subprocess.run(
        [str(executable), "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=EXIT_TIMEOUT,
        check=False,
    )


def command_problems(executable: Path, data_dir: Path) -> list[str]:
    """Checks the built-in scripts ship and a backup of the database can be made."""
    problems = []
    listed = run_command(executable, data_dir, "scripts", "list")
    if listed.returncode != 0 or "built-in" not in listed.stdout:
        problems.append(f"`scripts list` failed or listed no built-in script: {listed.stderr}")
    backup = data_dir / "smoke-backup.sqlite3"
    made = run_command(executable, data_dir, "backup", str(backup))
    if made.returncode != 0 or not backup.is_file():
        problems.append(f"`backup` failed: {made.stderr.strip()}")
    elif backup.read_bytes()[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        problems.append("the backup is not an SQLite database")
    return problems


def spanish_problems(bundle: Path, executable: Path, data_dir: Path) -> list[str]:
    """Checks the bundle speaks Spanish: its catalogue is there and loads, and `scripts list`
    in a Spanish terminal lists the Spanish scripts."""
    from PySide6.QtCore import QTranslator

    problems = []
    catalogue = next(bundle.rglob("belonging/resources/translations/belonging_es.qm"), None)
    if catalogue is None:
        problems.append("no belonging_es.qm in the bundle: the window could not speak Spanish")
    elif not QTranslator().load(str(catalogue)):
        problems.append(f"{catalogue.name} in the bundle is not a catalogue Qt can load")
    env = {**os.environ, "LANG": "es_ES.UTF-8"}
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(variable, None)
    listed = subprocess.run(
        [str(executable), "--data-dir", str(data_dir), "scripts", "list"],
        capture_output=True,
        text=True,
        timeout=EXIT_TIMEOUT,
        check=False,
        env=env,
    )
    if listed.returncode != 0 or SPANISH_TITLE not in listed.stdout:
        problems.append(f"`scripts list` in Spanish listed no Spanish script: {listed.stderr}")
    return problems


def pdf_problems(executable: Path) -> list[str]:
    """Checks the bundle, started as an export's PDF maker the way the app starts it, makes
    the PDF of a small history."""
    from belonging.core.export import (
        DEFAULT_LABELS,
        ExportConversation,
        ExportDocument,
        ExportNote,
        ExportPrompt,
        ExportScope,
    )
    from belonging.ui.export import PDF_CHILD_ARGUMENT
    from belonging.ui.export.pdf_runner import PdfProcessError, make_pdf

    note = ExportNote("We talked about the bakery where it all began.")
    prompt = ExportPrompt(text="What mattered this week?", depth=1, notes=(note,))
    conversation = ExportConversation(
        started_at=datetime(2025, 1, 6, 9, tzinfo=UTC), script_title="Weekly", prompts=(prompt,)
    )
    doc = ExportDocument(
        owner="Ada", partner="Ben", scope=ExportScope.PAIR, conversations=(conversation,)
    )
    try:
        pdf = make_pdf(doc, DEFAULT_LABELS, command=[str(executable), PDF_CHILD_ARGUMENT])
    except PdfProcessError as error:
        return [f"no PDF from the export's PDF maker: {error}"]
    return [] if pdf.startswith(b"%PDF") else ["the export's PDF maker wrote no PDF"]


def smoke_test(bundle: Path, executable_name: str = "belonging") -> list[str]:
    """Every problem found with the bundle; empty when it works."""
    executable = bundle / executable_name
    if not executable.is_file():
        return [f"no executable {executable}"]
    problems = [f"ldd: {line}" for line in missing_libraries(bundle)]
    with tempfile.TemporaryDirectory(prefix="belonging-smoke-") as scratch:
        scratch_dir = Path(scratch)
        data_dir = scratch_dir / "data"
        log = scratch_dir / "app.log"
        with x_server() as env:
            # Nothing outside the scratch folder is touched: no real settings, caches or notes.
            for variable in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
                env[variable] = str(scratch_dir / variable.lower())
            env.pop("BELONGING_DATA_DIR", None)
            for attempt in ("first start, empty folder", "second start, same folder"):
                problems += [f"{attempt}: {p}" for p in run_window(executable, data_dir, env, log)]
        problems += command_problems(executable, data_dir)
        problems += spanish_problems(bundle, executable, data_dir)
        problems += pdf_problems(executable)
        output = log.read_text(errors="replace") if log.exists() else ""
        if "Traceback" in output:
            problems.append(f"the app printed a traceback:\n{output}")
    return problems


def main() -> int:
    """Runs the smoke test on the bundle folder given; 0 when it passes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "bundle", type=Path, help="the bundle folder, e.g. packaging/dist/belonging"
    )
    args = parser.parse_args()
    problems = smoke_test(args.bundle.resolve())
    for problem in problems:
        print(f"FAIL {problem}")
    if problems:
        return 1
    print(f"smoke test passed: {args.bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
