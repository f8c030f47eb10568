"""`python -m belonging` does what the `belonging` command does."""

import sys

from belonging.cli.main import main

sys.exit(main())
