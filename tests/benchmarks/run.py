"""The benchmark from start to end: data, each measurement, the table and the JSON.

    uv run python -m tests.benchmarks [--runs 5] [--json FILE] [--only startup search ...]

Targets (issues 9 and 18): every start, the first of the day included, to Home at most 1.5
times the bare window (heading for 1.25); fully open at most 3 times; peak memory at most the
bare window plus 40 MB at Home, plus 60 MB fully open; search median at most 30 ms and 95th
percentile at most 60 ms; a pair's history shown within 50 ms; a note of a megabyte adding at
most 50 ms to the UI stall of opening its conversation; no UI stall over 16 ms while typing;
a typed note durable within 1 s; export with a progress bar and the UI responsive throughout.

The figures are wall-clock times on whatever else the machine is doing: the run first
watches the idle machine for two seconds and records how busy it was, so a run on a loaded
machine can be told apart from a slow app.
"""

from __future__ import annotations

import argparse
import os
import shutil
import time
from datetime import datetime
from pathlib import Path

from .figures import (
    export_figures,
    history_figures,
    long_note_figures,
    search_figures,
    startup_figures,
    typing_figures,
)
from .generate import Generated, data_folder, default_cache_root, working_copy
from .report import Report, busy_share, cpu_times, machine_facts
from .rows import Scale

MEASURES = ("startup", "search", "history", "export", "long_note", "typing")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="starts of each kind (default 5)")
    parser.add_argument("--json", type=Path, help="where to write the JSON results")
    parser.add_argument("--only", nargs="+", choices=MEASURES, help="run only these measures")
    parser.add_argument("--cache-dir", type=Path, help="where generated data folders are kept")
    parser.add_argument("--regenerate", action="store_true", help="make the data folder again")
    parser.add_argument("--keep-work", action="store_true", help="keep the working copy")
    return parser.parse_args(argv)


def _idle_busy(seconds: float = 2.0) -> float:
    before = cpu_times()
    time.sleep(seconds)  # watching the machine, not waiting for a result
    return round(busy_share(before, cpu_times()), 3)


def run(argv: list[str] | None = None) -> Report:
    """Runs the chosen measures, prints the table and writes the JSON; returns the report."""
    args = parse_args(argv)
    # The same platform for every start and for the in-process window: offscreen draws
    # without a display, and without a window manager's timing in the figures.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    chosen = set(args.only or MEASURES)
    cache_root = args.cache_dir or default_cache_root()
    report = Report(machine=machine_facts())
    report.machine["busy_before"] = _idle_busy()
    print("Preparing the data folder…", flush=True)
    generated = data_folder(Scale(), cache_root=cache_root, regenerate=args.regenerate)
    report.data = _data_facts(generated)
    run_dir = cache_root / f"run-{datetime.now():%Y%m%d-%H%M%S}"
    data_dir = working_copy(generated, run_dir)
    try:
        _measure(report, chosen, args, generated, data_dir, run_dir)
    finally:
        if not args.keep_work:
            shutil.rmtree(run_dir, ignore_errors=True)
    report.machine["busy_after"] = _idle_busy()
    json_path = args.json or cache_root / f"results-{datetime.now():%Y%m%d-%H%M%S}.json"
    report.write_json(json_path)
    print()
    print(_heading(generated))
    print(report.table())
    print(f"\nmachine busy before/after (0-1, others' load): "
          f"{report.machine['busy_before']} / {report.machine['busy_after']}")  # fmt: skip
    print(f"JSON: {json_path}")
    return report


def _measure(report, chosen, args, generated: Generated, data_dir: Path, run_dir: Path) -> None:
    pairs = generated.counts["pair"]
    if "startup" in chosen:
        from .startup_bench import measure_startup

        print(f"Start-up: {args.runs} starts each of the bare window, the app, and the app's "
              "first start of the day…", flush=True)  # fmt: skip
        startup_figures(report, measure_startup(data_dir, pairs, run_dir, args.runs))
    if "search" in chosen:
        from .search_bench import measure_search

        print("Search…", flush=True)
        search_figures(report, measure_search(data_dir, generated.big_pair_id))
    if "history" in chosen:
        from .history_bench import measure_history

        print("Opening the pair of 1,000 conversations…", flush=True)
        history_figures(report, measure_history(data_dir, generated.big_pair_id))
    if "export" in chosen:
        from .export_bench import measure_export

        print("Exporting 1,000 conversations to PDF…", flush=True)
        export_figures(report, measure_export(data_dir, generated.big_pair_id, run_dir))

    # After those that read the pair's notes: it makes one of them a megabyte long.
    if "long_note" in chosen:
        from .long_note_bench import measure_long_note

        print("Opening a conversation with a note of a megabyte…", flush=True)
        long_note_figures(report, measure_long_note(data_dir, generated.big_pair_id))

    # Last: it adds a conversation to the pair the history and export measure.
    if "typing" in chosen:
        from .typing_bench import measure_typing

        print("Typing 2,000 characters into a note…", flush=True)
        typing_figures(report, measure_typing(data_dir, generated.big_pair_id))


def _data_facts(generated: Generated) -> dict:
    return {
        "folder": str(generated.data_dir),
        "counts": generated.counts,
        "database_mb": generated.database_mb,
        "generation_seconds": generated.seconds,
        "reused": generated.reused,
        "big_pair_id": generated.big_pair_id,
    }


def _heading(generated: Generated) -> str:
    counts = generated.counts
    made = "kept from an earlier run" if generated.reused else f"made in {generated.seconds:.0f} s"
    return (
        f"Belonging benchmark: {counts['pair']} pairs, {counts['conversation']:,} conversations, "
        f"{counts['note']:,} notes, {counts['follow_up']:,} follow-ups "
        f"({generated.database_mb:.0f} MB database, {made})"
    )
