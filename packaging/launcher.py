"""The bundle's entry point: what `belonging` (the `belonging.cli.main:main` entry) does.

PyInstaller freezes a script, not an entry point, so this file stands in for the one that
`pip` writes for `[project.scripts]`. Started with `--export-pdf-child`, it is instead the
process that makes an export's PDF (`belonging.ui.export.pdf_child`): the app starts itself
that way, since a bundle has no Python of its own to run the module with.
"""

import sys

if __name__ == "__main__":
    from belonging.ui.export import PDF_CHILD_ARGUMENT

    if sys.argv[1:] == [PDF_CHILD_ARGUMENT]:
        from belonging.ui.export.pdf_child import main as make_pdf

        sys.exit(make_pdf())
    from belonging.cli.main import main

    sys.exit(main())
