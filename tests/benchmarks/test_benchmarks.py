"""The benchmark as a pytest entry: `uv run pytest -m benchmark tests/benchmarks -s`."""

import json

import pytest


@pytest.mark.benchmark
def test_benchmark_reports_every_figure(tmp_path):
    """The whole benchmark runs on the large data folder and reports every figure as JSON."""
    from .run import run  # imported here: the default run only collects this file

    json_path = tmp_path / "results.json"
    report = run(["--json", str(json_path)])
    keys = {figure.key for figure in report.figures}
    assert {
        "startup_ratio",
        "first_of_day_ratio",
        "startup_open_ratio",
        "memory_extra_mb",
        "memory_open_extra_mb",
        "search_median_ms",
        "search_p95_ms",
        "typing_longest_stall_ms",
        "typing_durable_ms",
        "history_shown_ms",
        "long_note_added_stall_ms",
        "export_longest_stall_ms",
    } <= keys
    written = json.loads(json_path.read_text(encoding="utf-8"))
    assert len(written["figures"]) == len(report.figures)
    assert written["data"]["counts"]["note"] == 200_000
