"""Collects the problems found while reading one script file, in the order they are found."""

from __future__ import annotations

from belonging.core.scripts.model import Diagnostic, Severity

#: How many problems of one file are told one by one. A file of thousands of rules or headings
#: can have hundreds of thousands; past the first hundred, a count says more than a list.
MAX_TOLD = 100


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
        """The diagnostics in line order (stable, so problems on one line keep their order):
        the first `MAX_TOLD`, then one that counts the rest (an error if any of them is)."""
        ordered = sorted(self.diagnostics, key=lambda d: d.line)
        if len(ordered) <= MAX_TOLD + 1:
            return ordered
        told, rest = ordered[:MAX_TOLD], ordered[MAX_TOLD:]
        severity = (
            Severity.ERROR if any(d.severity is Severity.ERROR for d in rest) else Severity.WARNING
        )
        message = f"and {len(rest)} more problems from here on; fix these first, then check again"
        return [*told, Diagnostic(self.file, rest[0].line, message, severity)]
