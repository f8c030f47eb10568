"""Benchmarks of Belonging against the bare-Qt floor, on a large generated history.

Run with `uv run python -m tests.benchmarks` (or `uv run pytest -m benchmark tests/benchmarks
-s`); the default test run skips them. See `run.py` for the measurements and their targets.
"""
