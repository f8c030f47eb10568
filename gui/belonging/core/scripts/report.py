"""Collects the problems found while reading one script file, in the order they are found."""

from __future__ import annotations

from belonging.core.scripts.model import Diagnostic, Severity


class Report:
    """The errors and warnings about one file, each tied to a line an author can jump to."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.diagnostics: list[Diagnostic] = []

    def error(self, line: int, message: str) -> None:
        """Records a problem that stops the script from being used."""
        self.diagnostics.append(Diagnostic(self.file, line, message, Severity.ERROR))

    def warning(self, line: int, message: str) -> None:
        """Records a problem the script can live with, told to its author all the same."""
        self.diagnostics.append(Diagnostic(self.file, line, message, Severity.WARNING))

    @property
    def has_errors(self) -> bool:
        """Whether any recorded problem is an error."""
        return any(d.severity is Severity.ERROR for d in self.diagnostics)

    def sorted(self) -> list[Diagnostic]:
        """Every diagnostic in line order (stable, so problems on one line keep their order)."""
        return sorted(self.diagnostics, key=lambda d: d.line)
