"""Export… in the window: the dialog, its worker thread, and PDF made with Qt."""
