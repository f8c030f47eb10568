"""The bundle's entry point: what `belonging` (the `belonging.cli.main:main` entry) does.

PyInstaller freezes a script, not an entry point, so this file stands in for the one that
`pip` writes for `[project.scripts]`.
"""

import sys

from belonging.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
