"""Importing a Markdown question list written by someone else as a script of ours."""
