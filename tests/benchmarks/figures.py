"""Each measurement's results turned into the figures of the report, against the targets."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

from .report import Figure, Report

if TYPE_CHECKING:
    from .export_bench import ExportResult
    from .history_bench import HistoryResult
    from .long_note_bench import LongNoteResult
    from .search_bench import SearchResult
    from .startup_bench import StartupResult
    from .typing_bench import TypingResult

#: Every start, the first of the day included, to Home (issue 18; heading for 1.25).
STARTUP_RATIO = 1.5
#: To fully open: scripts listed, every button working.
OPEN_RATIO = 3.0
MEMORY_EXTRA_MB = 40.0
MEMORY_OPEN_EXTRA_MB = 60.0
SEARCH_MEDIAN_MS = 30.0
SEARCH_P95_MS = 60.0
HISTORY_MS = 50.0
STALL_MS = 16.0
#: What a note of a megabyte may add to the stall of opening its conversation.
LONG_NOTE_ADDED_MS = 50.0
DURABLE_MS = 1000.0


def startup_figures(report: Report, result: StartupResult) -> None:
    """Start-up ratios (to Home filled, to the window first shown, to fully open; each for
    a same-day restart and for the first start of the day) and peak memory."""
    runs = len(result.app)
    bare = result.median("bare", "ready_ms")
    for mode, key, what, label, target in (
        ("app", "ready_ms", "startup_ratio", "start-up to Home filled", STARTUP_RATIO),
        ("app", "shown_ms", "startup_shown_ratio", "start-up to window shown", STARTUP_RATIO),
        ("first", "ready_ms", "first_of_day_ratio",
         "first start of the day to Home filled", STARTUP_RATIO),
        ("app", "open_ms", "startup_open_ratio",
         "start-up to fully open: scripts listed, every button working", OPEN_RATIO),
        ("first", "open_ms", "first_of_day_open_ratio",
         "first start of the day to fully open (after the check and the backup)", None),
    ):  # fmt: skip
        if not getattr(result, mode):
            continue
        app = result.median(mode, key)
        ratio = app / bare
        report.add(
            Figure(
                what,
                f"{label} (median of {runs})",
                round(ratio, 2),
                "x bare",
                f"{ratio:.2f}x ({app:.0f} ms vs {bare:.0f} ms)",
                "" if target is None else f"<= {target}x",
                None if target is None else ratio <= target,
            )
        )
    bare_mb = result.median("bare", "peak_rss_kb") / 1024
    for key, what, label, limit in (
        ("peak_rss_kb", "memory_extra_mb", "peak memory (RSS) over bare, at Home filled",
         MEMORY_EXTRA_MB),
        ("open_peak_rss_kb", "memory_open_extra_mb", "peak memory (RSS) over bare, fully open",
         MEMORY_OPEN_EXTRA_MB),
    ):  # fmt: skip
        app_mb = result.median("app", key) / 1024
        extra = app_mb - bare_mb
        report.add(
            Figure(
                what,
                label,
                round(extra, 1),
                "MB",
                f"+{extra:.0f} MB ({app_mb:.0f} MB vs {bare_mb:.0f} MB)",
                f"<= +{limit:.0f} MB",
                extra <= limit,
            )
        )
    report.add(
        Figure(
            "first_start_of_run_ms",
            "the run's first start (cold caches, fully open)",
            round(result.first_app_start_ms),
            "ms",
            f"{result.first_app_start_ms:.0f} ms",
        )
    )
    report.details["startup"] = {
        "bare": [asdict(s) for s in result.bare],
        "app": [asdict(s) for s in result.app],
        "first_of_day": [asdict(s) for s in result.first],
    }


def search_figures(report: Report, result: SearchResult) -> None:
    """Search median (the target) and 95th percentile, with processor time beside them."""
    median, p95 = result.median_ms, result.p95_ms
    report.add(
        Figure(
            "search_median_ms",
            f"search median ({len(result.samples)} searches)",
            round(median, 1),
            "ms",
            f"{median:.1f} ms (processor {result.cpu_median_ms:.1f} ms)",
            f"<= {SEARCH_MEDIAN_MS:.0f} ms",
            median <= SEARCH_MEDIAN_MS,
        )
    )
    report.add(Figure("search_p95_ms", "search 95th percentile", round(p95, 1), "ms",
                      f"{p95:.1f} ms", f"<= {SEARCH_P95_MS:.0f} ms",
                      p95 <= SEARCH_P95_MS))  # fmt: skip
    report.details["search"] = {
        "slowest": result.slowest(8),
        "samples": result.samples,
        "cpu_ms": result.cpu_ms,
    }


def typing_figures(report: Report, result: TypingResult) -> None:
    """The longest stall while typing, and the time from the last key to durable."""
    stall = result.longest_stall_ms
    report.add(
        Figure(
            "typing_longest_stall_ms",
            f"typing {result.characters:,} chars: longest UI stall",
            round(stall, 1),
            "ms",
            f"{stall:.1f} ms (UI thread busy {result.longest_stall_busy_ms:.1f} ms of it; "
            f"{result.gaps_over_16ms} gaps > 16 ms)",
            f"<= {STALL_MS:.0f} ms",
            stall <= STALL_MS,
        )
    )
    report.add(
        Figure(
            "typing_durable_ms",
            "typing: last key to durable",
            round(result.durable_ms),
            "ms",
            f"{result.durable_ms:.0f} ms",
            f"<= {DURABLE_MS:.0f} ms",
            result.durable_ms <= DURABLE_MS,
        )
    )
    details = asdict(result)
    details.pop("gaps")
    report.details["typing"] = details


def history_figures(report: Report, result: HistoryResult) -> None:
    """The time from asking for the pair's page to its history shown."""
    median = result.median_ms
    report.add(
        Figure(
            "history_shown_ms",
            f"pair of {result.timeline_rows:,} conversations: history shown "
            f"(median of {len(result.times_ms)})",
            round(median, 1),
            "ms",
            f"{median:.0f} ms (first opening {result.first_ms:.0f} ms)",
            f"<= {HISTORY_MS:.0f} ms",
            median <= HISTORY_MS,
        )
    )
    report.details["history"] = asdict(result)


