"""Searching every byte of every file under a folder for words that must not be there.

Shared by the storage tests and the window tests of privacy at rest.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from pathlib import Path


def _forms(word: str) -> set[str]:
    folded = "".join(
        char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char)
    )
    return {word, word.lower(), word.upper(), folded, folded.lower()}


def find_words(folder: Path, found_words: Iterable[str]) -> dict[str, list[str]]:
    """Which of the words appear in which files under `folder`, byte for byte.

    Each word is looked for as written, lower- and upper-case and without accents (the
    search index folds both), in UTF-8 and in UTF-16 of either byte order; ASCII letters are
    compared without regard to case. Returns {relative file: [words found]}.
    """
    needles: list[tuple[str, bytes]] = []
    for word in found_words:
        for form in _forms(word):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                needles.append((word, form.encode(encoding).lower()))
    hits: dict[str, list[str]] = {}
    for path in sorted(scanned_files(folder)):
        data = path.read_bytes().lower()
        found = sorted({word for word, needle in needles if needle in data})
        if found:
            hits[str(path.relative_to(folder))] = found
    return hits


def scanned_files(folder: Path) -> list[Path]:
    """Every file under `folder`, hidden ones and those in subfolders included."""
    return [path for path in Path(folder).rglob("*") if path.is_file()]
