"""The user's own script files: import a question list as one, rename one, remove one (and take
the removal back), and list every script with where it lives.

The command line (`belonging scripts import`) and the window (File ▸ Import a question list…,
the Scripts page) call these same functions. Each problem is an exception carrying its facts,
never words: each front end says it in its own. Built-in scripts are never written.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from belonging.core.scripts.frontmatter import MAX_SCRIPT_BYTES
from belonging.core.scripts.ids import MAX_ID_LENGTH
from belonging.core.scripts.importing import ImportResult, import_question_list
from belonging.core.scripts.library import ScriptLibrary
from belonging.core.scripts.model import Diagnostic, Script, ScriptError
from belonging.core.scripts.parser import parse_script
from belonging.core.scripts.retitle import with_title
from belonging.core.small_files import FileTooLargeError, read_small_file
from belonging.paths import ensure_private_dir


class ScriptFileError(Exception):
    """Something about a script file stopped what was asked; subclasses carry the facts."""


class ListTooLargeError(ScriptFileError):
    """The question list is larger than a script may be; `size_text` and `limit_text` say so."""

    def __init__(self, path: Path, too_large: FileTooLargeError) -> None:
        super().__init__(str(too_large))
        self.path = path
        self.size = too_large.size
        self.size_text, self.limit_text = too_large.size_text, too_large.limit_text


class ListNotTextError(ScriptFileError):
    """The question list is not UTF-8 text: `byte` (its value) on `line` is the first bad one."""

    def __init__(self, path: Path, byte: int, line: int) -> None:
        super().__init__(f"{path}: byte 0x{byte:02x} on line {line} is not UTF-8")
        self.path, self.byte, self.line = path, byte, line


class FileNotReadError(ScriptFileError):
    """A file could not be read; `reason` is the system's words."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


class FileNotWrittenError(ScriptFileError):
    """A file could not be written; `reason` is the system's words."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


class IdTakenError(ScriptFileError):
    """Another script has this id: a built-in one, or the file `holder`."""

    def __init__(self, script_id: str, holder: Path | None, builtin: bool) -> None:
        super().__init__(f'the id "{script_id}" is taken')
        self.script_id, self.holder, self.builtin = script_id, holder, builtin


class ScriptFileExistsError(ScriptFileError):
    """A file is already where the script would go; it is never overwritten."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists")
        self.path = path


class ImportInvalidError(ScriptFileError):
    """What the import made does not read back as a script (a fault of the importer)."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = diagnostics


class NotOwnScriptError(ScriptFileError):
    """The script is built in, or no longer there: only the user's own can be changed."""

    def __init__(self, script_id: str, builtin: bool) -> None:
        super().__init__(f'"{script_id}" is not one of your scripts')
        self.script_id, self.builtin = script_id, builtin


@dataclass(frozen=True)
class ScriptFileRow:
    """One script as the Scripts page lists it: what it is, how big, and where it lives
    (`path` is None for a built-in one)."""

    script_id: str
    title: str
    level_count: int
    prompt_count: int
    builtin: bool
    path: Path | None


@dataclass(frozen=True)
class RemovedScript:
    """A script just removed, held so the removal can be taken back: its file's bytes."""

    script_id: str
    title: str
    path: Path
    data: bytes


def script_rows(library: ScriptLibrary) -> list[ScriptFileRow]:
    """Every script of the library: built-in ones first, then the user's own, each by title."""
    rows = [
        ScriptFileRow(
            script.id,
            script.title,
            len(script.levels),
            script.prompt_count,
            script.builtin,
            None if script.builtin else script.source,
        )
        for script in library.scripts
    ]
    return sorted(rows, key=lambda row: not row.builtin)


def read_question_list(path: Path) -> str:
    """The text of a question list; ListTooLargeError, ListNotTextError or FileNotReadError."""
    try:
        data = read_small_file(path, MAX_SCRIPT_BYTES)
    except FileTooLargeError as error:
        raise ListTooLargeError(path, error) from error
    except OSError as error:
        raise FileNotReadError(path, error.strerror or str(error)) from error
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ListNotTextError(path, data[error.start], line) from error


def import_file(
    path: Path,
    *,
    script_id: str | None = None,
    level_lines: Collection[int] | None = None,
    library: ScriptLibrary | None = None,
) -> ImportResult:
    """A question list read and imported, nothing kept yet (see `import_question_list`).

    Given the `library`, an id already taken gives way to a free one ("my-list-2"). Raises the
    reading errors of `read_question_list`, and ScriptError when nothing reads as a prompt.
    """
    text = read_question_list(path)
    return import_text(
        text, source_name=str(path), script_id=script_id, level_lines=level_lines, library=library
    )


def import_text(
    text: str,
    *,
    source_name: str,
    script_id: str | None = None,
    level_lines: Collection[int] | None = None,
    library: ScriptLibrary | None = None,
) -> ImportResult:
    """`import_file` for text already read (a preview importing again with other levels)."""
    result = import_question_list(
        text, source_name=source_name, script_id=script_id, level_lines=level_lines
    )
    if library is not None and script_id is None:
        free = free_script_id(library, result.script_id)
        if free != result.script_id:
            result = result.with_id(free)
    return result


