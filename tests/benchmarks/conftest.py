"""The benchmarks run only when asked for: `pytest -m benchmark` or BELONGING_BENCHMARK=1.

They take minutes and measure the machine as much as the app, so the default test run
skips them; their figures are read from the table they print, never asserted as timings.
"""

import os

import pytest

BENCHMARK_VARIABLE = "BELONGING_BENCHMARK"


def _asked_for(config: pytest.Config) -> bool:
    marks = config.getoption("markexpr", default="") or ""
    return "benchmark" in marks and "not benchmark" not in marks


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skips every benchmark unless the run asked for them."""
    if _asked_for(config) or os.environ.get(BENCHMARK_VARIABLE):
        return
    skip = pytest.mark.skip(reason=f"a benchmark: run with -m benchmark or {BENCHMARK_VARIABLE}=1")
    for item in items:
        if item.get_closest_marker("benchmark") is not None:
            item.add_marker(skip)
