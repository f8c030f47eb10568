"""Export formats, the file names suggested for them, and writing an export to disk safely.

An export holds people's words, so the file is made readable by its owner only (0600),
written whole to a temporary file beside the target and then moved into place: a reader
never sees half an export, and a failed export leaves no partial file behind. An existing
file is replaced only when the caller says so.
"""

from __future__ import annotations

import contextlib
import enum
import os
import re
import tempfile
from datetime import date
from pathlib import Path

FILE_MODE = 0o600
_NOT_A_NAME_CHARACTER = re.compile(r"[^\w]+")


class ExportFormat(enum.StrEnum):
    """The formats an export can be written in; the value is what the command line takes."""

    MARKDOWN = "md"
    HTML = "html"
    PDF = "pdf"

    @property
    def suffix(self) -> str:
        """The file name extension, dot included."""
        return "." + self.value

    @classmethod
    def from_path(cls, path: Path) -> ExportFormat | None:
        """The format a file name's extension names, or None when it names none."""
        suffix = path.suffix.lower()
        aliases = {".md": cls.MARKDOWN, ".markdown": cls.MARKDOWN, ".html": cls.HTML}
        aliases |= {".htm": cls.HTML, ".pdf": cls.PDF}
        return aliases.get(suffix)


class ExportExistsError(FileExistsError):
    """The chosen file exists and replacing it was not asked for."""


def name_slug(text: str) -> str:
    """Words of `text` joined by hyphens, lower-cased, for a file name ("Ada & Ben" → "ada-ben")."""
    return _NOT_A_NAME_CHARACTER.sub("-", text.casefold()).strip("-_") or "export"


def suggested_file_stem(pair_label: str, day: date) -> str:
    """The file name an export offers before its extension: `belonging-<pair>-<date>`."""
    return f"belonging-{name_slug(pair_label)}-{day.isoformat()}"


def write_export_file(path: Path, data: str | bytes, *, overwrite: bool = False) -> Path:
    """Write `data` (text is written as UTF-8) to `path`, readable by its owner only.

    Raises ExportExistsError if `path` exists and `overwrite` is False, and OSError if the
    folder cannot be written to; either way nothing is left behind.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise ExportExistsError(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(payload)
            file.flush()
            os.fsync(file.fileno())
        if os.name == "posix":
            Path(temporary).chmod(FILE_MODE)
        if not overwrite and path.exists():
            raise ExportExistsError(path)
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(temporary).unlink()
        raise
    return path
