"""Runs the `belonging` command as another user: `python run_as_user.py UID ARGS...`.

Started as root, it loads every module the commands use, then gives up root for UID (and
that user's group) and runs `belonging ARGS...`; its exit code is the command's. The
interpreter may live where the other user cannot read (a home folder), so nothing may be
imported after the switch.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    uid = int(sys.argv[1])
    import encodings.idna  # noqa: F401
    import getpass  # noqa: F401

    import sqlalchemy.dialects.sqlite.pysqlite  # noqa: F401

    from belonging.application import export as _export  # noqa: F401
    from belonging.cli import data_command, export_command, scripts_command  # noqa: F401
    from belonging.cli.main import main as belonging

    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)
    return belonging(sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
