"""`python -m tests.benchmarks`: runs the benchmark (see run.py)."""

import os
import sys

from .run import run

if __name__ == "__main__":
    run(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    # PySide6 can crash while the interpreter tears its widgets down at exit; the results
    # are written by now, so leave without that teardown.
    os._exit(0)