def free_script_id(library: ScriptLibrary, wanted: str) -> str:
    """`wanted`, or the first of "wanted-2", "wanted-3"... that no script and no file has."""
    candidate, number = wanted, 1
    while library.get(candidate) is not None or _target(library, candidate).exists():
        number += 1
        suffix = f"-{number}"
        candidate = wanted[: MAX_ID_LENGTH - len(suffix)].rstrip("-") + suffix
    return candidate


def keep_import(library: ScriptLibrary, result: ImportResult) -> Script:
    """Writes the imported script to the user scripts folder as `<id>.md`, never overwriting.

    Refuses an id another script has (IdTakenError) or a file already there
    (ScriptFileExistsError); ImportInvalidError when the script would not read back,
    FileNotWrittenError when the disk refuses. Returns the script as it will load. The
    library is not reloaded.
    """
    target = _target(library, result.script_id)
    holder = library.get(result.script_id)
    if holder is not None and holder.builtin:
        raise IdTakenError(result.script_id, None, builtin=True)
    if target.exists():
        raise ScriptFileExistsError(target)
    if holder is not None:
        raise IdTakenError(result.script_id, holder.source, builtin=False)
    try:
        script = parse_script(
            result.markdown, file=str(target), script_id=result.script_id, source=target
        )
    except ScriptError as error:
        raise ImportInvalidError(error.diagnostics) from error
    if script.id != result.script_id:
        message = f'the script names itself "{script.id}", not its file name'
        raise ImportInvalidError([Diagnostic(str(target), 1, message)])
    _write_new_file(target, result.markdown.encode("utf-8"))
    return script


def rename_script(library: ScriptLibrary, script_id: str, title: str) -> Script:
    """Gives one of the user's own scripts a new title (its id and prompts stay), rewriting
    only its `title:` line, and reloads the library. NotOwnScriptError for a built-in one."""
    script = _own_script(library, script_id)
    path = script.source
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise FileNotReadError(path, error.strerror or str(error)) from error
    renamed = with_title(text, title).encode("utf-8")
    try:
        new = parse_script(renamed, file=str(path), source=path)
    except ScriptError as error:
        raise ImportInvalidError(error.diagnostics) from error
    _replace_file(path, renamed)
    library.reload()
    return new


def remove_script(library: ScriptLibrary, script_id: str) -> RemovedScript:
    """Deletes one of the user's own scripts and reloads the library; the returned bytes let
    `restore_script` take it back. NotOwnScriptError for a built-in one."""
    script = _own_script(library, script_id)
    path = script.source
    try:
        data = path.read_bytes()
        path.unlink()
    except OSError as error:
        raise FileNotWrittenError(path, error.strerror or str(error)) from error
    library.reload()
    return RemovedScript(script.id, script.title, path, data)


def restore_script(library: ScriptLibrary, removed: RemovedScript) -> None:
    """Puts a removed script's file back as it was and reloads the library (ScriptFileExistsError
    if another file took its place meanwhile)."""
    if removed.path.exists():
        raise ScriptFileExistsError(removed.path)
    _write_new_file(removed.path, removed.data)
    library.reload()


def _own_script(library: ScriptLibrary, script_id: str) -> Script:
    script = library.get(script_id)
    if script is None or script.builtin or script.source is None:
        raise NotOwnScriptError(script_id, builtin=script is not None and script.builtin)
    return script


def _target(library: ScriptLibrary, script_id: str) -> Path:
    folder = library.user_dir
    if folder is None:
        raise ValueError("this library has no folder of the user's own scripts")
    return folder / f"{script_id}.md"


def _write_new_file(target: Path, data: bytes) -> None:
    """Writes `data` to `target`, creating the private folders, refusing to overwrite."""
    try:
        ensure_private_dir(target.parent.parent)
        ensure_private_dir(target.parent)
        # "x" fails if the file appeared since the check: nothing is ever overwritten.
        with target.open("xb") as file:
            file.write(data)
    except FileExistsError as error:
        raise ScriptFileExistsError(target) from error
    except OSError as error:
        raise FileNotWrittenError(target, error.strerror or str(error)) from error


def _replace_file(path: Path, data: bytes) -> None:
    """Replaces `path` with `data` in one step: a crash leaves the old file or the new one.

    The temporary file's name does not end in `.md`, so the library never loads it.
    """
    temporary = path.with_name(f".{path.name}.renaming")
    try:
        with temporary.open("wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise FileNotWrittenError(path, error.strerror or str(error)) from error


def make_user_scripts_folder(library: ScriptLibrary) -> Path:
    """The folder of the user's own scripts, made (private to this user) if it was not."""
    folder = library.user_dir
    if folder is None:
        raise ValueError("this library has no folder of the user's own scripts")
    try:
        ensure_private_dir(folder.parent)
        ensure_private_dir(folder)
    except OSError as error:
        raise FileNotWrittenError(folder, error.strerror or str(error)) from error
    return folder
