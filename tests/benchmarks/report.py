"""The benchmark's results: one line per figure, printed as a table and written as JSON."""

from __future__ import annotations

import json
import os
import platform
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Figure:
    """One measured figure against its target; `met` is None where there is no target."""

    key: str
    label: str
    value: float
    unit: str
    shown: str
    target: str = ""
    met: bool | None = None


@dataclass
class Report:
    """Every figure of one run, what the data was, and what the machine was doing."""

    data: dict = field(default_factory=dict)
    figures: list[Figure] = field(default_factory=list)
    details: dict = field(default_factory=dict)
    machine: dict = field(default_factory=dict)

    def add(self, figure: Figure) -> None:
        """Keeps a figure."""
        self.figures.append(figure)

    def table(self) -> str:
        """The figures as a plain-text table."""
        rows = [("measure", "figure", "target", "")]
        for figure in self.figures:
            verdict = "" if figure.met is None else ("met" if figure.met else "MISSED")
            rows.append((figure.label, figure.shown, figure.target, verdict))
        widths = [max(len(row[i]) for row in rows) for i in range(4)]
        lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
                 for row in rows]  # fmt: skip
        lines.insert(1, "  ".join("-" * width for width in widths))
        return "\n".join(line.rstrip() for line in lines)

    def write_json(self, path: Path) -> None:
        """Writes everything as JSON to `path`."""
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "data": self.data,
            "figures": [asdict(figure) for figure in self.figures],
            "details": self.details,
            "machine": self.machine,
        }
        path.write_text(json.dumps(payload, indent=2, default=str), encoding="utf-8")


def machine_facts() -> dict:
    """What the figures depend on: processors, load, versions."""
    import PySide6
    import sqlalchemy

    return {
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
        "python": sys.version.split()[0],
        "pyside6": PySide6.__version__,
        "sqlalchemy": sqlalchemy.__version__,
        "platform": platform.platform(),
        "qpa": os.environ.get("QT_QPA_PLATFORM", ""),
    }


def busy_share(before: list[int], after: list[int]) -> float:
    """How busy the processors were between two readings of `cpu_times()` (0 to 1)."""
    deltas = [b - a for a, b in zip(before, after, strict=True)]
    idle = deltas[3] + deltas[4]
    total = sum(deltas)
    return 0.0 if total == 0 else 1 - idle / total


def cpu_times() -> list[int]:
    """The machine's processor time counters (the first line of /proc/stat)."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    return [int(value) for value in fields]
