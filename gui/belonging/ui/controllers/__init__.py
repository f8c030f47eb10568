"""Controllers: the logic between the views and the engine and storage.

Views hold layout and signals; controllers read the engine and storage, decide, and call the
views' setters. Every database write goes through the one `BackgroundWriter`, in order, off
the UI thread.
"""