def export_figures(report: Report, result: ExportResult) -> None:
    """How long the PDF took, whether the bar moved to 100, and the UI's longest stall."""
    report.add(
        Figure(
            "export_pdf_seconds",
            "export 1,000 conversations to PDF",
            round(result.seconds, 1),
            "s",
            f"{result.seconds:.1f} s, {result.pages:,} pages, {result.file_mb:.1f} MB",
        )
    )
    values = result.progress_values
    report.add(
        Figure(
            "export_progress_steps",
            "export: progress bar",
            len(values),
            "steps",
            # Every value is in the JSON; the table says whether they moved forward to 100.
            f"{len(values)} steps, forward only, to 100"
            if result.progress_in_order
            else f"out of order or short of 100: {values[:12]}…",
            "moves to 100",
            result.progress_in_order,
        )
    )
    stall = result.longest_stall_ms
    report.add(
        Figure(
            "export_longest_stall_ms",
            "export: longest UI stall",
            round(stall, 1),
            "ms",
            f"{stall:.0f} ms (UI thread busy {result.longest_stall_busy_ms:.0f} ms of it; "
            f"{result.gaps_over_100ms} gaps > 100 ms)",
            f"<= {STALL_MS:.0f} ms (responsive)",
            stall <= STALL_MS,
        )
    )
    details = asdict(result)
    details.pop("gaps")
    report.details["export"] = details


def long_note_figures(report: Report, result: LongNoteResult) -> None:
    """Opening a conversation with a note of a megabyte: what it adds to the UI's stall."""
    added = result.added_ms
    report.add(
        Figure(
            "long_note_added_stall_ms",
            f"note of {result.note_chars / 1e6:.1f} MB opened: UI stall it adds",
            added,
            "ms",
            f"{added:.0f} ms ({result.long_stall_ms:.0f} vs {result.written_stall_ms:.0f} ms "
            f"as written; shown in {result.long_shown_ms / 1000:.1f} s)",
            f"<= {LONG_NOTE_ADDED_MS:.0f} ms",
            added <= LONG_NOTE_ADDED_MS,
        )
    )
    report.details["long_note"] = asdict(result)
