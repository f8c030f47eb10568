"""Export… in the window: the dialog, its worker thread, and PDF made with Qt."""

#: What a frozen bundle is started with to be the process that makes an export's PDF
#: (`pdf_child`; `packaging/launcher.py` hands over to it): a bundle has no Python to run
#: `-m` with. Here, where the launcher can read it without loading the export's code.
PDF_CHILD_ARGUMENT = "--export-pdf-child"
